package org.evotraders.models.gate;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.evotraders.models.AnswerSource;
import org.evotraders.models.ChatProvider;
import org.evotraders.models.Message;
import org.evotraders.models.ModelAnswer;
import org.evotraders.models.ModelCall;
import org.evotraders.models.ModelProviderException;
import org.evotraders.models.OfflineReasoner;
import org.evotraders.models.ProviderReply;
import org.evotraders.models.TokenUsage;
import org.evotraders.models.cost.Budget;
import org.evotraders.models.cost.BudgetLimit;
import org.evotraders.models.cost.CostLedger;
import org.evotraders.models.cost.PriceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to a chat model. Every call passes the same steps:
 *
 * <ol>
 *   <li>the response cache: a cached answer costs nothing (the offline model skips the cache, the
 *       lanes, the retries and the booking: it is free, local and deterministic);
 *   <li>the provider's lane: a rate limit and a cap on requests in flight;
 *   <li>retries with backoff on 429, 5xx and timeouts, honouring the provider's retry-after;
 *   <li>reading the answer into the call's record; an unusable answer gets one repair request that
 *       shows the model its error, and then the call's fallback, never an exception;
 *   <li>booking tokens and dollars to the agent and session.
 * </ol>
 *
 * <p>Safe to call from many virtual threads at once. A provider that keeps failing, or refuses the
 * request or the key, ends the call with a {@link ModelProviderException}.
 */
