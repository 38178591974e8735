package org.evotraders.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.pipeline.runs.EventCodec;

/**
 * A request to start a run, from POST /api/runs or start_backtest. Every field but the mode may be
 * null: the run control fills it from its own run options.
 *
 * @param mode mock (the synthetic market) or backtest (the control's market data)
 * @param models the model per agent id, or under {@code default} for every agent; empty for the
 *     control's models
 * @param budgetUsd the most the run may spend on models, in dollars
 */
public record RunRequest(
    String mode,
    List<String> tickers,
    LocalDate start,
    LocalDate end,
    Double cash,
    Map<String, ModelChoice> models,
    Double budgetUsd) {

  /** The model an agent uses: a provider (openai, anthropic, offline, ...) and a model name. */
  public record ModelChoice(String provider, String model) {}

  public RunRequest {
    if (!"mock".equals(mode) && !"backtest".equals(mode)) {
      throw new IllegalArgumentException(
          "mode '" + mode + "' cannot be started here: use mock or backtest");
    }
    tickers = tickers == null ? null : List.copyOf(tickers);
    models = models == null ? Map.of() : Map.copyOf(models);
    if (tickers != null && tickers.isEmpty()) {
      throw new IllegalArgumentException("tickers is empty: give at least one, e.g. [\"AAPL\"]");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end %s is before start %s".formatted(end, start));
    }
    if (cash != null && !(cash > 0 && Double.isFinite(cash))) {
      throw new IllegalArgumentException("cash must be a positive number, was " + cash);
    }
    if (budgetUsd != null && !(budgetUsd > 0 && Double.isFinite(budgetUsd))) {
      throw new IllegalArgumentException("budgetUsd must be a positive number, was " + budgetUsd);
    }
  }

  /**
   * Reads the body of POST /api/runs: {@code {mode, tickers, start, end, cash, models?,
   * budgetUsd?}}.
   */
  public static RunRequest fromJson(JsonNode body) {
    if (!(body instanceof ObjectNode object)) {
      throw new IllegalArgumentException(
          "the request body is not a JSON object: send {\"mode\":\"mock\",\"tickers\":[\"AAPL\"],...}");
    }
    return new RunRequest(
        text(object, "mode"),
        tickers(object.get("tickers")),
        date(object, "start"),
        date(object, "end"),
        number(object, "cash"),
        models(object.get("models")),
        number(object, "budgetUsd"));
  }

  /**
   * Reads a start_backtest message: the original's {@code dates[]} (the first and last are the
   * run's), or {@code start} and {@code end}; {@code mode} defaults to backtest; the other fields
   * as in {@link #fromJson}.
   */
  public static RunRequest fromBacktestMessage(ObjectNode message) {
    ObjectNode body = message.deepCopy();
    if (!body.hasNonNull("mode")) {
      body.put("mode", "backtest");
    }
    JsonNode dates = body.get("dates");
    if (dates != null && dates.isArray() && !dates.isEmpty()) {
      body.set("start", dates.get(0));
      body.set("end", dates.get(dates.size() - 1));
    }
    return fromJson(body);
  }

  /** Returns what a start_backtest client is told of the run it started. */
  public static ObjectNode startedReply(String runId) {
    return EventCodec.JSON.createObjectNode().put("run_id", runId);
  }

  private static String text(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string, was " + value);
    }
    return value.asText();
  }

  private static LocalDate date(ObjectNode body, String field) {
    String text = text(body, field);
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "%s '%s' is not a date: use YYYY-MM-DD, e.g. 2024-03-01".formatted(field, text), e);
    }
  }

  private static Double number(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException(field + " must be a number, was " + value);
    }
    return value.asDouble();
  }

  /** Reads tickers as a list of strings, or one comma-separated string. */
  private static List<String> tickers(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return Arrays.stream(value.asText().split(","))
          .map(String::strip)
          .filter(t -> !t.isEmpty())
          .toList();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException("tickers must be a list like [\"AAPL\"], was " + value);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode ticker : value) {
      if (!ticker.isTextual() || ticker.asText().isBlank()) {
        throw new IllegalArgumentException("tickers holds " + ticker + ", not a ticker symbol");
      }
      out.add(ticker.asText().strip());
    }
    return out;
  }

  private static Map<String, ModelChoice> models(JsonNode value) {
    if (value == null || value.isNull()) {
      return Map.of();
    }
    if (!value.isObject()) {
      throw new IllegalArgumentException(
          "models must be an object like {\"default\":{\"provider\":\"openai\",\"model\":\"gpt-4o-mini\"}}");
    }
    Map<String, ModelChoice> out = new LinkedHashMap<>();
    value
        .properties()
        .forEach(
            entry -> {
              JsonNode choice = entry.getValue();
              JsonNode provider = choice.get("provider");
              if (provider == null || !provider.isTextual() || provider.asText().isBlank()) {
                throw new IllegalArgumentException(
                    "models.%s has no provider: give {\"provider\":\"openai\",\"model\":\"gpt-4o-mini\"}"
                        .formatted(entry.getKey()));
              }
              JsonNode model = choice.get("model");
              out.put(
                  entry.getKey(),
                  new ModelChoice(
                      provider.asText(),
                      model == null || model.isNull() || model.asText().isBlank()
                          ? null
                          : model.asText()));
            });
    return out;
  }
}
