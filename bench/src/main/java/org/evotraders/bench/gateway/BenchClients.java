package org.evotraders.bench.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebSocket clients that note, for each event seq, when its first message arrived (nanoTime). A
 * message's seq is read from its text without parsing the whole JSON, so the clients cost little
 * beside the gateway they measure.
 */
final class BenchClients implements AutoCloseable {

  private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
  private static final Pattern TYPE = Pattern.compile("^\\{\"type\":\"([a-z_]+)\"");

  private final List<Client> clients = new ArrayList<>();
  private final long lastSeq;

  /** Connects {@code count} clients to the gateway on {@code port}, expecting seqs 1..lastSeq. */
  BenchClients(int port, int count, long lastSeq) {
    this.lastSeq = lastSeq;
    HttpClient http = HttpClient.newHttpClient();
    List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Client client = new Client(lastSeq);
      clients.add(client);
      opening.add(
          http.newWebSocketBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .buildAsync(URI.create("ws://127.0.0.1:" + port + "/"), client));
    }
    opening.forEach(CompletableFuture::join);
  }

  /** Waits until every client has its initial_state. */
  void awaitInitialState(Duration timeout) throws InterruptedException {
    for (Client client : clients) {
      if (!client.initialState.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("a client got no initial_state in " + timeout);
      }
    }
  }

  /** Waits until every client has the last event, or the timeout passes. */
  boolean awaitLastEvent(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Client client : clients) {
      long left = deadline - System.nanoTime();
      if (!client.finished.await(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
        return false;
      }
    }
    return true;
  }

  /** Returns every (client, event) delivery latency in nanoseconds, sorted. */
  long[] latencies(long[] published) {
    long[] all = new long[(int) (clients.size() * lastSeq)];
    int n = 0;
    for (Client client : clients) {
      for (int seq = 1; seq <= lastSeq; seq++) {
        long received = client.received[seq];
        if (received != 0 && published[seq] != 0) {
          all[n++] = received - published[seq];
        }
      }
    }
    long[] sorted = Arrays.copyOf(all, n);
    Arrays.sort(sorted);
    return sorted;
  }

  /** Returns how many (client, event) pairs never arrived. */
  long lost() {
    long lost = 0;
    for (Client client : clients) {
      for (int seq = 1; seq <= lastSeq; seq++) {
        if (client.received[seq] == 0) {
          lost++;
        }
      }
    }
    return lost;
  }

  @Override
  public void close() {
    clients.forEach(c -> c.socket.abort());
  }

  private static final class Client implements WebSocket.Listener {
    final long[] received;
    final CountDownLatch initialState = new CountDownLatch(1);
    final CountDownLatch finished = new CountDownLatch(1);
    private final long lastSeq;
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    Client(long lastSeq) {
      this.lastSeq = lastSeq;
      this.received = new long[(int) lastSeq + 1];
    }

    @Override
    public void onOpen(WebSocket webSocket) {
      socket = webSocket;
      webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      long now = System.nanoTime();
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        Matcher type = TYPE.matcher(text);
        if (type.find() && type.group(1).equals("initial_state")) {
          initialState.countDown();
        } else {
          Matcher seq = SEQ.matcher(text);
          // the seq is the last field of an event's message; search from the end
          int from = Math.max(0, text.length() - 120);
          if (seq.find(from) || seq.find(0)) {
            int s = Integer.parseInt(seq.group(1));
            if (s > 0 && s <= lastSeq && received[s] == 0) {
              received[s] = now;
              if (s == lastSeq) {
                finished.countDown();
              }
            }
          }
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
