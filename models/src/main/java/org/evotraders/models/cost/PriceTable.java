package org.evotraders.models.cost;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.TokenUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model prices in US dollars per million input and output tokens.
 *
 * <p>The file format is CSV with the header {@code
 * provider,model,input_usd_per_million,output_usd_per_million}; {@code #} starts a comment. A model
 * is found by its exact name, else by the longest listed name it starts with (so {@code
 * gpt-4o-2024-08-06} costs what {@code gpt-4o} costs), else by the provider's {@code *} row. An
 * unlisted model costs nothing, with one warning.
 */
public final class PriceTable {

  private static final Logger LOG = LoggerFactory.getLogger(PriceTable.class);
  private static final String DEFAULTS = "model-prices.csv";
  private static final String ANY_MODEL = "*";

  /** One model's price. */
  record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {}

  private final Map<String, Map<String, Price>> byProvider;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  private PriceTable(Map<String, Map<String, Price>> byProvider) {
    this.byProvider = byProvider;
  }

  /** Returns the prices shipped with the system (list prices, dated in the file). */
  public static PriceTable defaults() {
    try (InputStream in = PriceTable.class.getResourceAsStream(DEFAULTS)) {
      return new PriceTable(read(in, "the built-in " + DEFAULTS));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the built-in " + DEFAULTS, e);
    }
  }

  /** Returns these prices with every row of {@code file} added or replacing the listed one. */
  public PriceTable overriddenBy(Path file) {
    Map<String, Map<String, Price>> merged = new HashMap<>();
    byProvider.forEach((provider, prices) -> merged.put(provider, new HashMap<>(prices)));
    try (InputStream in = Files.newInputStream(file)) {
      read(in, file.toString())
          .forEach(
              (provider, prices) ->
                  merged.computeIfAbsent(provider, p -> new HashMap<>()).putAll(prices));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the price file " + file, e);
    }
    return new PriceTable(merged);
  }

  /** Returns what {@code usage} of {@code model} costs in US dollars. */
  public BigDecimal cost(ModelSpec model, TokenUsage usage) {
    Price price = priceOf(model);
    if (price == null) {
      if (warned.add(model.toString())) {
        LOG.warn("No price listed for model {}; its calls are booked at $0", model);
      }
      return BigDecimal.ZERO;
    }
    return price
        .inputPerMillion()
        .multiply(BigDecimal.valueOf(usage.inputTokens()))
        .add(price.outputPerMillion().multiply(BigDecimal.valueOf(usage.outputTokens())))
        .movePointLeft(6)
        .stripTrailingZeros();
  }

  private Price priceOf(ModelSpec model) {
    Map<String, Price> prices = byProvider.getOrDefault(model.provider(), Map.of());
    Price exact = prices.get(model.name());
    if (exact != null) {
      return exact;
    }
    String longest = null;
    for (String listed : prices.keySet()) {
      if (model.name().startsWith(listed)
          && (longest == null || listed.length() > longest.length())) {
        longest = listed;
      }
    }
    return longest != null ? prices.get(longest) : prices.get(ANY_MODEL);
  }

  private static Map<String, Map<String, Price>> read(InputStream in, String source)
      throws IOException {
    if (in == null) {
      throw new IOException(source + " is missing");
    }
    Map<String, Map<String, Price>> table = new HashMap<>();
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String row = line.strip();
      if (row.isEmpty() || row.startsWith("#") || row.startsWith("provider,")) {
        continue;
      }
      String[] cells = row.split(",");
      try {
        if (cells.length != 4) {
          throw new IllegalArgumentException("expected 4 cells, found " + cells.length);
        }
        Price price = new Price(new BigDecimal(cells[2].strip()), new BigDecimal(cells[3].strip()));
        table.computeIfAbsent(cells[0].strip(), p -> new HashMap<>()).put(cells[1].strip(), price);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            source
                + " line "
                + lineNumber
                + " is not 'provider,model,input_usd_per_million,output_usd_per_million': "
                + line,
            e);
      }
    }
    return table;
  }
}
