package org.evotraders.models.gate;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.evotraders.models.ModelAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The gate never has more requests in flight at a provider than its limit allows. */
class ConcurrencyTest {

  /** Counts requests between arrival and completed response at the replaying server. */
  static final class InFlight implements ServeEventListener {
    final AtomicInteger now = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();

    @Override
    public void beforeMatch(ServeEvent event, Parameters parameters) {
      most.accumulateAndGet(now.incrementAndGet(), Math::max);
    }

    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
      now.decrementAndGet();
    }

    @Override
    public String getName() {
      return "in-flight";
    }
  }

  static final InFlight IN_FLIGHT = new InFlight();

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().extensions(IN_FLIGHT))
          .build();

  @Test
  void sixConcurrentCallsWithALimitOfTwoKeepAtMostTwoInFlight() throws Exception {
    server.stubFor(
        post(urlPathEqualTo("/v1/chat/completions"))
            .willReturn(Replay.response("openai/chat-completions-text.json").withFixedDelay(200)));
    ModelGate gate =
        Wiring.gate(Wiring.env(server), call -> "")
            .limits(new GateLimits(2, 1_000, Duration.ofSeconds(5)))
            .build();

    List<Future<ModelAnswer<String>>> answers = new ArrayList<>();
    try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 6; i++) {
        String question = "Question " + i;
        answers.add(callers.submit(() -> gate.call(Wiring.ask("openai", "gpt-4o-mini", question))));
      }
    }

    for (Future<ModelAnswer<String>> answer : answers) {
      assertThat(value(answer)).isEqualTo("Hello! How can I assist you today?");
    }
    assertThat(IN_FLIGHT.most.get()).isEqualTo(2);
  }

  private static String value(Future<ModelAnswer<String>> answer)
      throws InterruptedException, ExecutionException {
    return answer.get().value();
  }
}