public final class ModelGate implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ModelGate.class);

  private final Function<String, ChatProvider> providers;
  private final ProviderLanes lanes;
  private final RetrySchedule schedule;
  private final ResponseCache cache;
  private final PriceTable prices;
  private final CostLedger ledger = new CostLedger();
  private final Budget budget;
  private final AnswerReader reader = new AnswerReader();
  private final Map<String, Retry> retries = new ConcurrentHashMap<>();
  private volatile boolean lastAnswerCached;

  private ModelGate(Builder builder) {
    this.providers = builder.providers;
    this.lanes = new ProviderLanes(builder.limits);
    this.schedule = builder.schedule;
    this.cache = builder.cacheFile == null ? null : ResponseCache.open(builder.cacheFile);
    this.prices = builder.prices;
    this.budget = new Budget(builder.budget, ledger);
  }

  /** Starts a gate over {@code providers}, which maps a provider name to its adapter. */
  public static Builder builder(Function<String, ChatProvider> providers) {
    return new Builder(providers);
  }

  /**
   * Answers {@code call}.
   *
   * @throws ModelProviderException when the provider fails after every retry, or refuses the
   *     request or key
   */
  public <T> ModelAnswer<T> call(ModelCall<T> call) {
    if (call.model().isOffline()) {
      return offline(call);
    }
    if (cache == null) {
      lastAnswerCached = false;
      return ask(call, null);
    }
    String key = CacheKey.of(call);
    Optional<ProviderReply> cached = cache.find(key);
    lastAnswerCached = cached.isPresent();
    if (cached.isEmpty()) {
      return ask(call, key);
    }
    ProviderReply reply = cached.get();
    ledger.bookCached(call.agentId(), call.session(), reply.usage());
    T value =
        switch (reader.read(reply, call)) {
          case AnswerReader.Usable<T> usable -> usable.value();
          // Only usable replies are stored, but a changed record may now reject one.
          case AnswerReader.Unusable<T> unusable -> {
            LOG.warn("Cached answer for {} no longer fits: {}", call.agentId(), unusable.problem());
            yield call.fallback();
          }
        };
    return new ModelAnswer<>(
        value,
        reply.text(),
        reply.toolCalls(),
        reply.usage(),
        BigDecimal.ZERO,
        AnswerSource.CACHE,
        0,
        "");
  }

  /**
   * Tells whether the last call that needed a provider was answered from the response cache
   * instead: a rerun's calls are, and each then takes microseconds rather than a round trip. The
   * offline model's calls leave it as it was.
   */
  public boolean lastAnswerCached() {
    return lastAnswerCached;
  }

  /** Returns the run's spending so far, per agent and day. */
  public CostLedger ledger() {
    return ledger;
  }

  /** Returns the run's budget, which the pipeline checks at each day boundary. */
  public Budget budget() {
    return budget;
  }

  /**
   * Closes the response cache's connection, leaving its file complete for the next run. Call it
   * once the run is over; the gate answers no more calls after it.
   */
  @Override
  public void close() {
    if (cache != null) {
      cache.close();
    }
  }

  /**
   * Answers an offline call with the rules' typed value as it is: the record's constructor has
   * validated it already, and neither the call's messages nor a JSON round trip would add anything.
   * An answer of another type (none, a tool call) takes the readers' path like any provider's.
   */
  @SuppressWarnings("unchecked") // checked by isInstance against the call's answer type
  private <T> ModelAnswer<T> offline(ModelCall<T> call) {
    if (providers.apply(call.model().provider()) instanceof OfflineReasoner rules) {
      Object answer = rules.answer(call);
      Class<?> expected = call.isStructured() ? call.outputType() : String.class;
      if (expected.isInstance(answer)) {
        return new ModelAnswer<>(
            (T) answer,
            answer instanceof String text ? text : "",
            List.of(),
            TokenUsage.NONE,
            BigDecimal.ZERO,
            AnswerSource.PROVIDER,
            1,
            "");
      }
    }
    return ask(call, null);
  }

  private <T> ModelAnswer<T> ask(ModelCall<T> call, String key) {
    Exchange first = exchange(call);
    String problem;
    switch (reader.read(first.reply(), call)) {
      case AnswerReader.Usable<T> usable -> {
        store(key, call, first.reply());
        return answer(usable.value(), first, AnswerSource.PROVIDER, "");
      }
      case AnswerReader.Unusable<T> unusable -> problem = unusable.problem();
    }
    List<Message> corrected = new ArrayList<>(call.messages());
    corrected.add(Message.assistant(first.reply().text()));
    corrected.add(Message.user(reader.repairRequest(problem, call.outputType())));
    Exchange repair = exchange(call.withMessages(corrected));
    return switch (reader.read(repair.reply(), call)) {
      case AnswerReader.Usable<T> usable -> {
        store(key, call, repair.reply());
        yield answer(
            usable.value(), first.then(repair), AnswerSource.PROVIDER, "repaired: " + problem);
      }
      case AnswerReader.Unusable<T> unusable -> {
        LOG.warn(
            "{} got no usable {} answer from {} ({}; after a repair request: {}); using its"
                + " fallback",
            call.agentId(),
            call.purpose(),
            call.model(),
            problem,
            unusable.problem());
        yield answer(
            call.fallback(),
            first.then(repair),
            AnswerSource.FALLBACK,
            "fell back: " + unusable.problem());
      }
    };
  }

  private static <T> ModelAnswer<T> answer(
      T value, Exchange exchange, AnswerSource source, String note) {
    ProviderReply last = exchange.reply();
    return new ModelAnswer<>(
        value,
        last.text(),
        last.toolCalls(),
        exchange.usage(),
        exchange.costUsd(),
        source,
        exchange.attempts(),
        note);
  }

  /** Requests to the provider (retries included) and their booked cost; reply is the last one. */
  private record Exchange(ProviderReply reply, int attempts, TokenUsage usage, BigDecimal costUsd) {

    Exchange then(Exchange next) {
      return new Exchange(
          next.reply, attempts + next.attempts, usage.plus(next.usage), costUsd.add(next.costUsd));
    }
  }

  private Exchange exchange(ModelCall<?> call) {
    String provider = call.model().provider();
    ChatProvider adapter = providers.apply(provider);
    if (call.model().isOffline()) {
      // The rules run in-process: nothing to rate-limit, nothing that a retry would change.
      return new Exchange(adapter.complete(call), 1, TokenUsage.NONE, BigDecimal.ZERO);
    }
    AtomicInteger attempts = new AtomicInteger();
    ProviderReply reply;
    try {
      reply =
          retry(provider)
              .executeSupplier(
                  () -> {
                    attempts.incrementAndGet();
                    return lanes.run(provider, () -> adapter.complete(call));
                  });
    } catch (ModelProviderException e) {
      throw attempts.get() > 1 ? e.afterAttempts(attempts.get()) : e;
    }
    BigDecimal cost = prices.cost(call.model(), reply.usage());
    ledger.bookProvider(call.agentId(), call.session(), reply.usage(), cost);
    return new Exchange(reply, attempts.get(), reply.usage(), cost);
  }

  private Retry retry(String provider) {
    return retries.computeIfAbsent(provider, this::newRetry);
  }

  private Retry newRetry(String provider) {
    RetryConfig config =
        RetryConfig.<ProviderReply>custom()
            .maxAttempts(schedule.maxAttempts())
            .retryOnException(e -> e instanceof ModelProviderException p && p.retryable())
            .intervalBiFunction(
                (Integer attempt, Either<Throwable, ProviderReply> outcome) ->
                    schedule
                        .delayAfter(
                            attempt,
                            outcome.isLeft()
                                    && outcome.getLeft() instanceof ModelProviderException p
                                ? p.retryAfter().orElse(null)
                                : null)
                        .toMillis())
            .build();
    return Retry.of(provider, config);
  }

  private void store(String key, ModelCall<?> call, ProviderReply reply) {
    if (key != null) {
      cache.store(key, call.model(), reply);
    }
  }

  /** Configures a {@link ModelGate}; every setting has a working default. */
  public static final class Builder {
    private final Function<String, ChatProvider> providers;
    private GateLimits limits = GateLimits.standard();
    private RetrySchedule schedule = RetrySchedule.standard();
    private Path cacheFile;
    private PriceTable prices = PriceTable.defaults();
    private BudgetLimit budget = BudgetLimit.none();

    private Builder(Function<String, ChatProvider> providers) {
      this.providers = providers;
    }

    /** Sets each provider's concurrency and rate limit (default {@link GateLimits#standard()}). */
    public Builder limits(GateLimits limits) {
      this.limits = limits;
      return this;
    }

    /** Sets when failed requests are retried (default {@link RetrySchedule#standard()}). */
    public Builder retries(RetrySchedule schedule) {
      this.schedule = schedule;
      return this;
    }

    /** Caches usable replies in this SQLite file, e.g. {@code <dataDir>/model-responses.db}. */
    public Builder cacheFile(Path file) {
      this.cacheFile = file;
      return this;
    }

    /** Sets the model prices (default {@link PriceTable#defaults()}). */
    public Builder prices(PriceTable prices) {
      this.prices = prices;
      return this;
    }

    /** Sets the run's budget (default none). */
    public Builder budget(BudgetLimit budget) {
      this.budget = budget;
      return this;
    }

    public ModelGate build() {
      return new ModelGate(this);
    }
  }
}
