package org.evotraders.core.metrics;

import java.time.LocalDate;

/**
 * A portfolio's book at one session's close, the input of exposure and turnover.
 *
 * @param date the session
 * @param longMarketValue market value of long positions, zero or positive
 * @param shortMarketValue market value of short positions; its sign is ignored, so a ledger that
 *     books shorts as negative values can pass them as they are
 * @param nav net asset value at the close, positive
 * @param tradedNotional absolute notional of every fill of the session, buys plus sells
 */
public record PositionSnapshot(
    LocalDate date,
    double longMarketValue,
    double shortMarketValue,
    double nav,
    double tradedNotional) {

  public PositionSnapshot {
    if (date == null) {
      throw new IllegalArgumentException("position snapshot needs a session date");
    }
    if (!(nav > 0) || Double.isInfinite(nav)) {
      throw new IllegalArgumentException(
          "position snapshot of %s has NAV %s: exposure needs a finite positive NAV"
              .formatted(date, nav));
    }
    if (!(longMarketValue >= 0) || !Double.isFinite(shortMarketValue) || !(tradedNotional >= 0)) {
      throw new IllegalArgumentException(
          "position snapshot of %s has long %s, short %s, traded %s: long and traded notional must be finite and non-negative"
              .formatted(date, longMarketValue, shortMarketValue, tradedNotional));
    }
  }

  /** Returns (long + |short|) / NAV. */
  public double grossExposure() {
    return (longMarketValue + Math.abs(shortMarketValue)) / nav;
  }

  /** Returns (long - |short|) / NAV. */
  public double netExposure() {
    return (longMarketValue - Math.abs(shortMarketValue)) / nav;
  }

  /** Returns long / NAV. */
  public double longExposure() {
    return longMarketValue / nav;
  }

  /** Returns |short| / NAV. */
  public double shortExposure() {
    return Math.abs(shortMarketValue) / nav;
  }

  /** Returns traded notional / NAV: two-sided, so selling a whole book and buying another is 2. */
  public double turnover() {
    return tradedNotional / nav;
  }
}
