package org.evotraders.core.marketdata;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Financial ratios of one company for one reporting period, as financialdatasets.ai names them
 * (return_on_equity, net_margin, price_to_earnings_ratio, ...). A missing value is absent from the
 * map, never zero.
 *
 * @param period "ttm", "quarterly" or "annual"
 * @param filed the date the figures became public; point-in-time views use it, never the period
 */
public record FinancialMetrics(
    String ticker,
    LocalDate reportPeriod,
    String period,
    LocalDate filed,
    Map<String, Double> values) {

  public FinancialMetrics {
    values = Map.copyOf(values);
  }

  public OptionalDouble get(String name) {
    Double v = values.get(name);
    return v == null || v.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
