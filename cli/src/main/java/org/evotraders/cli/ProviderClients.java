package org.evotraders.cli;

import java.net.URI;
import java.util.Map;
import org.evotraders.data.financialdatasets.FinancialDatasetsClient;
import org.evotraders.data.financialdatasets.FinancialDatasetsConfig;
import org.evotraders.data.finnhub.FinnhubClient;
import org.evotraders.data.finnhub.FinnhubConfig;

/**
 * The market-data providers' clients as the environment configures them, for market data and for
 * live quotes alike: the key given (each caller refuses a missing one in its own words), the base
 * URL from {@code FINANCIAL_DATASETS_BASE_URL} or {@code FINNHUB_BASE_URL} when set.
 */
final class ProviderClients {

  private ProviderClients() {}

  static FinancialDatasetsClient financialDatasets(String key, Map<String, String> env) {
    FinancialDatasetsConfig config = FinancialDatasetsConfig.withKey(key);
    String url = env.get("FINANCIAL_DATASETS_BASE_URL");
    return new FinancialDatasetsClient(
        url == null || url.isBlank() ? config : config.withBaseUrl(URI.create(url)));
  }

  static FinnhubClient finnhub(String key, Map<String, String> env) {
    FinnhubConfig config = FinnhubConfig.withKey(key);
    String url = env.get("FINNHUB_BASE_URL");
    return new FinnhubClient(
        url == null || url.isBlank() ? config : config.withBaseUrl(URI.create(url)));
  }
}
