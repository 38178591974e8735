package org.evotraders.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.evotraders.gateway.feed.Delivery;
import org.evotraders.gateway.feed.RunFeed;
import org.evotraders.gateway.feed.Snapshot;
import org.evotraders.pipeline.runs.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected client: a bounded queue of what it is owed, drained by its own virtual thread that
 * hands the socket everything queued (up to a batch) and waits once for it to leave. Published
 * events arrive already encoded ({@link EncodedDelivery}), so the bytes of an event are made once
 * for all clients. Events reach it in sequence order with no gap and no repeat: it remembers the
 * last seq sent ({@code cursor}) and fills any hole from the feed. A client whose queue overflows
 * is told the seq to resume from and closed.
 */
final class ClientConnection {

  private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
  private static final int CATCH_UP_BATCH = 256;

  /** The most queued items sent before waiting for the socket to take them. */
  private static final int SEND_BATCH = 256;

  /** WebSocket close code 1013, "try again later": the client may reconnect and resume. */
  private static final int TRY_AGAIN_LATER = 1013;

  private static final int INTERNAL_ERROR = 1011;

  /** What the sending thread works through, in order. */
  private sealed interface Outgoing {}

  private record Events(EncodedDelivery delivery) implements Outgoing {}

  private record Reply(ObjectNode message) implements Outgoing {}

  private record Resume(long lastSeq) implements Outgoing {}

  private record State() implements Outgoing {}

  /** The gateway now serves another run: its seqs start again. */
  private record Switched(RunFeed feed, Snapshot state) implements Outgoing {}

  private final Session session;
  private final FrameSender frames;
  // Owned by the sending thread once it runs: the run this client is sent.
  private RunFeed feed;
  private final GatewayConfig config;
  private final GatewayMetrics metrics;
  private final BlockingQueue<Outgoing> queue;
  private final long resumeFrom;
  private volatile boolean lagging;
  private volatile boolean closed;
  private Thread sender;
  // Owned by the sending thread: the last event seq sent, and below it the seq up to which the
  // client is covered by a state or its own resume rather than by events sent here.
  private long cursor;
  private long floor;
  // Whether frames were handed to the socket since the last flush, and the last seq whose frames
  // it confirmed written.
  private boolean pending;
  private long confirmed;

  /** A client of {@code feed}; {@code resumeFrom} is its last seq, or -1 for a new client. */
  ClientConnection(
      Session session,
      RunFeed feed,
      GatewayConfig config,
      GatewayMetrics metrics,
      long resumeFrom) {
    this.session = session;
    this.frames = new FrameSender(session);
    this.feed = feed;
    this.config = config;
    this.metrics = metrics;
    this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
    this.resumeFrom = resumeFrom;
  }

  /** Starts the sending thread: initial_state (or the events after the resume seq) first. */
  void start(String name) {
    sender = Thread.ofVirtual().name("ws-" + name).start(this::drain);
  }

  /** Queues an event for the client; never blocks. */
  void deliver(EncodedDelivery delivery) {
    enqueue(new Events(delivery));
  }

  /** Queues a reply; its {@code seq} is filled in when it is sent. */
  void reply(ObjectNode message) {
    enqueue(new Reply(message));
  }

  void resume(long lastSeq) {
    enqueue(new Resume(lastSeq));
  }

  void sendState() {
    enqueue(new State());
  }

  /**
   * Queues a switch to another run: the client gets {@code state}, that run's state when the switch
   * was made, then the run's events after it, so one that starts playing at once (a replay) is seen
   * from its first event however late this client's thread takes the switch.
   */
  void switchTo(RunFeed next, Snapshot state) {
    enqueue(new Switched(next, state));
  }

  int queued() {
    return queue.size();
  }

  /** Stops sending; the socket is already closing or closed. */
  void close() {
    closed = true;
    if (sender != null) {
      sender.interrupt();
    }
  }

  private void enqueue(Outgoing item) {
    if (closed || lagging) {
      return;
    }
    if (!queue.offer(item)) {
      lagging = true;
      queue.clear();
      sender.interrupt();
    }
  }

  private void drain() {
    try {
      if (resumeFrom >= 0) {
        cursor = resumeFrom;
        floor = resumeFrom;
      } else {
        sendState(feed.snapshot());
      }
      catchUp(feed.lastSeq());
      flush();
      while (!closed) {
        Outgoing item = queue.take();
        for (int n = 0; item != null && n < SEND_BATCH; n++) {
          handle(item);
          item = n + 1 < SEND_BATCH ? queue.poll() : null;
        }
        flush();
      }
    } catch (InterruptedException | RuntimeException e) {
      if (lagging && !closed) {
        drop();
      } else if (e instanceof ClientGone || closed) {
        LOG.debug("client {} gone: {}", session.getRemoteSocketAddress(), e.getMessage());
      } else {
        LOG.warn("stopped sending to client {}", session.getRemoteSocketAddress(), e);
        session.close(INTERNAL_ERROR, "gateway error", Callback.NOOP);
      }
    }
  }

