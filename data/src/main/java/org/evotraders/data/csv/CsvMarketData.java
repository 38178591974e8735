package org.evotraders.data.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.evotraders.core.market.Bar;
import org.evotraders.core.marketdata.PriceOnlyMarketData;

/**
 * Daily bars from a directory holding one {@code <TICKER>.csv} per ticker, read as {@link BarFile}
 * describes (header-driven; adjusted when an {@code Adj Close} column is present).
 *
 * <p>A price-only source: financial metrics, line items, insider trades and news are always empty
 * and the market capitalisation is unknown. The ticker is the file name without {@code .csv}, in
 * upper case, and lookups ignore case. Each file is parsed on first use and kept in memory; the
 * cache is safe to share between threads. Files added to the directory later are not seen.
 */
public final class CsvMarketData implements PriceOnlyMarketData {

  private final Path directory;
  private final Map<String, Path> files;
  private final Map<String, BarHistory> loaded = new ConcurrentHashMap<>();

  /**
   * Indexes the {@code .csv} files of {@code directory} without reading them.
   *
   * @throws IllegalArgumentException if it is not a readable directory or two files name the same
   *     ticker in different case
   */
  public CsvMarketData(Path directory) {
    this.directory = directory;
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException(
          "bar directory " + directory + " does not exist; pass a folder of <TICKER>.csv files");
    }
    var byTicker = new TreeMap<String, Path>();
    try (Stream<Path> entries = Files.list(directory)) {
      entries
          .filter(Files::isRegularFile)
          .filter(path -> fileName(path).toLowerCase(Locale.ROOT).endsWith(".csv"))
          .sorted()
          .forEach(
              path -> {
                Path clash = byTicker.putIfAbsent(tickerOf(path), path);
                if (clash != null) {
                  throw new IllegalArgumentException(
                      "bar files %s and %s name the same ticker; keep one".formatted(clash, path));
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list bar directory " + directory, e);
    }
    this.files = Map.copyOf(byTicker);
  }

  /** Returns the tickers that have a file, in alphabetical order. */
  public SortedSet<String> tickers() {
    return new TreeSet<>(files.keySet());
  }

  @Override
  public List<Bar> bars(String ticker, LocalDate from, LocalDate to) {
    String key = normalized(ticker);
    Path file = files.get(key);
    if (file == null) {
      return List.of();
    }
    return loaded
        .computeIfAbsent(key, k -> new BarHistory(BarFile.read(file, k)))
        .between(from, to);
  }

  @Override
  public String toString() {
    return "CsvMarketData[" + directory + ", " + files.size() + " tickers]";
  }

  private static String tickerOf(Path file) {
    String name = fileName(file);
    return normalized(name.substring(0, name.length() - ".csv".length()));
  }

  private static String fileName(Path path) {
    return path.getFileName().toString();
  }

  private static String normalized(String ticker) {
    return ticker.trim().toUpperCase(Locale.ROOT);
  }
}
