package org.evotraders.core.marketdata;

import java.time.LocalDate;

/**
 * One SEC Form 4 transaction. Shares are negative for a disposal. Price may be null (grants and RSU
 * vestings carry none).
 *
 * @param filingDate when the trade became public; point-in-time views use it, not the transaction
 *     date
 */
public record InsiderTrade(
    String ticker,
    String name,
    String title,
    boolean boardDirector,
    LocalDate transactionDate,
    LocalDate filingDate,
    double shares,
    Double pricePerShare,
    Double value,
    String securityTitle) {

  public boolean isPurchase() {
    return shares > 0;
  }
}
