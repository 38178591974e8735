package org.evotraders.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.evotraders.agents.Role;
import org.evotraders.core.event.Decision;
import org.evotraders.core.event.RecordedEvent;
import org.evotraders.core.event.RunEvent;
import org.evotraders.core.event.RunEvent.DecisionsMade;
import org.evotraders.core.event.RunEvent.ModelUsed;
import org.evotraders.core.event.RunEvent.OrderClamped;
import org.evotraders.core.event.RunEvent.OrderFilled;
import org.evotraders.core.event.RunEvent.PredictionsMade;
import org.evotraders.core.event.RunEvent.SignalsIssued;
import org.evotraders.core.fills.Fill;
import org.evotraders.core.fills.Side;
import org.evotraders.core.orders.Action;
import org.evotraders.core.signals.Direction;
import org.evotraders.core.signals.Signal;
import org.evotraders.models.provider.ModelSettings;
import org.evotraders.pipeline.runs.EventLog;
import org.evotraders.pipeline.runs.RunConfig;
import org.evotraders.pipeline.runs.RunDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole team in LLM mode, launched as the backtest command launches it, against a fake
 * OpenAI-compatible server on the loopback interface: two tickers of the mock market over the three
 * sessions of 2024-01-02 to 2024-01-04, one conference round, no long-term memory.
 */
class LlmBacktestTest {

  /**
   * Calls a day with one round: 4 analyses, 1 assessment, 1 opening + 4 replies, 1 summary, 4
   * predictions, 1 decision.
   */
  private static final int CALLS_PER_DAY = 16;

  private static final int DAYS = 3;

  /** gpt-4o in model-prices.csv: US$ 2.50 per million input tokens, 10.00 per million output. */
  private static final double INPUT_USD_PER_TOKEN = 2.50e-6;

  private static final double OUTPUT_USD_PER_TOKEN = 10.00e-6;

  @TempDir Path dataDir;
  @TempDir Path runsDir;

  private FakeLlmServer server;
  private Map<String, String> env;
  private RunLauncher launcher;

