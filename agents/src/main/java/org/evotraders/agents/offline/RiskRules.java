package org.evotraders.agents.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evotraders.agents.facts.PortfolioFacts;
import org.evotraders.agents.facts.RiskFacts;
import org.evotraders.agents.offline.RiskWarning.Kind;
import org.evotraders.agents.offline.RiskWarning.Level;
import org.evotraders.core.event.RiskLimit;

/**
 * The risk manager's assessment as markdown: the book in one line, the warnings most severe first
 * (see {@link RiskWarning#BY_SEVERITY}), then the hard per-ticker limits the portfolio manager is
 * held to. The warnings and their levels:
 *
 * <ul>
 *   <li>NAV not positive: HIGH (no ratio of NAV is meaningful then, so no other book warning).
 *   <li>Gross exposure / NAV above the cap: HIGH; above {@value #GROSS_NEAR_CAP} of the cap:
 *       MEDIUM.
 *   <li>Largest position / NAV above {@value #CONCENTRATION_HIGH}: HIGH; above {@value
 *       #CONCENTRATION_MEDIUM}: MEDIUM.
 *   <li>Annual volatility above {@value #HIGH_VOLATILITY}: MEDIUM when held, LOW otherwise.
 *   <li>Average correlation with the holdings from {@value #HIGH_CORRELATION}: LOW; from {@value
 *       #VERY_HIGH_CORRELATION}: MEDIUM.
 *   <li>Margin used / NAV above {@value #MARGIN_HIGH}: HIGH; above {@value #MARGIN_MEDIUM}: MEDIUM.
 *   <li>Cash / NAV below {@value #LOW_CASH}: MEDIUM; negative cash: HIGH.
 * </ul>
 */
final class RiskRules {

  static final double GROSS_NEAR_CAP = 0.8;
  // ai-hedge-fund's per-position ceiling (25% of NAV) and base limit (20%), as in PositionLimits.
  static final double CONCENTRATION_HIGH = 0.25;
  static final double CONCENTRATION_MEDIUM = 0.20;
  // The original's volatility tool labels a 20-day annualised volatility above 50% HIGH.
  static final double HIGH_VOLATILITY = 0.50;
  // ai-hedge-fund's correlation multiplier steps down at 0.6 and again at 0.8.
  static final double HIGH_CORRELATION = 0.6;
  static final double VERY_HIGH_CORRELATION = 0.8;
  // With the original's 25% margin requirement, margin of 25% of NAV backs shorts worth the NAV.
  static final double MARGIN_MEDIUM = 0.25;
  static final double MARGIN_HIGH = 0.50;
  static final double LOW_CASH = 0.05;

  private RiskRules() {}

  static String answer(RiskFacts facts) {
    PortfolioFacts book = facts.portfolio();
    List<RiskWarning> warnings = warnings(facts);
    StringBuilder text = new StringBuilder(256);
    text.append("**Risk assessment, ")
        .append(facts.date())
        .append(".** NAV ")
        .append(Phrases.money(book.nav()))
        .append("; cash ")
        .append(Phrases.money(book.cash()))
        .append("; gross exposure ")
        .append(Phrases.money(book.grossExposure()))
        .append(" (cap ")
        .append(Phrases.number(book.grossExposureCap()))
        .append("x NAV); net ")
        .append(Phrases.money(book.netExposure()))
        .append("; margin used ")
        .append(Phrases.money(book.marginUsed()))
        .append(".\n\n");
    if (warnings.isEmpty()) {
      text.append("No warnings.\n");
    } else {
      text.append("Warnings, most severe first:\n");
      for (int i = 0; i < warnings.size(); i++) {
        text.append(i + 1).append(". ").append(warnings.get(i).line()).append('\n');
      }
    }
    return text.append('\n').append(limitsLine(facts)).toString();
  }

  static List<RiskWarning> warnings(RiskFacts facts) {
    PortfolioFacts book = facts.portfolio();
    List<RiskWarning> warnings = new ArrayList<>();
    double nav = book.nav();
    if (!(nav > 0)) {
      warnings.add(
          new RiskWarning(
              Level.HIGH,
              Kind.NAV,
              nav,
              "NAV " + Phrases.money(nav) + " is not positive: open nothing new."));
    } else {
      bookWarnings(book, warnings);
    }
    for (String ticker : facts.tickers()) {
      RiskLimit limit = book.limits().get(ticker);
      if (limit != null) {
        tickerWarnings(limit, book.positions().getOrDefault(ticker, 0L) != 0, warnings);
      }
    }
    if (book.cash() < 0) {
      warnings.add(
          new RiskWarning(
              Level.HIGH,
              Kind.CASH,
              -book.cash(),
              "cash is negative at " + Phrases.money(book.cash()) + "."));
    }
    warnings.sort(RiskWarning.BY_SEVERITY); // stable: equal warnings keep their order
    return warnings;
  }

