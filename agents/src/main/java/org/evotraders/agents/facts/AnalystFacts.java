package org.evotraders.agents.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evotraders.agents.Role;
import org.evotraders.analysis.ToolResult;

/**
 * What an analyst knows when it forms its view: its tools' results per ticker, computed from
 * point-in-time data, and what its memory recalls of similar past days.
 *
 * @param tools per ticker, the results of the analyst's tools, in the tools' fixed order
 * @param memories recalled past situations with their outcomes, most similar first
 * @param reflection the analyst's note on its recent record, from the last settlement
 */
public record AnalystFacts(
    Role role,
    LocalDate date,
    List<String> tickers,
    Map<String, List<ToolResult>> tools,
    List<String> memories,
    String reflection) {}
