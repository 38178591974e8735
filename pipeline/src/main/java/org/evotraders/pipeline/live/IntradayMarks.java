package org.evotraders.pipeline.live;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evotraders.core.event.RunEvent.PortfolioMarked;
import org.evotraders.pipeline.cycle.Book;
import org.evotraders.pipeline.runs.EventLog;

/**
 * Marks the team's portfolio and the baselines at the session's latest prices while the market is
 * open, recording a {@link PortfolioMarked} per quote poll. Marks are taken only while the book is
 * at rest, between the day's fills and its settlement, when the daily cycle waits for the close:
 * the cycle's thread changes the book, the poller's reads it, and this class's lock keeps them
 * apart. A mark is recorded under the same lock, so none follows the day's settlement.
 */
final class IntradayMarks {

  private final Book book;
  private final EventLog log;
  private boolean atRest;

  IntradayMarks(Book book, EventLog log) {
    this.book = book;
    this.log = log;
  }

  /** Opens the window: the day's orders are filled and the book waits for the close. */
  synchronized void rest() {
    atRest = true;
  }

  /** Closes the window before the day settles. */
  synchronized void settle() {
    atRest = false;
  }

  /**
   * Records the mark at {@code prices} (last price of the session by ticker) if the book is at rest
   * and every ticker the team holds has a price; else records nothing.
   */
  synchronized void mark(Instant at, LocalDate session, Map<String, Double> prices) {
    if (!atRest || !prices.keySet().containsAll(book.portfolio().openPositions().keySet())) {
      return;
    }
    Map<String, Double> baselines = new LinkedHashMap<>();
    book.baselines().forEach((key, baseline) -> baselines.put(key, baseline.valueAt(prices)));
    log.append(at, session, new PortfolioMarked(book.portfolio().netAssetValue(prices), baselines));
  }
}
