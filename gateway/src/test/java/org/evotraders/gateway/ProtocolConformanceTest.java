package org.evotraders.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every server message type docs/protocol.md lists, with the fields it lists, arrives as documented
 * for a one-day hand-built backtest.
 */
class ProtocolConformanceTest {

  /** Types the one-day run cannot produce; their own tests cover them. */
  private static final Set<String> ELSEWHERE =
      Set.of("client_lagging", "backtest_started", "portfolio_marked");

  private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| ([^|]*) \\|");
  private static final Pattern FIELD = Pattern.compile("`([A-Za-z_]+)`");

  @TempDir Path folder;

  @Test
  void everyDocumentedMessageArrivesWithItsDocumentedFields() throws IOException {
    Map<String, List<String>> documented = documentedServerMessages();
    assertThat(documented).hasSizeGreaterThan(30);
    try (GatewayFixture fixture = GatewayFixture.start(folder);
        WireClient client = fixture.connect()) {
      client.awaitFirst("initial_state");
      fixture.run.oneDay();
      client.awaitFirst("run_finished");
      client.send("{\"type\":\"ping\"}");
      client.send("{\"type\":\"launch\"}");
      client.awaitFirst("error");
      client.awaitFirst("pong");

      documented.forEach(
          (type, fields) -> {
            if (ELSEWHERE.contains(type)) {
              return;
            }
            List<JsonNode> messages = client.ofType(type);
            assertThat(messages).as("messages of type %s", type).isNotEmpty();
            for (JsonNode message : messages) {
              assertThat(message.has("seq")).as("%s has seq", type).isTrue();
              assertThat(message.has("timestamp")).as("%s has timestamp", type).isTrue();
              for (String field : fields) {
                assertThat(message.has(field)).as("%s has %s: %s", type, field, message).isTrue();
              }
            }
          });
    }
  }

  @Test
  void originalMessagesCarryTheOriginalsValuesAndFormats() {
    try (GatewayFixture fixture = GatewayFixture.start(folder);
        WireClient client = fixture.connect()) {
      client.awaitFirst("initial_state");
      fixture.run.oneDay();
      client.awaitFirst("run_finished");

      // a backtest's timestamp is the session's date; ts the run clock in ms
      JsonNode message = client.ofType("agent_message").getFirst();
      assertThat(message.get("timestamp").asText()).isEqualTo("2024-01-02");
      assertThat(message.get("ts").asLong()).isEqualTo(HandBuiltRun.DECISION.toEpochMilli());

      // an analyst's message is rendered from its signals, just before them, with their seq
      assertThat(message.get("agentId").asText()).isEqualTo("technical_analyst");
      assertThat(message.get("content").asText()).isEqualTo("**AAPL** bullish (70): trend up");
      assertThat(message.get("seq").asLong()).isEqualTo(5);
      assertThat(client.received.stream().filter(m -> m.get("seq").asLong() == 5))
          .extracting(m -> m.get("type").asText())
          .containsExactly("agent_message", "analyst_signals");

      // price_update: epoch-ms timestamp and every ticker's latest quote, as the original
      JsonNode close = client.ofType("price_update").getLast();
      assertThat(close.get("timestamp").asLong()).isEqualTo(HandBuiltRun.CLOSE.toEpochMilli());
      assertThat(close.get("ret").asDouble()).isEqualTo(1.0811);
      assertThat(close.get("realtime_prices").fieldNames())
          .toIterable()
          .containsExactlyInAnyOrder("AAPL", "MSFT");
      assertThat(close.at("/realtime_prices/AAPL").fieldNames())
          .toIterable()
          .contains("symbol", "price", "open", "high", "low", "previous_close", "ret", "timestamp");
      assertThat(close.at("/realtime_prices/MSFT/price").asDouble()).isEqualTo(370.0);

      // the day's one fill, as the original's incremental trades and in the UI's full form
      List<JsonNode> trades = client.ofType("team_trades");
      assertThat(trades)
          .extracting(t -> t.get("mode").asText())
          .containsExactly("incremental", "full");
      JsonNode fill = trades.getFirst().at("/data/0");
      assertThat(fill.get("ticker").asText()).isEqualTo("AAPL");
      assertThat(fill.get("action").asText()).isEqualTo("BUY");
      assertThat(fill.get("quantity").asLong()).isEqualTo(100);
      assertThat(fill.get("price").asDouble()).isEqualTo(185.0);
      assertThat(trades.getLast().at("/data/0/id").asText()).isEqualTo("t_20240102_AAPL_0");

      // cash 100,000 - 100 x 185 - 0.50 = 81,499.50; 100 AAPL at the 187 close = 18,700
      JsonNode summary = client.ofType("team_summary").getFirst();
      assertThat(summary.get("balance").asDouble()).isEqualTo(100_199.5);
      assertThat(summary.get("pnlPct").asDouble()).isEqualTo(0.2);
      assertThat(summary.at("/equity/0/v").asDouble()).isEqualTo(100_000.0);
      JsonNode holdings = client.ofType("team_holdings").getFirst().get("data");
      assertThat(holdings.findValuesAsText("ticker")).containsExactly("CASH", "AAPL");

      // the settlement's messages come in the original's order, all with the settlement's seq
      List<String> settlement =
          client.received.stream()
              .filter(m -> m.get("seq").asLong() == 22)
              .map(m -> m.get("type").asText())
              .toList();
      assertThat(settlement)
          .containsExactly(
              "day_settled",
              "team_holdings",
              "team_stats",
              "team_trades",
              "team_trades",
              "team_summary",
              "team_leaderboard");
    }
  }

  @Test
  void aNewClientGetsInitialStateFirstWithTheOriginalsKeys() {
    try (GatewayFixture fixture = GatewayFixture.start(folder)) {
      fixture.run.oneDay();
      try (WireClient client = fixture.connect()) {
        JsonNode state = client.awaitFirst("initial_state");
        assertThat(client.received.getFirst().get("type").asText()).isEqualTo("initial_state");
        assertThat(state.get("seq").asLong()).isEqualTo(25);
        assertThat(state.get("state").fieldNames())
            .toIterable()
            .contains(
                "status",
                "server_mode",
                "is_mock_mode",
                "is_backtest",
                "feed_history",
                "last_day_history",
                "current_date",
                "trading_days_total",
                "trading_days_completed",
                "holdings",
                "trades",
                "stats",
                "leaderboard",
                "portfolio",
                "realtime_prices",
                "dashboard",
                "market_status");
        assertThat(state.at("/state/dashboard").fieldNames())
            .toIterable()
            .containsExactlyInAnyOrder("summary", "holdings", "stats", "trades", "leaderboard");
        assertThat(state.at("/state/is_backtest").asBoolean()).isTrue();
        assertThat(state.at("/state/feed_history/0/seq").asLong()).isEqualTo(25);
      }
    }
  }

  /** Reads the server-to-client tables of docs/protocol.md: type -> its listed fields. */
  private static Map<String, List<String>> documentedServerMessages() throws IOException {
    Path doc =
        Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("protocol.md");
    List<String> lines = Files.readAllLines(doc);
    Map<String, List<String>> types = new LinkedHashMap<>();
    boolean serverSection = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        serverSection = line.startsWith("## Server");
      }
      Matcher row = ROW.matcher(line);
      if (serverSection && row.find()) {
        Matcher field = FIELD.matcher(row.group(2));
        List<String> fields = new java.util.ArrayList<>();
        while (field.find()) {
          fields.add(field.group(1));
        }
        types.put(row.group(1), fields);
      }
    }
    return types;
  }
}
