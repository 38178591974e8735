package org.evotraders.core.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderTest {

  @Test
  void actionsAreReadFromTheDecisionToolsWordsInAnyCase() {
    assertThat(Action.of("long")).isEqualTo(Action.LONG);
    assertThat(Action.of(" Short ")).isEqualTo(Action.SHORT);
    assertThat(Action.of("HOLD")).isEqualTo(Action.HOLD);
  }

  @Test
  void anyOtherActionWordIsRejectedNamingTheChoices() {
    assertThatThrownBy(() -> Action.of("buy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'buy' is not an action: use long, short or hold");
  }

  @Test
  void aHoldOrAZeroQuantityTradesNothing() {
    assertThat(new Order("AAPL", Action.HOLD, 25).tradesNothing()).isTrue();
    assertThat(new Order("AAPL", Action.LONG, 0).tradesNothing()).isTrue();
    assertThat(new Order("AAPL", Action.SHORT, 1).tradesNothing()).isFalse();
  }

  @Test
  void aNegativeQuantityIsRefusedSinceTheActionGivesTheDirection() {
    assertThatThrownBy(() -> new Order("AAPL", Action.LONG, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AAPL")
        .hasMessageContaining("-5");
  }
}
