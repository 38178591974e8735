package org.evotraders.pipeline.cycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.facts.PortfolioFacts;
import org.evotraders.agents.facts.Utterance;
import org.evotraders.analysis.ToolResult;
import org.evotraders.core.event.RiskLimit;
import org.evotraders.core.marketdata.PointInTimeMarketData;
import org.evotraders.core.signals.AnalystSignal;
import org.evotraders.core.signals.Prediction;

/**
 * What the stages of one day hand each other: the point-in-time view at the decision, the tools'
 * results and the analysts' signals, the limits and the assessment, the conference, the
 * predictions. Lives for one day; each stage fills its part in order.
 */
final class DayContext {

  final TradingDay day;
  final List<String> tickers;
  final PointInTimeMarketData view;
  final Map<String, Map<String, List<ToolResult>>> tools = new LinkedHashMap<>();
  final Map<String, Map<String, AnalystSignal>> signals = new LinkedHashMap<>();
  final Map<String, String> situations = new LinkedHashMap<>();
  final List<Utterance> transcript = new ArrayList<>();
  final Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
  Map<String, RiskLimit> limits = Map.of();
  PortfolioFacts portfolio;
  String riskAssessment = "";
  String conferenceSummary = "";

  DayContext(TradingDay day, List<String> tickers, PointInTimeMarketData view) {
    this.day = day;
    this.tickers = tickers;
    this.view = view;
  }
}
