package org.evotraders.gateway.feed;

import java.util.List;
import org.evotraders.core.event.RecordedEvent;

/**
 * One event as the gateway sends it: the recorded event and its messages, each already a JSON text
 * frame carrying {@code seq}, rendered once for every client.
 */
public record Delivery(RecordedEvent event, List<String> frames) {

  public Delivery {
    frames = List.copyOf(frames);
  }

  public long seq() {
    return event.seq();
  }
}
