package org.evotraders.gateway;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Supplier;
import org.evotraders.core.event.RunEvent;
import org.evotraders.gateway.feed.Delivery;

/**
 * The gateway's figures in Prometheus text format: clients, queue depths, events and messages,
 * drops, the run's day progress, and model calls and tokens counted from model_usage events.
 */
final class GatewayMetrics {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final AtomicLong events = new AtomicLong();
  private final AtomicLong lastSeq = new AtomicLong();
  private final AtomicLong messages = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong modelCalls = new AtomicLong();
  private final AtomicLong inputTokens = new AtomicLong();
  private final AtomicLong outputTokens = new AtomicLong();
  private final DoubleAdder costUsd = new DoubleAdder();
  private volatile double progress;

  GatewayMetrics(Supplier<Collection<ClientConnection>> clients) {
    gauge("evotraders_gateway_clients", "Connected WebSocket clients", () -> clients.get().size());
    gauge(
        "evotraders_gateway_queue_depth_max",
        "Deliveries waiting in the fullest client queue",
        () -> clients.get().stream().mapToInt(ClientConnection::queued).max().orElse(0));
    gauge(
        "evotraders_gateway_queue_depth_total",
        "Deliveries waiting in all client queues",
        () -> clients.get().stream().mapToInt(ClientConnection::queued).sum());
    gauge(
        "evotraders_gateway_last_seq", "Sequence number of the last event published", lastSeq::get);
    gauge(
        "evotraders_run_day_progress",
        "Share of the run's trading days done (0-1)",
        () -> progress);
    counter("evotraders_gateway_events", "Run events published to clients", events::get);
    counter("evotraders_gateway_messages_sent", "Messages sent to clients", messages::get);
    counter(
        "evotraders_gateway_clients_dropped", "Clients dropped for falling behind", dropped::get);
    counter("evotraders_model_calls", "Model calls recorded by the run", modelCalls::get);
    CounterWithCallback.builder()
        .name("evotraders_model_tokens")
        .help("Model tokens recorded by the run, by direction")
        .labelNames("direction")
        .callback(
            callback -> {
              callback.call(inputTokens.get(), "input");
              callback.call(outputTokens.get(), "output");
            })
        .register(registry);
    counter("evotraders_model_cost_usd", "Model spending recorded by the run, USD", costUsd::sum);
  }

  /** Counts a published event; model usage and day progress come from the events themselves. */
  void published(Delivery delivery) {
    events.incrementAndGet();
    lastSeq.set(delivery.seq());
    switch (delivery.event().event()) {
      case RunEvent.ModelUsed used -> {
        modelCalls.incrementAndGet();
        inputTokens.addAndGet(used.inputTokens());
        outputTokens.addAndGet(used.outputTokens());
        costUsd.add(used.costUsd());
      }
      case RunEvent.DayStarted day -> progress = day.progress();
      case RunEvent.DayCompleted day -> progress = day.progress();
      default -> {
        // no figure of ours
      }
    }
  }

  void messageSent() {
    messages.incrementAndGet();
  }

  void clientDropped() {
    dropped.incrementAndGet();
  }

  /** Returns every figure in the Prometheus text format. */
  String scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the metrics", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private void gauge(String name, String help, Supplier<Number> value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(callback -> callback.call(value.get().doubleValue()))
        .register(registry);
  }

  private void counter(String name, String help, Supplier<Number> value) {
    CounterWithCallback.builder()
        .name(name)
        .help(help)
        .callback(callback -> callback.call(value.get().doubleValue()))
        .register(registry);
  }
}
