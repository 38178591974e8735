package org.evotraders.analysis.sentiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.signals.Signal;

/**
 * The original's {@code analyze_insider_trading}: counts and share volumes of insider buys and
 * sells, read by the original's 2x rule: more than twice as many buys as sells is STRONG INSIDER
 * BUYING, more buys NET INSIDER BUYING, and the same for selling; otherwise MIXED.
 *
 * <p>Only trades with a price count. A Form 4 line without a price is not a market transaction:
 * restricted-stock and option grants, vestings and gifts carry none. The original counted every
 * positive share amount as a buy, so a board's annual RSU grants read as strong insider buying.
 * Priceless lines are reported as grants (positive) or other disposals (negative), outside the
 * signal; lines with zero shares are ignored.
 */
final class InsiderActivity {

  /** The original's rule: one side more than twice the other is "strong". */
  static final double STRONG_RATIO = 2;

  private InsiderActivity() {}

  static ToolResult of(String ticker, List<InsiderTrade> trades) {
    String tool = SentimentTools.INSIDER_TRADING;
    if (trades.isEmpty()) {
      return ToolResult.unavailable(tool, ticker, ticker + ": no insider trades in the window");
    }
    int buys = 0;
    int sells = 0;
    int grants = 0;
    int otherDisposals = 0;
    double buyShares = 0;
    double sellShares = 0;
    double grantShares = 0;
    for (InsiderTrade trade : trades) {
      boolean priced = trade.pricePerShare() != null && trade.pricePerShare() > 0;
      if (trade.shares() > 0 && priced) {
        buys++;
        buyShares += trade.shares();
      } else if (trade.shares() < 0 && priced) {
        sells++;
        sellShares -= trade.shares();
      } else if (trade.shares() > 0) {
        grants++;
        grantShares += trade.shares();
      } else if (trade.shares() < 0) {
        otherDisposals++;
      }
    }
    String activity;
    Signal signal;
    if (buys > sells * STRONG_RATIO) {
      activity = "STRONG INSIDER BUYING";
      signal = Signal.BULLISH;
    } else if (buys > sells) {
      activity = "NET INSIDER BUYING";
      signal = Signal.BULLISH;
    } else if (sells > buys * STRONG_RATIO) {
      activity = "STRONG INSIDER SELLING";
      signal = Signal.BEARISH;
    } else if (sells > buys) {
      activity = "NET INSIDER SELLING";
      signal = Signal.BEARISH;
    } else {
      activity = "MIXED INSIDER ACTIVITY";
      signal = Signal.NEUTRAL;
    }
    // Half the imbalance of trade counts, half that of share volumes; 0 when nothing was traded.
    double score = (imbalance(buys, sells) + imbalance(buyShares, sellShares)) / 2;

    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("buy_trades", (double) buys);
    figures.put("sell_trades", (double) sells);
    figures.put("buy_shares", buyShares);
    figures.put("sell_shares", sellShares);
    figures.put("grants", (double) grants);
    figures.put("grant_shares", grantShares);
    figures.put("other_disposals", (double) otherDisposals);
    String text =
        """
        %s insider trading (%d Form 4 lines): %s
          Buys: %d trades (%,.0f shares)
          Sells: %d trades (%,.0f shares)
          Not counted: %d grants without a price (%,.0f shares), %d other disposals without a price\
        """
            .formatted(
                ticker,
                trades.size(),
                activity,
                buys,
                buyShares,
                sells,
                sellShares,
                grants,
                grantShares,
                otherDisposals);
    return new ToolResult(tool, ticker, signal, score, figures, text, true);
  }

  private static double imbalance(double buy, double sell) {
    return buy + sell == 0 ? 0 : (buy - sell) / (buy + sell);
  }
}
