package org.evotraders.agents.facts;

import java.time.LocalDate;
import java.util.List;

/** What the risk manager assesses: the book, its limits, and the tickers of the day. */
public record RiskFacts(LocalDate date, List<String> tickers, PortfolioFacts portfolio) {}
