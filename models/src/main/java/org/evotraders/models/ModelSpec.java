package org.evotraders.models;

import java.util.Locale;

/**
 * Names a chat model: the provider that serves it ({@code openai}, {@code anthropic}, {@code
 * gemini}, {@code deepseek}, {@code groq}, {@code openrouter}, {@code dashscope}, {@code ollama},
 * {@code vllm} or {@code offline}) and the provider's model name.
 *
 * @param provider the provider name, lower-cased
 * @param name the model name the provider knows, e.g. {@code gpt-4o}
 */
public record ModelSpec(String provider, String name) {

  /** The provider name of the offline model, which answers from typed facts without a network. */
  public static final String OFFLINE = "offline";

  public ModelSpec {
    if (provider == null || provider.isBlank()) {
      throw new IllegalArgumentException("A model spec needs a provider, e.g. openai or offline");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A model spec for " + provider + " needs a model name");
    }
    provider = provider.strip().toLowerCase(Locale.ROOT);
    name = name.strip();
  }

  /** Returns the offline model, which the agents' rules answer. */
  public static ModelSpec offline() {
    return new ModelSpec(OFFLINE, "rules");
  }

  /** Tells whether the offline model answers: then no network, cache or cost is involved. */
  public boolean isOffline() {
    return OFFLINE.equals(provider);
  }

  @Override
  public String toString() {
    return provider + ":" + name;
  }
}
