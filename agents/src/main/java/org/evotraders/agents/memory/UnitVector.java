package org.evotraders.agents.memory;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * An embedding scaled to length one, so that cosine similarity is a plain dot product. It is stored
 * as base64 of little-endian 32-bit floats: exact on reading back, and half the size of decimal
 * text.
 */
record UnitVector(float[] components) {

  /** Returns {@code raw} scaled to length one; a zero vector stays zero and matches nothing. */
  static UnitVector of(float[] raw) {
    double sumOfSquares = 0;
    for (float x : raw) {
      sumOfSquares += (double) x * x;
    }
    float[] scaled = raw.clone();
    if (sumOfSquares > 0) {
      float inverse = (float) (1 / Math.sqrt(sumOfSquares));
      for (int i = 0; i < scaled.length; i++) {
        scaled[i] *= inverse;
      }
    }
    return new UnitVector(scaled);
  }

  /** Returns the vector stored as {@code base64} by {@link #toBase64()}. */
  static UnitVector fromBase64(String base64) {
    ByteBuffer bytes =
        ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
    float[] components = new float[bytes.remaining() / Float.BYTES];
    bytes.asFloatBuffer().get(components);
    return new UnitVector(components);
  }

  String toBase64() {
    ByteBuffer bytes =
        ByteBuffer.allocate(components.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(components);
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  int dimensions() {
    return components.length;
  }

  /** Returns the cosine similarity with {@code other}, which has the same dimensions. */
  float dot(UnitVector other) {
    float[] a = components;
    float[] b = other.components;
    // four running sums break the chain of dependent additions, about four times faster over a
    // few thousand memories; the fixed order keeps results identical from run to run
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (; i + 3 < a.length; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    for (; i < a.length; i++) {
      s0 += a[i] * b[i];
    }
    return (s0 + s1) + (s2 + s3);
  }
}
