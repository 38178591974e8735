package org.evotraders.models.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.TokenUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceTableTest {

  private static final TokenUsage MILLION_EACH = new TokenUsage(1_000_000, 1_000_000);

  @Test
  void aDatedModelNameCostsWhatItsLongestListedPrefixCosts() {
    PriceTable prices = PriceTable.defaults();

    // gpt-4o lists $2.50 + $10.00; gpt-4o-mini lists $0.15 + $0.60 per million.
    assertThat(prices.cost(new ModelSpec("openai", "gpt-4o-2024-08-06"), MILLION_EACH))
        .isEqualByComparingTo("12.50");
    assertThat(prices.cost(new ModelSpec("openai", "gpt-4o-mini-2024-07-18"), MILLION_EACH))
        .isEqualByComparingTo("0.75");
  }

  @Test
  void localModelsAndUnlistedModelsCostNothing() {
    PriceTable prices = PriceTable.defaults();

    assertThat(prices.cost(new ModelSpec("ollama", "qwen3"), MILLION_EACH))
        .isEqualByComparingTo("0");
    assertThat(prices.cost(new ModelSpec("openai", "ft:custom"), MILLION_EACH))
        .isEqualByComparingTo("0");
  }

  @Test
  void aPriceFileOverridesAndExtendsTheDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("prices.csv");
    Files.writeString(
        file,
        "provider,model,input_usd_per_million,output_usd_per_million\n"
            + "openai,gpt-4o,1.00,2.00\n"
            + "ollama,qwen3,0.01,0.02\n");

    PriceTable prices = PriceTable.defaults().overriddenBy(file);

    assertThat(prices.cost(new ModelSpec("openai", "gpt-4o"), MILLION_EACH))
        .isEqualByComparingTo("3.00");
    assertThat(prices.cost(new ModelSpec("ollama", "qwen3"), MILLION_EACH))
        .isEqualByComparingTo("0.03");
    assertThat(prices.cost(new ModelSpec("openai", "gpt-4o-mini"), MILLION_EACH))
        .isEqualByComparingTo(new BigDecimal("0.75"));
  }
}
