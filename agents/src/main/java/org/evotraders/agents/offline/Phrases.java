package org.evotraders.agents.offline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.evotraders.analysis.technical.Figures;
import org.evotraders.core.signals.Signal;

/**
 * How the offline rules write numbers and quote text, the same way in every answer so that a day's
 * transcript reads consistently (Locale.ROOT: a dot for decimals, commas for thousands).
 */
final class Phrases {

  /** Longest quote of a tool's text, a memory or another agent's reasoning. */
  static final int QUOTE_LENGTH = 160;

  /** Most figures quoted from one tool result. */
  static final int QUOTED_FIGURES = 3;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern FINAL_PERIOD = Pattern.compile("\\.$");

  /** Powers of ten that doubles hold exactly, by exponent. */
  private static final double[] TENS = new double[20];

  static {
    TENS[0] = 1;
    for (int i = 1; i < TENS.length; i++) {
      TENS[i] = TENS[i - 1] * 10;
    }
  }

  private Phrases() {}

  /** Formats {@code pattern} in Locale.ROOT, whatever the machine's locale. */
  static String format(String pattern, Object... args) {
    return Figures.format(pattern, args);
  }

  /** Writes a signal as its word: bullish, bearish or neutral. */
  static String word(Signal signal) {
    return switch (signal) {
      case BULLISH -> "bullish";
      case BEARISH -> "bearish";
      case NEUTRAL -> "neutral";
    };
  }

  /** Writes a score in [-1, 1] with its sign, e.g. {@code +0.42}. */
  static String signed(double score) {
    return signed(new StringBuilder(6), score).toString();
  }

  /** Appends a score in [-1, 1] with its sign, as {@link #signed(double)} writes it. */
  static StringBuilder signed(StringBuilder out, double score) {
    return Figures.appendSigned(out, score, 2);
  }

  /** Writes a fraction as a percentage, e.g. 0.253 as {@code 25.3%}. */
  static String percent(double fraction) {
    return Figures.fixed(fraction * 100, 1) + "%";
  }

  /** Writes an amount of money in whole dollars, e.g. {@code $12,500}. */
  static String money(double amount) {
    if (!Double.isFinite(amount) || amount == 0 && 1 / amount < 0) {
      return String.format(Locale.ROOT, "$%,.0f", amount);
    }
    String dollars = Figures.fixed(Math.abs(amount), 0);
    StringBuilder out = new StringBuilder(dollars.length() + 8).append(amount < 0 ? "-$" : "$");
    for (int i = 0; i < dollars.length(); i++) {
      if (i > 0 && (dollars.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(dollars.charAt(i));
    }
    return out.toString();
  }

  /** Writes a plain number with four significant digits, e.g. {@code 71.2}. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    String fast = fourDigits(value);
    return fast != null
        ? fast
        : new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /**
   * Returns {@code value} rounded half up to four significant digits, as {@link #number} writes it,
   * by arithmetic on the double; or null when that could round differently from the exact binary
   * value: a scaled value within rounding error of a half, or a magnitude far from 1.
   */
  private static String fourDigits(double value) {
    double magnitude = Math.abs(value);
    if (magnitude == 0) {
      return "0";
    }
    int exponent = (int) Math.floor(Math.log10(magnitude));
    if (exponent < -15 || exponent > 15) {
      return null;
    }
    double scaled = scale(magnitude, 3 - exponent);
    if (scaled < 1000) {
      exponent--;
      scaled = scale(magnitude, 3 - exponent);
    } else if (scaled >= 10000) {
      exponent++;
      scaled = scale(magnitude, 3 - exponent);
    }
    double fraction = scaled - Math.floor(scaled);
    if (Math.abs(fraction - 0.5) < 1e-9) {
      return null;
    }
    long digits = Math.round(scaled);
    if (digits == 10000) {
      digits = 1000;
      exponent++;
    }
    StringBuilder out = new StringBuilder(24);
    if (value < 0) {
      out.append('-');
    }
    String text = Long.toString(digits);
    int point = exponent + 1; // digits before the decimal point
    if (point >= 4) {
      out.append(text);
      out.repeat('0', point - 4);
      return out.toString();
    }
    int end = 4;
    while (end > Math.max(point, 0) && text.charAt(end - 1) == '0') {
      end--;
    }
    if (point <= 0) {
      out.append("0.");
      out.repeat('0', -point);
      out.append(text, 0, end);
    } else {
      out.append(text, 0, point);
      if (end > point) {
        out.append('.').append(text, point, end);
      }
    }
    return out.toString();
  }

  /** Returns {@code magnitude} times ten to the {@code power}, with one rounding. */
  private static double scale(double magnitude, int power) {
    return power >= 0 ? magnitude * TENS[power] : magnitude / TENS[-power];
  }

  /** Writes the first {@value #QUOTED_FIGURES} figures, e.g. {@code rsi14 71.2, sma20 101.3}. */
  static String figures(Map<String, Double> figures) {
    return figures.entrySet().stream()
        .limit(QUOTED_FIGURES)
        .map(e -> e.getKey() + " " + number(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  /** Drops one period at the end of {@code text}, if there is one. */
  static String withoutFinalPeriod(String text) {
    return FINAL_PERIOD.matcher(text).replaceAll("");
  }

  /**
   * Returns the first sentence of {@code text} (up to and including the first period followed by
   * whitespace, or its first line), cut to {@value #QUOTE_LENGTH} characters.
   */
  static String firstSentence(String text) {
    String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
    int end = line.indexOf(". ");
    return quote(end < 0 ? line : line.substring(0, end + 1));
  }

  /** Cuts {@code text} to {@value #QUOTE_LENGTH} characters on one line, marking the cut. */
  static String quote(String text) {
    String flat = text == null ? "" : WHITESPACE.matcher(text.strip()).replaceAll(" ");
    return flat.length() <= QUOTE_LENGTH ? flat : flat.substring(0, QUOTE_LENGTH - 3) + "...";
  }
}
