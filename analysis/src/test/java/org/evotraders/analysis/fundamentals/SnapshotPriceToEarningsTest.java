package org.evotraders.analysis.fundamentals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The S&P 500 snapshot of 2024-12-31 (shared/data fundamentals/sp500-constituents-financials): its
 * P/E is Price / Earnings per share, and the valuation-ratio tool reads P/E, P/B and P/S from it as
 * ai-hedge-fund would (expensive above 25, 3 and 5).
 */
class SnapshotPriceToEarningsTest {

  @ParameterizedTest
  @CsvSource({
    // symbol, expected signal: AAPL 41.2/66.5/9.7 and NVDA 53.1/77.0/34.1 are expensive on all
    // three;
    // XOM 13.4/1.76/1.38 on none; JPM 13.3/2.08/4.16 on none.
    "AAPL, BEARISH",
    "NVDA, BEARISH",
    "XOM, BULLISH",
    "JPM, BULLISH"
  })
  void priceToEarningsIsPriceOverEpsAndTheRatioToolReadsIt(String symbol, Signal expected)
      throws IOException {
    CSVRecord row = row(symbol);
    double price = Double.parseDouble(row.get("Price"));
    double eps = Double.parseDouble(row.get("Earnings/Share"));
    double pe = Double.parseDouble(row.get("Price/Earnings"));
    assertThat(price / eps).isCloseTo(pe, within(pe * 1e-4));

    FinancialMetrics metrics =
        new FinancialMetrics(
            symbol,
            LocalDate.of(2024, 12, 31),
            "ttm",
            LocalDate.of(2024, 12, 31),
            Map.of(
                "price_to_earnings_ratio", pe,
                "price_to_book_ratio", Double.parseDouble(row.get("Price/Book")),
                "price_to_sales_ratio", Double.parseDouble(row.get("Price/Sales"))));
    ToolResult result = FundamentalTools.valuationRatios(symbol, List.of(metrics));

    assertThat(result.signal()).isEqualTo(expected);
    assertThat(result.figures().get("price_to_earnings_ratio")).isEqualTo(pe);
  }

  private static CSVRecord row(String symbol) throws IOException {
    Path csv =
        Path.of(
            System.getProperty("evotraders.shared.data"),
            "fundamentals",
            "sp500-constituents-financials",
            "constituents-financials_2025-01-01.csv");
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord record :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (record.get("Symbol").equals(symbol)) {
          return record;
        }
      }
    }
    throw new IllegalStateException(csv + " has no row " + symbol);
  }
}
