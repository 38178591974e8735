package org.evotraders.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputSchemaTest {

  enum Outlook {
    UP,
    DOWN,
    NEUTRAL
  }

  record Prediction(String ticker, Outlook outlook, int confidence) {}

  record Predictions(List<Prediction> predictions, BigDecimal weight, boolean final_) {}

  @Test
  void aRecordBecomesAStrictObjectSchemaWithEnumsListsAndNestedRecords() {
    OutputSchema schema = OutputSchema.of(Predictions.class);

    assertThat(schema.name()).isEqualTo("Predictions");
    assertThat(schema.json())
        .isEqualTo(
            "{\"type\":\"object\",\"properties\":{"
                + "\"predictions\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{"
                + "\"ticker\":{\"type\":\"string\"},"
                + "\"outlook\":{\"type\":\"string\",\"enum\":[\"UP\",\"DOWN\",\"NEUTRAL\"]},"
                + "\"confidence\":{\"type\":\"integer\"}},"
                + "\"required\":[\"ticker\",\"outlook\",\"confidence\"],\"additionalProperties\":false}},"
                + "\"weight\":{\"type\":\"number\"},"
                + "\"final_\":{\"type\":\"boolean\"}},"
                + "\"required\":[\"predictions\",\"weight\",\"final_\"],\"additionalProperties\":false}");
  }

  record WithMap(Map<String, Integer> counts) {}

  @Test
  void aComponentTheSchemaCannotDescribeIsNamed() {
    assertThatThrownBy(() -> OutputSchema.of(WithMap.class))
        .hasMessageContaining("java.util.Map<java.lang.String, java.lang.Integer>");
  }
}
