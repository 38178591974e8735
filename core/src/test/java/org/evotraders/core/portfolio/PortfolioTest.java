package org.evotraders.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.Side;
import org.junit.jupiter.api.Test;

/** Accounting of cash, margin and positions; every expected number is calculated by hand. */
class PortfolioTest {

  private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
  private static final double CENT = 1e-9;

  private int nextId;

  private Fill fill(String ticker, Side side, long quantity, double price, double commission) {
    return new Fill("f" + nextId++, DAY, ticker, side, quantity, price, commission);
  }

  private static double navAt(Portfolio portfolio, double price) {
    return portfolio.netAssetValue(Map.of("AAPL", price));
  }

  @Test
  void buyingPaysPriceTimesQuantityAndKeepsTheNetAssetValue() {
    Portfolio portfolio = new Portfolio(100_000);

    portfolio.apply(fill("AAPL", Side.BUY, 10, 150, 0));

    // 100000 - 10 * 150
    assertThat(portfolio.cash()).isEqualTo(98_500);
    assertThat(portfolio.position("AAPL").longQuantity()).isEqualTo(10);
    assertThat(navAt(portfolio, 150)).isEqualTo(100_000);
  }

  @Test
  void longRoundTripWithoutCostsConservesTheNetAssetValueAtEachFillPrice() {
    Portfolio portfolio = new Portfolio(10_000);
    double[][] fills = {{+10, 100}, {+10, 110}, {-5, 120}, {-15, 90}};
    for (double[] f : fills) {
      double price = f[1];
      double before = navAt(portfolio, price);
      Side side = f[0] > 0 ? Side.BUY : Side.SELL;
      portfolio.apply(fill("AAPL", side, (long) Math.abs(f[0]), price, 0));
      assertThat(navAt(portfolio, price)).isCloseTo(before, within(CENT));
    }
    // Paid 1000 + 1100, received 600 + 1350: 10000 - 2100 + 1950
    assertThat(portfolio.cash()).isEqualTo(9_850);
    assertThat(portfolio.position("AAPL").isFlat()).isTrue();
  }

  @Test
  void shortHoldsMarginAndCoverReleasesItWhileTheNetAssetValueIsConserved() {
    Portfolio portfolio = new Portfolio(10_000);

    portfolio.apply(fill("AAPL", Side.SHORT, 10, 100, 0));
    // cash += 1000 - 1000 * 0.25; margin 250; NAV = 10750 + 250 - 10 * 100
    assertThat(portfolio.cash()).isEqualTo(10_750);
    assertThat(portfolio.marginUsed()).isEqualTo(250);
    assertThat(navAt(portfolio, 100)).isEqualTo(10_000);
    assertThat(navAt(portfolio, 90)).isEqualTo(10_100);

    portfolio.apply(fill("AAPL", Side.COVER, 10, 90, 0));
    // cash -= 900 and the 250 of margin comes back: 10750 - 900 + 250
    assertThat(portfolio.cash()).isEqualTo(10_100);
    assertThat(portfolio.marginUsed()).isZero();
    assertThat(navAt(portfolio, 90)).isEqualTo(10_100);
    assertThat(portfolio.profitAndLoss(Map.of())).containsExactly(new TickerPnl("AAPL", 100, 0, 0));
  }

  @Test
  void partialCoverReleasesTheMarginOfTheAverageShortCost() {
    Portfolio portfolio = new Portfolio(10_000);
    portfolio.apply(fill("AAPL", Side.SHORT, 10, 100, 0));
    portfolio.apply(fill("AAPL", Side.SHORT, 10, 80, 0));
    // average short cost (1000 + 800) / 20 = 90; margin 1800 * 0.25 = 450
    assertThat(portfolio.position("AAPL").shortCostBasis()).isEqualTo(90);
    assertThat(portfolio.marginUsed()).isEqualTo(450);
    // 10000 + (1000 - 250) + (800 - 200)
    assertThat(portfolio.cash()).isEqualTo(11_350);

    portfolio.apply(fill("AAPL", Side.COVER, 5, 70, 0));

    // releases 5 * 90 * 0.25 = 112.5: 11350 - 350 + 112.5
    assertThat(portfolio.cash()).isEqualTo(11_112.5);
    assertThat(portfolio.marginUsed()).isEqualTo(337.5);
    assertThat(portfolio.position("AAPL").shortQuantity()).isEqualTo(15);
    assertThat(portfolio.position("AAPL").shortCostBasis()).isEqualTo(90);
    // realized 5 * (90 - 70); unrealized at 70: 15 * (90 - 70)
    assertThat(portfolio.profitAndLoss(Map.of("AAPL", 70.0)))
        .containsExactly(new TickerPnl("AAPL", 100, 300, 0));
  }

