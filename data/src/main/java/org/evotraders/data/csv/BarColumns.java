package org.evotraders.data.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where each bar field sits in the rows of one file, found from its header whatever the order and
 * case of the names ({@code Date}, {@code Open}, {@code High}, {@code Low}, {@code Close}, optional
 * {@code Adj Close} and {@code Volume}; other columns are ignored). An absent optional column is
 * {@code -1}.
 */
record BarColumns(int date, int open, int high, int low, int close, int adjustedClose, int volume) {

  private static final String EXPECTED =
      "expected a header with Date, Open, High, Low, Close and optionally Adj Close and Volume";

  static BarColumns fromHeader(Path file, List<String> names) {
    int date = -1, open = -1, high = -1, low = -1, close = -1, adjustedClose = -1, volume = -1;
    for (int i = 0; i < names.size(); i++) {
      switch (normalized(names.get(i))) {
        case "date", "datetime" -> date = i;
        case "open" -> open = i;
        case "high" -> high = i;
        case "low" -> low = i;
        case "close" -> close = i;
        case "adjclose", "adjustedclose" -> adjustedClose = i;
        case "volume" -> volume = i;
        default -> {
          // Other columns (OpenInterest, Dividends, ...) carry nothing a bar holds.
        }
      }
    }
    var columns = new BarColumns(date, open, high, low, close, adjustedClose, volume);
    String missing = columns.missingRequired();
    if (!missing.isEmpty()) {
      throw new MalformedBarFileException(
          file, 1, "header " + names + " lacks " + missing + "; " + EXPECTED);
    }
    return columns;
  }

  /** Returns how many fields a row needs to hold every column this file has. */
  int width() {
    return 1
        + Math.max(
            Math.max(Math.max(date, open), Math.max(high, low)),
            Math.max(close, Math.max(adjustedClose, volume)));
  }

  private String missingRequired() {
    var missing = new StringBuilder();
    String[] labels = {"Date", "Open", "High", "Low", "Close"};
    int[] indexes = {date, open, high, low, close};
    for (int i = 0; i < labels.length; i++) {
      if (indexes[i] < 0) {
        missing.append(missing.isEmpty() ? "" : ", ").append(labels[i]);
      }
    }
    return missing.toString();
  }

  private static String normalized(String name) {
    var letters = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      // Drops spaces, underscores and a byte order mark so "Adj Close", "adj_close" are one name.
      if (Character.isLetterOrDigit(c)) {
        letters.append(c);
      }
    }
    return letters.toString().toLowerCase(Locale.ROOT);
  }
}
