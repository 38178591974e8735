package org.evotraders.bench.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local OpenAI-compatible chat server that holds every answer for a fixed latency, standing in
 * for a provider whose requests take that long. Its answers are always valid (JSON with every
 * ticker of the prompt for the structured calls, a sentence otherwise), so no repair request
 * distorts the timings. Counts requests, repair requests and the most in flight at once.
 */
final class DelayedChatServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TICKER_LINE =
      Pattern.compile(
          "(?m)(?:Tickers|One entry per ticker|Decide one order per ticker): ([A-Z0-9., ]+)\\.$");

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
  private final long latencyMillis;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger repairs = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  DelayedChatServer(long latencyMillis) {
    this.latencyMillis = latencyMillis;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the fake chat server on the loopback", e);
    }
    server.setExecutor(handlers);
    server.createContext("/v1/chat/completions", this::answer);
    server.start();
  }

  /** Returns the base URL for OPENAI_BASE_URL. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  int requests() {
    return requests.get();
  }

  int repairs() {
    return repairs.get();
  }

  int mostInFlight() {
    return mostInFlight.get();
  }

  /** Zeroes the counts, e.g. before a rerun. */
  void resetCounts() {
    requests.set(0);
    repairs.set(0);
    mostInFlight.set(0);
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.close();
  }

  private void answer(HttpExchange exchange) throws IOException {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    requests.incrementAndGet();
    try (exchange) {
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      String content = content(request);
      Thread.sleep(latencyMillis);
      byte[] body = completion(request, content).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private String content(JsonNode request) {
    String prompt = "";
    int userMessages = 0;
    for (JsonNode message : request.path("messages")) {
      if (message.path("role").asText().equals("user")) {
        if (userMessages++ == 0) {
          prompt = message.path("content").asText();
        }
      }
    }
    if (userMessages > 1) {
      repairs.incrementAndGet();
    }
    Matcher line = TICKER_LINE.matcher(prompt);
    List<String> tickers =
        line.find()
            ? Arrays.stream(line.group(1).split(",")).map(String::strip).toList()
            : List.of();
    ObjectNode answer = JSON.createObjectNode();
    switch (request.path("response_format").path("json_schema").path("name").asText("")) {
      case "AnalystAnswer" -> {
        ArrayNode signals = answer.putArray("signals");
        tickers.forEach(
            t ->
                signals
                    .addObject()
                    .put("ticker", t)
                    .put("signal", "bullish")
                    .put("confidence", 60)
                    .put("reasoning", "momentum and margins both improve"));
      }
      case "PredictionAnswer" -> {
        ArrayNode predictions = answer.putArray("predictions");
        tickers.forEach(
            t ->
                predictions
                    .addObject()
                    .put("ticker", t)
                    .put("direction", "UP")
                    .put("confidence", 55));
      }
      case "DecisionAnswer" -> {
        ArrayNode decisions = answer.putArray("decisions");
        tickers.forEach(
            t ->
                decisions
                    .addObject()
                    .put("ticker", t)
                    .put("action", "long")
                    .put("quantity", 10)
                    .put("confidence", 60)
                    .put("reasoning", "the team leans bullish"));
        answer.put("summary", "Small longs across the board.");
      }
      default -> {
        return "The team leans bullish; volatility is moderate and the book has room.";
      }
    }
    return answer.toString();
  }

  private static String completion(JsonNode request, String content) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("id", "chatcmpl-bench")
            .put("object", "chat.completion")
            .put("created", 1_764_020_764L)
            .put("model", request.path("model").asText());
    ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", content);
    choice.put("finish_reason", "stop");
    long prompt = request.toString().length() / 4;
    long completion = Math.max(1, content.length() / 4);
    body.putObject("usage")
        .put("prompt_tokens", prompt)
        .put("completion_tokens", completion)
        .put("total_tokens", prompt + completion);
    return body.toString();
  }
}
