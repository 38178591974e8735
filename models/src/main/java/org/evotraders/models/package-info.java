/**
 * The chat-model layer's own types: what agents send and receive, with no langchain4j type in
 * sight.
 *
 * <p>Start with {@link org.evotraders.models.ModelCall}: an agent builds one (who asks, why, for
 * which session, which {@link org.evotraders.models.ModelSpec}, the {@link
 * org.evotraders.models.Message}s, optional {@link org.evotraders.models.ToolDescription}s, the
 * record to parse into and its safe fallback) and passes it to {@code
 * org.evotraders.models.gate.ModelGate#call}, which returns a {@link
 * org.evotraders.models.ModelAnswer}. When the answer {@code wantsTools()}, the agent runs the
 * {@link org.evotraders.models.ToolCall}s, appends {@code Message.assistant(text, toolCalls)} and
 * one {@code Message.toolResult} per call, and calls again.
 *
 * <p>{@link org.evotraders.models.ChatProvider} is the port adapters implement; {@link
 * org.evotraders.models.OfflineReasoner} is the port the agents' rules implement for the offline
 * model.
 *
 * <p>Wiring (in the CLI):
 *
 * <pre>{@code
 * ModelSettings settings = ModelSettings.from(System.getenv());
 * settings.validate();                                   // fails fast, naming the variable to set
 * ProviderDirectory directory = ProviderDirectory.from(settings, rules);
 * ModelGate gate = ModelGate.builder(directory::provider)
 *     .cacheFile(dataDir.resolve("model-responses.db"))
 *     .budget(BudgetLimit.dollars(new BigDecimal("5")))
 *     .build();
 * ModelSpec model = settings.specFor("risk_manager");
 * }</pre>
 */
package org.evotraders.models;
