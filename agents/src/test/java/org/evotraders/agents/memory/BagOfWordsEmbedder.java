package org.evotraders.agents.memory;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast stand-in for the sentence model: counts each lower-cased word in a slot chosen by its
 * hash, so texts sharing words are similar (two four-word texts sharing three words: 3 / (2 * 2) =
 * 0.75) and texts sharing none are not. It counts its calls, so tests can tell when something was
 * embedded.
 */
final class BagOfWordsEmbedder implements SituationEmbedder {

  private static final int DIMENSIONS = 256;

  private final AtomicInteger calls = new AtomicInteger();

  @Override
  public float[] embed(String text) {
    calls.incrementAndGet();
    float[] vector = new float[DIMENSIONS];
    for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (!word.isEmpty()) {
        vector[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
      }
    }
    return vector;
  }

  int calls() {
    return calls.get();
  }
}
