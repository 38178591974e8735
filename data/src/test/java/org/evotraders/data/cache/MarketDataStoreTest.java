package org.evotraders.data.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.evotraders.core.market.Bar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketDataStoreTest {

  @TempDir Path dataDir;

  private static Bar aapl(int day, double close) {
    return new Bar("AAPL", LocalDate.of(2024, 3, day), close, close + 1, close - 1, close, 1000);
  }

  @Test
  void keepsImportedBarsAcrossARestart() {
    try (MarketDataStore store = MarketDataStore.open(dataDir)) {
      store.storeBars("csv", List.of(aapl(4, 175.1), aapl(1, 179.66), aapl(5, 170.12)));
    }

    try (MarketDataStore reopened = MarketDataStore.open(dataDir)) {
      assertThat(reopened.bars("csv", "AAPL", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 4)))
          .containsExactly(aapl(1, 179.66), aapl(4, 175.1));
      assertThat(reopened.bars("yahoo", "AAPL", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 4)))
          .isEmpty();
    }
  }

  @Test
  void replacesABarOfTheSameSession() {
    try (MarketDataStore store = MarketDataStore.open(dataDir)) {
      store.storeBars("csv", List.of(aapl(1, 179.0)));
      store.storeBars("csv", List.of(aapl(1, 179.66)));

      assertThat(store.bars("csv", "AAPL", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1)))
          .containsExactly(aapl(1, 179.66));
    }
  }

  @Test
  void writesTheDatabaseFileInWriteAheadLogMode() throws SQLException {
    MarketDataStore.open(dataDir).close();

    String url = "jdbc:sqlite:" + dataDir.resolve(MarketDataStore.FILE_NAME);
    try (Connection connection = DriverManager.getConnection(url);
        ResultSet mode = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
      mode.next();
      assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
    }
  }
}
