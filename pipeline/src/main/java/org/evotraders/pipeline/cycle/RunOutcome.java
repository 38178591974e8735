package org.evotraders.pipeline.cycle;

import java.util.Map;
import org.evotraders.core.baselines.Baseline;
import org.evotraders.core.portfolio.Portfolio;
import org.evotraders.pipeline.projection.RunProjection;
import org.evotraders.pipeline.runs.RunDirectory;

/**
 * How a run ended and what it left: its status ({@code completed}, {@code budget_exhausted}), the
 * reason, the final book and baselines, and the projection of its events for reports.
 */
public record RunOutcome(
    RunDirectory run,
    String status,
    String reason,
    Portfolio portfolio,
    Map<String, Baseline> baselines,
    RunProjection projection,
    int daysRun,
    int daysTotal) {}
