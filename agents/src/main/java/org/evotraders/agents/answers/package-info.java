/**
 * The structured answers the models give, validated on parsing: an analyst's signals, the
 * predictions, the portfolio manager's decisions. An answer that fails validation is repaired once,
 * then replaced by a logged safe default (neutral, hold).
 */
package org.evotraders.agents.answers;
