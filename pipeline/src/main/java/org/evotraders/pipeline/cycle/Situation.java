package org.evotraders.pipeline.cycle;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evotraders.analysis.ToolResult;
import org.evotraders.analysis.technical.Figures;

/**
 * The text an agent's memory embeds to find similar days: what its tools said of each ticker, with
 * their scores. Dates stay out of the similarity on purpose: a day is similar for what the market
 * looked like, not for when it was.
 */
final class Situation {

  private Situation() {}

  static String of(Map<String, List<ToolResult>> tools) {
    StringBuilder out = new StringBuilder();
    tools.forEach(
        (ticker, results) -> {
          out.append(ticker).append(':');
          for (ToolResult r : results) {
            if (r.available()) {
              out.append(' ')
                  .append(r.tool().replace("analyze_", "").replace("_analysis", ""))
                  .append(' ')
                  .append(r.signal().name().toLowerCase(Locale.ROOT))
                  .append(' ');
              Figures.appendSigned(out, r.score(), 2);
            }
          }
          out.append("; ");
        });
    return out.toString().strip();
  }
}
