package org.evotraders.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.signals.Signal;
import org.junit.jupiter.api.Test;

class InsiderTradingTest {

  /**
   * AAPL's Form 4 lines filed 2024-03-01 (ai-hedge-fund fixture): seven directors' RSU grants of
   * 1,516 shares without a price, two lines of 0 shares, and Arthur Levinson's sale of 100,000
   * shares at $180.94. The original counted the grants as 7 buys against 1 sell, "STRONG INSIDER
   * BUYING"; without the priceless grants it is 0 buys against 1 sell: sells > 2 x buys.
   */
  @Test
  void readsTheAppleFixtureAsSellingBecauseGrantsAreNotPurchases() throws IOException {
    ToolResult result =
        SentimentTools.insiderTrading("AAPL", fixture("AAPL_2024-03-01_2024-03-08.json"));

    assertThat(result.figures())
        .containsEntry("buy_trades", 0.0)
        .containsEntry("sell_trades", 1.0)
        .containsEntry("sell_shares", 100_000.0)
        .containsEntry("grants", 7.0)
        .containsEntry("grant_shares", 7 * 1_516.0);
    assertThat(result.signal()).isEqualTo(Signal.BEARISH);
    assertThat(result.score()).isEqualTo(-1.0);
    assertThat(result.text())
        .contains("STRONG INSIDER SELLING", "7 grants without a price (10,612 shares)");
  }

  @Test
  void moreBuysThanSellsButNotTwiceAsManyIsNetBuying() {
    // 3 buys of 100 shares vs 2 sells of 50: counts (3-2)/5 = 0.2, shares (300-100)/400 = 0.5;
    // score 0.35.
    List<InsiderTrade> trades =
        List.of(
            trade(100, 10.0),
            trade(100, 10.0),
            trade(100, 10.0),
            trade(-50, 11.0),
            trade(-50, 11.0));

    ToolResult result = SentimentTools.insiderTrading("ACME", trades);

    assertThat(result.text()).contains("NET INSIDER BUYING");
    assertThat(result.signal()).isEqualTo(Signal.BULLISH);
    assertThat(result.score()).isEqualTo(0.35);
  }

  @Test
  void asManyBuysAsSellsIsMixed() {
    ToolResult result =
        SentimentTools.insiderTrading("ACME", List.of(trade(100, 10.0), trade(-300, 10.0)));

    assertThat(result.text()).contains("MIXED INSIDER ACTIVITY");
    assertThat(result.signal()).isEqualTo(Signal.NEUTRAL);
    assertThat(result.score()).isEqualTo(-0.25);
  }

  @Test
  void noTradesIsUnavailable() {
    ToolResult result = SentimentTools.insiderTrading("ACME", List.of());

    assertThat(result.available()).isFalse();
    assertThat(result.text()).isEqualTo("ACME: no insider trades in the window");
  }

  private static InsiderTrade trade(double shares, Double price) {
    LocalDate day = LocalDate.of(2024, 3, 1);
    return new InsiderTrade(
        "ACME", "A. Director", null, true, day, day, shares, price, null, "Common Stock");
  }

  private static List<InsiderTrade> fixture(String file) throws IOException {
    Path path =
        Path.of(
            System.getProperty("evotraders.shared.data"),
            "ai-hedge-fund-fixtures",
            "insider_trades",
            file);
    List<InsiderTrade> trades = new ArrayList<>();
    for (JsonNode t : new ObjectMapper().readTree(path.toFile()).get("insider_trades")) {
      trades.add(
          new InsiderTrade(
              t.get("ticker").asText(),
              t.get("name").asText(),
              t.get("title").isNull() ? null : t.get("title").asText(),
              t.get("is_board_director").asBoolean(),
              t.get("transaction_date").isNull()
                  ? null
                  : LocalDate.parse(t.get("transaction_date").asText()),
              LocalDate.parse(t.get("filing_date").asText()),
              t.get("transaction_shares").asDouble(),
              t.get("transaction_price_per_share").isNull()
                  ? null
                  : t.get("transaction_price_per_share").asDouble(),
              t.get("transaction_value").isNull() ? null : t.get("transaction_value").asDouble(),
              t.get("security_title").asText()));
    }
    return trades;
  }
}
