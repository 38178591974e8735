/**
 * The provider adapters: configuration from environment variables ({@link
 * org.evotraders.models.provider.ModelSettings}), the named providers and their defaults ({@link
 * org.evotraders.models.provider.ProviderKind}), and {@link
 * org.evotraders.models.provider.ProviderDirectory}, which builds each {@code ChatProvider}:
 * langchain4j's OpenAI, Anthropic and Gemini clients over an HTTP client that keeps retry-after, or
 * the offline model.
 */
package org.evotraders.models.provider;
