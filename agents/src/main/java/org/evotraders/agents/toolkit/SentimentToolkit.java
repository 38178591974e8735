package org.evotraders.agents.toolkit;

import java.time.LocalDate;
import java.util.List;
import org.evotraders.analysis.ToolResult;
import org.evotraders.analysis.sentiment.SentimentTools;
import org.evotraders.core.marketdata.PointInTimeMarketData;

/** News tone over the last week and insider trading over the last quarter. */
final class SentimentToolkit implements Toolkit {

  static final int NEWS_DAYS = 7;
  static final int INSIDER_DAYS = 90;

  @Override
  public List<ToolResult> run(String ticker, PointInTimeMarketData view) {
    LocalDate today = view.asOf().atZone(PointInTimeMarketData.NEW_YORK).toLocalDate();
    return SentimentTools.all(
        ticker,
        view.insiderTrades(ticker, today.minusDays(INSIDER_DAYS)),
        view.news(ticker, today.minusDays(NEWS_DAYS)));
  }
}
