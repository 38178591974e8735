/**
 * What model calls cost: prices per model ({@link org.evotraders.models.cost.PriceTable}), spending
 * per agent and day ({@link org.evotraders.models.cost.CostLedger}) and the run's {@link
 * org.evotraders.models.cost.Budget}.
 */
package org.evotraders.models.cost;
