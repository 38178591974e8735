package org.evotraders.analysis.technical;

import static org.evotraders.analysis.technical.Figures.appendFixed;
import static org.evotraders.analysis.technical.Figures.appendSigned;
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

  /** Room for the longest tool text without growing its builder. */
  private static final int TEXT_CAPACITY = 192;

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
    var text = new StringBuilder(TEXT_CAPACITY).append("Trend ").append(s.ticker());
    appendFixed(text.append(": price "), s.close(), 2);
    appendFixed(text.append(" vs SMA200 "), s.sma200(), 2);
    text.append(" (").append(longTerm > 0 ? "BULLISH" : "BEARISH").append(" long-term)");
    appendFixed(text.append(", SMA20 "), s.sma20(), 2);
    appendFixed(text.append(" vs SMA50 "), s.sma50(), 2);
    appendFixed(text.append(", MACD "), s.macdLine(), 3);
    appendFixed(text.append(" vs signal "), s.macdSignal(), 3);
    text.append(" (").append(macd > 0 ? "BUY" : "SELL").append(')');
    appendFixed(text.append(", ADX "), s.adx14(), 1).append('.');
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("close", s.close());
    figures.put("sma20", s.sma20());
    figures.put("sma50", s.sma50());
    figures.put("sma200", s.sma200());
    figures.put("macd", s.macdLine());
    figures.put("macd_signal", s.macdSignal());
    figures.put("adx14", s.adx14());
    return result(TREND, s, score, text, figures);
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
    var text = new StringBuilder(TEXT_CAPACITY).append("Momentum ").append(s.ticker());
    appendSigned(text.append(": returns 5d "), 100 * s.return5Days(), 2);
    appendSigned(text.append("%, 10d "), 100 * s.return10Days(), 2);
    appendSigned(text.append("%, 20d "), 100 * s.return20Days(), 2);
    appendSigned(text.append("%, average "), 100 * average, 2);
    text.append("% (").append(label).append(')');
    appendFixed(text.append("; annualised volatility "), 100 * s.volatility20Days(), 1);
    text.append("%.");
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("return_5d", s.return5Days());
    figures.put("return_10d", s.return10Days());
    figures.put("return_20d", s.return20Days());
    figures.put("average_return", average);
    return result(MOMENTUM, s, clamp(average / 0.04), text, figures);
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
    var text = new StringBuilder(TEXT_CAPACITY).append("Mean reversion ").append(s.ticker());
    appendFixed(text.append(": close "), s.close(), 2);
    appendFixed(text.append(" in Bollinger band "), s.bollingerLower(), 2);
    appendFixed(text.append('-'), s.bollingerUpper(), 2);
    appendFixed(text.append(" (z "), z, 2);
    appendFixed(text.append("), RSI14 "), s.rsi14(), 1);
    text.append(" (").append(rsiLabel).append(").");
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("bollinger_lower", s.bollingerLower());
    figures.put("bollinger_middle", s.bollingerMiddle());
    figures.put("bollinger_upper", s.bollingerUpper());
    figures.put("bollinger_z", z);
    figures.put("rsi14", s.rsi14());
    return result(MEAN_REVERSION, s, score, text, figures);
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
    var text = new StringBuilder(TEXT_CAPACITY).append("Volatility ").append(s.ticker());
    appendFixed(text.append(": annualised 10d "), 100 * s.volatility10Days(), 1);
    appendFixed(text.append("%, 20d "), 100 * s.volatility20Days(), 1);
    appendFixed(text.append("%, 60d "), 100 * s.volatility60Days(), 1);
    text.append("%; risk ").append(risk);
    appendFixed(text.append(", regime "), regime, 2).append(" of the 60-day level.");
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("volatility_10d", s.volatility10Days());
    figures.put("volatility_20d", s.volatility20Days());
    figures.put("volatility_60d", s.volatility60Days());
    figures.put("volatility_regime", regime);
    return result(VOLATILITY, s, clamp(2 * (1 - regime)), text, figures);
  }

  private static ToolResult result(
      String tool,
      TechnicalSnapshot s,
      double score,
      StringBuilder text,
      Map<String, Double> figures) {
    double bounded = clamp(score);
    return new ToolResult(
        tool,
        s.ticker(),
        ofScore(bounded, SIGNAL_THRESHOLD),
        bounded,
        figures,
        text.toString(),
        true);
  }

  private static double clamp(double x) {
    return Double.isNaN(x) ? 0 : Math.max(-1, Math.min(1, x));
  }
}
