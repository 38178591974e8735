package org.evotraders.data.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.evotraders.core.market.Bar;

/**
 * Reads the daily bars of one ticker from a CSV file with a header line (see {@link BarColumns}).
 *
 * <p>When an {@code Adj Close} column is present the bars are adjusted: close becomes the adjusted
 * close and open, high and low are scaled by {@code adjClose / close}, so returns across dividends
 * and splits are continuous. Volume is kept as the file gives it. Without a {@code Volume} column
 * volume is 0.
 *
 * <p>Dates must be ISO ({@code 2024-03-01}, optionally followed by a time that is ignored) and
 * strictly increasing. Every problem is a {@link MalformedBarFileException} naming file and line.
 */
public final class BarFile {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();

  private BarFile() {}

  /** Returns the bars of {@code file}, oldest first, each carrying {@code ticker}. */
  public static List<Bar> read(Path file, String ticker) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CSVParser parser;
      try {
        parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
      } catch (IllegalArgumentException e) {
        // commons-csv reports duplicate or blank header names this way.
        throw new MalformedBarFileException(file, 1, e.getMessage(), e);
      }
      try {
        return rows(file, ticker, parser);
      } catch (IllegalStateException e) {
        // commons-csv reports an unbalanced quote this way.
        throw new MalformedBarFileException(file, parser.getCurrentLineNumber(), e.getMessage(), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bar file " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Bar> rows(Path file, String ticker, CSVParser parser) {
    var columns = BarColumns.fromHeader(file, parser.getHeaderNames());
    var bars = new ArrayList<Bar>();
    LocalDate previous = null;
    for (CSVRecord row : parser) {
      // The parser's line count after a row is the row's (last) line, blank lines included.
      var line = new Line(file, parser.getCurrentLineNumber(), row);
      Bar bar = line.bar(ticker, columns);
      if (previous != null && !bar.date().isAfter(previous)) {
        throw line.problem(
            "date %s does not follow %s; rows must be in strictly increasing date order"
                .formatted(bar.date(), previous),
            null);
      }
      previous = bar.date();
      bars.add(bar);
    }
    return List.copyOf(bars);
  }

  /** One data row of the file, with what is needed to name it in an error. */
  private record Line(Path file, long number, CSVRecord row) {

    Bar bar(String ticker, BarColumns columns) {
      if (row.size() < columns.width()) {
        throw problem(
            "has %d fields but the header needs %d (missing column)"
                .formatted(row.size(), columns.width()),
            null);
      }
      LocalDate date = date(row.get(columns.date()));
      double open = price(columns.open(), "Open");
      double high = price(columns.high(), "High");
      double low = price(columns.low(), "Low");
      double close = price(columns.close(), "Close");
      long volume = columns.volume() < 0 ? 0 : volume(row.get(columns.volume()));
      if (columns.adjustedClose() >= 0) {
        double adjustedClose = price(columns.adjustedClose(), "Adj Close");
        if (!(close > 0)) {
          throw problem("Close " + close + " must be positive to adjust by Adj Close", null);
        }
        double factor = adjustedClose / close;
        open *= factor;
        high *= factor;
        low *= factor;
        close = adjustedClose;
      }
      try {
        return new Bar(ticker, date, open, high, low, close, volume);
      } catch (IllegalArgumentException e) {
        throw problem(e.getMessage(), e);
      }
    }

    MalformedBarFileException problem(String what, Throwable cause) {
      return new MalformedBarFileException(file, number, what, cause);
    }

    private LocalDate date(String text) {
      // Hand-parsed: LocalDate.parse and regular expressions dominate load time on large files.
      boolean iso =
          text.length() >= 10
              && (text.length() == 10 || text.charAt(10) == ' ' || text.charAt(10) == 'T')
              && text.charAt(4) == '-'
              && text.charAt(7) == '-';
      int year = iso ? digits(text, 0, 4) : -1;
      int month = iso ? digits(text, 5, 7) : -1;
      int day = iso ? digits(text, 8, 10) : -1;
      if (year < 0 || month < 0 || day < 0) {
        throw problem("date '" + text + "' is not an ISO date like 2024-03-01", null);
      }
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw problem("date '" + text + "' does not exist: " + e.getMessage(), e);
      }
    }

    private static int digits(String text, int from, int to) {
      int value = 0;
      for (int i = from; i < to; i++) {
        int digit = text.charAt(i) - '0';
        if (digit < 0 || digit > 9) {
          return -1;
        }
        value = value * 10 + digit;
      }
      return value;
    }

    private double price(int column, String name) {
      String text = row.get(column);
      try {
        double value = Double.parseDouble(text);
        if (Double.isFinite(value)) {
          return value;
        }
      } catch (NumberFormatException e) {
        // Falls through to the error naming the column.
      }
      throw problem(name + " '" + text + "' is not a number", null);
    }

    private long volume(String text) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException notAnInteger) {
        // Some exports write volume as 1.2345E7 or 1234.0.
        try {
          double value = Double.parseDouble(text);
          if (Double.isFinite(value)) {
            return Math.round(value);
          }
        } catch (NumberFormatException e) {
          // Falls through to the error naming the column.
        }
      }
      throw problem("Volume '" + text + "' is not a number", null);
    }
  }
}
