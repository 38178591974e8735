package org.evotraders.core.baselines;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evotraders.core.market.Bar;

/** Builds one session's bars from ticker, open, close triples for baseline tests. */
final class Sessions {

  private Sessions() {}

  /** Returns bars keyed by ticker; {@code quotes} repeats ticker, open, close. */
  static Map<String, Bar> bars(LocalDate session, Object... quotes) {
    Map<String, Bar> bars = new LinkedHashMap<>();
    for (int i = 0; i < quotes.length; i += 3) {
      String ticker = (String) quotes[i];
      double open = ((Number) quotes[i + 1]).doubleValue();
      double close = ((Number) quotes[i + 2]).doubleValue();
      bars.put(
          ticker,
          new Bar(
              ticker, session, open, Math.max(open, close), Math.min(open, close), close, 1000));
    }
    return bars;
  }
}
