package org.evotraders.pipeline.runs;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.core.event.Decision;
import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.RunEvent.ConferenceCycleEnded;
import org.evotraders.core.event.RunEvent.ConferenceCycleStarted;
import org.evotraders.core.event.RunEvent.ConferenceMessage;
import org.evotraders.core.event.RunEvent.DayCompleted;
import org.evotraders.core.event.RunEvent.DaySettled;
import org.evotraders.core.event.RunEvent.DayStarted;
import org.evotraders.core.event.RunEvent.DecisionsMade;
import org.evotraders.core.event.RunEvent.PredictionsMade;
import org.evotraders.core.event.RunEvent.PriceUpdated;
import org.evotraders.core.event.RunEvent.RiskLimitsSet;
import org.evotraders.core.event.RunEvent.SignalsIssued;
import org.evotraders.core.event.Settlement;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Prediction;

/**
 * How the log writes the kinds of event every day records: field by field straight into the
 * generator, rather than through reflection on the records, since they make up nearly all of a
 * run's lines and the run's thread writes each before it goes on. They write what the wire's mapper
 * writes, in its order (a test holds them to it), with one difference: the entries of an analyst's
 * signals and predictions leave out the agentId, which their event states once ({@link EventCodec}
 * fills it back in when reading).
 */
final class LogSerializers {

  private LogSerializers() {}

  /** Writes the fields of one value between the braces opened and closed around them. */
  @FunctionalInterface
  private interface Fields<T> {
    void write(T value, JsonGenerator out) throws IOException;
  }

  /** Writes one event as a JSON object, braces included. */
  @FunctionalInterface
  interface EventWriter {
    void write(RunEvent event, JsonGenerator out) throws IOException;
  }

  /** Returns the writers of the kinds of event a day records, by event class. */
  static Map<Class<? extends RunEvent>, EventWriter> daily() {
    Map<Class<? extends RunEvent>, EventWriter> writers = new HashMap<>();
    add(writers, DayStarted.class, LogSerializers::dayStarted);
    add(writers, PriceUpdated.class, LogSerializers::price);
    add(writers, AgentMessage.class, LogSerializers::agentMessage);
    add(writers, SignalsIssued.class, LogSerializers::signals);
    add(writers, RiskLimitsSet.class, LogSerializers::limits);
    add(writers, ConferenceCycleStarted.class, LogSerializers::cycleStarted);
    add(writers, ConferenceMessage.class, LogSerializers::conferenceMessage);
    add(writers, ConferenceCycleEnded.class, (e, out) -> cycle(e.cycle(), out));
    add(writers, PredictionsMade.class, LogSerializers::predictions);
    add(
        writers,
        DecisionsMade.class,
        (e, out) -> list("decisions", e.decisions(), LogSerializers::decision, out));
    add(writers, DaySettled.class, LogSerializers::daySettled);
    add(writers, DayCompleted.class, LogSerializers::dayCompleted);
    return Map.copyOf(writers);
  }

  private static <E extends RunEvent> void add(
      Map<Class<? extends RunEvent>, EventWriter> writers, Class<E> kind, Fields<E> fields) {
    writers.put(
        kind,
        (event, out) -> {
          out.writeStartObject();
          fields.write(kind.cast(event), out);
          out.writeEndObject();
        });
  }

  private static void signal(AnalystSignal signal, JsonGenerator out) throws IOException {
    out.writeStringField("ticker", signal.ticker());
    enumField("signal", signal.signal(), out);
    out.writeNumberField("confidence", signal.confidence());
    out.writeStringField("reasoning", signal.reasoning());
  }

  private static void prediction(Prediction prediction, JsonGenerator out) throws IOException {
    out.writeStringField("ticker", prediction.ticker());
    enumField("direction", prediction.direction(), out);
    out.writeNumberField("confidence", prediction.confidence());
  }

  private static void limit(RiskLimit limit, JsonGenerator out) throws IOException {
    out.writeStringField("ticker", limit.ticker());
    decimal("price", limit.price(), out);
    decimal("annualVolatility", limit.annualVolatility(), out);
    decimal("averageCorrelation", limit.averageCorrelation(), out);
    decimal("limitFraction", limit.limitFraction(), out);
    decimal("maxPositionValue", limit.maxPositionValue(), out);
    decimal("remainingValue", limit.remainingValue(), out);
    out.writeNumberField("maxLongShares", limit.maxLongShares());
    out.writeNumberField("maxShortShares", limit.maxShortShares());
  }

  private static void decision(Decision decision, JsonGenerator out) throws IOException {
    out.writeStringField("ticker", decision.ticker());
    enumField("action", decision.action(), out);
    out.writeNumberField("requested", decision.requested());
    out.writeNumberField("quantity", decision.quantity());
    out.writeNumberField("confidence", decision.confidence());
    out.writeStringField("reasoning", decision.reasoning());
  }

