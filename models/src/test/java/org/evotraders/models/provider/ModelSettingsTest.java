package org.evotraders.models.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.evotraders.models.ModelConfigurationException;
import org.evotraders.models.ModelSpec;
import org.junit.jupiter.api.Test;

class ModelSettingsTest {

  @Test
  void withoutProviderAndKeysEveryAgentUsesTheOfflineModel() {
    ModelSettings settings = ModelSettings.from(Map.of());

    settings.validate();

    assertThat(settings.specFor("risk_manager")).isEqualTo(ModelSpec.offline());
  }

  @Test
  void withAnOpenAiKeyButNoProviderTheOriginalDefaultGpt4oIsUsed() {
    ModelSettings settings = ModelSettings.from(Map.of("OPENAI_API_KEY", "sk-test"));

    assertThat(settings.specFor("technical_analyst")).isEqualTo(new ModelSpec("openai", "gpt-4o"));
  }

  @Test
  void anAgentVariableOverridesTheSharedModel() {
    ModelSettings settings =
        ModelSettings.from(
            Map.of(
                "MODEL_PROVIDER", "OPENAI",
                "MODEL_NAME", "gpt-4o-mini",
                "OPENAI_API_KEY", "sk-test",
                "ANTHROPIC_API_KEY", "ak-test",
                "AGENT_RISK_MANAGER_MODEL_PROVIDER", "ANTHROPIC",
                "AGENT_PORTFOLIO_MANAGER_MODEL_NAME", "gpt-4.1"));

    settings.validate();

    assertThat(settings.specFor("technical_analyst"))
        .isEqualTo(new ModelSpec("openai", "gpt-4o-mini"));
    assertThat(settings.specFor("risk_manager"))
        .as("its own provider without its own name gets that provider's default")
        .isEqualTo(new ModelSpec("anthropic", "claude-sonnet-4-5"));
    assertThat(settings.specFor("portfolio_manager")).isEqualTo(new ModelSpec("openai", "gpt-4.1"));
  }

  @Test
  void aChosenProviderWithoutItsKeyFailsValidationNamingTheVariable() {
    ModelSettings settings = ModelSettings.from(Map.of("MODEL_PROVIDER", "google"));

    assertThatThrownBy(settings::validate)
        .isInstanceOf(ModelConfigurationException.class)
        .hasMessageContaining("gemini needs an API key: set GOOGLE_API_KEY");
  }

  @Test
  void anAgentsProviderWithoutItsKeyFailsValidationToo() {
    ModelSettings settings =
        ModelSettings.from(Map.of("AGENT_SENTIMENT_ANALYST_MODEL_PROVIDER", "deepseek"));

    assertThatThrownBy(settings::validate).hasMessageContaining("set DEEPSEEK_API_KEY");
  }

  @Test
  void anUnknownProviderFailsValidationListingTheKnownOnes() {
    ModelSettings settings = ModelSettings.from(Map.of("MODEL_PROVIDER", "mistral"));

    assertThatThrownBy(settings::validate)
        .hasMessageStartingWith("MODEL_PROVIDER=mistral names no known model provider")
        .hasMessageContaining("openai, anthropic, gemini");
  }

  @Test
  void namedProvidersHaveFixedBaseUrlsThatVariablesOverride() {
    ModelSettings settings =
        ModelSettings.from(
            Map.of(
                "GROQ_API_KEY", "g",
                "DASHSCOPE_API_KEY", "d",
                "DASHSCOPE_BASE_URL", "https://dashscope-intl.aliyuncs.com/compatible-mode/v1",
                "OLLAMA_HOST", "http://gpu-box:11434/"));

    assertThat(settings.endpoint(ProviderKind.GROQ).baseUrl())
        .isEqualTo("https://api.groq.com/openai/v1");
    assertThat(settings.endpoint(ProviderKind.DASHSCOPE).baseUrl())
        .isEqualTo("https://dashscope-intl.aliyuncs.com/compatible-mode/v1");
    assertThat(settings.endpoint(ProviderKind.OLLAMA).baseUrl())
        .isEqualTo("http://gpu-box:11434/v1");
  }

  @Test
  void vllmNeedsAModelName() {
    ModelSettings settings = ModelSettings.from(Map.of("MODEL_PROVIDER", "vllm"));

    assertThatThrownBy(settings::validate).hasMessageContaining("set MODEL_NAME");
  }

  @Test
  void keysNeverAppearInDescriptions() {
    ModelSettings settings =
        ModelSettings.from(Map.of("MODEL_PROVIDER", "openai", "OPENAI_API_KEY", "sk-secret-123"));

    assertThat(settings.toString()).doesNotContain("sk-secret-123");
    assertThat(settings.endpoint(ProviderKind.OPENAI).toString()).doesNotContain("sk-secret-123");
  }

  @Test
  void theRequestTimeoutIsReadInSeconds() {
    assertThat(ModelSettings.from(Map.of("MODEL_TIMEOUT_SECONDS", "0.25")).timeout())
        .isEqualTo(Duration.ofMillis(250));
    assertThat(ModelSettings.from(Map.of()).timeout()).isEqualTo(Duration.ofSeconds(120));
  }
}
