package org.evotraders.models.provider;

/**
 * Where and how to reach one provider. The key never appears in {@link #toString()}.
 *
 * @param kind the provider
 * @param baseUrl the URL the client prepends to its paths
 * @param apiKey the API key, or {@code null} when the provider needs none
 */
public record ProviderEndpoint(ProviderKind kind, String baseUrl, String apiKey) {

  @Override
  public String toString() {
    return kind.providerName() + " at " + baseUrl + (apiKey == null ? "" : " with a key");
  }
}
