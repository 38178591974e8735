package org.evotraders.pipeline.live;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.core.market.TradingSession;

/**
 * Finnhub's {@code /quote} on a local port, answering {c, h, l, o, pc, t} at the run clock's time.
 * A ticker starts each session at its base price and rises by 0.01 a minute until the close, so a
 * price can be worked out by hand from the instant: before the open it is the base, after the close
 * the base plus 0.01 per minute of the session. A quote can be withheld (price 0) to test waiting.
 */
final class LocalQuoteServer implements AutoCloseable {

  static final Map<String, Double> BASE = Map.of("AAPL", 200.0, "MSFT", 400.0, "SPY", 500.0);

  private final HttpServer server;
  private final RunClock clock;
  private final BiPredicate<String, Instant> withheld;
  private final AtomicInteger requests = new AtomicInteger();

  /**
   * @param withheld which (ticker, instant) get a quote with price 0, as Finnhub sends before data
   */
  LocalQuoteServer(RunClock clock, BiPredicate<String, Instant> withheld) {
    this.clock = clock;
    this.withheld = withheld;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/quote",
        exchange -> {
          requests.incrementAndGet();
          String symbol = exchange.getRequestURI().getQuery().replaceFirst(".*symbol=", "");
          byte[] body = quote(symbol, clock.now()).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  int requests() {
    return requests.get();
  }

  /** Returns the price of {@code ticker} at {@code instant} by the rule above. */
  static double price(String ticker, Instant instant) {
    double base = BASE.get(ticker);
    var session =
        TradingCalendar.nyse().session(instant.atZone(TradingCalendar.NEW_YORK).toLocalDate());
    if (session.isEmpty() || instant.isBefore(session.get().open().toInstant())) {
      return base;
    }
    TradingSession s = session.get();
    Instant until = instant.isBefore(s.close().toInstant()) ? instant : s.close().toInstant();
    return base + 0.01 * Duration.between(s.open().toInstant(), until).toNanos() / 60e9;
  }

  private String quote(String symbol, Instant now) {
    double base = BASE.get(symbol);
    double price = withheld.test(symbol, now) ? 0 : price(symbol, now);
    return String.format(
        Locale.ROOT,
        "{\"c\":%s,\"h\":%s,\"l\":%s,\"o\":%s,\"pc\":%s,\"t\":%d}",
        price,
        Math.max(price, base),
        base,
        base,
        base - 1,
        now.getEpochSecond());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
