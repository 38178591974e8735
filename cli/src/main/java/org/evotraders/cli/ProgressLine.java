package org.evotraders.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.evotraders.pipeline.cycle.DayProgress;

/**
 * A one-line progress bar on stderr: day, date, NAV and return, redrawn in place on a terminal and
 * printed every few percent otherwise (so logs of CI runs stay short).
 */
final class ProgressLine {

  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal = System.console() != null;
  private int lastPercentPrinted = -1;

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  void show(DayProgress p) {
    int percent = p.total() == 0 ? 100 : 100 * p.done() / p.total();
    int filled = WIDTH * percent / 100;
    String line =
        String.format(
            Locale.ROOT,
            "[%s%s] day %d/%d %s  NAV %,.2f (%+.2f%%)",
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            p.done(),
            p.total(),
            p.date(),
            p.nav(),
            p.returnPercent());
    if (terminal) {
      err.print("\r" + line);
      err.flush();
    } else if (percent / 10 != lastPercentPrinted / 10 || p.done() == p.total()) {
      err.println(line);
      err.flush();
      lastPercentPrinted = percent;
    }
  }

  void finish() {
    if (terminal) {
      err.println();
    }
    err.flush();
  }
}
