package org.evotraders.pipeline.report;

import java.util.Objects;

/**
 * One analyst's scored next-session predictions.
 *
 * @param agentId the analyst, e.g. technical_analyst
 * @param role what the analyst looks at, e.g. technical or sentiment
 * @param evaluated predictions scored so far
 * @param wins predictions whose direction was right
 * @param winRate wins over evaluated as the leaderboard scored it; NaN before any is scored
 * @param bullPredictions predictions of a rise
 * @param bullWins predictions of a rise that rose
 * @param bearPredictions predictions of a fall
 * @param bearWins predictions of a fall that fell
 */
public record LeaderboardEntry(
    String agentId,
    String role,
    int evaluated,
    int wins,
    double winRate,
    int bullPredictions,
    int bullWins,
    int bearPredictions,
    int bearWins) {

  public LeaderboardEntry {
    Objects.requireNonNull(agentId, "a leaderboard entry needs an agent id");
    Objects.requireNonNull(role, () -> "leaderboard entry of " + agentId + " needs a role");
    if (wins < 0
        || wins > evaluated
        || bullWins < 0
        || bullWins > bullPredictions
        || bearWins < 0
        || bearWins > bearPredictions) {
      throw new IllegalArgumentException(
          "leaderboard entry of %s has %d/%d wins, bull %d/%d, bear %d/%d: wins must lie between 0 and the predictions"
              .formatted(
                  agentId, wins, evaluated, bullWins, bullPredictions, bearWins, bearPredictions));
    }
  }
}
