package org.evotraders.cli;

import java.util.Map;
import org.evotraders.core.marketdata.QuoteSource;
import org.evotraders.data.financialdatasets.FinancialDatasetsClient;
import org.evotraders.data.financialdatasets.FinancialDatasetsConfig;
import org.evotraders.data.finnhub.FinnhubClient;
import org.evotraders.data.finnhub.FinnhubConfig;

/**
 * The quotes a live (paper) run polls, chosen by its {@code --data} word: financialdatasets.ai's
 * price snapshots with {@code financialdatasets}, Finnhub's quotes otherwise ({@code finnhub},
 * {@code cache}, {@code csv:DIR}). The provider's key and base URL come from the same variables as
 * its market data.
 */
final class LiveQuoteSource {

  private LiveQuoteSource() {}

  /** Returns the quote source of a live run on {@code data}; refuses a missing key. */
  static QuoteSource open(String data, Map<String, String> env) {
    String key = requireKey(data, env);
    return polledProvider(data).equals(FinancialDatasetsClient.PROVIDER)
        ? ProviderClients.financialDatasets(key, env)
        : ProviderClients.finnhub(key, env);
  }

  /**
   * Returns the API key of the provider a live run on {@code data} polls, or refuses with the
   * variable to set, so that a run is refused before anything starts.
   */
  static String requireKey(String data, Map<String, String> env) {
    String provider = polledProvider(data);
    String variable =
        provider.equals(FinancialDatasetsClient.PROVIDER)
            ? FinancialDatasetsConfig.KEY_VARIABLE
            : FinnhubConfig.KEY_VARIABLE;
    String key = env.get(variable);
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(
          "live mode on --data %s polls %s quotes: set %s".formatted(data, provider, variable));
    }
    return key;
  }

  private static String polledProvider(String data) {
    return "financialdatasets".equals(data)
        ? FinancialDatasetsClient.PROVIDER
        : FinnhubClient.PROVIDER;
  }
}