  private static void settlement(Settlement day, JsonGenerator out) throws IOException {
    dateField("date", day.date(), out);
    decimal("nav", day.nav(), out);
    decimal("cash", day.cash(), out);
    decimal("marginUsed", day.marginUsed(), out);
    decimal("longValue", day.longValue(), out);
    decimal("shortValue", day.shortValue(), out);
    decimal("tradedNotional", day.tradedNotional(), out);
    numbers("baselines", day.baselines(), out);
    numbers("opens", day.opens(), out);
    numbers("closes", day.closes(), out);
  }

  private static void dayStarted(DayStarted day, JsonGenerator out) throws IOException {
    dateField("date", day.date(), out);
    out.writeNumberField("dayIndex", day.dayIndex());
    out.writeNumberField("totalDays", day.totalDays());
    decimal("progress", day.progress(), out);
  }

  private static void price(PriceUpdated price, JsonGenerator out) throws IOException {
    out.writeStringField("symbol", price.symbol());
    decimal("price", price.price(), out);
    decimal("open", price.open(), out);
    decimal("high", price.high(), out);
    decimal("low", price.low(), out);
    decimal("previousClose", price.previousClose(), out);
    decimal("ret", price.ret(), out);
  }

  private static void agentMessage(AgentMessage message, JsonGenerator out) throws IOException {
    out.writeStringField("agentId", message.agentId());
    out.writeStringField("content", message.content());
  }

  private static void signals(SignalsIssued signals, JsonGenerator out) throws IOException {
    out.writeStringField("agentId", signals.agentId());
    list("signals", signals.signals(), LogSerializers::signal, out);
    out.writeBooleanField("stated", signals.stated());
  }

  private static void limits(RiskLimitsSet limits, JsonGenerator out) throws IOException {
    if (limits.limits() == null) {
      out.writeNullField("limits");
    } else {
      out.writeObjectFieldStart("limits");
      for (Map.Entry<String, RiskLimit> limit : limits.limits().entrySet()) {
        object(limit.getKey(), limit.getValue(), LogSerializers::limit, out);
      }
      out.writeEndObject();
    }
    decimal("grossExposureCap", limits.grossExposureCap(), out);
  }

  private static void cycleStarted(ConferenceCycleStarted cycle, JsonGenerator out)
      throws IOException {
    cycle(cycle.cycle(), out);
    out.writeNumberField("totalCycles", cycle.totalCycles());
  }

  private static void conferenceMessage(ConferenceMessage message, JsonGenerator out)
      throws IOException {
    out.writeStringField("agentId", message.agentId());
    out.writeStringField("content", message.content());
    cycle(message.cycle(), out);
  }

  private static void cycle(int cycle, JsonGenerator out) throws IOException {
    out.writeNumberField("cycle", cycle);
  }

  private static void predictions(PredictionsMade predictions, JsonGenerator out)
      throws IOException {
    out.writeStringField("agentId", predictions.agentId());
    list("predictions", predictions.predictions(), LogSerializers::prediction, out);
  }

  private static void daySettled(DaySettled day, JsonGenerator out) throws IOException {
    object("settlement", day.settlement(), LogSerializers::settlement, out);
  }

  private static void dayCompleted(DayCompleted day, JsonGenerator out) throws IOException {
    dateField("date", day.date(), out);
    decimal("progress", day.progress(), out);
  }

  private static <T> void object(String name, T value, Fields<T> fields, JsonGenerator out)
      throws IOException {
    out.writeFieldName(name);
    if (value == null) {
      out.writeNull();
      return;
    }
    out.writeStartObject();
    fields.write(value, out);
    out.writeEndObject();
  }

  private static <T> void list(String name, List<T> entries, Fields<T> fields, JsonGenerator out)
      throws IOException {
    if (entries == null) {
      out.writeNullField(name);
      return;
    }
    out.writeArrayFieldStart(name);
    for (T entry : entries) {
      if (entry == null) {
        out.writeNull();
      } else {
        out.writeStartObject();
        fields.write(entry, out);
        out.writeEndObject();
      }
    }
    out.writeEndArray();
  }

  private static void numbers(String name, Map<String, Double> values, JsonGenerator out)
      throws IOException {
    if (values == null) {
      out.writeNullField(name);
      return;
    }
    out.writeObjectFieldStart(name);
    for (Map.Entry<String, Double> value : values.entrySet()) {
      out.writeFieldName(value.getKey());
      if (value.getValue() == null) {
        out.writeNull();
      } else {
        decimal(value.getValue(), out);
      }
    }
    out.writeEndObject();
  }

  private static void decimal(String name, double value, JsonGenerator out) throws IOException {
    out.writeFieldName(name);
    decimal(value, out);
  }

  /** Writes a double as the wire's mapper does, a recent one's text taken from the line's cache. */
  private static void decimal(double value, JsonGenerator out) throws IOException {
    if (Double.isFinite(value)) {
      out.writeNumber(((LineBuffer) out.getOutputTarget()).decimal(value));
    } else {
      out.writeNumber(value); // as the mapper's string "NaN" or "Infinity"
    }
  }

  private static void enumField(String name, Enum<?> value, JsonGenerator out) throws IOException {
    out.writeStringField(name, value == null ? null : value.name());
  }

  private static void dateField(String name, LocalDate date, JsonGenerator out) throws IOException {
    out.writeStringField(name, date == null ? null : date.toString());
  }
}
