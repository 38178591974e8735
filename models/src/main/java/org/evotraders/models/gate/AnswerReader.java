package org.evotraders.models.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.evotraders.models.ModelCall;
import org.evotraders.models.OutputSchema;
import org.evotraders.models.ProviderReply;

/**
 * Reads a model's text into the call's record: strips Markdown fences, takes the first JSON object
 * out of surrounding prose, maps it with Jackson (enums in any case), and lets the record's
 * constructor validate the values.
 */
final class AnswerReader {

  /** The outcome of reading one reply. */
  sealed interface Reading<T> {}

  /**
   * The reply holds a usable answer ({@code null} for a structured call that offered tools and got
   * tool calls back).
   */
  record Usable<T>(T value) implements Reading<T> {}

  /** The reply cannot be used; {@code problem} says why, in words fit for the model. */
  record Unusable<T>(String problem) implements Reading<T> {}

  /**
   * Shared by every gate of the process: a mapper learns each answer type once, and a process that
   * runs many runs (the standalone server, reruns) would otherwise learn them again per run.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** A reader per answer type: it finds the type's deserializer once, not on every answer. */
  private static final ClassValue<ObjectReader> READERS =
      new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> answerType) {
          return JSON.readerFor(answerType);
        }
      };

  @SuppressWarnings("unchecked") // a plain-text call's answer type is String
  <T> Reading<T> read(ProviderReply reply, ModelCall<T> call) {
    if (!call.isStructured()) {
      return new Usable<>((T) reply.text());
    }
    boolean callsTools = !reply.toolCalls().isEmpty();
    if (callsTools && !call.tools().isEmpty()) {
      return new Usable<>(null);
    }
    String object = firstJsonObject(reply.text());
    if (object == null) {
      // A call to a tool nobody offered is no answer: the caller has no tools to run.
      return new Unusable<>(
          callsTools
              ? "the answer calls tools, but this question offers none; answer with the JSON"
                  + " object"
              : "the answer holds no JSON object");
    }
    try {
      return new Usable<>(READERS.get(call.outputType()).readValue(object));
    } catch (ValueInstantiationException e) {
      Throwable invalid = e.getCause() == null ? e : e.getCause();
      return new Unusable<>("a value is invalid: " + invalid.getMessage());
    } catch (JsonProcessingException e) {
      return new Unusable<>("the JSON does not fit the schema: " + e.getOriginalMessage());
    }
  }

  /** Returns the message that asks the model to correct its answer. */
  String repairRequest(String problem, Class<?> outputType) {
    return "Your answer could not be used: "
        + problem
        + ". Reply again with only a corrected JSON object that matches this JSON schema,"
        + " with no other text:\n"
        + OutputSchema.of(outputType).json();
  }

  /** Returns the first balanced {...} in {@code text} (outside JSON strings), or null. */
  static String firstJsonObject(String text) {
    int start = text.indexOf('{');
    if (start < 0) {
      return null;
    }
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return text.substring(start, i + 1);
      }
    }
    return null;
  }
}
