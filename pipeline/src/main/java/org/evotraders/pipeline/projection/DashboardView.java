package org.evotraders.pipeline.projection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.TeamMember;
import org.evotraders.core.portfolio.Portfolio;
import org.evotraders.core.portfolio.Position;

/**
 * Renders the team's figures in the original's dashboard formats: money in cents, weights and rates
 * to four places, returns in percent. Positions are marked at the latest prices, so between
 * settlements the figures move with the quotes.
 */
final class DashboardView {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Portfolio portfolio;
  private final double initialCash;
  private final Map<String, Double> marks;
  private final PerformanceCurves curves;
  private final TradeTape trades;
  private final double nav;
  private final Leaderboard leaderboard;
  private ObjectNode curveNodes;

  DashboardView(
      PortfolioBook book,
      MarketPrices prices,
      PerformanceCurves curves,
      TradeTape trades,
      AnalystScores scores,
      List<TeamMember> team) {
    this.portfolio = book.portfolio();
    this.initialCash = book.initialCash();
    this.marks = prices.marks();
    this.curves = curves;
    this.trades = trades;
    this.nav = portfolio.netAssetValue(marks);
    this.leaderboard = new Leaderboard(team, scores);
  }

  DashboardDocuments documents() {
    return new DashboardDocuments(summary(), holdings(), stats(), trades(), leaderboard.render());
  }

  /** Returns the portfolio object of the server state and initial state. */
  ObjectNode portfolio() {
    ObjectNode node = NODES.objectNode();
    node.put("total_value", Rounded.cents(nav));
    node.put("cash", Rounded.cents(portfolio.cash()));
    node.put("pnl_percent", totalReturn());
    node.put("margin_used", Rounded.cents(portfolio.marginUsed()));
    putCurves(node);
    node.putArray("strategies");
    return node;
  }

  /**
   * Returns stats.json. Its win rate and bull/bear counts are the team's predictions: every
   * analyst's scored UP and DOWN calls summed, as the leaderboard scores them (the original always
   * wrote zeros here).
   */
  ObjectNode stats() {
    ObjectNode node = figures();
    Tally team = leaderboard.team();
    Double winRate = team.winRate();
    node.put("winRate", winRate == null ? 0.0 : Rounded.fourPlaces(winRate));
    ObjectNode bullBear = node.putObject("bullBear");
    bullBear.putObject("bull").put("n", team.bullN()).put("win", team.bullWin());
    bullBear.putObject("bear").put("n", team.bearN()).put("win", team.bearWin());
    return node;
  }

  private ObjectNode summary() {
    ObjectNode node = figures();
    node.put("pnlPct", totalReturn());
    node.put("balance", Rounded.cents(nav));
    putCurves(node);
    return node;
  }

  /** Returns the figures summary.json and stats.json share. */
  private ObjectNode figures() {
    ObjectNode node = NODES.objectNode();
    node.put("totalAssetValue", Rounded.cents(nav));
    node.put("totalReturn", totalReturn());
    node.put("cashPosition", Rounded.cents(portfolio.cash()));
    node.put("marginUsed", Rounded.cents(portfolio.marginUsed()));
    ObjectNode weights = node.putObject("tickerWeights");
    portfolio.openPositions().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(open -> weights.put(open.getKey(), Rounded.fourPlaces(weight(marketValue(open)))));
    node.put("totalTrades", trades.total());
    return node;
  }

  /** Returns holdings by net quantity (shorts negative) and a CASH row, largest |weight| first. */
  private ArrayNode holdings() {
    List<ObjectNode> rows = new ArrayList<>();
    for (Map.Entry<String, Position> open : portfolio.openPositions().entrySet()) {
      Position position = open.getValue();
      long quantity = position.longQuantity() - position.shortQuantity();
      if (quantity == 0) {
        continue;
      }
      double value = marketValue(open);
      ObjectNode row = NODES.objectNode();
      row.put("ticker", open.getKey());
      row.put("quantity", quantity);
      row.put(
          "avg",
          Rounded.cents(quantity > 0 ? position.longCostBasis() : position.shortCostBasis()));
      row.put("currentPrice", Rounded.cents(marks.get(open.getKey())));
      row.put("marketValue", Rounded.cents(value));
      row.put("weight", Rounded.fourPlaces(weight(value)));
      rows.add(row);
    }
    double cash = Rounded.cents(portfolio.cash());
    ObjectNode cashRow = NODES.objectNode();
    cashRow.put("ticker", "CASH").put("quantity", 1).put("avg", cash).put("currentPrice", cash);
    cashRow.put("marketValue", cash).put("weight", Rounded.fourPlaces(weight(portfolio.cash())));
    rows.add(cashRow);
    rows.sort(
        Comparator.comparingDouble((ObjectNode row) -> -Math.abs(row.get("weight").asDouble()))
            .thenComparing(row -> row.get("ticker").asText()));
    return NODES.arrayNode().addAll(rows);
  }

  private ArrayNode trades() {
    ArrayNode rows = NODES.arrayNode();
    for (TradeRecord trade : trades.newestFirst()) {
      rows.addObject()
          .put("id", trade.id())
          .put("timestamp", trade.timestamp())
          .put("trading_date", trade.fill().session().toString())
          .put("side", trade.side())
          .put("ticker", trade.fill().ticker())
          .put("qty", trade.fill().quantity())
          .put("price", Rounded.cents(trade.fill().price()))
          .put("action", trade.fill().side().name())
          .put("commission", Rounded.cents(trade.fill().commission()));
    }
    return rows;
  }

  // Rendered once per view: the summary and the portfolio object share the same arrays.
  private void putCurves(ObjectNode node) {
    if (curveNodes == null) {
      curveNodes = NODES.objectNode();
      curveNodes.set("equity", points(curves.equity));
      curveNodes.set("baseline", points(curves.equalWeight));
      curveNodes.set("baseline_vw", points(curves.valueWeighted));
      curveNodes.set("momentum", points(curves.momentum));
      if (curves.benchmarkTicker() != null) {
        curveNodes.put("benchmarkTicker", curves.benchmarkTicker());
        curveNodes.set("benchmark", points(curves.benchmark));
      }
    }
    node.setAll(curveNodes);
  }

  private static ArrayNode points(Curve curve) {
    ArrayNode points = NODES.arrayNode(curve.size());
    for (int i = 0; i < curve.size(); i++) {
      points.addObject().put("t", curve.time(i)).put("v", Rounded.cents(curve.value(i)));
    }
    return points;
  }

  private double totalReturn() {
    return Rounded.cents((nav - initialCash) / initialCash * 100);
  }

  /** Returns {@code value} as a share of NAV, 0 when nothing is left to share. */
  private double weight(double value) {
    return nav > 0 ? value / nav : 0;
  }

  private double marketValue(Map.Entry<String, Position> open) {
    Position position = open.getValue();
    return (position.longQuantity() - position.shortQuantity()) * marks.get(open.getKey());
  }
}