  private void handle(Outgoing item) throws InterruptedException {
    switch (item) {
      case Events events -> send(events.delivery());
      case Reply reply -> sendReply(reply.message());
      case Resume resume -> resumeAt(resume.lastSeq());
      case State state -> sendState(feed.snapshot());
      case Switched switched -> {
        feed = switched.feed();
        cursor = 0;
        floor = 0;
        sendState(switched.state());
        catchUp(feed.lastSeq());
      }
    }
  }

  private void send(EncodedDelivery delivery) throws InterruptedException {
    if (delivery.seq() <= cursor) {
      return;
    }
    catchUp(delivery.seq() - 1);
    delivery.frames().forEach(this::sendFrame);
    cursor = delivery.seq();
  }

  /** Sends the published events after the cursor up to {@code upTo}. */
  private void catchUp(long upTo) throws InterruptedException {
    while (cursor < upTo) {
      List<Delivery> batch = feed.after(cursor, CATCH_UP_BATCH);
      if (batch.isEmpty()) {
        return;
      }
      for (Delivery delivery : batch) {
        if (delivery.seq() > upTo) {
          return;
        }
        send(EncodedDelivery.of(delivery));
      }
      flush();
    }
  }

  /**
   * Serves {@code resume}: a seq past what was sent moves the cursor there; one below the state
   * this connection started from gets the events between it and that state.
   */
  private void resumeAt(long lastSeq) throws InterruptedException {
    if (lastSeq > feed.lastSeq()) {
      sendReply(
          GatewayReplies.error(
              "bad_request",
              "resume last_seq %d is past the run's last event %d: resume from a seq you received"
                  .formatted(lastSeq, feed.lastSeq())));
      return;
    }
    if (lastSeq >= cursor) {
      cursor = lastSeq;
      floor = lastSeq;
      catchUp(feed.lastSeq());
      return;
    }
    long upTo = floor;
    long sent = lastSeq;
    while (sent < upTo) {
      List<Delivery> batch = feed.after(sent, CATCH_UP_BATCH);
      for (Delivery delivery : batch) {
        if (delivery.seq() > upTo) {
          break;
        }
        EncodedDelivery.of(delivery).frames().forEach(this::sendFrame);
        sent = delivery.seq();
      }
      flush();
      if (batch.isEmpty()) {
        break;
      }
    }
    floor = Math.min(floor, lastSeq);
  }

  /** Sends initial_state; the events it covers are not sent after it. */
  private void sendState(Snapshot snapshot) throws InterruptedException {
    ObjectNode message = EventCodec.JSON.createObjectNode().put("type", "initial_state");
    message.set("state", snapshot.state());
    message.put("seq", snapshot.seq());
    message.put("timestamp", Instant.now().toString());
    sendFrame(EncodedDelivery.utf8(text(message)));
    cursor = Math.max(cursor, snapshot.seq());
    floor = Math.max(floor, snapshot.seq());
  }

  private void sendReply(ObjectNode message) throws InterruptedException {
    message.put("seq", cursor);
    if (!message.has("timestamp")) {
      message.put("timestamp", Instant.now().toString());
    }
    sendFrame(EncodedDelivery.utf8(text(message)));
  }

  /** Hands a frame to the socket without waiting; {@link #flush} writes and waits. */
  private void sendFrame(ByteBuffer utf8) {
    frames.send(utf8);
    pending = true;
    metrics.messageSent();
  }

  /** Writes every frame handed to the socket and waits until it has taken them. */
  private void flush() throws InterruptedException {
    if (pending) {
      try {
        frames.flush();
      } catch (ExecutionException e) {
        throw new ClientGone(e.getCause());
      }
      pending = false;
    }
    confirmed = cursor;
  }

  /** Tells a client that fell too far behind where to resume, then closes it. */
  private void drop() {
    Thread.interrupted();
    metrics.clientDropped();
    ObjectNode notice = EventCodec.JSON.createObjectNode().put("type", "client_lagging");
    notice.put(
        "message",
        "this client fell more than %d deliveries behind the run and is disconnected; reconnect and send resume with the last seq you received"
            .formatted(config.queueCapacity()));
    notice.put("resume_from", confirmed);
    notice.put("seq", confirmed);
    notice.put("timestamp", Instant.now().toString());
    LOG.info("dropping client {}: behind at seq {}", session.getRemoteSocketAddress(), confirmed);
    session.sendText(text(notice), Callback.NOOP);
    Callback.Completable closing = new Callback.Completable();
    session.close(TRY_AGAIN_LATER, "too far behind; resume from " + confirmed, closing);
    try {
      closing.get(config.dropGrace().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      session.disconnect();
    }
  }

  private static String text(ObjectNode message) {
    try {
      return EventCodec.JSON.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write message " + message.get("type"), e);
    }
  }

  /** The socket failed under a send: the client is gone. */
  private static final class ClientGone extends RuntimeException {
    ClientGone(Throwable cause) {
      super(cause == null ? "send failed" : cause.getMessage(), cause);
    }
  }
}
