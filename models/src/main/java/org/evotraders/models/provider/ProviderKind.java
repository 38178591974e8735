package org.evotraders.models.provider;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.evotraders.models.ModelConfigurationException;

/**
 * The providers the system can talk to, with their fixed defaults: wire protocol, base URL, the
 * environment variables of key and base URL, and a default model.
 */
public enum ProviderKind {
  OPENAI(
      Protocol.OPENAI,
      "https://api.openai.com/v1",
      "OPENAI_API_KEY",
      "OPENAI_BASE_URL",
      "gpt-4o",
      true),
  ANTHROPIC(
      Protocol.ANTHROPIC,
      "https://api.anthropic.com/v1/",
      "ANTHROPIC_API_KEY",
      "ANTHROPIC_BASE_URL",
      "claude-sonnet-4-5",
      false,
      "claude"),
  GEMINI(
      Protocol.GEMINI,
      "https://generativelanguage.googleapis.com/v1beta",
      "GOOGLE_API_KEY",
      "GEMINI_BASE_URL",
      "gemini-2.5-flash",
      true,
      "google"),
  DEEPSEEK(
      Protocol.OPENAI,
      "https://api.deepseek.com/v1",
      "DEEPSEEK_API_KEY",
      "DEEPSEEK_BASE_URL",
      "deepseek-chat",
      false),
  GROQ(
      Protocol.OPENAI,
      "https://api.groq.com/openai/v1",
      "GROQ_API_KEY",
      "GROQ_BASE_URL",
      "llama-3.3-70b-versatile",
      false),
  OPENROUTER(
      Protocol.OPENAI,
      "https://openrouter.ai/api/v1",
      "OPENROUTER_API_KEY",
      "OPENROUTER_BASE_URL",
      "openai/gpt-4o",
      false),
  DASHSCOPE(
      Protocol.OPENAI,
      "https://dashscope.aliyuncs.com/compatible-mode/v1",
      "DASHSCOPE_API_KEY",
      "DASHSCOPE_BASE_URL",
      "qwen-plus",
      false,
      "alibaba"),
  /** Ollama's OpenAI-compatible endpoint; OLLAMA_HOST names the server, {@code /v1} is added. */
  OLLAMA(Protocol.OPENAI, "http://localhost:11434", null, "OLLAMA_HOST", "qwen3", false),
  VLLM(Protocol.OPENAI, "http://localhost:8000/v1", null, "VLLM_BASE_URL", null, false),
  OFFLINE(Protocol.OFFLINE, null, null, null, "rules", false);

  /** How a provider is spoken to. */
  enum Protocol {
    OPENAI,
    ANTHROPIC,
    GEMINI,
    OFFLINE
  }

  private final Protocol protocol;
  private final String defaultBaseUrl;
  private final String keyVariable;
  private final String baseUrlVariable;
  private final String defaultModel;
  private final boolean nativeJsonSchema;
  private final List<String> aliases;

  ProviderKind(
      Protocol protocol,
      String defaultBaseUrl,
      String keyVariable,
      String baseUrlVariable,
      String defaultModel,
      boolean nativeJsonSchema,
      String... aliases) {
    this.protocol = protocol;
    this.defaultBaseUrl = defaultBaseUrl;
    this.keyVariable = keyVariable;
    this.baseUrlVariable = baseUrlVariable;
    this.defaultModel = defaultModel;
    this.nativeJsonSchema = nativeJsonSchema;
    this.aliases = List.of(aliases);
  }

  /**
   * Returns the provider called {@code name} (any case; aliases google, alibaba and claude work).
   *
   * @throws ModelConfigurationException naming {@code variable} when no provider has that name
   */
  public static ProviderKind named(String name, String variable) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(kind -> kind.providerName().equals(wanted) || kind.aliases.contains(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new ModelConfigurationException(
                    variable
                        + "="
                        + name
                        + " names no known model provider; use one of "
                        + Arrays.stream(values())
                            .map(ProviderKind::providerName)
                            .collect(Collectors.joining(", "))));
  }

  /** Returns the name used in {@code ModelSpec.provider()}, e.g. {@code openai}. */
  public String providerName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the variable holding the API key, or {@code null} when the provider needs none. */
  public String keyVariable() {
    return keyVariable;
  }

  /** Returns the variable that overrides the base URL, or {@code null} for the offline model. */
  public String baseUrlVariable() {
    return baseUrlVariable;
  }

  /** Returns the model used when MODEL_NAME is not set, or {@code null} when one must be set. */
  public String defaultModel() {
    return defaultModel;
  }

  String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  Protocol protocol() {
    return protocol;
  }

  /**
   * Tells whether the provider constrains answers to a JSON schema itself (else the prompt asks).
   */
  boolean nativeJsonSchema() {
    return nativeJsonSchema;
  }
}
