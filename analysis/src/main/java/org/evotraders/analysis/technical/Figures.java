package org.evotraders.analysis.technical;

import java.util.Locale;

/**
 * Writes the figures of tool texts and offline answers as {@code String.format(Locale.ROOT, ...)}
 * would, without its cost (parsing the pattern, a Formatter per call): a run writes millions of
 * them. Handles {@code %s}, {@code %d}, {@code %%} and {@code %.Nf} or {@code %+.Nf} with N from 0
 * to 9; any other pattern goes to {@link String#format} as it is.
 */
public final class Figures {

  /** Powers of ten by number of decimal places. */
  private static final double[] SCALES = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

  private Figures() {}

  /** Returns {@code pattern} with its arguments written as {@code String.format} writes them. */
  public static String format(String pattern, Object... args) {
    StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
    int next = 0;
    int length = pattern.length();
    for (int i = 0; i < length; i++) {
      char c = pattern.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      char kind = i + 1 < length ? pattern.charAt(i + 1) : 0;
      if (kind == '%') {
        out.append('%');
        i++;
      } else if (kind == 's' && next < args.length) {
        out.append(args[next++]);
        i++;
      } else if (kind == 'd'
          && next < args.length
          && (args[next] instanceof Integer || args[next] instanceof Long)) {
        out.append(((Number) args[next++]).longValue());
        i++;
      } else {
        boolean plus = kind == '+';
        int dot = plus ? i + 2 : i + 1;
        if (dot + 2 < length
            && pattern.charAt(dot) == '.'
            && Character.isDigit(pattern.charAt(dot + 1))
            && pattern.charAt(dot + 2) == 'f'
            && next < args.length
            && args[next] instanceof Double value) {
          next++;
          int places = pattern.charAt(dot + 1) - '0';
          if (plus) {
            appendSigned(out, value, places);
          } else {
            appendFixed(out, value, places);
          }
          i = dot + 2;
        } else {
          return String.format(Locale.ROOT, pattern, args);
        }
      }
    }
    return out.toString();
  }

  /** Returns {@code value} with {@code places} decimals, as {@code %.<places>f} writes it. */
  public static String fixed(double value, int places) {
    return appendFixed(new StringBuilder(24), value, places).toString();
  }

  /**
   * Appends {@code value} with {@code places} decimals and a sign, as {@code %+.<places>f} writes
   * it: a plus before zero and positive values, none before NaN.
   */
  public static StringBuilder appendSigned(StringBuilder out, double value, int places) {
    if (!(value < 0) && !Double.isNaN(value) && !isNegativeZero(value)) {
      out.append('+');
    }
    return appendFixed(out, value, places);
  }

  /**
   * Appends {@code value} with {@code places} decimals, rounding half up the shortest decimal that
   * reads back as {@code value}, as Java's Formatter does.
   */
  public static StringBuilder appendFixed(StringBuilder out, double value, int places) {
    if (!Double.isFinite(value)) {
      return out.append(value);
    }
    if (places < SCALES.length && appendUnlessNearHalf(out, value, places)) {
      return out;
    }
    String decimal = Double.toString(value);
    if (decimal.indexOf('E') >= 0) {
      return out.append(String.format(Locale.ROOT, "%." + places + "f", value));
    }
    int start = decimal.charAt(0) == '-' ? 1 : 0;
    int point = decimal.indexOf('.');
    // digits without the point; the integer part has (point - start) of them
    char[] digits = new char[decimal.length() - start - 1 + places + 1];
    int count = 0;
    digits[count++] = '0'; // room for a carry
    for (int i = start; i < decimal.length(); i++) {
      if (i != point) {
        digits[count++] = decimal.charAt(i);
      }
    }
    int integerDigits = point - start + 1;
    int kept = integerDigits + places;
    while (count < kept + 1) {
      digits[count++] = '0';
    }
    if (digits[kept] >= '5') {
      int at = kept - 1;
      while (digits[at] == '9') {
        digits[at--] = '0';
      }
      digits[at]++;
    }
    if (start == 1) {
      out.append('-');
    }
    int first = digits[0] == '0' && integerDigits > 1 ? 1 : 0;
    out.append(digits, first, integerDigits - first);
    if (places > 0) {
      out.append('.').append(digits, integerDigits, places);
    }
    return out;
  }

  /**
   * Appends {@code value} rounded by arithmetic on its binary value, which rounds as the shortest
   * decimal does unless the scaled value lies within rounding error of a half: the shortest decimal
   * is within half an ulp of the value, and so is the product. Returns false, appending nothing,
   * for such near-halves and for magnitudes a long cannot hold exactly.
   */
  private static boolean appendUnlessNearHalf(StringBuilder out, double value, int places) {
    double scaled = Math.abs(value) * SCALES[places];
    if (!(scaled < 1e15)) {
      return false;
    }
    double whole = Math.floor(scaled);
    double fraction = scaled - whole;
    if (Math.abs(fraction - 0.5) <= scaled * 1e-14) {
      return false;
    }
    long rounded = (long) whole + (fraction > 0.5 ? 1 : 0);
    if (value < 0 || isNegativeZero(value)) {
      out.append('-');
    }
    long unit = (long) SCALES[places];
    out.append(rounded / unit);
    if (places > 0) {
      out.append('.');
      long decimals = rounded % unit;
      for (long digit = unit / 10; digit > decimals && digit > 1; digit /= 10) {
        out.append('0');
      }
      out.append(decimals);
    }
    return true;
  }

  private static boolean isNegativeZero(double value) {
    return Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0);
  }
}
