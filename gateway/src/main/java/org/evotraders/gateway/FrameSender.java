package org.evotraders.gateway;

import java.nio.ByteBuffer;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * Writes one client's text frames: frames are batched in the socket's output buffer and written
 * together at {@link #flush}, so a burst of events costs a few socket writes rather than one per
 * frame. It uses Jetty's core session because the API session writes each frame on its own and
 * takes only text, which it encodes again for every client.
 */
final class FrameSender {

  private final CoreSession socket;

  FrameSender(Session session) {
    if (!(session instanceof WebSocketSession jetty)) {
      throw new IllegalArgumentException(
          "a gateway client needs Jetty's WebSocket session, not " + session.getClass().getName());
    }
    this.socket = jetty.getCoreSession();
  }

  /** Queues a text frame whose UTF-8 bytes are {@code utf8}; the buffer itself is not consumed. */
  void send(ByteBuffer utf8) {
    socket.sendFrame(new Frame(OpCode.TEXT, true, utf8.slice()), Callback.NOOP, true);
  }

  /**
   * Writes every queued frame and waits until the socket has taken them.
   *
   * @throws ExecutionException when the socket failed: the client is gone
   */
  void flush() throws InterruptedException, ExecutionException {
    FutureCallback written = new FutureCallback();
    socket.flush(written);
    written.get();
  }
}
