package org.evotraders.data.synthetic;

import java.time.LocalDate;
import java.util.Map;

/**
 * The trailing twelve-month statement figures of one synthetic company at one quarter end, named as
 * financialdatasets.ai names line items. Flows (revenue, net_income, ...) cover the twelve months
 * to the report period; balances (shareholders_equity, total_debt, ...) are at its end.
 */
record QuarterlyReport(LocalDate reportPeriod, Map<String, Double> items) {

  /** Reports are filed 40 days after the quarter ends, within the SEC's 10-Q deadline. */
  static final int FILING_LAG_DAYS = 40;

  QuarterlyReport {
    items = Map.copyOf(items);
  }

  LocalDate filed() {
    return reportPeriod.plusDays(FILING_LAG_DAYS);
  }

  double get(String item) {
    return items.get(item);
  }
}
