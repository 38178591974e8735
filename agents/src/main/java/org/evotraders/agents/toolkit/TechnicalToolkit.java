package org.evotraders.agents.toolkit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evotraders.analysis.ToolResult;
import org.evotraders.analysis.technical.RollingIndicators;
import org.evotraders.analysis.technical.TechnicalSnapshot;
import org.evotraders.analysis.technical.TechnicalTools;
import org.evotraders.core.marketdata.PointInTimeMarketData;

/**
 * Trend, momentum, mean reversion and volatility. Indicators are extended with the bars that closed
 * since the previous day, so each day costs one bar per ticker; the first day loads the history
 * from the run's fixed history start (see {@link Toolkit#WARM_UP_DAYS}).
 */
final class TechnicalToolkit implements Toolkit {

  private final LocalDate historyStart;
  private final Map<String, RollingIndicators> indicators = new HashMap<>();

  TechnicalToolkit(LocalDate historyStart) {
    this.historyStart = historyStart;
  }

  @Override
  public List<ToolResult> run(String ticker, PointInTimeMarketData view) {
    RollingIndicators rolling;
    synchronized (indicators) {
      rolling = indicators.computeIfAbsent(ticker, RollingIndicators::new);
    }
    synchronized (rolling) {
      LocalDate from = rolling.lastDate().map(d -> d.plusDays(1)).orElse(historyStart);
      rolling.extend(view.bars(ticker, from));
      Optional<TechnicalSnapshot> latest = rolling.latest();
      if (latest.isEmpty()) {
        return List.of(
            ToolResult.unavailable(TechnicalTools.TREND, ticker, "no price history for " + ticker));
      }
      return TechnicalTools.all(latest.get());
    }
  }
}