  @BeforeEach
  void startServer() throws IOException {
    // Long enough that four calls sent together overlap at the server by a wide margin.
    server = FakeLlmServer.start(150);
    env =
        Map.of(
            "MODEL_PROVIDER", "openai",
            "OPENAI_API_KEY", "test-key",
            "OPENAI_BASE_URL", server.baseUrl());
    launcher = new RunLauncher(dataDir, env);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void anLlmTeamTradesThroughAnOpenAiCompatibleServerAndARerunAsksItNothing() {
    RunDirectory first = launcher.create(runsDir, config(), "");
    RunLauncher.Launched launched = launcher.launch(first, true, progress -> {});

    assertThat(launched.outcome().status()).isEqualTo("completed");
    assertThat(launched.outcome().daysRun()).isEqualTo(DAYS);
    List<FakeLlmServer.Request> requests = server.requests();
    assertThat(requests).hasSize(DAYS * CALLS_PER_DAY).noneMatch(FakeLlmServer.Request::repair);
    List<RunEvent> events = events(first);

    List<ModelUsed> usage = only(events, ModelUsed.class);
    assertThat(usage).hasSize(DAYS * CALLS_PER_DAY);
    assertThat(usage.stream().map(ModelUsed::agentId).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(
            List.of(Role.values()).stream().map(Role::id).toList());
    for (ModelUsed used : usage) {
      assertThat(used.provider()).isEqualTo("openai");
      assertThat(used.model()).isEqualTo("gpt-4o");
      assertThat(used.source()).isEqualTo("provider");
      assertThat(used.inputTokens()).isPositive();
      assertThat(used.outputTokens()).isPositive();
      assertThat(used.costUsd())
          .isCloseTo(
              used.inputTokens() * INPUT_USD_PER_TOKEN + used.outputTokens() * OUTPUT_USD_PER_TOKEN,
              within(1e-12));
    }
    assertThat(usage.stream().mapToLong(ModelUsed::inputTokens).sum())
        .isEqualTo(requests.stream().mapToLong(FakeLlmServer.Request::promptTokens).sum());
    assertThat(usage.stream().mapToLong(ModelUsed::outputTokens).sum())
        .isEqualTo(requests.stream().mapToLong(FakeLlmServer.Request::completionTokens).sum());

    List<Decision> decisions = decisions(events);
    assertThat(decisions).hasSize(DAYS * 2);
    assertThat(decisions)
        .filteredOn(d -> d.ticker().equals("AAPL"))
        .allSatisfy(
            d -> {
              assertThat(d.action()).isEqualTo(Action.LONG);
              assertThat(d.requested()).isEqualTo(100_000);
              assertThat(d.quantity()).isLessThan(100_000);
            });
    assertThat(decisions)
        .filteredOn(d -> d.ticker().equals("MSFT"))
        .allSatisfy(d -> assertThat(d).extracting(Decision::action).isEqualTo(Action.SHORT));
    assertThat(only(events, OrderClamped.class))
        .anySatisfy(c -> assertThat(c.code()).isEqualTo("RISK_POSITION_LIMIT"));
    List<Fill> fills = only(events, OrderFilled.class).stream().map(OrderFilled::fill).toList();
    assertThat(fills).anyMatch(f -> f.ticker().equals("AAPL") && f.side() == Side.BUY);
    assertThat(fills).anyMatch(f -> f.ticker().equals("MSFT") && f.side() == Side.SHORT);

    for (String purpose : List.of("analysis", "conference", "prediction")) {
      List<FakeLlmServer.Request> analysts =
          requests.stream()
              .filter(r -> r.purpose().equals(purpose) && !r.agent().equals("portfolio_manager"))
              .toList();
      assertThat(analysts).hasSize(DAYS * 4);
      for (int day = 0; day < DAYS; day++) {
        List<FakeLlmServer.Request> together = analysts.subList(4 * day, 4 * day + 4);
        assertThat(together)
            .as("the four analysts' %s calls of day %d", purpose, day + 1)
            .allSatisfy(a -> assertThat(together).allMatch(b -> a == b || a.overlaps(b)));
      }
    }

    server.forget();
    RunDirectory rerun = launcher.create(runsDir, config(), "");
    RunLauncher.Launched again = launcher.launch(rerun, true, progress -> {});

    assertThat(again.outcome().status()).isEqualTo("completed");
    assertThat(server.requests()).isEmpty();
    List<RunEvent> rerunEvents = events(rerun);
    assertThat(decisions(rerunEvents)).isEqualTo(decisions);
    assertThat(only(rerunEvents, OrderFilled.class).stream().map(OrderFilled::fill).toList())
        .isEqualTo(fills);
    assertThat(only(rerunEvents, ModelUsed.class))
        .hasSize(DAYS * CALLS_PER_DAY)
        .allSatisfy(
            used -> {
              assertThat(used.source()).isEqualTo("cache");
              assertThat(used.costUsd()).isZero();
            });
  }

  @Test
  void aMalformedAnswerIsRepairedAndAnAgentThatNeverAnswersWellFallsBackWhileTheRunGoesOn() {
    AtomicBoolean decisionSpoiled = new AtomicBoolean();
    server.script(
        request -> {
          if (request.agent().equals("sentiment_analyst") && !request.schema().isEmpty()) {
            return Optional.of("I would rather not say.");
          }
          if (request.purpose().equals("decision") && decisionSpoiled.compareAndSet(false, true)) {
            return Optional.of("Buy AAPL, sell MSFT.");
          }
          return Optional.empty();
        });
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    RunLauncher.Launched launched;
    RunDirectory run = launcher.create(runsDir, config(), "");
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      launched = launcher.launch(run, true, progress -> {});
    } finally {
      System.setErr(stderr);
    }

    assertThat(launched.outcome().status()).isEqualTo("completed");
    assertThat(launched.outcome().daysRun()).isEqualTo(DAYS);
    List<FakeLlmServer.Request> repairs =
        server.requests().stream().filter(FakeLlmServer.Request::repair).toList();
    // The decision once, and each of the sentiment analyst's structured calls every day.
    assertThat(repairs.stream().map(r -> r.agent() + " " + r.purpose()).toList())
        .containsExactlyInAnyOrderElementsOf(
            List.of(
                "portfolio_manager decision",
                "sentiment_analyst analysis",
                "sentiment_analyst analysis",
                "sentiment_analyst analysis",
                "sentiment_analyst prediction",
                "sentiment_analyst prediction",
                "sentiment_analyst prediction"));
    assertThat(repairs)
        .filteredOn(r -> r.purpose().equals("decision"))
        .singleElement()
        .satisfies(r -> assertThat(r.userPrompt()).startsWith("Date: 2024-01-02. Decide"));
    List<RunEvent> events = events(run);

    List<ModelUsed> usage = only(events, ModelUsed.class);
    ModelUsed repairedDecision =
        usage.stream().filter(u -> u.purpose().equals("decision")).findFirst().orElseThrow();
    assertThat(repairedDecision.source()).isEqualTo("provider");
    long decisionPromptTokens =
        server.requests().stream()
            .filter(r -> r.purpose().equals("decision"))
            .limit(2)
            .mapToLong(FakeLlmServer.Request::promptTokens)
            .sum();
    assertThat(repairedDecision.inputTokens()).isEqualTo(decisionPromptTokens);
    assertThat(decisions(events).subList(0, 2))
        .extracting(Decision::ticker, Decision::action, Decision::requested)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("AAPL", Action.LONG, 100_000L),
            org.assertj.core.groups.Tuple.tuple("MSFT", Action.SHORT, 20L));

    assertThat(usage)
        .filteredOn(
            u -> u.agentId().equals("sentiment_analyst") && !u.purpose().equals("conference"))
        .hasSize(2 * DAYS)
        .allSatisfy(u -> assertThat(u.source()).isEqualTo("fallback"));
    assertThat(only(events, SignalsIssued.class))
        .filteredOn(s -> s.agentId().equals("sentiment_analyst"))
        .hasSize(DAYS)
        .flatMap(SignalsIssued::signals)
        .allSatisfy(
            s -> {
              assertThat(s.signal()).isEqualTo(Signal.NEUTRAL);
              assertThat(s.confidence()).isZero();
            });
    assertThat(only(events, PredictionsMade.class))
        .filteredOn(p -> p.agentId().equals("sentiment_analyst"))
        .flatMap(PredictionsMade::predictions)
        .hasSize(2 * DAYS)
        .allSatisfy(p -> assertThat(p.direction()).isEqualTo(Direction.NEUTRAL));
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("sentiment_analyst got no usable analysis answer")
        .contains("sentiment_analyst got no usable prediction answer")
        .doesNotContain("portfolio_manager got no usable");
  }

  private RunConfig config() {
    RunOptions options = new RunOptions();
    options.tickers = List.of("AAPL", "MSFT");
    options.start = LocalDate.of(2024, 1, 2);
    options.end = LocalDate.of(2024, 1, 4);
    options.cycles = 1;
    options.noMemory = true;
    return options.resolve(env, ModelSettings.from(env));
  }

  private static List<RunEvent> events(RunDirectory run) {
    return EventLog.read(run.events()).stream().map(RecordedEvent::event).toList();
  }

  private static List<Decision> decisions(List<RunEvent> events) {
    return only(events, DecisionsMade.class).stream().flatMap(d -> d.decisions().stream()).toList();
  }

  private static <E extends RunEvent> List<E> only(List<RunEvent> events, Class<E> kind) {
    return events.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
