package org.evotraders.data.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evotraders.core.market.Bar;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database behind the cache: bars per (provider, ticker, session), the date ranges
 * already fetched, and remembered answers per request. It holds one connection for its lifetime and
 * serialises every call on it, so this process has a single writer; WAL mode lets other processes
 * read meanwhile.
 */
public final class MarketDataStore implements AutoCloseable {

  /** The database file inside the data directory. */
  public static final String FILE_NAME = "market-data.db";

  private static final int BUSY_TIMEOUT_MILLIS = 10_000;

  private final Handle handle;

  private MarketDataStore(Handle handle) {
    this.handle = handle;
  }

  /** Opens (creating if needed) {@code dataDir/market-data.db} and brings its schema up to date. */
  public static MarketDataStore open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + dataDir.resolve(FILE_NAME).toAbsolutePath());
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new MarketDataStore(Jdbi.create(dataSource).open());
  }

  /** Stores bars under {@code provider}, replacing bars of the same ticker and session. */
  public synchronized void storeBars(String provider, List<Bar> bars) {
    if (bars.isEmpty()) {
      return;
    }
    handle.useTransaction(
        h -> {
          PreparedBatch batch =
              h.prepareBatch(
                  "INSERT OR REPLACE INTO bars (provider, ticker, session, open, high, low, close,"
                      + " volume) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
          for (Bar bar : bars) {
            batch
                .bind(0, provider)
                .bind(1, bar.ticker())
                .bind(2, bar.date().toString())
                .bind(3, bar.open())
                .bind(4, bar.high())
                .bind(5, bar.low())
                .bind(6, bar.close())
                .bind(7, bar.volume())
                .add();
          }
          batch.execute();
        });
  }

  /**
   * Returns the stored bars of a provider and ticker with {@code from <= date <= to}, oldest first.
   */
  public synchronized List<Bar> bars(String provider, String ticker, LocalDate from, LocalDate to) {
    return handle
        .createQuery(
            "SELECT ticker, session, open, high, low, close, volume FROM bars WHERE provider = ?"
                + " AND ticker = ? AND session BETWEEN ? AND ? ORDER BY session")
        .bind(0, provider)
        .bind(1, ticker)
        .bind(2, from.toString())
        .bind(3, to.toString())
        .map(
            (row, context) ->
                new Bar(
                    row.getString("ticker"),
                    LocalDate.parse(row.getString("session")),
                    row.getDouble("open"),
                    row.getDouble("high"),
                    row.getDouble("low"),
                    row.getDouble("close"),
                    row.getLong("volume")))
        .list();
  }

  synchronized List<DateRange> fetchedRanges(String provider, String ticker) {
    return handle
        .createQuery(
            "SELECT first_day, last_day FROM fetched_ranges WHERE provider = ? AND ticker = ?")
        .bind(0, provider)
        .bind(1, ticker)
        .map(
            (row, context) ->
                new DateRange(
                    LocalDate.parse(row.getString("first_day")),
                    LocalDate.parse(row.getString("last_day"))))
        .list();
  }

  /** Records that {@code range} was fetched, merged with the ranges fetched before. */
  synchronized void recordFetched(String provider, String ticker, DateRange range) {
    List<DateRange> all = new ArrayList<>(fetchedRanges(provider, ticker));
    all.add(range);
    handle.useTransaction(
        h -> {
          h.execute(
              "DELETE FROM fetched_ranges WHERE provider = ? AND ticker = ?", provider, ticker);
          for (DateRange merged : DateRange.merge(all)) {
            h.execute(
                "INSERT INTO fetched_ranges (provider, ticker, first_day, last_day) VALUES (?, ?, ?,"
                    + " ?)",
                provider,
                ticker,
                merged.first().toString(),
                merged.last().toString());
          }
        });
  }

  synchronized Optional<String> answer(String provider, String kind, String requestKey) {
    return handle
        .createQuery("SELECT body FROM answers WHERE provider = ? AND kind = ? AND request_key = ?")
        .bind(0, provider)
        .bind(1, kind)
        .bind(2, requestKey)
        .mapTo(String.class)
        .findOne();
  }

  synchronized void storeAnswer(String provider, String kind, String requestKey, String body) {
    handle.execute(
        "INSERT OR REPLACE INTO answers (provider, kind, request_key, body, fetched_at) VALUES (?,"
            + " ?, ?, ?, ?)",
        provider,
        kind,
        requestKey,
        body,
        Instant.now().toString());
  }

  @Override
  public synchronized void close() {
    handle.close();
  }
}
