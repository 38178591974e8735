package org.evotraders.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible chat server on the loopback interface, in the wire format of the recorded
 * exchange {@code recorded-api/llm/openai/chat-completions-json-schema.json}. It tells the team's
 * requests apart by what they carry: the agent by its system prompt, a structured call by the name
 * of its {@code response_format} schema (AnalystAnswer, PredictionAnswer, DecisionAnswer), the
 * tickers by the prompt's ticker line. It answers valid JSON for structured calls and prose
 * otherwise, with a {@code usage} block, unless a script says otherwise; every request is kept with
 * its arrival and answer times.
 */
final class FakeLlmServer implements AutoCloseable {

  /** One request as the server understood it. */
  record Request(
      String agent,
      String purpose,
      String schema,
      List<String> tickers,
      boolean repair,
      String userPrompt,
      long promptTokens,
      long completionTokens,
      long arrivedNanos,
      long answeredNanos) {

    Request answered(long prompt, long completion, long arrived, long answered) {
      return new Request(
          agent,
          purpose,
          schema,
          tickers,
          repair,
          userPrompt,
          prompt,
          completion,
          arrived,
          answered);
    }

    boolean overlaps(Request other) {
      return arrivedNanos < other.answeredNanos && other.arrivedNanos < answeredNanos;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern AGENT = Pattern.compile("^You are the ([A-Za-z ]+?) of ");
  private static final Pattern TICKER_LINE =
      Pattern.compile(
          "(?m)(?:Tickers|One entry per ticker|Decide one order per ticker): ([A-Z0-9., ]+)\\.$");

  private final HttpServer server;
  private final long delayMillis;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private volatile Function<Request, Optional<String>> script = request -> Optional.empty();

  private FakeLlmServer(long delayMillis) throws IOException {
    this.delayMillis = delayMillis;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/v1/chat/completions", this::answer);
  }

  /** Starts a server that holds each answer for {@code delayMillis}. */
  static FakeLlmServer start(long delayMillis) throws IOException {
    FakeLlmServer fake = new FakeLlmServer(delayMillis);
    fake.server.start();
    return fake;
  }

  /** Returns the base URL to put in OPENAI_BASE_URL. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /**
   * Lets {@code script} choose the content of an answer; an empty result keeps the valid default.
   */
  void script(Function<Request, Optional<String>> script) {
    this.script = script;
  }

  /** Returns the requests answered so far, in the order they arrived. */
  List<Request> requests() {
    return requests.stream()
        .sorted((a, b) -> Long.compare(a.arrivedNanos(), b.arrivedNanos()))
        .toList();
  }

  void forget() {
    requests.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    long arrived = System.nanoTime();
    try (exchange) {
      JsonNode body = JSON.readTree(exchange.getRequestBody());
      Request seen = understand(body);
      String content = script.apply(seen).orElseGet(() -> validAnswer(seen));
      // Tokens by the rule of thumb of four characters a token.
      long promptTokens = body.toString().length() / 4;
      long completionTokens = Math.max(1, content.length() / 4);
      Thread.sleep(delayMillis);
      byte[] bytes =
          completion(body.path("model").asText(), content, promptTokens, completionTokens)
              .getBytes(StandardCharsets.UTF_8);
      requests.add(seen.answered(promptTokens, completionTokens, arrived, System.nanoTime()));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Request understand(JsonNode body) {
    String system = "";
    List<String> users = new ArrayList<>();
    for (JsonNode message : body.path("messages")) {
      String role = message.path("role").asText();
      if (role.equals("system") && system.isEmpty()) {
        system = message.path("content").asText();
      } else if (role.equals("user")) {
        users.add(message.path("content").asText());
      }
    }
    Matcher agent = AGENT.matcher(system);
    String agentId =
        agent.find() ? agent.group(1).toLowerCase(Locale.ROOT).replace(' ', '_') : "unknown";
    String schema = body.path("response_format").path("json_schema").path("name").asText("");
    String prompt = users.isEmpty() ? "" : users.getFirst();
    Matcher line = TICKER_LINE.matcher(prompt);
    List<String> tickers =
        line.find()
            ? Arrays.stream(line.group(1).split(",")).map(String::strip).toList()
            : List.of();
    return new Request(
        agentId, purpose(schema, prompt), schema, tickers, users.size() > 1, prompt, 0, 0, 0, 0);
  }

  private static String purpose(String schema, String prompt) {
    return switch (schema) {
      case "AnalystAnswer" -> "analysis";
      case "PredictionAnswer" -> "prediction";
      case "DecisionAnswer" -> "decision";
      default ->
          prompt.startsWith("Conference on")
              ? "conference"
              : prompt.startsWith("The conference on") ? "conference_summary" : "assessment";
    };
  }

  /**
   * Returns a valid answer: bullish on the first ticker and bearish on the others, UP/DOWN to
   * match, and the decisions "long 100000" on the first ticker (more than any limit allows, so it
   * is clamped) and "short 20" on the others.
   */
  static String validAnswer(Request request) {
    ObjectNode answer = JSON.createObjectNode();
    switch (request.schema()) {
      case "AnalystAnswer" -> {
        ArrayNode signals = answer.putArray("signals");
        for (int i = 0; i < request.tickers().size(); i++) {
          signals
              .addObject()
              .put("ticker", request.tickers().get(i))
              .put("signal", i == 0 ? "bullish" : "bearish")
              .put("confidence", 70)
              .put("reasoning", "the figures point that way");
        }
      }
      case "PredictionAnswer" -> {
        ArrayNode predictions = answer.putArray("predictions");
        for (int i = 0; i < request.tickers().size(); i++) {
          predictions
              .addObject()
              .put("ticker", request.tickers().get(i))
              .put("direction", i == 0 ? "UP" : "DOWN")
              .put("confidence", 60);
        }
      }
      case "DecisionAnswer" -> {
        ArrayNode decisions = answer.putArray("decisions");
        for (int i = 0; i < request.tickers().size(); i++) {
          decisions
              .addObject()
              .put("ticker", request.tickers().get(i))
              .put("action", i == 0 ? "long" : "short")
              .put("quantity", i == 0 ? 100_000 : 20)
              .put("confidence", 65)
              .put("reasoning", "follow the team");
        }
        answer.put("summary", "Long the first ticker, short the rest.");
      }
      default -> {
        return "As " + request.agent() + ": the team agrees on direction; watch volatility.";
      }
    }
    return answer.toString();
  }

  /** Returns a chat.completion body in OpenAI's shape. */
  private String completion(String model, String content, long prompt, long completion) {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "chatcmpl-fake" + ids.incrementAndGet())
        .put("object", "chat.completion")
        .put("created", 1_764_020_764L)
        .put("model", model);
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0);
    choice
        .putObject("message")
        .put("role", "assistant")
        .put("content", content)
        .putNull("refusal")
        .putArray("annotations");
    choice.putNull("logprobs");
    choice.put("finish_reason", "stop");
    body.putObject("usage")
        .put("prompt_tokens", prompt)
        .put("completion_tokens", completion)
        .put("total_tokens", prompt + completion);
    return body.toString();
  }
}
