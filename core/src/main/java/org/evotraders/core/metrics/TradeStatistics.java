package org.evotraders.core.metrics;

import java.util.List;

/**
 * Win rate and profit factor of closed trades, from each trade's realised P&amp;L net of costs.
 *
 * <p>A trade wins when its P&amp;L is above zero and loses when below; a trade that breaks even
 * exactly counts in {@code trades} but neither wins nor loses. Profit factor is gross profit over
 * gross loss: +Infinity when there are profits but no losses, NaN when neither.
 *
 * @param trades closed trades counted
 * @param wins trades with positive P&amp;L
 * @param losses trades with negative P&amp;L
 * @param winRate wins over trades; NaN without trades
 * @param profitFactor gross profit over gross loss
 * @param grossProfit sum of the positive P&amp;Ls
 * @param grossLoss sum of the negative P&amp;Ls as a positive number
 */
public record TradeStatistics(
    int trades,
    int wins,
    int losses,
    double winRate,
    double profitFactor,
    double grossProfit,
    double grossLoss) {

  /** Returns the statistics of the given closed-trade P&amp;Ls, in any order. */
  public static TradeStatistics of(List<Double> closedTradePnl) {
    int wins = 0;
    int losses = 0;
    double profit = 0;
    double loss = 0;
    for (int i = 0; i < closedTradePnl.size(); i++) {
      double pnl = closedTradePnl.get(i);
      if (!Double.isFinite(pnl)) {
        throw new IllegalArgumentException(
            "closed trade #%d has P&L %s: give the realised P&L as a finite number"
                .formatted(i, pnl));
      }
      if (pnl > 0) {
        wins++;
        profit += pnl;
      } else if (pnl < 0) {
        losses++;
        loss -= pnl;
      }
    }
    int trades = closedTradePnl.size();
    double winRate = trades == 0 ? Double.NaN : wins / (double) trades;
    double profitFactor =
        loss > 0 ? profit / loss : profit > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    return new TradeStatistics(trades, wins, losses, winRate, profitFactor, profit, loss);
  }
}
