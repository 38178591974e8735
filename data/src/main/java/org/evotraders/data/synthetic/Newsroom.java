package org.evotraders.data.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evotraders.core.marketdata.NewsArticle;
import org.evotraders.core.marketdata.PointInTimeMarketData;

/**
 * The headlines about one synthetic ticker. About one article a weekday (more after a big move, a
 * few at weekends), published between 06:00 and 20:00 New York. The tone leans with the return of
 * the five sessions before the publication day: after a rally most headlines are positive, after a
 * slide negative, and about four in ten are neutral whatever happened.
 */
final class Newsroom {

  private final long seed;
  private final String ticker;
  private final TickerProfile profile;
  private final PricePath path;
  private final LocalDate first;
  private final LocalDate last;
  // Point-in-time views ask for the same days again and again as the decision time moves on.
  private final Map<LocalDate, List<NewsArticle>> written = new ConcurrentHashMap<>();

  Newsroom(
      long seed,
      String ticker,
      TickerProfile profile,
      PricePath path,
      LocalDate first,
      LocalDate last) {
    this.seed = seed;
    this.ticker = ticker;
    this.profile = profile;
    this.path = path;
    this.first = first;
    this.last = last;
  }

  /** Returns the articles published on New York dates {@code [from, to]}, newest first. */
  List<NewsArticle> publishedBetween(LocalDate from, LocalDate to) {
    var articles = new ArrayList<NewsArticle>();
    LocalDate end = to.isAfter(last) ? last : to;
    for (LocalDate day = from.isBefore(first) ? first : from;
        !day.isAfter(end);
        day = day.plusDays(1)) {
      articles.addAll(written.computeIfAbsent(day, this::publishedOn));
    }
    articles.sort(Comparator.comparing(NewsArticle::published).reversed());
    return List.copyOf(articles);
  }

  private List<NewsArticle> publishedOn(LocalDate day) {
    var draws = RandomDraws.of(seed, "news", ticker, day.toEpochDay());
    double surprise = recentSurprise(day);
    double mean = SessionSchedule.isWeekday(day) ? 0.9 + 0.5 * Math.abs(surprise) : 0.3;
    int count = poisson(mean, draws);
    double lean = 0.25 * Math.tanh(surprise / 1.5);
    var articles = new ArrayList<NewsArticle>(count);
    for (int i = 0; i < count; i++) {
      double tone = draws.uniform();
      HeadlineBank bank =
          tone < 0.3 + lean
              ? HeadlineBank.POSITIVE
              : tone < 0.6 ? HeadlineBank.NEGATIVE : HeadlineBank.NEUTRAL;
      int minute = 6 * 60 + (int) (draws.uniform() * 14 * 60);
      articles.add(
          new NewsArticle(
              ticker,
              day.atTime(minute / 60, minute % 60)
                  .atZone(PointInTimeMarketData.NEW_YORK)
                  .toInstant(),
              bank.write(ticker, draws),
              draws.pick(HeadlineBank.SOURCES),
              "https://news.synthetic.invalid/%s/%s/%d"
                  .formatted(ticker.toLowerCase(Locale.ROOT), day, i + 1),
              draws.pick(HeadlineBank.AUTHORS)));
    }
    return articles;
  }

  /** Returns the five-session return before {@code day} in standard deviations of such returns. */
  private double recentSurprise(LocalDate day) {
    List<Double> closes = path.closesBefore(day, 6);
    if (closes.size() < 2) {
      return 0;
    }
    double logReturn = Math.log(closes.getLast() / closes.getFirst());
    double deviation = profile.annualVolatility() * Math.sqrt((closes.size() - 1) / 252.0);
    return logReturn / deviation;
  }

  private static int poisson(double mean, RandomDraws draws) {
    // Knuth's method: fine for the small means used here.
    double limit = Math.exp(-mean);
    double product = draws.uniform();
    int count = 0;
    while (product > limit) {
      count++;
      product *= draws.uniform();
    }
    return count;
  }
}
