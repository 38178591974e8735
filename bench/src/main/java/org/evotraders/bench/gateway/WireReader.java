package org.evotraders.bench.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * One bench client's side of a WebSocket (RFC 6455): the upgrade handshake, then unmasked server
 * frames parsed from the raw bytes. It notes when each event's message arrived, reading the event's
 * {@code "seq":N} (the last field of an event message) straight from the bytes, and whether the
 * message began as initial_state.
 */
final class WireReader {

  private static final byte[] SEQ = "\"seq\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] INITIAL_STATE =
      "{\"type\":\"initial_state\"".getBytes(StandardCharsets.US_ASCII);
  private static final int TEXT = 1;
  private static final int CONTINUATION = 0;
  private static final int CLOSE = 8;

  final long[] received;
  final CountDownLatch initialState = new CountDownLatch(1);
  final CountDownLatch finished = new CountDownLatch(1);
  private final long lastSeq;
  private ByteBuffer buffer = ByteBuffer.allocate(256 * 1024);
  private boolean inInitialState;

  private WireReader(long lastSeq) {
    this.lastSeq = lastSeq;
    this.received = new long[(int) lastSeq + 1];
  }

  /** Upgrades the connected {@code channel} (blocking) and returns its reader. */
  static WireReader upgrade(SocketChannel channel, int port, long lastSeq) throws IOException {
    String request =
        "GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                .formatted(port)
            + "Sec-WebSocket-Key: ZXZvdHJhZGVycy1iZW5jaA==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
    WireReader client = new WireReader(lastSeq);
    ByteBuffer in = client.buffer;
    int headerEnd;
    while ((headerEnd = headerEnd(in)) < 0) {
      if (channel.read(in) < 0) {
        throw new IOException("the gateway closed the connection during the upgrade");
      }
    }
    String status = new String(in.array(), 0, Math.min(headerEnd, 12), StandardCharsets.US_ASCII);
    if (!status.equals("HTTP/1.1 101")) {
      throw new IOException("the gateway refused the upgrade: " + status);
    }
    // bytes after the response header are already frames
    in.flip().position(headerEnd);
    in.compact();
    client.parse(System.nanoTime());
    return client;
  }

  /** Reads what the socket has and notes the messages in it; false once the connection ended. */
  boolean readFrom(SocketChannel channel, long now) throws IOException {
    if (!buffer.hasRemaining()) {
      buffer = ByteBuffer.allocate(buffer.capacity() * 2).put(buffer.flip());
    }
    int read = channel.read(buffer);
    if (read < 0) {
      return false;
    }
    return parse(now);
  }

  /** Consumes every whole frame in the buffer; false after a close frame. */
  private boolean parse(long now) {
    buffer.flip();
    boolean open = true;
    while (open && buffer.remaining() >= 2) {
      int start = buffer.position();
      int first = buffer.get(start) & 0xff;
      int second = buffer.get(start + 1) & 0x7f;
      int header = 2;
      long length = second;
      if (second == 126) {
        header = 4;
        length = buffer.remaining() >= 4 ? buffer.getShort(start + 2) & 0xffff : -1;
      } else if (second == 127) {
        header = 10;
        length = buffer.remaining() >= 10 ? buffer.getLong(start + 2) : -1;
      }
      if (length < 0 || buffer.remaining() < header + length) {
        break;
      }
      open = message(first & 0x0f, (first & 0x80) != 0, start + header, (int) length, now);
      buffer.position(start + header + (int) length);
    }
    buffer.compact();
    return open;
  }

  private boolean message(int opcode, boolean fin, int from, int length, long now) {
    if (opcode == CLOSE) {
      return false;
    }
    if (opcode == TEXT) {
      inInitialState = startsWith(from, length, INITIAL_STATE);
    } else if (opcode != CONTINUATION) {
      return true;
    }
    if (!fin) {
      return true;
    }
    if (inInitialState) {
      initialState.countDown();
      return true;
    }
    long seq = seqIn(from, length);
    if (seq > 0 && seq <= lastSeq && received[(int) seq] == 0) {
      received[(int) seq] = now;
      if (seq == lastSeq) {
        finished.countDown();
      }
    }
    return true;
  }

  /**
   * Returns the seq of the message ending at {@code from + length}: searched near its end first.
   */
  private long seqIn(int from, int length) {
    int at = indexOf(Math.max(from, from + length - 120), from + length);
    if (at < 0) {
      at = indexOf(from, from + length);
    }
    if (at < 0) {
      return -1;
    }
    long seq = 0;
    for (int i = at + SEQ.length; i < from + length; i++) {
      byte b = buffer.get(i);
      if (b < '0' || b > '9') {
        break;
      }
      seq = seq * 10 + (b - '0');
    }
    return seq;
  }

  private int indexOf(int from, int to) {
    for (int i = from; i + SEQ.length <= to; i++) {
      if (startsWith(i, to - i, SEQ)) {
        return i;
      }
    }
    return -1;
  }

  private boolean startsWith(int from, int length, byte[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (buffer.get(from + i) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int headerEnd(ByteBuffer in) {
    byte[] bytes = in.array();
    for (int i = 3; i < in.position(); i++) {
      if (bytes[i - 3] == '\r'
          && bytes[i - 2] == '\n'
          && bytes[i - 1] == '\r'
          && bytes[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }
}
