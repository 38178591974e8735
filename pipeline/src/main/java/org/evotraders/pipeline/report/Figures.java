package org.evotraders.pipeline.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.evotraders.core.metrics.ConfidenceInterval;

/**
 * How the reports write numbers: percentages and ratios with two decimals, money with thousands
 * separators, "n/a" for a figure core could not compute (NaN) and "inf" for an unbounded one. Both
 * reports format through here so that the terminal and the HTML file always agree.
 */
final class Figures {

  static final String NOT_AVAILABLE = "n/a";

  private Figures() {}

  /** Returns a fraction as a percentage, 0.1234 as "12.34%". */
  static String percent(double fraction) {
    return special(fraction, String.format(Locale.ROOT, "%.2f%%", fraction * 100));
  }

  /** Returns a ratio such as Sharpe with two decimals. */
  static String ratio(double value) {
    return special(value, String.format(Locale.ROOT, "%.2f", value));
  }

  /** Returns an amount of money with two decimals and thousands separators, "100,000.00". */
  static String money(double amount) {
    return special(amount, String.format(Locale.US, "%,.2f", amount));
  }

  /**
   * Returns model costs in US dollars with four decimals, since a call costs fractions of a cent.
   */
  static String usd(double amount) {
    return special(amount, String.format(Locale.US, "$%,.4f", amount));
  }

  /** Returns a count with thousands separators. */
  static String count(long value) {
    return String.format(Locale.US, "%,d", value);
  }

  /** Returns an ISO date, or "n/a" for none (e.g. a drawdown that never recovered). */
  static String date(LocalDate date) {
    return date == null ? NOT_AVAILABLE : date.toString();
  }

  /** Returns the interval's bounds as percentages, "1.00% .. 20.00%". */
  static String percentInterval(ConfidenceInterval interval) {
    return interval(interval, percent(interval.lower()), percent(interval.upper()));
  }

  /** Returns the interval's bounds as ratios, "0.10 .. 2.00". */
  static String ratioInterval(ConfidenceInterval interval) {
    return interval(interval, ratio(interval.lower()), ratio(interval.upper()));
  }

  /** Returns the interval's coverage as a heading, "95% CI". */
  static String intervalHeading(ConfidenceInterval interval) {
    return level(interval.level()) + " CI";
  }

  /** Returns a confidence level without needless decimals, 0.95 as "95%" and 0.975 as "97.5%". */
  static String level(double level) {
    double hundredths = Math.round(level * 10_000) / 100.0;
    return BigDecimal.valueOf(hundredths).stripTrailingZeros().toPlainString() + "%";
  }

  private static String interval(ConfidenceInterval interval, String lower, String upper) {
    if (Double.isNaN(interval.lower()) || Double.isNaN(interval.upper())) {
      return NOT_AVAILABLE;
    }
    return lower + " .. " + upper;
  }

  private static String special(double value, String formatted) {
    if (Double.isNaN(value)) {
      return NOT_AVAILABLE;
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    // a tiny loss rounds to "-0.00%", which reads as a loss the table does not show
    return formatted.matches("-[0.,$%]+") ? formatted.substring(1) : formatted;
  }
}
