package org.evotraders.models.gate;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.evotraders.models.AnswerSource;
import org.evotraders.models.Message;
import org.evotraders.models.ModelAnswer;
import org.evotraders.models.ModelCall;
import org.evotraders.models.ModelSpec;
import org.evotraders.models.TokenUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A rerun of the same calls asks no provider again, even after the database is reopened. */
class ResponseCacheTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path dataDir;

  @Test
  void aSecondIdenticalCallIsAnsweredFromTheCacheWithoutARequest() {
    Replay.serve(server, "openai/chat-completions-json-schema.json");
    ModelGate gate = Wiring.cachingGate(server, dataDir.resolve("model-responses.db"));

    ModelAnswer<Wiring.Answer> first = gate.call(Wiring.askForAnswer("Capital of France?"));
    ModelAnswer<Wiring.Answer> second = gate.call(Wiring.askForAnswer("Capital of France?"));

    assertThat(second.value()).isEqualTo(first.value()).isEqualTo(new Wiring.Answer("Paris", 0.99));
    assertThat(second.source()).isEqualTo(AnswerSource.CACHE);
    assertThat(second.attempts()).isZero();
    assertThat(second.costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
    server.verify(1, postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
    assertThat(gate.ledger().total().calls()).isEqualTo(1);
    assertThat(gate.ledger().total().cachedCalls()).isEqualTo(1);
    assertThat(gate.ledger().total().cachedTokens()).isEqualTo(new TokenUsage(94, 11));
  }

  @Test
  void theGateTellsWhetherItsLastCallWasAnsweredFromTheCache() {
    Replay.serve(server, "openai/chat-completions-json-schema.json");
    ModelGate gate = Wiring.cachingGate(server, dataDir.resolve("model-responses.db"));
    assertThat(gate.lastAnswerCached()).isFalse();

    gate.call(Wiring.askForAnswer("Capital of France?"));
    assertThat(gate.lastAnswerCached()).isFalse();
    gate.call(Wiring.askForAnswer("Capital of France?"));
    assertThat(gate.lastAnswerCached()).isTrue();
    gate.call(Wiring.askForAnswer("Capital of Italy?"));
    assertThat(gate.lastAnswerCached()).isFalse();
  }

  @Test
  void aReopenedCacheStillAnswersWithoutARequest() {
    Replay.serve(server, "openai/chat-completions-json-schema.json");
    Path file = dataDir.resolve("model-responses.db");
    Wiring.cachingGate(server, file).call(Wiring.askForAnswer("Capital of France?"));

    ModelAnswer<Wiring.Answer> rerun =
        Wiring.cachingGate(server, file).call(Wiring.askForAnswer("Capital of France?"));

    assertThat(rerun.source()).isEqualTo(AnswerSource.CACHE);
    assertThat(rerun.value()).isEqualTo(new Wiring.Answer("Paris", 0.99));
    server.verify(1, postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
  }

  @Test
  void aCacheFileRemovedAfterThisProcessMigratedItIsCreatedAgainOnReopening() throws Exception {
    Replay.serve(server, "openai/chat-completions-json-schema.json");
    Path file = dataDir.resolve("model-responses.db");
    try (ModelGate first = Wiring.cachingGate(server, file)) {
      first.call(Wiring.askForAnswer("Capital of France?"));
    }
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(Path.of(file + suffix));
    }

    try (ModelGate again = Wiring.cachingGate(server, file)) {
      ModelAnswer<Wiring.Answer> asked = again.call(Wiring.askForAnswer("Capital of France?"));

      assertThat(asked.source()).isNotEqualTo(AnswerSource.CACHE);
      assertThat(asked.value()).isEqualTo(new Wiring.Answer("Paris", 0.99));
    }
    server.verify(2, postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
  }

  @Test
  void callsFromManyThreadsShareTheCacheAndAClosedGateLeavesItWhole() throws Exception {
    Replay.serve(server, "openai/chat-completions-json-schema.json");
    Path file = dataDir.resolve("model-responses.db");
    List<String> questions =
        IntStream.range(0, 24).mapToObj(i -> "Capital, question " + i).toList();
    try (ModelGate gate = Wiring.cachingGate(server, file);
        var callers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Callable<ModelAnswer<Wiring.Answer>>> calls =
          questions.stream()
              .map(
                  q ->
                      (Callable<ModelAnswer<Wiring.Answer>>)
                          () -> gate.call(Wiring.askForAnswer(q)))
              .toList();
      for (Future<ModelAnswer<Wiring.Answer>> answer : callers.invokeAll(calls)) {
        answer.get();
      }
    }

    try (ModelGate rerun = Wiring.cachingGate(server, file)) {
      for (String question : questions) {
        assertThat(rerun.call(Wiring.askForAnswer(question)).source())
            .isEqualTo(AnswerSource.CACHE);
      }
    }
    server.verify(questions.size(), postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
  }

  @Test
  void aDifferentQuestionIsNotAnsweredFromTheCache() {
    Replay.serve(server, "openai/chat-completions-json-schema.json");
    ModelGate gate = Wiring.cachingGate(server, dataDir.resolve("model-responses.db"));

    gate.call(Wiring.askForAnswer("Capital of France?"));
    ModelAnswer<Wiring.Answer> other = gate.call(Wiring.askForAnswer("Capital of Italy?"));

    assertThat(other.source()).isEqualTo(AnswerSource.PROVIDER);
    server.verify(2, postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
  }

  @Test
  void aFallbackIsNotCachedSoTheNextRunAsksAgain() {
    Replay.serve(server, "openai/chat-completions-text.json");
    ModelGate gate = Wiring.cachingGate(server, dataDir.resolve("model-responses.db"));

    gate.call(Wiring.askForAnswer("Capital of France?"));
    ModelAnswer<Wiring.Answer> again = gate.call(Wiring.askForAnswer("Capital of France?"));

    assertThat(again.source()).isEqualTo(AnswerSource.FALLBACK);
    server.verify(4, postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
  }

  @Test
  void theOfflineModelBypassesTheCacheAndAsksItsRulesEachTime() {
    AtomicInteger asked = new AtomicInteger();
    ModelGate gate =
        Wiring.gate(Wiring.env(server), call -> "hold #" + asked.incrementAndGet())
            .cacheFile(dataDir.resolve("model-responses.db"))
            .build();
    ModelCall<String> call =
        ModelCall.text(
            "portfolio_manager",
            "decision",
            Wiring.DAY_ONE,
            ModelSpec.offline(),
            List.of(Message.user("Decide")));

    gate.call(call);
    ModelAnswer<String> second = gate.call(call);

    assertThat(second.value()).isEqualTo("hold #2");
    assertThat(second.source()).isEqualTo(AnswerSource.PROVIDER);
    assertThat(second.costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
  }
}
