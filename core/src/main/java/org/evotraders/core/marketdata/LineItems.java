package org.evotraders.core.marketdata;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Statement line items of one company for one period (free_cash_flow, net_income,
 * depreciation_and_amortization, capital_expenditure, working_capital, ...), in currency units.
 *
 * @param filed the date the figures became public; point-in-time views use it
 */
public record LineItems(
    String ticker,
    LocalDate reportPeriod,
    String period,
    LocalDate filed,
    Map<String, Double> values) {

  public LineItems {
    values = Map.copyOf(values);
  }

  public OptionalDouble get(String name) {
    Double v = values.get(name);
    return v == null || v.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
