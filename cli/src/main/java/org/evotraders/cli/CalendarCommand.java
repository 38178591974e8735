package org.evotraders.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.evotraders.core.market.TradingCalendar;
import org.evotraders.core.market.TradingSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the exchange's sessions in a date range, with open and close times in New York. */
@Command(
    name = "calendar",
    description =
        "List NYSE sessions with open/close times (America/New_York); early closes marked.")
final class CalendarCommand implements Runnable {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", required = true, description = "First day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", required = true, description = "Last day (YYYY-MM-DD).")
  LocalDate to;

  @Override
  public void run() {
    List<TradingSession> sessions = TradingCalendar.nyse().sessions(from, to);
    PrintWriter out = spec.commandLine().getOut();
    out.println("date        day  open   close  (America/New_York)");
    for (TradingSession s : sessions) {
      out.printf(
          "%s  %s  %s  %s%s%n",
          s.date(),
          s.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
          TIME.format(s.open()),
          TIME.format(s.close()),
          s.earlyClose() ? "  early close" : "");
    }
    out.printf("%d sessions from %s to %s%n", sessions.size(), from, to);
  }
}
