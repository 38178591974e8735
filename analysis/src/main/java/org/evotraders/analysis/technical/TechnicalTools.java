package org.evotraders.analysis.technical;

import static org.evotraders.core.signals.Signal.ofScore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.analysis.ToolResult;

/**
 * The technical analyst's four tools, named and defined as in the original ({@code
 * tools/analysis_tools.py}), scored so the offline model can weigh them. Each reads one {@link
 * TechnicalSnapshot}; a tool whose indicators are still warming up is unavailable, saying which.
 */
public final class TechnicalTools {

  public static final String TREND = "analyze_trend_following";
  public static final String MOMENTUM = "analyze_momentum";
  public static final String MEAN_REVERSION = "analyze_mean_reversion";
  public static final String VOLATILITY = "analyze_volatility";

  /** A tool's score beyond which its signal is bullish (below minus it, bearish). */
  static final double SIGNAL_THRESHOLD = 0.2;

  private TechnicalTools() {}

  /** Returns the four tools' results, in the original's order. */
  public static List<ToolResult> all(TechnicalSnapshot s) {
    return List.of(trend(s), momentum(s), meanReversion(s), volatility(s));
  }

  /**
   * Trend following: price against SMA200 (the long-term trend, weight 0.4), SMA20 against SMA50
   * (weight 0.3), MACD against its signal line (BUY above, SELL below; weight 0.3); the sum is
   * scaled by trend strength, ADX/25 capped at 1 (ADX under 25 marks a weak trend).
   */
  public static ToolResult trend(TechnicalSnapshot s) {
    if (Double.isNaN(s.sma200()) || Double.isNaN(s.macdSignal())) {
      return ToolResult.unavailable(
          TREND, s.ticker(), "fewer than 200 bars: no long-term trend yet");
    }
    double longTerm = Math.signum(s.close() - s.sma200());
    double crossover = Math.signum(s.sma20() - s.sma50());
    double macd = Math.signum(s.macdLine() - s.macdSignal());
    double strength = Double.isNaN(s.adx14()) ? 0.5 : Math.min(1, s.adx14() / 25);
    double score = (0.4 * longTerm + 0.3 * crossover + 0.3 * macd) * strength;
    String text =
        Figures.format(
            "Trend %s: price %.2f vs SMA200 %.2f (%s long-term), SMA20 %.2f vs SMA50 %.2f, MACD %.3f vs signal %.3f (%s), ADX %.1f.",
            s.ticker(),
            s.close(),
            s.sma200(),
            longTerm > 0 ? "BULLISH" : "BEARISH",
            s.sma20(),
            s.sma50(),
            s.macdLine(),
            s.macdSignal(),
            macd > 0 ? "BUY" : "SELL",
            s.adx14());
    return result(
        TREND,
        s,
        score,
        text,
        "close",
        s.close(),
        "sma20",
        s.sma20(),
        "sma50",
        s.sma50(),
        "sma200",
        s.sma200(),
        "macd",
        s.macdLine(),
        "macd_signal",
        s.macdSignal(),
        "adx14",
        s.adx14());
  }

  /**
   * Momentum: the average of the 5, 10 and 20-day returns; the original labels it STRONG BULLISH
   * above 2%, BULLISH above 0, BEARISH above -2%, else STRONG BEARISH. Score: the average over 4%,
   * capped to [-1, 1].
   */
  public static ToolResult momentum(TechnicalSnapshot s) {
    if (Double.isNaN(s.return20Days())) {
      return ToolResult.unavailable(
          MOMENTUM, s.ticker(), "fewer than 21 bars: no 20-day return yet");
    }
    double average = (s.return5Days() + s.return10Days() + s.return20Days()) / 3;
    String label =
        average > 0.02
            ? "STRONG BULLISH"
            : average > 0 ? "BULLISH" : average > -0.02 ? "BEARISH" : "STRONG BEARISH";
    String text =
        Figures.format(
            "Momentum %s: returns 5d %+.2f%%, 10d %+.2f%%, 20d %+.2f%%, average %+.2f%% (%s); annualised volatility %.1f%%.",
            s.ticker(),
            100 * s.return5Days(),
            100 * s.return10Days(),
            100 * s.return20Days(),
            100 * average,
            label,
            100 * s.volatility20Days());
    return result(
        MOMENTUM,
        s,
        clamp(average / 0.04),
        text,
        "return_5d",
        s.return5Days(),
        "return_10d",
        s.return10Days(),
        "return_20d",
        s.return20Days(),
        "average_return",
        average);
  }

