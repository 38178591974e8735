package org.evotraders.analysis.technical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.evotraders.core.market.Bar;
import org.ta4j.core.Indicator;
import org.ta4j.core.num.Num;

/**
 * A third-party reference CSV from the shared data folder: a date in the first column (whatever its
 * header or format), then named numeric columns where an empty cell means "no value".
 */
final class ReferenceTable {

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d/M/yyyy", Locale.ENGLISH));

  private final String name;
  private final List<CSVRecord> rows;

  private ReferenceTable(String name, List<CSVRecord> rows) {
    this.name = name;
    this.rows = rows;
  }

  /** Reads a file given relative to the shared data folder. */
  static ReferenceTable read(String relativePath) {
    Path file = Path.of(System.getProperty("evotraders.shared.data"), relativePath);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setTrim(true)
            .get();
    try (Reader reader = Files.newBufferedReader(file)) {
      return new ReferenceTable(relativePath, new ArrayList<>(format.parse(reader).getRecords()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference " + file, e);
    }
  }

  int size() {
    return rows.size();
  }

  LocalDate date(int row) {
    String text = rows.get(row).get(0);
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException next) {
        // the spreadsheets use several date formats; try the next one
      }
    }
    throw new IllegalArgumentException("%s row %d: unreadable date %s".formatted(name, row, text));
  }

  List<LocalDate> dates() {
    var dates = new ArrayList<LocalDate>(size());
    for (int row = 0; row < size(); row++) {
      dates.add(date(row));
    }
    return dates;
  }

  /** Returns the number in a column, NaN where the cell is empty. */
  double number(String column, int row) {
    String text = rows.get(row).get(column);
    return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
  }

  /** Returns the rows as bars; a missing Open, High or Low column is taken as the close. */
  List<Bar> bars(String ticker) {
    var bars = new ArrayList<Bar>(size());
    for (int row = 0; row < size(); row++) {
      double close = number("Close", row);
      bars.add(
          new Bar(
              ticker,
              date(row),
              priceOr("Open", row, close),
              priceOr("High", row, close),
              priceOr("Low", row, close),
              close,
              0));
    }
    return bars;
  }

  private double priceOr(String column, int row, double close) {
    return rows.get(row).isMapped(column) ? number(column, row) : close;
  }

  /**
   * Asserts that {@code actual} matches a reference column on every row: within {@code tolerance}
   * where the reference has a value, NaN where it has none (the warm-up).
   */
  void assertColumn(String column, double[] actual, double tolerance) {
    assertColumnFrom(0, column, actual, tolerance);
  }

  /** Asserts as {@link #assertColumn} does, on the rows from {@code firstRow} on. */
  void assertColumnFrom(int firstRow, String column, double[] actual, double tolerance) {
    assertThat(actual).as("values computed for %s of %s", column, name).hasSize(size());
    int compared = 0;
    for (int row = firstRow; row < size(); row++) {
      double expected = number(column, row);
      String where = "%s of %s on %s (row %d)".formatted(column, name, date(row), row);
      if (Double.isNaN(expected)) {
        assertThat(actual[row]).as(where + " is warm-up").isNaN();
      } else {
        assertThat(actual[row]).as(where).isCloseTo(expected, within(tolerance));
        compared++;
      }
    }
    assertThat(compared).as("rows of %s with a reference value", column).isPositive();
  }

  /** Returns an indicator's value on every bar of its series, NaN where ta4j gives NaN. */
  static double[] valuesOf(Indicator<Num> indicator) {
    int bars = indicator.getBarSeries().getBarCount();
    var values = new double[bars];
    for (int bar = 0; bar < bars; bar++) {
      values[bar] = indicator.getValue(bar).doubleValue();
    }
    return values;
  }
}
