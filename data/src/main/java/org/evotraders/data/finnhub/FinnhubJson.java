package org.evotraders.data.finnhub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.evotraders.core.market.Bar;
import org.evotraders.core.market.Quote;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.marketdata.NewsArticle;

/** Reads Finnhub response bodies (formats of finnhub.io/docs/api) into the port's records. */
final class FinnhubJson {

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Reads {@code /stock/candle}: parallel arrays {c,h,l,o,t,v} and a status s ("ok" or "no_data").
   * Daily candles are stamped at midnight, New York or UTC depending on the data vintage; the UTC
   * date is the session date in both cases, where the New York date of a UTC-midnight stamp would
   * be the day before.
   */
  List<Bar> candles(String body, String ticker) throws IOException {
    JsonNode candles = mapper.readTree(body);
    String status = candles.path("s").asText();
    if ("no_data".equals(status)) {
      return List.of();
    }
    if (!"ok".equals(status)) {
      throw new IOException("candle status is '" + status + "', expected ok or no_data");
    }
    JsonNode t = candles.path("t");
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      bars.add(
          new Bar(
              ticker,
              Instant.ofEpochSecond(t.get(i).asLong()).atZone(ZoneOffset.UTC).toLocalDate(),
              candles.path("o").path(i).asDouble(),
              candles.path("h").path(i).asDouble(),
              candles.path("l").path(i).asDouble(),
              candles.path("c").path(i).asDouble(),
              candles.path("v").path(i).asLong()));
    }
    return bars;
  }

  /**
   * Reads {@code /stock/metric?metric=all} as one trailing-twelve-month record. Its report period
   * is the newest quarter in the {@code series} (today when there is none); it is marked filed on
   * {@code today}, the day it was seen, since Finnhub does not say when the figures came out.
   */
  Optional<FinancialMetrics> basicFinancials(String body, String ticker, LocalDate today)
      throws IOException {
    JsonNode root = mapper.readTree(body);
    Map<String, Double> values = FinnhubMetricNames.translate(root.path("metric"));
    if (values.isEmpty()) {
      return Optional.empty();
    }
    LocalDate period = newestQuarter(root.path("series").path("quarterly")).orElse(today);
    return Optional.of(new FinancialMetrics(ticker, period, "ttm", today, values));
  }

  /** Reads {@code /stock/insider-transactions}: {data:[{name, share, change, ...}], symbol}. */
  List<InsiderTrade> insiderTransactions(String body, String ticker) throws IOException {
    List<InsiderTrade> trades = new ArrayList<>();
    for (JsonNode trade : mapper.readTree(body).path("data")) {
      double change = trade.path("change").asDouble();
      JsonNode price = trade.path("transactionPrice");
      // Grants and option exercises are reported at price 0: no price, no value.
      Double pricePerShare = price.isNumber() && price.asDouble() > 0 ? price.asDouble() : null;
      trades.add(
          new InsiderTrade(
              ticker,
              trade.path("name").asText(),
              null,
              false,
              date(trade.path("transactionDate")),
              date(trade.path("filingDate")),
              change,
              pricePerShare,
              pricePerShare == null ? null : Math.abs(change) * pricePerShare,
              null));
    }
    return trades;
  }

  /** Reads {@code /company-news}: [{datetime, headline, source, url, ...}]. */
  List<NewsArticle> companyNews(String body, String ticker) throws IOException {
    List<NewsArticle> news = new ArrayList<>();
    for (JsonNode article : mapper.readTree(body)) {
      news.add(
          new NewsArticle(
              ticker,
              Instant.ofEpochSecond(article.path("datetime").asLong()),
              article.path("headline").asText(),
              article.path("source").asText(),
              article.path("url").asText(),
              null));
    }
    return news;
  }

  /**
   * Reads {@code /quote}: {c, h, l, o, pc, t}. Finnhub answers an unknown symbol with zeros, which
   * is empty here.
   */
  Optional<Quote> quote(String body, String ticker) throws IOException {
    JsonNode quote = mapper.readTree(body);
    long at = quote.path("t").asLong();
    if (at == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Quote(
            ticker,
            Instant.ofEpochSecond(at),
            quote.path("c").asDouble(),
            quote.path("o").asDouble(),
            quote.path("h").asDouble(),
            quote.path("l").asDouble(),
            quote.path("pc").asDouble()));
  }

  private static Optional<LocalDate> newestQuarter(JsonNode quarterly) {
    return quarterly
        .propertyStream()
        .flatMap(series -> StreamSupport.stream(series.getValue().spliterator(), false))
        .map(point -> point.path("period").asText())
        .filter(period -> period.matches("\\d{4}-\\d{2}-\\d{2}"))
        .map(LocalDate::parse)
        .max(Comparator.naturalOrder());
  }

  private static LocalDate date(JsonNode value) {
    return value.isTextual() && !value.asText().isBlank() ? LocalDate.parse(value.asText()) : null;
  }
}
