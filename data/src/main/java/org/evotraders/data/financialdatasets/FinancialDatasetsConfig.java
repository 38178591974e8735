package org.evotraders.data.financialdatasets;

import java.net.URI;
import java.time.Clock;
import org.evotraders.data.http.HttpPolicy;

/**
 * How to reach financialdatasets.ai.
 *
 * @param apiKey the value of FINANCIAL_DATASETS_API_KEY; null or blank sends no key (the provider
 *     serves a few tickers without one)
 * @param pageSize records asked for per page of insider trades and news
 * @param clock tells which dates are today (market cap then comes from the company facts)
 */
public record FinancialDatasetsConfig(
    URI baseUrl, String apiKey, HttpPolicy policy, int pageSize, Clock clock) {

  /** The environment variable the key is read from. */
  public static final String KEY_VARIABLE = "FINANCIAL_DATASETS_API_KEY";

  public static final URI DEFAULT_BASE_URL = URI.create("https://api.financialdatasets.ai");

  public FinancialDatasetsConfig {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
    }
  }

  /** Returns the production settings: default URL, 60 requests a minute, pages of 1000. */
  public static FinancialDatasetsConfig withKey(String apiKey) {
    return new FinancialDatasetsConfig(
        DEFAULT_BASE_URL, apiKey, HttpPolicy.perMinute(60), 1000, Clock.systemUTC());
  }

  public FinancialDatasetsConfig withBaseUrl(URI url) {
    return new FinancialDatasetsConfig(url, apiKey, policy, pageSize, clock);
  }

  public FinancialDatasetsConfig withPolicy(HttpPolicy httpPolicy) {
    return new FinancialDatasetsConfig(baseUrl, apiKey, httpPolicy, pageSize, clock);
  }

  public FinancialDatasetsConfig withPageSize(int size) {
    return new FinancialDatasetsConfig(baseUrl, apiKey, policy, size, clock);
  }

  public FinancialDatasetsConfig withClock(Clock newClock) {
    return new FinancialDatasetsConfig(baseUrl, apiKey, policy, pageSize, newClock);
  }

  boolean hasKey() {
    return apiKey != null && !apiKey.isBlank();
  }

  /** Returns the settings without the key, so that logging a config never leaks it. */
  @Override
  public String toString() {
    return "FinancialDatasetsConfig[baseUrl=%s, apiKey=%s, policy=%s, pageSize=%d]"
        .formatted(baseUrl, hasKey() ? "***" : "none", policy, pageSize);
  }
}