  private static void bookWarnings(PortfolioFacts book, List<RiskWarning> warnings) {
    double nav = book.nav();
    double gross = book.grossExposure() / nav;
    double cap = book.grossExposureCap();
    if (gross > GROSS_NEAR_CAP * cap) {
      Level level = gross > cap ? Level.HIGH : Level.MEDIUM;
      String where = gross > cap ? "above" : "near";
      warnings.add(
          new RiskWarning(
              level,
              Kind.GROSS_EXPOSURE,
              gross,
              Phrases.format(
                  "gross exposure %sx NAV is %s the %sx cap.",
                  Phrases.number(gross), where, Phrases.number(cap))));
    }
    Map<String, Double> values = new TreeMap<>();
    book.positions()
        .forEach(
            (t, shares) -> values.put(t, Math.abs(shares * book.prices().getOrDefault(t, 0.0))));
    values.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
        .ifPresent(
            largest -> {
              double weight = largest.getValue() / nav;
              if (weight > CONCENTRATION_MEDIUM) {
                Level level = weight > CONCENTRATION_HIGH ? Level.HIGH : Level.MEDIUM;
                warnings.add(
                    new RiskWarning(
                        level,
                        Kind.CONCENTRATION,
                        weight,
                        Phrases.format(
                            "%s is %s of NAV, the largest position.",
                            largest.getKey(), Phrases.percent(weight))));
              }
            });
    double margin = book.marginUsed() / nav;
    if (margin > MARGIN_MEDIUM) {
      Level level = margin > MARGIN_HIGH ? Level.HIGH : Level.MEDIUM;
      warnings.add(
          new RiskWarning(
              level,
              Kind.MARGIN,
              margin,
              Phrases.format("margin used is %s of NAV.", Phrases.percent(margin))));
    }
    double cash = book.cash() / nav;
    if (cash >= 0 && cash < LOW_CASH) {
      warnings.add(
          new RiskWarning(
              Level.MEDIUM,
              Kind.CASH,
              LOW_CASH - cash,
              Phrases.format(
                  "cash is %s of NAV, below %s.",
                  Phrases.percent(cash), Phrases.percent(LOW_CASH))));
    }
  }

  private static void tickerWarnings(RiskLimit limit, boolean held, List<RiskWarning> warnings) {
    double volatility = limit.annualVolatility();
    if (volatility > HIGH_VOLATILITY) {
      warnings.add(
          new RiskWarning(
              held ? Level.MEDIUM : Level.LOW,
              Kind.VOLATILITY,
              volatility,
              Phrases.format(
                  "%s has annual volatility %s%s; its limit is %s of NAV.",
                  limit.ticker(),
                  Phrases.percent(volatility),
                  held ? " and is held" : "",
                  Phrases.percent(limit.limitFraction()))));
    }
    double correlation = limit.averageCorrelation();
    if (correlation >= HIGH_CORRELATION) {
      Level level = correlation >= VERY_HIGH_CORRELATION ? Level.MEDIUM : Level.LOW;
      warnings.add(
          new RiskWarning(
              level,
              Kind.CORRELATION,
              correlation,
              Phrases.format(
                  "%s correlates %s on average with the holdings.",
                  limit.ticker(), Phrases.number(correlation))));
    }
  }

  /**
   * Points to the day's risk limits instead of tabulating them: the risk_limits event carries every
   * ticker's price, volatility, correlation, limit and share caps in structured form. Only tickers
   * without a limit, which cannot trade, are named here.
   */
  private static String limitsLine(RiskFacts facts) {
    List<String> unlimited = new ArrayList<>();
    for (String ticker : facts.tickers()) {
      if (!facts.portfolio().limits().containsKey(ticker)) {
        unlimited.add(ticker);
      }
    }
    return unlimited.isEmpty()
        ? "Per-ticker limits: see today's risk limits.\n"
        : "Per-ticker limits: see today's risk limits; no limit today, so no trade: "
            + String.join(", ", unlimited)
            + ".\n";
  }
}
