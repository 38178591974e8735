/**
 * The team in LLM mode against a local fake provider with a fixed latency: how close a day comes to
 * its critical path of model calls, and how fast a rerun from the response cache is next to the
 * offline model. Start at {@link org.evotraders.bench.llm.LlmBench}; its {@code main} prints {@link
 * org.evotraders.bench.llm.LlmFigures}.
 */
package org.evotraders.bench.llm;