  @Test
  void aMarginRequirementOfOneHalfHoldsTwiceTheMarginOfOneQuarter() {
    Portfolio quarter = new Portfolio(10_000, 0.25);
    Portfolio half = new Portfolio(10_000, 0.5);

    quarter.apply(fill("AAPL", Side.SHORT, 10, 100, 0));
    half.apply(fill("AAPL", Side.SHORT, 10, 100, 0));

    assertThat(quarter.marginUsed()).isEqualTo(250);
    assertThat(half.marginUsed()).isEqualTo(500);
    assertThat(half.cash()).isEqualTo(10_500);
    assertThat(navAt(half, 100)).isEqualTo(navAt(quarter, 100)).isEqualTo(10_000);
  }

  @Test
  void ledgerRealizesSellsAgainstTheWeightedAverageCostNetOfCommission() {
    Portfolio portfolio = new Portfolio(10_000);
    portfolio.apply(fill("AAPL", Side.BUY, 10, 100, 1));
    portfolio.apply(fill("AAPL", Side.BUY, 10, 110, 1));
    assertThat(portfolio.position("AAPL").longCostBasis()).isEqualTo(105);

    portfolio.apply(fill("AAPL", Side.SELL, 15, 120, 2));

    // realized 15 * (120 - 105) - 2 = 223; unrealized at 130: 5 * (130 - 105) = 125;
    // opening commissions 1 + 1
    assertThat(portfolio.profitAndLoss(Map.of("AAPL", 130.0)))
        .containsExactly(new TickerPnl("AAPL", 223, 125, 2));
    // 10000 - 1001 - 1101 + 1800 - 2 = 9696; NAV at 130 = 9696 + 5 * 130 = 10346
    assertThat(portfolio.cash()).isEqualTo(9_696);
    assertThat(navAt(portfolio, 130)).isEqualTo(10_346);
    // the ledger explains the whole gain: 223 + 125 - 2 = 346
  }

  @Test
  void aFillIdSeenTwiceIsRefusedAndChangesNothing() {
    Portfolio portfolio = new Portfolio(10_000);
    Fill buy = fill("AAPL", Side.BUY, 10, 100, 0);
    portfolio.apply(buy);

    assertThatThrownBy(() -> portfolio.apply(buy))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(buy.fillId())
        .hasMessageContaining("already applied");
    assertThat(portfolio.cash()).isEqualTo(9_000);
    assertThat(portfolio.position("AAPL").longQuantity()).isEqualTo(10);
  }

  @Test
  void sellingMoreThanHeldIsABrokenInvariant() {
    Portfolio portfolio = new Portfolio(10_000);
    portfolio.apply(fill("AAPL", Side.BUY, 3, 100, 0));

    assertThatThrownBy(() -> portfolio.apply(fill("AAPL", Side.SELL, 5, 100, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot SELL 5 shares when 3 are held");
    assertThatThrownBy(() -> portfolio.apply(fill("AAPL", Side.COVER, 1, 100, 0)))
        .hasMessageContaining("cannot COVER 1 shares when 0 are held");
    assertThat(portfolio.cash()).isEqualTo(9_700);
  }

  @Test
  void netAssetValueNeedsAPriceForEveryHeldTicker() {
    Portfolio portfolio = new Portfolio(10_000);
    portfolio.apply(fill("MSFT", Side.BUY, 1, 400, 0));

    assertThatThrownBy(() -> portfolio.netAssetValue(Map.of("AAPL", 1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MSFT");
  }

  @Test
  void cashAccumulatesNoBinaryRoundingOverManyFills() {
    Portfolio portfolio = new Portfolio(1_000);
    // a double running sum of these debits ends near 1e-9 instead of 0: 0.01 has no binary form
    for (int i = 0; i < 100_000; i++) {
      portfolio.apply(fill("AAPL", Side.BUY, 1, 0.01, 0));
    }
    assertThat(portfolio.cash()).isZero();
    assertThat(navAt(portfolio, 0.01)).isEqualTo(1_000);
  }

  @Test
  void marginRequirementMustBePositive() {
    assertThatThrownBy(() -> new Portfolio(1_000, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("margin requirement");
  }
}
