/**
 * The analysts' toolkits: which tools each analyst runs and on which point-in-time data. Start at
 * {@link org.evotraders.agents.toolkit.Toolkit#of}.
 */
package org.evotraders.agents.toolkit;
