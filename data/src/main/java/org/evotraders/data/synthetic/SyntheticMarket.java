package org.evotraders.data.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.evotraders.core.market.Bar;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.marketdata.LineItems;
import org.evotraders.core.marketdata.MarketData;
import org.evotraders.core.marketdata.NewsArticle;

/**
 * The offline market of the mock mode: a {@link MarketData} whose prices, fundamentals, insider
 * trades and news are simulated from a seed. The same seed gives the same market, whatever is asked
 * first; another seed gives another market.
 *
 * <p>Prices follow a one-factor model with fat tails (see {@link TickerProfile}); bars exist only
 * on sessions of the given calendar, from the first date on. Every ticker reports trailing
 * twelve-month figures each quarter, filed 40 days after the quarter ends; valuation ratios use the
 * simulated close on the report period, and {@link #marketCap} is shares outstanding times the last
 * close. Reports start two years before the first date so that growth figures exist from it on;
 * news and insider trades start with the first session. Nothing is simulated after 150 years.
 * Tickers outside the universe are unknown: their lists are empty.
 */
public final class SyntheticMarket implements MarketData {

  /** The universe when none is given: large US stocks the analysts are usually asked about. */
  public static final List<String> DEFAULT_TICKERS =
      List.of("AAPL", "MSFT", "NVDA", "GOOGL", "AMZN", "META", "TSLA", "JPM", "XOM", "BRK-B");

  /** The first date when none is given. */
  public static final LocalDate DEFAULT_FIRST_DATE = LocalDate.of(2000, 1, 3);

  private final long seed;
  private final LocalDate firstDate;
  private final Map<String, SimulatedCompany> companies;

  private SyntheticMarket(Builder builder) {
    this.seed = builder.seed;
    this.firstDate = builder.first;
    LocalDate horizon = builder.first.plusYears(150);
    var schedule = new SessionSchedule(builder.isSession, builder.first, horizon);
    var companies = new LinkedHashMap<String, SimulatedCompany>();
    builder.profiles.forEach(
        (ticker, profile) -> {
          var company = CompanyProfile.defaultFor(ticker, profile.startPrice());
          var prices = new PricePath(seed, ticker, profile, company.baseVolume(), schedule);
          companies.put(
              ticker,
              new SimulatedCompany(
                  profile,
                  prices,
                  new QuarterlyReports(
                      seed, ticker, company, profile, prices, builder.first.minusYears(2), horizon),
                  new InsiderActivity(seed, ticker, prices),
                  new Newsroom(seed, ticker, profile, prices, builder.first, horizon)));
        });
    this.companies = Map.copyOf(companies);
  }

  /** Returns a market of the default tickers on weekdays from {@link #DEFAULT_FIRST_DATE}. */
  public static SyntheticMarket withSeed(long seed) {
    return builder(seed).build();
  }

  /** Starts configuring a market simulated from {@code seed}. */
  public static Builder builder(long seed) {
    return new Builder(seed);
  }

  public long seed() {
    return seed;
  }

  /** Returns the tickers of the universe, in alphabetical order. */
  public SortedSet<String> tickers() {
    return new TreeSet<>(companies.keySet());
  }

  /** Returns how a ticker's price moves, or throws if it is not in the universe. */
  public TickerProfile profile(String ticker) {
    SimulatedCompany company = companies.get(normalized(ticker));
    if (company == null) {
      throw new IllegalArgumentException(
          "'" + ticker + "' is not in the synthetic universe " + tickers());
    }
    return company.profile();
  }

  @Override
  public List<Bar> bars(String ticker, LocalDate from, LocalDate to) {
    SimulatedCompany company = companies.get(normalized(ticker));
    return company == null ? List.of() : company.prices().between(from, to);
  }