  /**
   * Mean reversion: where the close sits in its Bollinger(20, 2) band, as z = (close - middle) /
   * (upper - middle), and RSI14 (overbought above 70, oversold below 30). Both lean against the
   * move: score = -0.5 z (capped) - 0.5 (RSI - 50) / 20 (capped).
   */
  public static ToolResult meanReversion(TechnicalSnapshot s) {
    if (Double.isNaN(s.bollingerUpper()) || Double.isNaN(s.rsi14())) {
      return ToolResult.unavailable(
          MEAN_REVERSION, s.ticker(), "fewer than 20 bars: no Bollinger band yet");
    }
    double halfWidth = s.bollingerUpper() - s.bollingerMiddle();
    double z = halfWidth > 0 ? (s.close() - s.bollingerMiddle()) / halfWidth : 0;
    double score = -0.5 * clamp(z) - 0.5 * clamp((s.rsi14() - 50) / 20);
    String rsiLabel = s.rsi14() > 70 ? "overbought" : s.rsi14() < 30 ? "oversold" : "neutral";
    String text =
        Figures.format(
            "Mean reversion %s: close %.2f in Bollinger band %.2f-%.2f (z %.2f), RSI14 %.1f (%s).",
            s.ticker(), s.close(), s.bollingerLower(), s.bollingerUpper(), z, s.rsi14(), rsiLabel);
    return result(
        MEAN_REVERSION,
        s,
        score,
        text,
        "bollinger_lower",
        s.bollingerLower(),
        "bollinger_middle",
        s.bollingerMiddle(),
        "bollinger_upper",
        s.bollingerUpper(),
        "bollinger_z",
        z,
        "rsi14",
        s.rsi14());
  }

  /**
   * Volatility: annualised 10, 20 and 60-day volatility; the 20-day value gives the original's risk
   * label (HIGH above 50%, MODERATE above 25%, else LOW). As in ai-hedge-fund's volatility regime,
   * calm relative to its recent past reads bullish: score = 2 (1 - vol20 / vol60), capped.
   */
  public static ToolResult volatility(TechnicalSnapshot s) {
    if (Double.isNaN(s.volatility60Days()) || s.volatility60Days() == 0) {
      return ToolResult.unavailable(
          VOLATILITY, s.ticker(), "fewer than 61 bars: no 60-day volatility yet");
    }
    double regime = s.volatility20Days() / s.volatility60Days();
    String risk =
        s.volatility20Days() > 0.5 ? "HIGH" : s.volatility20Days() > 0.25 ? "MODERATE" : "LOW";
    String text =
        Figures.format(
            "Volatility %s: annualised 10d %.1f%%, 20d %.1f%%, 60d %.1f%%; risk %s, regime %.2f of the 60-day level.",
            s.ticker(),
            100 * s.volatility10Days(),
            100 * s.volatility20Days(),
            100 * s.volatility60Days(),
            risk,
            regime);
    return result(
        VOLATILITY,
        s,
        clamp(2 * (1 - regime)),
        text,
        "volatility_10d",
        s.volatility10Days(),
        "volatility_20d",
        s.volatility20Days(),
        "volatility_60d",
        s.volatility60Days(),
        "volatility_regime",
        regime);
  }

  private static ToolResult result(
      String tool, TechnicalSnapshot s, double score, String text, Object... figures) {
    Map<String, Double> named = new LinkedHashMap<>();
    for (int i = 0; i < figures.length; i += 2) {
      named.put((String) figures[i], (Double) figures[i + 1]);
    }
    double bounded = clamp(score);
    return new ToolResult(
        tool, s.ticker(), ofScore(bounded, SIGNAL_THRESHOLD), bounded, named, text, true);
  }

  private static double clamp(double x) {
    return Double.isNaN(x) ? 0 : Math.max(-1, Math.min(1, x));
  }
}
