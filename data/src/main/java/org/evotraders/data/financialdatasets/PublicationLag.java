package org.evotraders.data.financialdatasets;

import java.time.LocalDate;

/**
 * Estimates when a period's figures became public, because financialdatasets.ai gives the report
 * period but no filing date. The lags are the SEC's latest filing deadlines (non-accelerated
 * filers): a 10-Q is due 45 days after the quarter, a 10-K 90 days after the fiscal year. Real
 * filings are usually earlier (Apple's FY2023 10-K: 34 days), so a point-in-time view sees figures
 * a little late but never before they existed.
 */
final class PublicationLag {

  static final int QUARTERLY_DAYS = 45;
  static final int ANNUAL_DAYS = 90;

  private PublicationLag() {}

  /**
   * Returns the date the figures are assumed public.
   *
   * @param period "ttm", "quarterly" or "annual"
   * @param fiscalPeriod e.g. "2023-Q4", or null; a fourth quarter comes from the annual report, so
   *     a ttm record ending it waits for the 10-K
   */
  static LocalDate filed(LocalDate reportPeriod, String period, String fiscalPeriod) {
    boolean annualReport =
        "annual".equals(period) || (fiscalPeriod != null && fiscalPeriod.endsWith("Q4"));
    return reportPeriod.plusDays(annualReport ? ANNUAL_DAYS : QUARTERLY_DAYS);
  }
}
