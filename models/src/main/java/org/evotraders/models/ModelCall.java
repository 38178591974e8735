package org.evotraders.models;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * One request from an agent to a chat model, with everything the gate needs to answer it safely.
 *
 * <p>Start from {@link #text} or {@link #structured}, then add tools or facts with the {@code
 * with…} methods.
 *
 * @param agentId the calling agent, e.g. {@code risk_manager}; costs are booked to it
 * @param purpose why the agent asks, e.g. {@code analysis}, {@code conference}, {@code prediction},
 *     {@code decision}
 * @param session the trading session the call belongs to; costs are booked to that day
 * @param model the model to ask
 * @param conversation the conversation so far, at least one message, built on first use: the
 *     offline model answers from the facts and never asks for it (see {@link #messages()})
 * @param tools the tools offered to the model, possibly none
 * @param outputType the record the answer must parse into; {@code null} for plain text
 * @param fallback the safe answer used when the model's answer stays unusable
 * @param facts typed input for the offline model; real providers ignore it
 * @param <T> the answer type: {@code outputType}, or {@link String} for plain text
 */
public record ModelCall<T>(
    String agentId,
    String purpose,
    LocalDate session,
    ModelSpec model,
    Supplier<List<Message>> conversation,
    List<ToolDescription> tools,
    Class<T> outputType,
    T fallback,
    Object facts) {

  public ModelCall {
    if (agentId == null || agentId.isBlank()) {
      throw new IllegalArgumentException("A model call needs the id of the calling agent");
    }
    if (purpose == null || purpose.isBlank()) {
      throw new IllegalArgumentException("The model call of " + agentId + " needs a purpose");
    }
    if (session == null || model == null) {
      throw new IllegalArgumentException(
          "The model call of " + agentId + " needs a session date and a model");
    }
    if (conversation == null) {
      throw new IllegalArgumentException("The model call of " + agentId + " has no messages");
    }
    conversation = BuiltOnce.of(conversation);
    tools = tools == null ? List.of() : List.copyOf(tools);
    if (outputType != null && !outputType.isRecord()) {
      throw new IllegalArgumentException(
          "The output type of a model call must be a record, not " + outputType.getName());
    }
    if (outputType != null && fallback == null) {
      throw new IllegalArgumentException(
          "The model call of " + agentId + " for " + purpose + " needs a fallback answer");
    }
  }

  /** Returns a call whose answer is plain text, falling back to an empty text. */
  public static ModelCall<String> text(
      String agentId, String purpose, LocalDate session, ModelSpec model, List<Message> messages) {
    return text(agentId, purpose, session, model, given(messages));
  }

  /**
   * Returns a call whose answer is plain text, falling back to an empty text; {@code conversation}
   * runs only when a provider or the response cache needs the messages.
   */
  public static ModelCall<String> text(
      String agentId,
      String purpose,
      LocalDate session,
      ModelSpec model,
      Supplier<List<Message>> conversation) {
    return new ModelCall<>(
        agentId, purpose, session, model, conversation, List.of(), null, "", null);
  }

  /** Returns a call whose answer must parse into {@code outputType}, else {@code fallback}. */
  public static <R extends Record> ModelCall<R> structured(
      String agentId,
      String purpose,
      LocalDate session,
      ModelSpec model,
      List<Message> messages,
      Class<R> outputType,
      R fallback) {
    return structured(agentId, purpose, session, model, given(messages), outputType, fallback);
  }

  /**
   * Returns a call whose answer must parse into {@code outputType}, else {@code fallback}; {@code
   * conversation} runs only when a provider or the response cache needs the messages.
   */
  public static <R extends Record> ModelCall<R> structured(
      String agentId,
      String purpose,
      LocalDate session,
      ModelSpec model,
      Supplier<List<Message>> conversation,
      Class<R> outputType,
      R fallback) {
    return new ModelCall<>(
        agentId, purpose, session, model, conversation, List.of(), outputType, fallback, null);
  }

  /** Returns this call offering {@code tools} to the model. */
  public ModelCall<T> withTools(List<ToolDescription> tools) {
    return new ModelCall<>(
        agentId, purpose, session, model, conversation, tools, outputType, fallback, facts);
  }

  /** Returns this call carrying {@code facts} for the offline model. */
  public ModelCall<T> withFacts(Object facts) {
    return new ModelCall<>(
        agentId, purpose, session, model, conversation, tools, outputType, fallback, facts);
  }

  /** Returns this call with another conversation, e.g. extended by tool results. */
  public ModelCall<T> withMessages(List<Message> messages) {
    return new ModelCall<>(
        agentId, purpose, session, model, given(messages), tools, outputType, fallback, facts);
  }

  /**
   * Returns the conversation, building it on the first request.
   *
   * @throws IllegalArgumentException when the conversation has no message
   */
  public List<Message> messages() {
    List<Message> messages = conversation.get();
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("The model call of " + agentId + " has no messages");
    }
    return messages;
  }

  private static Supplier<List<Message>> given(List<Message> messages) {
    if (messages == null || messages.isEmpty()) {
      return List::of;
    }
    List<Message> copy = List.copyOf(messages);
    return () -> copy;
  }

  /** Tells whether the answer must parse into a record rather than stay plain text. */
  public boolean isStructured() {
    return outputType != null;
  }
}
