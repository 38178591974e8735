package org.evotraders.models;

/**
 * The port every chat-model adapter implements: one blocking request, one reply.
 *
 * <p>Adapters translate outside failures into {@link ModelProviderException}; they neither retry
 * nor cache, since the {@code ModelGate} does both for every provider alike.
 */
@FunctionalInterface
public interface ChatProvider {

  /**
   * Sends the call's messages (and tools, and output schema where the provider supports one) to the
   * model named by {@code call.model()} and returns its reply.
   *
   * @throws ModelProviderException when the provider fails or refuses the request
   */
  ProviderReply complete(ModelCall<?> call);
}
