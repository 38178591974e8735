package org.evotraders.data.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A reproducible stream of random numbers for one (seed, purpose, ticker, index) key, so each day
 * of each ticker draws the same numbers whatever order the market is queried in.
 *
 * <p>The generator is SplitMix64 and the normal draws are Box-Muller, written out here so the
 * synthetic market stays identical across JDK versions.
 */
final class RandomDraws {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  private RandomDraws(long state) {
    this.state = state;
  }

  /** Returns the draws for one key; {@code index} is usually an epoch day or a quarter number. */
  static RandomDraws of(long seed, String purpose, String ticker, long index) {
    long key = mix(seed + GOLDEN_GAMMA);
    key = mix(key ^ textHash(purpose));
    key = mix(key ^ textHash(ticker));
    return new RandomDraws(mix(key ^ index));
  }

  /** Returns a uniform draw in [0, 1). */
  double uniform() {
    state += GOLDEN_GAMMA;
    return (mix(state) >>> 11) * 0x1.0p-53;
  }

  /** Returns a uniform draw in [low, high). */
  double between(double low, double high) {
    return low + (high - low) * uniform();
  }

  /** Returns a draw whose logarithm is uniform, for quantities spread over orders of magnitude. */
  double logBetween(double low, double high) {
    return Math.exp(between(Math.log(low), Math.log(high)));
  }

  /** Returns a standard normal draw. */
  double gaussian() {
    double radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    return radius * Math.cos(2 * Math.PI * uniform());
  }

  /**
   * Returns a Student-t draw with 4 degrees of freedom scaled to unit variance (the t4 variance is
   * 4 / (4 - 2) = 2). Its tails are far fatter than the normal's, like daily stock returns.
   */
  double studentT() {
    // A chi-square with 4 degrees of freedom is twice a Gamma(2, 1), i.e. -2 ln(U1 U2).
    double chiSquare = -2 * Math.log((1 - uniform()) * (1 - uniform()));
    return gaussian() / Math.sqrt(chiSquare / 4) / Math.sqrt(2);
  }

  /** Returns true with probability {@code p}. */
  boolean chance(double p) {
    return uniform() < p;
  }

  /** Returns one element, each equally likely. */
  <T> T pick(List<T> choices) {
    return choices.get((int) (uniform() * choices.size()));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long textHash(String text) {
    // FNV-1a over UTF-8: stable across JVMs, unlike identity hashes.
    long hash = 0xCBF29CE484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xFF)) * 0x100000001B3L;
    }
    return hash;
  }
}
