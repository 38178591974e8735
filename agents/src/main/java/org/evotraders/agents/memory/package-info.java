/**
 * What each agent remembers across days, in the run folder. Start at {@link
 * org.evotraders.agents.memory.TeamMemory}: it opens one {@link
 * org.evotraders.agents.memory.AgentMemory} (past situations, views and outcomes, recalled by
 * similarity with a local sentence model, {@link org.evotraders.agents.memory.MiniLmEmbedder}) and
 * one {@link org.evotraders.agents.memory.Reflection} (a note on the agent's recent hit rate) per
 * agent.
 *
 * <p>Both stand in for the original's ReMe memory and obey the run's resume rules: each write is
 * one appended JSON line (a line torn by a crash is dropped on reopening), the last line of a date
 * wins, repeating a write with the same values writes nothing, and what day D reads only comes from
 * days settled before D.
 */
package org.evotraders.agents.memory;
