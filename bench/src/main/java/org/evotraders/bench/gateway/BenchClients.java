package org.evotraders.bench.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * WebSocket clients that note, for each event seq, when its message arrived (nanoTime). All of them
 * are read by one thread over one selector, and a message's seq is read from its bytes without
 * decoding or parsing it ({@link WireReader}), so the clients take little of the 2-core machine
 * from the gateway they measure. With the JDK's client (a decoded String, a regex and a callback
 * per message, on a thread pool) a full-speed replay to 200 clients took about 40% longer, with the
 * same gateway, and the latency measured was partly the clients'.
 */
final class BenchClients implements AutoCloseable {

  private final List<WireReader> clients = new ArrayList<>();
  private final Selector selector;
  private final Thread reader;
  private final long lastSeq;
  private volatile boolean closed;

  /** Connects {@code count} clients to the gateway on {@code port}, expecting seqs 1..lastSeq. */
  BenchClients(int port, int count, long lastSeq) throws IOException {
    this.lastSeq = lastSeq;
    this.selector = Selector.open();
    for (int i = 0; i < count; i++) {
      SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
      WireReader client = WireReader.upgrade(channel, port, lastSeq);
      channel.configureBlocking(false);
      channel.register(selector, SelectionKey.OP_READ, client);
      clients.add(client);
    }
    reader = Thread.ofPlatform().name("bench-clients").daemon().start(this::read);
  }

  /** Waits until every client has its initial_state. */
  void awaitInitialState(Duration timeout) throws InterruptedException {
    for (WireReader client : clients) {
      if (!client.initialState.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("a client got no initial_state in " + timeout);
      }
    }
  }

  /** Waits until every client has the last event, or the timeout passes. */
  boolean awaitLastEvent(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (WireReader client : clients) {
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
    for (WireReader client : clients) {
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
    for (WireReader client : clients) {
      for (int seq = 1; seq <= lastSeq; seq++) {
        if (client.received[seq] == 0) {
          lost++;
        }
      }
    }
    return lost;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    selector.wakeup();
    try {
      reader.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (SelectionKey key : selector.keys()) {
      key.channel().close();
    }
    selector.close();
  }

  private void read() {
    try {
      while (!closed) {
        selector.select();
        long now = System.nanoTime();
        for (SelectionKey key : selector.selectedKeys()) {
          WireReader client = (WireReader) key.attachment();
          if (!client.readFrom((SocketChannel) key.channel(), now)) {
            key.cancel();
          }
        }
        selector.selectedKeys().clear();
      }
    } catch (IOException e) {
      if (!closed) {
        throw new UncheckedIOException("the bench clients stopped reading", e);
      }
    }
  }
}
