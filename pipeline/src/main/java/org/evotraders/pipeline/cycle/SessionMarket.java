package org.evotraders.pipeline.cycle;

import java.util.Map;
import org.evotraders.core.market.Bar;

/**
 * Where a day's session prices come from, once the team has decided: the open it trades at and the
 * close it settles at. A backtest reads both from the day's bars; live and mock runs wait on their
 * clock for the open and the close and build the bars from the quotes they saw.
 */
public interface SessionMarket {

  /** Returns each ticker's bar as known at the open (only its open is used), waiting if needed. */
  Map<String, Bar> atOpen(TradingDay day);

  /** Returns each ticker's bar of the whole session, waiting for the close if needed. */
  Map<String, Bar> atClose(TradingDay day);
}
