package org.evotraders.data.finnhub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Translates the {@code metric} section of Finnhub's basic financials into our metric names (those
 * of financialdatasets.ai). Finnhub states margins, returns, growth and payout in percent and money
 * amounts in millions; ours are fractions and currency units.
 */
final class FinnhubMetricNames {

  private static final double PERCENT = 0.01;
  private static final double MILLIONS = 1e6;

  private record Mapping(String ours, double scale) {}

  private static final Map<String, Mapping> BY_FINNHUB_NAME =
      Map.ofEntries(
          Map.entry("marketCapitalization", new Mapping("market_cap", MILLIONS)),
          Map.entry("enterpriseValue", new Mapping("enterprise_value", MILLIONS)),
          Map.entry("peTTM", new Mapping("price_to_earnings_ratio", 1)),
          Map.entry("pbQuarterly", new Mapping("price_to_book_ratio", 1)),
          Map.entry("psTTM", new Mapping("price_to_sales_ratio", 1)),
          Map.entry("grossMarginTTM", new Mapping("gross_margin", PERCENT)),
          Map.entry("operatingMarginTTM", new Mapping("operating_margin", PERCENT)),
          Map.entry("netProfitMarginTTM", new Mapping("net_margin", PERCENT)),
          Map.entry("roeTTM", new Mapping("return_on_equity", PERCENT)),
          Map.entry("roaTTM", new Mapping("return_on_assets", PERCENT)),
          Map.entry("roiTTM", new Mapping("return_on_invested_capital", PERCENT)),
          Map.entry("assetTurnoverTTM", new Mapping("asset_turnover", 1)),
          Map.entry("inventoryTurnoverTTM", new Mapping("inventory_turnover", 1)),
          Map.entry("receivablesTurnoverTTM", new Mapping("receivables_turnover", 1)),
          Map.entry("currentRatioQuarterly", new Mapping("current_ratio", 1)),
          Map.entry("quickRatioQuarterly", new Mapping("quick_ratio", 1)),
          Map.entry("totalDebt/totalEquityQuarterly", new Mapping("debt_to_equity", 1)),
          Map.entry("netInterestCoverageTTM", new Mapping("interest_coverage", 1)),
          Map.entry("revenueGrowthTTMYoy", new Mapping("revenue_growth", PERCENT)),
          Map.entry("epsGrowthTTMYoy", new Mapping("earnings_per_share_growth", PERCENT)),
          Map.entry("payoutRatioTTM", new Mapping("payout_ratio", PERCENT)),
          Map.entry("epsTTM", new Mapping("earnings_per_share", 1)),
          Map.entry("bookValuePerShareQuarterly", new Mapping("book_value_per_share", 1)));

  private FinnhubMetricNames() {}

  /** Returns our metric values for the numeric fields of Finnhub's {@code metric} object. */
  static Map<String, Double> translate(JsonNode metric) {
    Map<String, Double> values = new HashMap<>();
    BY_FINNHUB_NAME.forEach(
        (finnhubName, mapping) -> {
          JsonNode value = metric.path(finnhubName);
          if (value.isNumber()) {
            values.put(mapping.ours(), value.asDouble() * mapping.scale());
          }
        });
    return values;
  }
}
