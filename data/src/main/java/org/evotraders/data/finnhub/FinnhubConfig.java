package org.evotraders.data.finnhub;

import java.net.URI;
import java.time.Clock;
import org.evotraders.data.http.HttpPolicy;

/**
 * How to reach Finnhub.
 *
 * @param apiKey the value of FINNHUB_API_KEY, sent as the X-Finnhub-Token header
 * @param clock tells which date is today: basic financials and market cap are a current snapshot
 */
public record FinnhubConfig(URI baseUrl, String apiKey, HttpPolicy policy, Clock clock) {

  /** The environment variable the key is read from. */
  public static final String KEY_VARIABLE = "FINNHUB_API_KEY";

  public static final URI DEFAULT_BASE_URL = URI.create("https://finnhub.io/api/v1");

  public FinnhubConfig {
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException(
          "Finnhub needs an API key: set " + KEY_VARIABLE + " (free keys at finnhub.io)");
    }
  }

  /** Returns the production settings: default URL, 60 requests a minute (the free plan). */
  public static FinnhubConfig withKey(String apiKey) {
    return new FinnhubConfig(DEFAULT_BASE_URL, apiKey, HttpPolicy.perMinute(60), Clock.systemUTC());
  }

  public FinnhubConfig withBaseUrl(URI url) {
    return new FinnhubConfig(url, apiKey, policy, clock);
  }

  public FinnhubConfig withPolicy(HttpPolicy httpPolicy) {
    return new FinnhubConfig(baseUrl, apiKey, httpPolicy, clock);
  }

  public FinnhubConfig withClock(Clock newClock) {
    return new FinnhubConfig(baseUrl, apiKey, policy, newClock);
  }

  /** Returns the settings without the key, so that logging a config never leaks it. */
  @Override
  public String toString() {
    return "FinnhubConfig[baseUrl=%s, apiKey=***, policy=%s]".formatted(baseUrl, policy);
  }
}
