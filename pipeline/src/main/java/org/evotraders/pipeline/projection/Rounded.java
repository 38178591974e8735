package org.evotraders.pipeline.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The precision the original's dashboard files used: money to cents, weights and rates to 4. */
final class Rounded {

  private Rounded() {}

  static double cents(double value) {
    return places(value, 2);
  }

  static double fourPlaces(double value) {
    return places(value, 4);
  }

  private static double places(double value, int places) {
    if (!Double.isFinite(value)) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }
}
