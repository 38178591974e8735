package org.evotraders.models.provider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evotraders.models.ChatProvider;
import org.evotraders.models.OfflineReasoner;

/**
 * Finds the {@link ChatProvider} for a provider name, building each adapter once from the settings.
 * Pass {@code directory::provider} to the gate.
 */
public final class ProviderDirectory {

  private final ModelSettings settings;
  private final OfflineReasoner reasoner;
  private final Map<ProviderKind, ChatProvider> providers = new ConcurrentHashMap<>();

  private ProviderDirectory(ModelSettings settings, OfflineReasoner reasoner) {
    this.settings = settings;
    this.reasoner = reasoner;
  }

  /** Returns the providers {@code settings} configure; {@code reasoner} answers offline calls. */
  public static ProviderDirectory from(ModelSettings settings, OfflineReasoner reasoner) {
    return new ProviderDirectory(settings, reasoner);
  }

  /**
   * Returns the provider called {@code name}, e.g. {@code openai}.
   *
   * @throws org.evotraders.models.ModelConfigurationException when it is unknown or lacks its key
   */
  public ChatProvider provider(String name) {
    return providers.computeIfAbsent(ProviderKind.named(name, "the model spec"), this::build);
  }

  private ChatProvider build(ProviderKind kind) {
    if (kind == ProviderKind.OFFLINE) {
      return new OfflineModel(reasoner);
    }
    return new LangchainChatProvider(settings.endpoint(kind), settings.timeout());
  }
}
