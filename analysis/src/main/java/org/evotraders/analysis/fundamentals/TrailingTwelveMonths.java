package org.evotraders.analysis.fundamentals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.LineItems;

/**
 * Picks the trailing-twelve-month records out of what the pipeline handed a tool, newest report
 * period first. Tools read only ttm records, as the original and ai-hedge-fund do ({@code
 * period="ttm"}); quarterly and annual records are ignored.
 */
public final class TrailingTwelveMonths {

  /** The period label of trailing-twelve-month records (financialdatasets.ai naming). */
  public static final String TTM = "ttm";

  private TrailingTwelveMonths() {}

  /**
   * Returns the ttm metrics of {@code ticker}, newest first.
   *
   * @throws IllegalArgumentException when a record belongs to another ticker (a pipeline bug)
   */
  public static List<FinancialMetrics> metrics(String ticker, List<FinancialMetrics> records) {
    return newestFirst(
        ticker,
        records,
        FinancialMetrics::ticker,
        FinancialMetrics::period,
        FinancialMetrics::reportPeriod);
  }

  /**
   * Returns the ttm line items of {@code ticker}, newest first.
   *
   * @throws IllegalArgumentException when a record belongs to another ticker (a pipeline bug)
   */
  public static List<LineItems> lineItems(String ticker, List<LineItems> records) {
    return newestFirst(
        ticker, records, LineItems::ticker, LineItems::period, LineItems::reportPeriod);
  }

  private static <T> List<T> newestFirst(
      String ticker,
      List<T> records,
      Function<T, String> tickerOf,
      Function<T, String> periodOf,
      Function<T, LocalDate> reportPeriodOf) {
    // A loop rather than a stream: every analyst calls this for every ticker-day of a run.
    List<T> ttm = new ArrayList<>(records.size());
    for (T record : records) {
      if (!ticker.equals(tickerOf.apply(record))) {
        throw new IllegalArgumentException(
            "a tool for "
                + ticker
                + " was handed a record of "
                + tickerOf.apply(record)
                + " ("
                + reportPeriodOf.apply(record)
                + "); pass each tool the records of its own ticker");
      }
      if (TTM.equalsIgnoreCase(periodOf.apply(record))) {
        ttm.add(record);
      }
    }
    ttm.sort(Comparator.comparing(reportPeriodOf).reversed());
    return Collections.unmodifiableList(ttm);
  }
}
