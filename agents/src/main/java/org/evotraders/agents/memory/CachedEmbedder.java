package org.evotraders.agents.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers every vector it has computed in this process, so that a situation shared by the six
 * agents, or recalled and then remembered on the same day, is embedded once.
 */
final class CachedEmbedder implements SituationEmbedder {

  private final SituationEmbedder embedder;
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

  CachedEmbedder(SituationEmbedder embedder) {
    this.embedder = embedder;
  }

  @Override
  public float[] embed(String text) {
    // a copy, so a caller that scales its vector cannot change what the next caller gets
    return vectors.computeIfAbsent(text, embedder::embed).clone();
  }
}
