/**
 * The typed situation each model call is about. The same facts render into the prompts that real
 * models read and feed the offline model's rules directly, so both reason from the same numbers.
 */
package org.evotraders.agents.facts;
