package org.evotraders.pipeline.cycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.agents.facts.PortfolioFacts;
import org.evotraders.agents.facts.RiskFacts;
import org.evotraders.agents.team.Said;
import org.evotraders.agents.team.TeamSetup;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.AgentMessage;
import org.evotraders.core.event.RunEvent.RiskLimitsSet;
import org.evotraders.core.market.Bar;
import org.evotraders.core.portfolio.Portfolio;

/**
 * The risk manager's stage: the hard limits are computed in code from the last 60 returns and the
 * book, recorded, then the risk manager writes its assessment of them.
 */
final class RiskStage {

  /** Closes needed for 60 daily returns. */
  static final int CLOSES = 61;

  private final Team team;
  private final TeamSetup setup;
  private final RunRecorder recorder;

  RiskStage(Team team, TeamSetup setup, RunRecorder recorder) {
    this.team = team;
    this.setup = setup;
    this.recorder = recorder;
  }

  void run(DayContext day, Book book) {
    Map<String, List<Double>> closes = new LinkedHashMap<>();
    Map<String, Double> prices = new LinkedHashMap<>();
    for (String ticker : day.tickers) {
      List<Bar> bars = day.view.latestBars(ticker, CLOSES);
      if (!bars.isEmpty()) {
        closes.put(ticker, bars.stream().map(Bar::close).toList());
        prices.put(ticker, bars.getLast().close());
      }
    }
    Portfolio portfolio = book.portfolio();
    book.marks().forEach(prices::putIfAbsent);
    var limits = team.limits().limits(closes, portfolio, prices);
    day.limits = limits;
    day.portfolio =
        new PortfolioFacts(
            portfolio.netAssetValue(prices),
            portfolio.cash(),
            portfolio.marginUsed(),
            portfolio.marginRequirement(),
            book.signedPositions(),
            prices,
            limits,
            team.limits().grossExposureCap());
    recorder.record(new RiskLimitsSet(limits, team.limits().grossExposureCap()));
    Said<String> said =
        team.riskManager().assess(new RiskFacts(day.day.date(), day.tickers, day.portfolio));
    day.riskAssessment = said.value();
    List<RunEvent> events = new ArrayList<>(2);
    events.add(new AgentMessage(said.agentId(), said.message()));
    ModelUsage.of(said, setup.model(Role.RISK_MANAGER)).ifPresent(events::add);
    recorder.recordAll(events);
  }
}
