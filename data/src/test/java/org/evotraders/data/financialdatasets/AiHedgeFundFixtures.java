package org.evotraders.data.financialdatasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real financialdatasets.ai answers recorded by ai-hedge-fund for 2024-03-01 .. 2024-03-08, read
 * from the shared data folder (README section 2), never copied into the repository.
 */
public final class AiHedgeFundFixtures {

  private AiHedgeFundFixtures() {}

  /**
   * Returns the recorded body of {@code kind} (prices, financial_metrics, insider_trades, news) for
   * AAPL, MSFT or TSLA.
   */
  public static String body(String kind, String ticker) {
    Path file =
        Path.of(
            System.getProperty("evotraders.shared.data"),
            "ai-hedge-fund-fixtures",
            kind,
            ticker + "_2024-03-01_2024-03-08.json");
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("shared test data missing: " + file, e);
    }
  }
}
