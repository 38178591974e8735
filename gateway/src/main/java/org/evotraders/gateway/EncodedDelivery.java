package org.evotraders.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.evotraders.gateway.feed.Delivery;

/**
 * A delivery's text frames encoded to UTF-8 once, when it is published, so that every client's
 * socket is handed the same bytes instead of encoding the same text again for each client.
 *
 * @param seq the event's sequence number
 * @param frames each frame's UTF-8 bytes, read-only; a sender reads them through its own slice
 */
record EncodedDelivery(long seq, List<ByteBuffer> frames) {

  EncodedDelivery {
    frames = List.copyOf(frames);
  }

  static EncodedDelivery of(Delivery delivery) {
    return new EncodedDelivery(
        delivery.seq(), delivery.frames().stream().map(EncodedDelivery::utf8).toList());
  }

  /** Returns the UTF-8 bytes of {@code text} as a read-only buffer. */
  static ByteBuffer utf8(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)).asReadOnlyBuffer();
  }
}
