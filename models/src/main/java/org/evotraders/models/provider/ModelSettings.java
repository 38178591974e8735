package org.evotraders.models.provider;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evotraders.models.ModelConfigurationException;
import org.evotraders.models.ModelSpec;

/**
 * The model configuration, read from environment variables as the original reads them.
 *
 * <ul>
 *   <li>{@code MODEL_PROVIDER}, {@code MODEL_NAME}: the model of every agent. Without {@code
 *       MODEL_PROVIDER} the provider is {@code openai} when {@code OPENAI_API_KEY} is set, else
 *       {@code offline}. Without {@code MODEL_NAME} each provider's default model is used.
 *   <li>{@code AGENT_<ID>_MODEL_PROVIDER}, {@code AGENT_<ID>_MODEL_NAME}: one agent's model, ID
 *       being the upper-cased agent id ({@code AGENT_RISK_MANAGER_MODEL_NAME}). An agent with its
 *       own provider but no own name gets that provider's default model.
 *   <li>Keys {@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}, {@code GOOGLE_API_KEY}, {@code
 *       DEEPSEEK_API_KEY}, {@code GROQ_API_KEY}, {@code OPENROUTER_API_KEY}, {@code
 *       DASHSCOPE_API_KEY}; base URLs {@code OPENAI_BASE_URL}, {@code ANTHROPIC_BASE_URL}, {@code
 *       GEMINI_BASE_URL}, {@code DEEPSEEK_BASE_URL}, {@code GROQ_BASE_URL}, {@code
 *       OPENROUTER_BASE_URL}, {@code DASHSCOPE_BASE_URL}, {@code OLLAMA_HOST}, {@code
 *       VLLM_BASE_URL}.
 *   <li>{@code MODEL_TIMEOUT_SECONDS}: the time one request may take (default 120).
 * </ul>
 *
 * <p>The variables come in as a map (the CLI passes {@code System.getenv()}); keys stay inside.
 */
public final class ModelSettings {

  private static final Pattern AGENT_VARIABLE = Pattern.compile("AGENT_(.+)_MODEL_(PROVIDER|NAME)");
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  private final Map<String, String> env;

  private ModelSettings(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** Returns the settings held by {@code env}. */
  public static ModelSettings from(Map<String, String> env) {
    return new ModelSettings(env);
  }

  /**
   * Checks every configured model before anything starts: known providers, keys present, base URLs
   * well-formed, a model name where the provider has no default.
   *
   * @throws ModelConfigurationException naming the variable to set
   */
  public void validate() {
    TreeSet<String> agents = new TreeSet<>();
    for (String variable : env.keySet()) {
      Matcher matcher = AGENT_VARIABLE.matcher(variable);
      if (matcher.matches() && value(variable) != null) {
        agents.add(matcher.group(1).toLowerCase(Locale.ROOT));
      }
    }
    endpoint(ProviderKind.named(defaultSpec().provider(), "MODEL_PROVIDER"));
    for (String agent : agents) {
      endpoint(ProviderKind.named(specFor(agent).provider(), agentVariable(agent, "PROVIDER")));
    }
  }

  /** Returns the model every agent uses unless it has its own. */
  public ModelSpec defaultSpec() {
    ProviderKind kind = defaultKind();
    return spec(kind, value("MODEL_NAME"), "MODEL_NAME");
  }

  /** Returns the model of agent {@code agentId} (e.g. {@code risk_manager}). */
  public ModelSpec specFor(String agentId) {
    String providerVariable = agentVariable(agentId, "PROVIDER");
    String nameVariable = agentVariable(agentId, "NAME");
    String ownProvider = value(providerVariable);
    String ownName = value(nameVariable);
    if (ownProvider == null) {
      ModelSpec shared = defaultSpec();
      return ownName == null ? shared : new ModelSpec(shared.provider(), ownName);
    }
    return spec(ProviderKind.named(ownProvider, providerVariable), ownName, nameVariable);
  }

  /**
   * Returns how to reach {@code kind}.
   *
   * @throws ModelConfigurationException when its key is missing or its base URL is malformed
   */
  public ProviderEndpoint endpoint(ProviderKind kind) {
    String key = kind.keyVariable() == null ? null : value(kind.keyVariable());
    if (kind.keyVariable() != null && key == null) {
      throw new ModelConfigurationException(
          "The model provider "
              + kind.providerName()
              + " needs an API key: set "
              + kind.keyVariable()
              + ", or set MODEL_PROVIDER=offline to run without a model provider");
    }
    if (kind.baseUrlVariable() == null) {
      return new ProviderEndpoint(kind, null, null);
    }
    String override = value(kind.baseUrlVariable());
    String baseUrl = override == null ? kind.defaultBaseUrl() : override;
    if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new ModelConfigurationException(
          kind.baseUrlVariable() + "=" + baseUrl + " is not an http:// or https:// URL");
    }
    if (kind == ProviderKind.OLLAMA) {
      baseUrl = baseUrl.replaceAll("/+$", "") + "/v1";
    }
    return new ProviderEndpoint(kind, baseUrl, key);
  }

  /** Returns the time one provider request may take. */
  public Duration timeout() {
    String seconds = value("MODEL_TIMEOUT_SECONDS");
    if (seconds == null) {
      return DEFAULT_TIMEOUT;
    }
    try {
      return Duration.ofMillis(new BigDecimal(seconds).movePointRight(3).longValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      throw new ModelConfigurationException(
          "MODEL_TIMEOUT_SECONDS=" + seconds + " is not a number of seconds, e.g. 120 or 0.5");
    }
  }

  private ProviderKind defaultKind() {
    String provider = value("MODEL_PROVIDER");
    if (provider != null) {
      return ProviderKind.named(provider, "MODEL_PROVIDER");
    }
    return value(ProviderKind.OPENAI.keyVariable()) != null
        ? ProviderKind.OPENAI
        : ProviderKind.OFFLINE;
  }

  private static ModelSpec spec(ProviderKind kind, String name, String nameVariable) {
    String model = kind == ProviderKind.OFFLINE || name == null ? kind.defaultModel() : name;
    if (model == null) {
      throw new ModelConfigurationException(
          "The model provider "
              + kind.providerName()
              + " has no default model: set "
              + nameVariable);
    }
    return new ModelSpec(kind.providerName(), model);
  }

  private static String agentVariable(String agentId, String suffix) {
    return "AGENT_" + agentId.toUpperCase(Locale.ROOT) + "_MODEL_" + suffix;
  }

  private String value(String variable) {
    String value = env.get(variable);
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "ModelSettings[default " + defaultSpec() + "]";
  }
}
