package org.evotraders.pipeline.runs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Direction;
import org.evotraders.core.signals.Prediction;

/**
 * How the log writes the entries of an analyst's signals and predictions: every field but the
 * agentId, which their event states once ({@link EventCodec} fills it back in when reading). They
 * are the log's most numerous objects, so they are written field by field rather than through
 * reflection on the records.
 */
final class LogSerializers {

  private LogSerializers() {}

  /** Returns the module that gives a mapper the log's serializers. */
  static Module module() {
    return new SimpleModule("event log")
        .addSerializer(new Signals())
        .addSerializer(new Predictions());
  }

  private static final class Signals extends StdSerializer<AnalystSignal> {
    Signals() {
      super(AnalystSignal.class);
    }

    @Override
    public void serialize(AnalystSignal signal, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeStartObject();
      out.writeStringField("ticker", signal.ticker());
      out.writeStringField("signal", signal.signal().name());
      out.writeNumberField("confidence", signal.confidence());
      out.writeStringField("reasoning", signal.reasoning());
      out.writeEndObject();
    }
  }

  private static final class Predictions extends StdSerializer<Prediction> {
    Predictions() {
      super(Prediction.class);
    }

    @Override
    public void serialize(Prediction prediction, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      out.writeStartObject();
      out.writeStringField("ticker", prediction.ticker());
      Direction direction = prediction.direction();
      out.writeStringField("direction", direction == null ? null : direction.name());
      out.writeNumberField("confidence", prediction.confidence());
      out.writeEndObject();
    }
  }
}
