package org.evotraders.pipeline.projection;

import java.time.LocalDate;
import java.util.List;
import org.evotraders.core.fills.Fill;

/** Every fill of the run counted, the newest {@value #KEPT} kept for trades.json. */
final class TradeTape implements Checkpointed {

  static final int KEPT = 100;

  private final RecentHistory<TradeRecord> trades = new RecentHistory<>(KEPT);
  private LocalDate session;
  private int indexInSession;
  private LocalDate committedSession;
  private int committedIndex;

  void record(Fill fill, long timestamp) {
    if (!fill.session().equals(session)) {
      session = fill.session();
      indexInSession = 0;
    }
    trades.append(TradeRecord.of(fill, indexInSession++, timestamp));
  }

  long total() {
    return trades.total();
  }

  List<TradeRecord> newestFirst() {
    return trades.newestFirst();
  }

  @Override
  public void commit() {
    trades.commit();
    committedSession = session;
    committedIndex = indexInSession;
  }

  @Override
  public void rollback() {
    trades.rollback();
    session = committedSession;
    indexInSession = committedIndex;
  }
}
