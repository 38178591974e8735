package org.evotraders.gateway;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.evotraders.gateway.feed.Delivery;
import org.evotraders.gateway.feed.RunFeed;
import org.evotraders.gateway.feed.Snapshot;
import org.evotraders.gateway.feed.SwitchableFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket gateway of one run: any path upgrades to the original protocol's stream (a new
 * client gets initial_state, then every event as it is published; {@code ?last_seq=N} resumes after
 * seq N instead), GET /health answers JSON and GET /metrics Prometheus text. Publishing never waits
 * for a client: each has its own bounded queue.
 *
 * <p>Over a {@link SwitchableFeed} the gateway outlives runs: at each switch every client gets the
 * new run's initial_state. GET / serves the dashboard ({@link WebApp}), and with a {@link
 * RunControl} in the configuration, the REST API under /api ({@link RunsApi}).
 */
public final class Gateway implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

  /** Jetty's own frame limit, above ours, so an oversized request is answered, not cut off. */
  private static final long TRANSPORT_FRAME_LIMIT = 16L * 1024 * 1024;

  /**
   * A client socket's output buffer: Jetty copies frames under a quarter of it into one buffer that
   * is written at each flush, so a burst of typical event messages (1-2 KB) leaves in a few writes.
   */
  private static final int OUTPUT_BUFFER = 32 * 1024;

  private final GatewayConfig config;
  private final RunFeed feed;
  private final Map<String, ClientConnection> clients = new ConcurrentHashMap<>();
  private final GatewayMetrics metrics;
  private final ClientRequests requests;
  private final Javalin app;

  private Gateway(GatewayConfig config, RunFeed feed) {
    this.config = config;
    this.feed = feed;
    this.metrics = new GatewayMetrics(clients::values);
    this.requests = new ClientRequests(config);
    this.app =
        Javalin.create(
            cfg -> {
              cfg.concurrency.useVirtualThreads = true;
              cfg.startup.showJavalinBanner = false;
              cfg.jetty.modifyWebSocketServletFactory(
                  factory -> {
                    factory.setMaxTextMessageSize(TRANSPORT_FRAME_LIMIT);
                    factory.setIdleTimeout(Duration.ofHours(1));
                    factory.setOutputBufferSize(OUTPUT_BUFFER);
                  });
              cfg.routes.get("/health", this::health);
              cfg.routes.get("/metrics", this::metrics);
              WebApp.serve(cfg);
              if (config.runs() != null) {
                new RunsApi(config.runs()).register(cfg.routes);
              }
              cfg.routes.ws("/", this::stream);
              cfg.routes.ws("/<path>", this::stream);
            });
  }

  /** Starts serving {@code feed} on the configured host and port. */
  public static Gateway start(GatewayConfig config, RunFeed feed) {
    Gateway gateway = new Gateway(config, feed);
    feed.subscribe(gateway::broadcast);
    if (feed instanceof SwitchableFeed switchable) {
      switchable.onSwitch(gateway::switched);
    }
    gateway.app.start(config.host(), config.port());
    LOG.info("gateway for run {} on ws://{}:{}", feed.runId(), config.host(), gateway.app.port());
    return gateway;
  }

  /** Returns the port listened on (the one chosen, when started on port 0). */
  public int port() {
    return app.port();
  }

  /** Returns how many clients are connected. */
  public int clients() {
    return clients.size();
  }

  @Override
  public void close() {
    clients.values().forEach(ClientConnection::close);
    app.stop();
  }

  /** Moves every client to the run {@code next}: they get its initial_state. */
  private void switched(RunFeed next) {
    LOG.info("gateway now serves run {}", next.runId());
    Snapshot state = next.snapshot();
    for (ClientConnection client : clients.values()) {
      client.switchTo(next, state);
    }
  }

  private void broadcast(Delivery delivery) {
    metrics.published(delivery);
    EncodedDelivery encoded = EncodedDelivery.of(delivery);
    for (ClientConnection client : clients.values()) {
      client.deliver(encoded);
    }
  }

  private void stream(WsConfig ws) {
    ws.onConnect(
        ctx -> {
          // registered with no switch in between, so a client never misses one
          ClientConnection client =
              feed instanceof SwitchableFeed switchable
                  ? switchable.withCurrent(current -> connected(ctx, current))
                  : connected(ctx, feed);
          client.start(ctx.sessionId());
        });
    ws.onMessage(
        ctx -> {
          ClientConnection client = clients.get(ctx.sessionId());
          if (client != null) {
            requests.handle(client, ctx.message());
          }
        });
    ws.onClose(ctx -> disconnected(ctx));
    ws.onError(ctx -> disconnected(ctx));
  }

  private ClientConnection connected(WsContext ctx, RunFeed current) {
    OptionalLong resume = resumeParameter(ctx, current);
    ClientConnection client =
        new ClientConnection(ctx.session, current, config, metrics, resume.orElse(-1));
    clients.put(ctx.sessionId(), client);
    return client;
  }

  private void disconnected(WsContext ctx) {
    ClientConnection client = clients.remove(ctx.sessionId());
    if (client != null) {
      client.close();
    }
  }

  /**
   * Returns the {@code last_seq} query parameter of a client resuming {@code current}, if any. A
   * seq past the run's last event, or a {@code run_id} parameter naming another run, was seen in
   * another run: that client starts afresh with initial_state.
   */
  private static OptionalLong resumeParameter(WsContext ctx, RunFeed current) {
    String value = ctx.queryParam("last_seq");
    String runId = ctx.queryParam("run_id");
    if (value == null || (runId != null && !runId.equals(current.runId()))) {
      return OptionalLong.empty();
    }
    try {
      long seq = Long.parseLong(value);
      return seq < 0 || seq > current.lastSeq() ? OptionalLong.empty() : OptionalLong.of(seq);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private void health(Context ctx) {
    ctx.json(
        Map.of(
            "status", "ok",
            "run_id", feed.runId(),
            "last_seq", feed.lastSeq(),
            "clients", clients.size()));
  }

  private void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }
}
