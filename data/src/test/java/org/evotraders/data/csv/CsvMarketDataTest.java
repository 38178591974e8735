package org.evotraders.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.evotraders.core.market.Bar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMarketDataTest {

  private static final Path SHARED = Path.of(System.getProperty("evotraders.shared.data"));
  private static final Path YFINANCE = SHARED.resolve("ohlcv/yfinance-adjusted-2005-2025");
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 1, 1);

  @TempDir Path directory;

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(directory.resolve(name), String.join("\n", lines) + "\n");
  }

  private List<Bar> allBars(CsvMarketData market, String ticker) {
    return market.bars(ticker, EARLIEST, LATEST);
  }

  @Test
  void readsEveryFileOfTheSharedPriceSetsWithTheRowCountsOfTheReadme() {
    var yfinance = new CsvMarketData(YFINANCE);
    var yahoo = new CsvMarketData(SHARED.resolve("ohlcv/yahoo-close-and-adjclose-1995-2014"));
    var backtrader = new CsvMarketData(SHARED.resolve("reference/backtrader"));

    assertThat(yfinance.tickers())
        .containsExactly(
            "AAPL", "AMZN", "BRK-B", "GOOGL", "JPM", "META", "MSFT", "NVDA", "SPY", "TSLA", "XOM");
    for (String ticker : yfinance.tickers()) {
      int expected =
          switch (ticker) {
            case "META" -> 3367;
            case "TSLA" -> 3844;
            case "SPY" -> 5030;
            default -> 5031;
          };
      assertThat(allBars(yfinance, ticker)).as(ticker).hasSize(expected);
    }
    assertThat(allBars(yahoo, "nvda-1999-2014")).hasSize(4012);
    assertThat(allBars(yahoo, "ORCL-1995-2014")).hasSize(5036);
    assertThat(allBars(backtrader, "2006-day-001")).hasSize(255);
  }

  @Test
  void keepsTheFileValuesOfAnAdjustedFile() {
    // TSLA 2024-03-01 closed at 202.64 (README section 1.1).
    var bars =
        new CsvMarketData(YFINANCE)
            .bars("tsla", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1));

    assertThat(bars)
        .singleElement()
        .satisfies(
            bar -> {
              assertThat(bar.ticker()).isEqualTo("TSLA");
              assertThat(bar.close()).isCloseTo(202.64, within(0.005));
            });
  }

  @Test
  void adjustsOpenHighLowByTheRatioOfAdjCloseToClose() {
    // orcl-1995-2014.csv, 1995-01-03: O 2.179012 H 2.191358 L 2.117284 C 2.117284 Adj 1.883304,
    // so the factor is 1.883304 / 2.117284 = 0.8894905, the adjusted open 1.9382105 and the
    // adjusted high 1.9491921; low equalled close, so it becomes the adjusted close.
    var market = new CsvMarketData(SHARED.resolve("ohlcv/yahoo-close-and-adjclose-1995-2014"));

    Bar first = allBars(market, "ORCL-1995-2014").getFirst();

    assertThat(first.date()).isEqualTo("1995-01-03");
    assertThat(first.close()).isEqualTo(1.883304);
    assertThat(first.open()).isCloseTo(1.9382105, within(1e-7));
    assertThat(first.high()).isCloseTo(1.9491921, within(1e-7));
    assertThat(first.low()).isCloseTo(1.883304, within(1e-9));
    assertThat(first.volume()).isEqualTo(36301200);
  }

  @Test
  void readsColumnsInAnyOrderAndCase() throws IOException {
    write(
        "ABC.csv",
        "Date,Open,High,Low,Close,Volume",
        "2024-01-02,10,12,9,11,1000",
        "2024-01-03,11,13,10,12.5,2000");
    write(
        "XYZ.csv",
        "VOLUME,close,low,HIGH,open,date,OpenInterest",
        "1000,11,9,12,10,2024-01-02,0",
        "2000,12.5,10,13,11,2024-01-03,0");
    var market = new CsvMarketData(directory);

    assertThat(allBars(market, "XYZ"))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("ticker")
        .containsExactlyElementsOf(allBars(market, "ABC"));
  }

  @Test
  void listsTheTickersOfTheDirectoryAndKnowsNoOther() throws IOException {
    write("abc.csv", "Date,Open,High,Low,Close", "2024-01-02,10,12,9,11");
    write("notes.txt", "not bars");
    var market = new CsvMarketData(directory);

    assertThat(market.tickers()).containsExactly("ABC");
    assertThat(allBars(market, "Abc")).hasSize(1);
    assertThat(allBars(market, "XYZ")).isEmpty();
    assertThat(market.financialMetrics("ABC", LATEST, 4)).isEmpty();
    assertThat(market.news("ABC", EARLIEST, LATEST)).isEmpty();
  }

  @Test
  void namesFileAndLineOfAMalformedNumber() throws IOException {
    Path file =
        write(
            "BAD.csv",
            "Date,Open,High,Low,Close,Volume",
            "2024-01-02,10,12,9,11,1000",
            "2024-01-03,11,13,1O,12,1000");

    assertThatThrownBy(() -> allBars(new CsvMarketData(directory), "BAD"))
        .isInstanceOf(MalformedBarFileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 3")
        .hasMessageContaining("Low '1O' is not a number");
  }

  @Test
  void namesFileAndLineOfABadDate() throws IOException {
    Path file =
        write(
            "BAD.csv",
            "Date,Open,High,Low,Close,Volume",
            "2024-01-02,10,12,9,11,1000",
            "",
            "2024-01-03,11,13,10,12,1000",
            "03/01/2024,11,13,10,12,1000");

    // The blank line 3 counts: the bad row is the fifth line of the file.
    assertThatThrownBy(() -> allBars(new CsvMarketData(directory), "BAD"))
        .hasMessageContaining(file + " line 5")
        .hasMessageContaining("'03/01/2024' is not an ISO date");
  }

  @Test
  void namesFileAndLineOfADateThatDoesNotExist() throws IOException {
    Path file = write("BAD.csv", "Date,Open,High,Low,Close", "2023-02-29,10,12,9,11");

    assertThatThrownBy(() -> allBars(new CsvMarketData(directory), "BAD"))
        .hasMessageContaining(file + " line 2")
        .hasMessageContaining("'2023-02-29' does not exist");
  }

  @Test
  void namesFileAndLineOfARowWithAMissingColumn() throws IOException {
    Path file =
        write(
            "BAD.csv",
            "Date,Open,High,Low,Close,Volume",
            "2024-01-02,10,12,9,11,1000",
            "2024-01-03,11,13,10,12");

    assertThatThrownBy(() -> allBars(new CsvMarketData(directory), "BAD"))
        .hasMessageContaining(file + " line 3")
        .hasMessageContaining("missing column");
  }

  @Test
  void namesTheColumnsAHeaderLacks() throws IOException {
    Path file = write("BAD.csv", "Date,Open,High,Low,Volume", "2024-01-02,10,12,9,1000");

    assertThatThrownBy(() -> allBars(new CsvMarketData(directory), "BAD"))
        .hasMessageContaining(file + " line 1")
        .hasMessageContaining("lacks Close");
  }

  @Test
  void namesFileAndLineOfAHighBelowTheLow() throws IOException {
    Path file =
        write(
            "BAD.csv",
            "Date,Open,High,Low,Close,Volume",
            "2024-01-02,10,12,9,11,1000",
            "2024-01-03,11,13,10,12,1000",
            "2024-01-04,11,9,10,9.5,1000");

    assertThatThrownBy(() -> allBars(new CsvMarketData(directory), "BAD"))
        .hasMessageContaining(file + " line 4")
        .hasMessageContaining("high 9.0 below low 10.0");
  }

  @Test
  void namesFileAndLineOfADateOutOfOrder() throws IOException {
    Path file =
        write(
            "BAD.csv",
            "Date,Open,High,Low,Close",
            "2024-01-03,10,12,9,11",
            "2024-01-03,11,13,10,12");

    assertThatThrownBy(() -> allBars(new CsvMarketData(directory), "BAD"))
        .hasMessageContaining(file + " line 3")
        .hasMessageContaining("does not follow 2024-01-03");
  }

  @Test
  void parsesAFileOnceWhenManyThreadsAskAtOnce() throws Exception {
    var market = new CsvMarketData(YFINANCE);
    Callable<List<Bar>> read = () -> market.bars("MSFT", EARLIEST, LATEST);
    try (var pool = Executors.newFixedThreadPool(8)) {
      var results = pool.invokeAll(IntStream.range(0, 16).mapToObj(i -> read).toList());
      List<Bar> first = results.getFirst().get();
      assertThat(first).hasSize(5031);
      // The same Bar instances everywhere mean the file was parsed once and shared.
      for (var result : results) {
        assertThat(result.get().getFirst()).isSameAs(first.getFirst());
      }
    }
  }
}
