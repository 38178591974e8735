package org.evotraders.data.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evotraders.core.market.Bar;
import org.evotraders.core.marketdata.InsiderTrade;

/**
 * The Form 4 filings of one synthetic company's insiders: on about one session in forty an officer
 * or director trades. Sales are the most common, grants (no price) come next, and purchases are
 * rare unless the stock fell over the past month, when insiders buy the dip. A trade is filed two
 * business days later, the SEC deadline.
 */
final class InsiderActivity {

  private static final double TRADE_CHANCE_PER_SESSION = 0.025;
  private static final List<String> FIRST_NAMES =
      List.of(
          "Maria", "James", "Wei", "Priya", "Robert", "Aisha", "Thomas", "Elena", "David", "Sofia",
          "Kenji", "Laura", "Michael", "Fatima", "Daniel", "Grace");
  private static final List<String> LAST_NAMES =
      List.of(
          "Chen",
          "Garcia",
          "Okafor",
          "Schmidt",
          "Patel",
          "Johnson",
          "Rossi",
          "Nakamura",
          "Williams",
          "Dubois",
          "Kowalski",
          "Haddad",
          "Larsen",
          "Moreau",
          "Silva",
          "Brennan");
  private static final List<String> TITLES =
      List.of(
          "Chief Executive Officer",
          "Chief Financial Officer",
          "Chief Operating Officer",
          "General Counsel",
          "EVP, Sales",
          "Director",
          "Director",
          "Director");

  private final long seed;
  private final String ticker;
  private final PricePath path;

  InsiderActivity(long seed, String ticker, PricePath path) {
    this.seed = seed;
    this.ticker = ticker;
    this.path = path;
  }

  /** Returns the trades filed in {@code [from, to]}, newest filing first. */
  List<InsiderTrade> filedBetween(LocalDate from, LocalDate to) {
    var trades = new ArrayList<InsiderTrade>();
    // Two business days after a Thursday session is the Monday, four calendar days on.
    for (Bar session : path.between(from.minusDays(4), to)) {
      var draws = RandomDraws.of(seed, "insider-trade", ticker, session.date().toEpochDay());
      if (draws.chance(TRADE_CHANCE_PER_SESSION)) {
        InsiderTrade trade = trade(session, draws);
        if (!trade.filingDate().isBefore(from) && !trade.filingDate().isAfter(to)) {
          trades.add(trade);
        }
      }
    }
    trades.sort(
        Comparator.comparing(InsiderTrade::filingDate)
            .thenComparing(InsiderTrade::transactionDate)
            .reversed());
    return List.copyOf(trades);
  }

  private InsiderTrade trade(Bar session, RandomDraws draws) {
    // Each company has eight insiders; who trades is drawn among them.
    int insider = (int) (draws.uniform() * TITLES.size());
    var names = RandomDraws.of(0, "insider-name", ticker, insider);
    String name = names.pick(FIRST_NAMES) + " " + names.pick(LAST_NAMES);
    String title = TITLES.get(insider);
    LocalDate filed = businessDaysAfter(session.date(), 2);
    List<Double> month = path.closesBefore(session.date(), 21);
    double monthReturn = month.isEmpty() ? 0 : session.close() / month.getFirst() - 1;
    double buyChance = monthReturn < -0.08 ? 0.5 : 0.12;
    double kind = draws.uniform();
    if (kind < 0.25) {
      double shares = Math.round(draws.logBetween(1_000, 60_000));
      return new InsiderTrade(
          ticker,
          name,
          title,
          title.equals("Director"),
          session.date(),
          filed,
          shares,
          null,
          null,
          "Restricted Stock Units");
    }
    double price =
        Math.clamp(session.close() * (1 + 0.005 * draws.gaussian()), session.low(), session.high());
    boolean purchase = kind < 0.25 + 0.75 * buyChance;
    double shares =
        Math.round(purchase ? draws.logBetween(500, 25_000) : -draws.logBetween(500, 120_000));
    return new InsiderTrade(
        ticker,
        name,
        title,
        title.equals("Director"),
        session.date(),
        filed,
        shares,
        price,
        shares * price,
        "Common Stock");
  }

  private static LocalDate businessDaysAfter(LocalDate date, int days) {
    LocalDate result = date;
    for (int left = days; left > 0; ) {
      result = result.plusDays(1);
      if (SessionSchedule.isWeekday(result)) {
        left--;
      }
    }
    return result;
  }
}
