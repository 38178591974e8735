package org.evotraders.analysis.valuation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.evotraders.analysis.ToolResult;
import org.evotraders.analysis.fundamentals.HistoricalMedian;
import org.evotraders.analysis.fundamentals.TrailingTwelveMonths;
import org.evotraders.core.marketdata.FinancialMetrics;

/**
 * The original's {@code ev_ebitda_valuation_analysis}: EBITDA = enterprise value / EV-to-EBITDA of
 * the latest ttm record; implied enterprise value = median past multiple x EBITDA; implied equity =
 * implied EV - net debt, at least zero.
 *
 * <p>Two choices differ from the original: the median is over the earlier records only (the
 * original includes the current multiple, which pulls the yardstick toward it), and net debt is
 * enterprise value minus the market cap of the same record (the original subtracts today's market
 * cap from the report-date EV). The implied equity is then set against today's market cap.
 */
final class EvEbitdaValuation {

  /** The original: at least 3 multiples to take a median of. */
  static final int MIN_PAST_MULTIPLES = 3;

  /** The original's label: a multiple more than 10% below (above) the median. */
  static final double MULTIPLE_BAND = 0.10;

  private EvEbitdaValuation() {}

  static ToolResult of(String ticker, List<FinancialMetrics> metrics, OptionalDouble marketCap) {
    String tool = ValuationTools.EV_EBITDA;
    List<FinancialMetrics> ttm = TrailingTwelveMonths.metrics(ticker, metrics);
    if (ttm.isEmpty()) {
      return ToolResult.unavailable(tool, ticker, ticker + ": no ttm financial metrics");
    }
    FinancialMetrics latest = ttm.getFirst();
    OptionalDouble enterpriseValue = latest.get("enterprise_value");
    OptionalDouble multiple = positive(latest.get("enterprise_value_to_ebitda_ratio"));
    if (enterpriseValue.isEmpty() || multiple.isEmpty()) {
      return ToolResult.unavailable(
          tool,
          ticker,
          ticker
              + ": enterprise value or a positive EV/EBITDA missing on "
              + latest.reportPeriod());
    }
    double[] past =
        ttm.subList(1, ttm.size()).stream()
            .map(m -> positive(m.get("enterprise_value_to_ebitda_ratio")))
            .filter(OptionalDouble::isPresent)
            .mapToDouble(OptionalDouble::getAsDouble)
            .toArray();
    if (past.length < MIN_PAST_MULTIPLES) {
      return ToolResult.unavailable(
          tool,
          ticker,
          "%s: %d earlier positive EV/EBITDA multiples, at least %d needed for a median"
              .formatted(ticker, past.length, MIN_PAST_MULTIPLES));
    }
    if (!ValuationTools.usable(marketCap)) {
      return ValuationTools.missingMarketCap(tool, ticker);
    }
    double current = multiple.getAsDouble();
    double median = HistoricalMedian.of(Arrays.stream(past)).orElseThrow();
    double ebitda = enterpriseValue.getAsDouble() / current;
    double netDebt =
        enterpriseValue.getAsDouble() - latest.get("market_cap").orElse(marketCap.getAsDouble());
    double impliedEquity = Math.max(median * ebitda - netDebt, 0);
    double discount = (median - current) / median;
    String position =
        discount > MULTIPLE_BAND
            ? "TRADING BELOW HISTORICAL MULTIPLE"
            : discount > -MULTIPLE_BAND
                ? "NEAR HISTORICAL AVERAGE"
                : "TRADING ABOVE HISTORICAL MULTIPLE";

    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("current_multiple", current);
    figures.put("median_multiple", median);
    figures.put("multiple_discount", discount);
    figures.put("ebitda", ebitda);
    figures.put("net_debt", netDebt);
    return new ValueGap(impliedEquity, marketCap.getAsDouble())
        .result(
            tool,
            ticker,
            "EV/EBITDA valuation (ttm to " + latest.reportPeriod() + ")",
            figures,
            List.of(
                "EV/EBITDA %.1fx vs median %.1fx of %d earlier ttm records: %+.1f%% -> %s"
                    .formatted(current, median, past.length, discount * 100, position),
                "EBITDA %s, net debt %s"
                    .formatted(ValueGap.money(ebitda), ValueGap.money(netDebt))));
  }

  private static OptionalDouble positive(OptionalDouble value) {
    return value.isPresent() && value.getAsDouble() > 0 ? value : OptionalDouble.empty();
  }
}
