/**
 * The offline model: how the team reasons when no language model is configured (provider {@code
 * offline}). Every answer follows from the call's typed facts by the explicit rules below, so a run
 * without an API key is a real, explainable and reproducible strategy: the same facts always give
 * the same answer, and every number in an answer can be recomputed by hand. Start at {@link
 * org.evotraders.agents.offline.TeamRules}, which picks the rule by the type of the facts.
 *
 * <h2>1. Analysts: signal and confidence from the tools</h2>
 *
 * <p>Per ticker, the scores s_i in [-1, 1] of the tools that had data are combined with weights
 * w_i, renormalised over those tools: S = sum(w_i * s_i) / sum(w_i). A tool without data (missing
 * inputs) is left out. The weights ({@code ToolWeights}):
 *
 * <ul>
 *   <li>technical, from ai-hedge-fund's technicals agent: trend following 0.25, mean reversion
 *       0.20, momentum 0.25, volatility 0.15;
 *   <li>valuation, from ai-hedge-fund's valuation agent: DCF 0.35, owner earnings 0.35, EV/EBITDA
 *       0.20, residual income 0.10;
 *   <li>sentiment, from ai-hedge-fund's sentiment agent: insider trading 0.3, news 0.7;
 *   <li>fundamentals and any other tool: equal weights (0.20 each).
 * </ul>
 *
 * <p>The signal is bullish when S &gt; 0.2, bearish when S &lt; -0.2, neutral otherwise (the cut of
 * ai-hedge-fund's technical and sentiment agents). The confidence (0-100):
 *
 * <ul>
 *   <li>bullish or bearish: round(100 * (|S| + A) / 2), where A is the share of the weight (among
 *       tools with data) whose score has the same sign as S: strength and agreement count alike;
 *   <li>neutral: round(50 * N), where N is the share of the weight whose own |score| is at most
 *       0.2; a neutral view is a weak claim and never states more than 50;
 *   <li>no tool with data: neutral with confidence 0.
 * </ul>
 *
 * <p>The reasoning starts with the strongest evidence: the tool pushing hardest toward the signal
 * (largest w_i * s_i in its direction), with its score and first three figures. It goes on with the
 * combined score, how much of the weight agrees, the strongest tool against, and the tools without
 * data. The first ticker's reasoning ends with the number of recalled memories (quoting the
 * closest) and the first sentence of the reflection, which concern the day rather than a ticker:
 * they are said once. Memories and reflection do not change the signal or the confidence: they
 * arrive as free text, and the rules read only typed numbers.
 *
 * <h2>2. Risk manager: warnings and limits</h2>
 *
 * <p>A markdown text: the book in one line, the warnings most severe first, then the per-ticker
 * hard limits (price, annual volatility, average correlation with the holdings, limit as a share of
 * NAV, max position value, max long and max short shares), which the broker enforces whatever the
 * portfolio manager asks. The warnings ({@code RiskRules}) are ordered by level (HIGH, MEDIUM,
 * LOW), then by kind in the order listed here, then largest figure first:
 *
 * <ul>
 *   <li>NAV not positive: HIGH;
 *   <li>gross exposure / NAV above the cap: HIGH; above 80% of the cap: MEDIUM;
 *   <li>largest position / NAV above 25%: HIGH; above 20%: MEDIUM;
 *   <li>annual volatility above 50%: MEDIUM when the ticker is held, LOW otherwise;
 *   <li>average correlation with the holdings from 0.8: MEDIUM; from 0.6: LOW;
 *   <li>margin used / NAV above 50%: HIGH; above 25%: MEDIUM;
 *   <li>negative cash: HIGH; cash below 5% of NAV: MEDIUM.
 * </ul>
 *
 * <p>Without any, the text says "No warnings."
 *
 * <h2>3. Conference</h2>
 *
 * <p>The conference uses the equal-weight consensus of the day's signals: C = mean over the
 * analysts who vote on the ticker of sign(signal) * confidence / 100 (neutral counts 0). An analyst
 * with confidence 0 abstains (none of its tools had data, as on price-only CSV history): it neither
 * moves C nor dilutes it. The team leans bullish when C &gt; 0.2, bearish when C &lt; -0.2, and has
 * no view in between. A vote dissents when it is bullish or bearish and not on the side the team
 * leans to (when the team has no view, every bullish or bearish vote dissents).
 *
 * <ul>
 *   <li>Opening (portfolio manager), round 1: per ticker the counts of the sides that have votes,
 *       the mean confidence, C and the lean; one question to each dissenting vote; that it will not
 *       decide yet. Later rounds: the signals have not changed, so it says the tallies stand and
 *       names the dissents again (analyst and ticker) without repeating them.
 *   <li>Reply (each analyst): for each ticker where it dissents (exactly those it was asked about)
 *       it restates its side and confidence against the majority; in round 1 it quotes the first
 *       sentence of its reasoning (its strongest evidence), later it refers back to it. It lists
 *       the tickers it agrees on ("any ticker" when that is all of them).
 *   <li>Concession: from round 2 on, a dissenter whose opponents (votes on the opposite side) are
 *       at least twice as many as the votes on its own side, itself included, keeps its side but
 *       halves its stated confidence, rounding down (with four analysts: three against one, or two
 *       against one with one neutral).
 *   <li>Summary (portfolio manager): per ticker the counts and C recomputed with the conceded
 *       confidences of all rounds, its lean, and who conceded.
 * </ul>
 *
 * <h2>4. Predictions</h2>
 *
 * <p>Each analyst predicts the next session from its own signal: bullish UP, bearish DOWN, neutral
 * NEUTRAL, at the signal's confidence; a ticker without a signal is NEUTRAL at 0. The conference
 * summary reaches the prediction only as text, so it does not move the prediction.
 *
 * <h2>5. Portfolio manager: decisions</h2>
 *
 * <ol>
 *   <li>Analyst weight: the hit rate shrunk toward 0.5 with a prior of 20 predictions, (correct +
 *       10) / (evaluated + 20); 0.5 without a record. Weights are normalised over the analysts who
 *       vote on the ticker (confidence above 0).
 *   <li>Consensus C = sum of sign(signal) * confidence / 100 * weight, in [-1, 1]; the decision's
 *       confidence is round(100 * |C|).
 *   <li>Target value = C * the ticker's max position value (from its risk limit) when |C| &gt; 0.2,
 *       else 0: without a view the position is closed, and no position is opened.
 *   <li>Target shares = target value / the last close, truncated toward zero.
 *   <li>Rebalance band: no trade when the change in shares is worth less than 10% of the max
 *       position value.
 *   <li>Otherwise the incremental order: LONG (covering shorts first) or SHORT (selling longs
 *       first) the difference between the target and the current signed position, never more than
 *       the limit's max long or max short shares; HOLD when the limit allows none, or when the
 *       ticker has no limit today.
 * </ol>
 *
 * <p>Each decision's reasoning names the analysts on the consensus side with their weights, the
 * target and the limit used; the summary lists the trades, the holds and each analyst's weight with
 * its record.
 */
package org.evotraders.agents.offline;
