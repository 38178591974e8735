package org.evotraders.analysis.technical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.core.market.Bar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the set on 20 years of AAPL (5031 adjusted daily bars, README section 1.1). */
class IndicatorSetTest {

  /** First bar with a value: the classic warm-up of each indicator's definition. */
  private static final Map<TechnicalIndicator, Integer> FIRST_VALUE =
      Map.ofEntries(
          Map.entry(TechnicalIndicator.SMA_20, 19),
          Map.entry(TechnicalIndicator.SMA_50, 49),
          Map.entry(TechnicalIndicator.SMA_200, 199),
          Map.entry(TechnicalIndicator.EMA_12, 11),
          Map.entry(TechnicalIndicator.EMA_26, 25),
          Map.entry(TechnicalIndicator.MACD_LINE, 25),
          Map.entry(TechnicalIndicator.MACD_SIGNAL, 33),
          Map.entry(TechnicalIndicator.MACD_HISTOGRAM, 33),
          Map.entry(TechnicalIndicator.RSI_14, 14),
          Map.entry(TechnicalIndicator.BOLLINGER_MIDDLE, 19),
          Map.entry(TechnicalIndicator.BOLLINGER_UPPER, 19),
          Map.entry(TechnicalIndicator.BOLLINGER_LOWER, 19),
          Map.entry(TechnicalIndicator.ATR_14, 14),
          Map.entry(TechnicalIndicator.PLUS_DI_14, 14),
          Map.entry(TechnicalIndicator.MINUS_DI_14, 14),
          Map.entry(TechnicalIndicator.ADX_14, 27),
          Map.entry(TechnicalIndicator.RETURN_5_DAYS, 5),
          Map.entry(TechnicalIndicator.RETURN_10_DAYS, 10),
          Map.entry(TechnicalIndicator.RETURN_20_DAYS, 20),
          Map.entry(TechnicalIndicator.VOLATILITY_10_DAYS, 10),
          Map.entry(TechnicalIndicator.VOLATILITY_20_DAYS, 20),
          Map.entry(TechnicalIndicator.VOLATILITY_60_DAYS, 60));

  private static List<Bar> bars;
  private static IndicatorSet set;

  @BeforeAll
  static void computeOnTwentyYearsOfApple() {
    bars = ReferenceTable.read("ohlcv/yfinance-adjusted-2005-2025/AAPL.csv").bars("AAPL");
    set = IndicatorSet.compute(bars);
  }

  @Test
  void everyIndicatorIsNaNDuringItsWarmUpAndDefinedOnEveryLaterBar() {
    assertThat(FIRST_VALUE).containsOnlyKeys(TechnicalIndicator.values());
    assertThat(set.size()).isEqualTo(5031);
    FIRST_VALUE.forEach(
        (indicator, first) -> {
          double[] values = set.series(indicator);
          for (int bar = 0; bar < values.length; bar++) {
            String where = "%s on bar %d (%s)".formatted(indicator, bar, set.date(bar));
            if (bar < first) {
              assertThat(values[bar]).as(where).isNaN();
            } else {
              assertThat(values[bar]).as(where).isFinite();
            }
          }
        });
  }

  @Test
  void aValueDependsOnlyOnBarsUpToItsSession() {
    int cut = 3000;
    IndicatorSet truncated = IndicatorSet.compute(bars.subList(0, cut + 1));

    for (TechnicalIndicator indicator : TechnicalIndicator.values()) {
      assertThat(truncated.value(indicator, cut))
          .as("%s on %s without later bars", indicator, set.date(cut))
          .isEqualTo(set.value(indicator, cut));
    }
  }

  @Test
  void asOfAWeekendGivesTheSnapshotOfTheFridayBefore() {
    // 2024-03-02 is a Saturday; the last session on or before it is Friday 2024-03-01.
    var snapshot = set.asOf(LocalDate.of(2024, 3, 2)).orElseThrow();
    int friday = set.indexAsOf(LocalDate.of(2024, 3, 1)).orElseThrow();

    assertThat(snapshot.date()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(set.date(friday)).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(snapshot.ticker()).isEqualTo("AAPL");
    assertThat(snapshot.close()).isEqualTo(set.close(friday));
    assertThat(snapshot.sma200()).isEqualTo(set.value(TechnicalIndicator.SMA_200, friday));
    assertThat(snapshot.macdHistogram())
        .isEqualTo(set.value(TechnicalIndicator.MACD_HISTOGRAM, friday));
    assertThat(snapshot.adx14()).isEqualTo(set.value(TechnicalIndicator.ADX_14, friday));
    assertThat(snapshot.volatility60Days())
        .isEqualTo(set.value(TechnicalIndicator.VOLATILITY_60_DAYS, friday));
  }

  @Test
  void asOfADateBeforeTheFirstSessionIsEmpty() {
    assertThat(set.asOf(LocalDate.of(2005, 10, 9))).isEmpty();
    assertThat(set.asOf(LocalDate.of(2005, 10, 10))).isPresent();
  }

  @Test
  void fiveDayReturnIsTheCloseOverTheCloseFiveSessionsEarlierMinusOne() {
    int friday = set.indexAsOf(LocalDate.of(2024, 3, 1)).orElseThrow();

    assertThat(set.value(TechnicalIndicator.RETURN_5_DAYS, friday))
        .isEqualTo(set.close(friday) / set.close(friday - 5) - 1);
  }
}
