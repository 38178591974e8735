package org.evotraders.analysis.technical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evotraders.analysis.technical.ReferenceTable.valuesOf;

import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;

/**
 * Compares the indicators with classic values on the StockCharts ChartSchool inputs
 * (reference/indicators, README section 4.1-4.2): R TTR 0.24.3's RSI, MACD and ATR, and the
 * spreadsheets' own Bollinger and ADX columns. Every row with a reference value is checked; rows
 * without one are the warm-up and must be NaN.
 */
class StockChartsReferenceTest {

  private static final double TOLERANCE = 1e-6;
  private static final String INPUTS = "reference/indicators/stockcharts-via-ta/";

  @Test
  void wilderRsiMatchesTtrAndStockChartsPublishedValues() {
    var ttr = ReferenceTable.read("reference/indicators/ttr_on_cs-rsi.csv");
    IndicatorSet set = setOn("cs-rsi.csv", ttr);

    ttr.assertColumn("RSI14_ttr_wilder", set.series(TechnicalIndicator.RSI_14), TOLERANCE);
  }

  @Test
  void macdWithSmaSeededAveragesMatchesTtr() {
    var ttr = ReferenceTable.read("reference/indicators/ttr_on_cs-macd.csv");
    IndicatorSet set = setOn("cs-macd.csv", ttr);

    ttr.assertColumn("EMA12_ttr", set.series(TechnicalIndicator.EMA_12), TOLERANCE);
    ttr.assertColumn("EMA26_ttr", set.series(TechnicalIndicator.EMA_26), TOLERANCE);
    ttr.assertColumn("MACD_ttr", set.series(TechnicalIndicator.MACD_LINE), TOLERANCE);
    ttr.assertColumn("MACD_signal_ttr", set.series(TechnicalIndicator.MACD_SIGNAL), TOLERANCE);
    ttr.assertColumn("MACD_hist_ttr", set.series(TechnicalIndicator.MACD_HISTOGRAM), TOLERANCE);
  }

  @Test
  void atrSeededWithTheTrueRangesOfBarsOneToFourteenMatchesTtr() {
    var ttr = ReferenceTable.read("reference/indicators/ttr_on_cs-atr.csv");
    BarSeries series = seriesOn("cs-atr.csv", ttr);

    ttr.assertColumn("TR_ttr", valuesOf(ClassicIndicators.trueRange(series)), TOLERANCE);
    ttr.assertColumn(
        "ATR14_ttr", IndicatorSet.compute(series).series(TechnicalIndicator.ATR_14), TOLERANCE);
  }

  @Test
  void bollingerBandsMatchTheStockChartsSpreadsheet() {
    var sheet = ReferenceTable.read(INPUTS + "cs-bbands.csv");
    IndicatorSet set = IndicatorSet.compute(sheet.bars("CS"));

    sheet.assertColumn("MiddleBand", set.series(TechnicalIndicator.BOLLINGER_MIDDLE), TOLERANCE);
    sheet.assertColumn("HighBand", set.series(TechnicalIndicator.BOLLINGER_UPPER), TOLERANCE);
    sheet.assertColumn("LowBand", set.series(TechnicalIndicator.BOLLINGER_LOWER), TOLERANCE);
  }

  @Test
  void directionalIndicesAndAdxMatchTheStockChartsSpreadsheetOnEveryRow() {
    var sheet = ReferenceTable.read(INPUTS + "cs-adx.csv");
    BarSeries series = DailyBarSeries.of(sheet.bars("CS"));
    IndicatorSet set = IndicatorSet.compute(series);

    sheet.assertColumn("TR", valuesOf(ClassicIndicators.trueRange(series)), TOLERANCE);
    sheet.assertColumn("+DI14", set.series(TechnicalIndicator.PLUS_DI_14), TOLERANCE);
    sheet.assertColumn("-DI14", set.series(TechnicalIndicator.MINUS_DI_14), TOLERANCE);
    sheet.assertColumn("ADX", set.series(TechnicalIndicator.ADX_14), TOLERANCE);
  }

  /** Reads the StockCharts input of a TTR reference and checks both list the same sessions. */
  private static BarSeries seriesOn(String inputFile, ReferenceTable ttr) {
    var input = ReferenceTable.read(INPUTS + inputFile);
    assertThat(input.dates())
        .as("sessions of %s and its TTR reference", inputFile)
        .containsExactlyElementsOf(ttr.dates());
    return DailyBarSeries.of(input.bars("CS"));
  }

  private static IndicatorSet setOn(String inputFile, ReferenceTable ttr) {
    return IndicatorSet.compute(seriesOn(inputFile, ttr));
  }
}