  @Override
  public List<FinancialMetrics> financialMetrics(
      String ticker, LocalDate reportPeriodTo, int limit) {
    String key = normalized(ticker);
    SimulatedCompany company = companies.get(key);
    if (company == null) {
      return List.of();
    }
    List<QuarterlyReport> reports = company.reports().through(reportPeriodTo);
    var metrics = new ArrayList<FinancialMetrics>();
    for (int i = reports.size() - 1; i >= 0 && metrics.size() < limit; i--) {
      QuarterlyReport report = reports.get(i);
      QuarterlyReport yearAgo = i >= 4 ? reports.get(i - 4) : null;
      double price = company.reports().priceAt(report.reportPeriod());
      metrics.add(
          new FinancialMetrics(
              key,
              report.reportPeriod(),
              "ttm",
              report.filed(),
              FinancialRatios.of(report, yearAgo, price)));
    }
    return List.copyOf(metrics);
  }

  /** Returns the requested items that the synthetic reports hold; other names are absent. */
  @Override
  public List<LineItems> lineItems(
      String ticker, List<String> items, LocalDate reportPeriodTo, int limit) {
    String key = normalized(ticker);
    SimulatedCompany company = companies.get(key);
    if (company == null) {
      return List.of();
    }
    List<QuarterlyReport> reports = company.reports().through(reportPeriodTo);
    var result = new ArrayList<LineItems>();
    for (int i = reports.size() - 1; i >= 0 && result.size() < limit; i--) {
      QuarterlyReport report = reports.get(i);
      var values = new LinkedHashMap<String, Double>();
      for (String item : items) {
        Double value = report.items().get(item);
        if (value != null) {
          values.put(item, value);
        }
      }
      result.add(new LineItems(key, report.reportPeriod(), "ttm", report.filed(), values));
    }
    return List.copyOf(result);
  }

  @Override
  public List<InsiderTrade> insiderTrades(String ticker, LocalDate from, LocalDate to) {
    SimulatedCompany company = companies.get(normalized(ticker));
    if (company == null) {
      return List.of();
    }
    // Nothing is filed before the first session; clamping also keeps date arithmetic in range.
    return company.insiders().filedBetween(from.isBefore(firstDate) ? firstDate : from, to);
  }

  @Override
  public List<NewsArticle> news(String ticker, LocalDate from, LocalDate to) {
    SimulatedCompany company = companies.get(normalized(ticker));
    return company == null ? List.of() : company.newsroom().publishedBetween(from, to);
  }

  @Override
  public OptionalDouble marketCap(String ticker, LocalDate date) {
    SimulatedCompany company = companies.get(normalized(ticker));
    if (company == null) {
      return OptionalDouble.empty();
    }
    double close = company.prices().closeOnOrBefore(date);
    List<QuarterlyReport> reports = company.reports().through(date);
    if (close == 0 || reports.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(close * reports.getLast().get("outstanding_shares"));
  }

  private static String normalized(String ticker) {
    return ticker.trim().toUpperCase(Locale.ROOT);
  }

  /** Configures a {@link SyntheticMarket}; every setting has a default. */
  public static final class Builder {

    private final long seed;
    private Predicate<LocalDate> isSession = SessionSchedule::isWeekday;
    private LocalDate first = DEFAULT_FIRST_DATE;
    private final Map<String, TickerProfile> profiles = new LinkedHashMap<>();

    private Builder(long seed) {
      this.seed = seed;
    }

    /** Uses a calendar's session test, e.g. {@code calendar::isSession}; default weekdays. */
    public Builder sessions(Predicate<LocalDate> isSession) {
      this.isSession = isSession;
      return this;
    }

    /** Uses exactly these dates as sessions. */
    public Builder sessions(Collection<LocalDate> sessionDates) {
      Set<LocalDate> dates = Set.copyOf(sessionDates);
      return sessions(dates::contains);
    }

    /** Sets the first date the market can have a session on. */
    public Builder firstDate(LocalDate first) {
      this.first = first;
      return this;
    }

    /** Adds tickers with their default profiles. */
    public Builder tickers(Collection<String> tickers) {
      tickers.forEach(
          t -> profiles.putIfAbsent(normalized(t), TickerProfile.defaultFor(normalized(t))));
      return this;
    }

    /** Adds a ticker with a chosen profile, or replaces the profile of one already added. */
    public Builder ticker(String ticker, TickerProfile profile) {
      profiles.put(normalized(ticker), profile);
      return this;
    }

    public SyntheticMarket build() {
      if (profiles.isEmpty()) {
        tickers(DEFAULT_TICKERS);
      }
      return new SyntheticMarket(this);
    }
  }
}
