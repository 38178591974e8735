/**
 * HTTP plumbing shared by the market data providers. Start at {@link
 * org.evotraders.data.http.ProviderClient}: one instance per provider sends GET and POST requests
 * through a rate limiter and retries 429, 5xx and timeouts with exponential backoff, as tuned by an
 * {@link org.evotraders.data.http.HttpPolicy}. Failures surface as {@link
 * org.evotraders.data.http.ProviderRequestException}, naming the provider and the request but never
 * the API key.
 */
package org.evotraders.data.http;
