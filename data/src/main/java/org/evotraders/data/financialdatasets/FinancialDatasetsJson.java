package org.evotraders.data.financialdatasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.evotraders.core.market.Bar;
import org.evotraders.core.market.Quote;
import org.evotraders.core.marketdata.FinancialMetrics;
import org.evotraders.core.marketdata.InsiderTrade;
import org.evotraders.core.marketdata.LineItems;
import org.evotraders.core.marketdata.NewsArticle;

/** Reads financialdatasets.ai response bodies into the port's records. */
final class FinancialDatasetsJson {

  /** Prices are stamped at midnight New York; the bar's session is that New York date. */
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** Fields of a metrics or line-item record that describe it rather than measure it. */
  private static final Set<String> DESCRIPTIVE_FIELDS =
      Set.of("ticker", "report_period", "fiscal_period", "period", "currency", "calendar_date");

  private final ObjectMapper mapper = new ObjectMapper();

  List<Bar> bars(String body, String ticker) throws IOException {
    List<Bar> bars = new ArrayList<>();
    for (JsonNode price : array(body, "prices")) {
      LocalDate session = Instant.parse(price.path("time").asText()).atZone(NEW_YORK).toLocalDate();
      bars.add(
          new Bar(
              ticker,
              session,
              price.path("open").asDouble(),
              price.path("high").asDouble(),
              price.path("low").asDouble(),
              price.path("close").asDouble(),
              price.path("volume").asLong()));
    }
    return bars;
  }

  List<FinancialMetrics> financialMetrics(String body) throws IOException {
    List<FinancialMetrics> metrics = new ArrayList<>();
    for (JsonNode record : array(body, "financial_metrics")) {
      LocalDate period = LocalDate.parse(record.path("report_period").asText());
      metrics.add(
          new FinancialMetrics(
              record.path("ticker").asText(),
              period,
              record.path("period").asText(),
              filed(record, period),
              measures(record)));
    }
    return metrics;
  }

  List<LineItems> lineItems(String body) throws IOException {
    List<LineItems> items = new ArrayList<>();
    for (JsonNode record : array(body, "search_results")) {
      LocalDate period = LocalDate.parse(record.path("report_period").asText());
      items.add(
          new LineItems(
              record.path("ticker").asText(),
              period,
              record.path("period").asText(),
              filed(record, period),
              measures(record)));
    }
    return items;
  }

  List<InsiderTrade> insiderTrades(String body) throws IOException {
    List<InsiderTrade> trades = new ArrayList<>();
    for (JsonNode trade : array(body, "insider_trades")) {
      trades.add(
          new InsiderTrade(
              trade.path("ticker").asText(),
              text(trade, "name"),
              text(trade, "title"),
              trade.path("is_board_director").asBoolean(false),
              date(trade, "transaction_date"),
              date(trade, "filing_date"),
              trade.path("transaction_shares").asDouble(0),
              number(trade, "transaction_price_per_share"),
              number(trade, "transaction_value"),
              text(trade, "security_title")));
    }
    return trades;
  }

  List<NewsArticle> news(String body) throws IOException {
    List<NewsArticle> news = new ArrayList<>();
    for (JsonNode article : array(body, "news")) {
      news.add(
          new NewsArticle(
              article.path("ticker").asText(),
              Instant.parse(article.path("date").asText()),
              text(article, "title"),
              text(article, "source"),
              text(article, "url"),
              text(article, "author")));
    }
    return news;
  }

  OptionalDouble companyMarketCap(String body) throws IOException {
    Double cap = number(mapper.readTree(body).path("company_facts"), "market_cap");
    return cap == null ? OptionalDouble.empty() : OptionalDouble.of(cap);
  }

  /**
   * Reads {@code /prices/snapshot/} in the format of financialdatasets.ai's "Price Snapshot
   * (Real-Time)" documentation (docs.financialdatasets.ai, api/prices/snapshot): {@code
   * {"snapshot": {ticker, price, day_change, day_change_percent, market_cap, time,
   * time_milliseconds}}}, the fields of each item of its market snapshot. A snapshot without a
   * positive price is empty. The quote is stamped {@code time_milliseconds}, or {@code time}
   * (ISO-8601) when that is missing.
   */
  Optional<Quote> snapshot(String body, String ticker) throws IOException {
    JsonNode snapshot = mapper.readTree(body).path("snapshot");
    Double price = number(snapshot, "price");
    if (price == null || !(price > 0)) {
      return Optional.empty();
    }
    Double change = number(snapshot, "day_change");
    return Optional.of(
        new Quote(
            ticker,
            snapshotTime(snapshot, ticker),
            price,
            0,
            0,
            0,
            change == null ? Double.NaN : price - change));
  }

  private static Instant snapshotTime(JsonNode snapshot, String ticker) throws IOException {
    JsonNode millis = snapshot.path("time_milliseconds");
    if (millis.isNumber()) {
      return Instant.ofEpochMilli(millis.asLong());
    }
    String time = text(snapshot, "time");
    try {
      return Instant.parse(time == null ? "" : time);
    } catch (DateTimeParseException e) {
      throw new IOException(
          "the snapshot of " + ticker + " has no time_milliseconds and no ISO time: " + time, e);
    }
  }

  /** Returns the search body {tickers, line_items, end_date, period, limit}. */
  String lineItemSearch(
      String ticker, List<String> items, LocalDate end, String period, int limit) {
    ObjectNode search = mapper.createObjectNode();
    search.putArray("tickers").add(ticker);
    items.forEach(search.putArray("line_items")::add);
    search.put("end_date", end.toString());
    search.put("period", period);
    search.put("limit", limit);
    return search.toString();
  }

  private JsonNode array(String body, String field) throws IOException {
    JsonNode node = mapper.readTree(body).path(field);
    if (!node.isArray()) {
      throw new IOException("expected an array '" + field + "'");
    }
    return node;
  }

  private static LocalDate filed(JsonNode record, LocalDate period) {
    return PublicationLag.filed(
        period, record.path("period").asText(), text(record, "fiscal_period"));
  }

  private static Map<String, Double> measures(JsonNode record) {
    Map<String, Double> values = new HashMap<>();
    record
        .properties()
        .forEach(
            field -> {
              if (field.getValue().isNumber() && !DESCRIPTIVE_FIELDS.contains(field.getKey())) {
                values.put(field.getKey(), field.getValue().asDouble());
              }
            });
    return values;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? null : value.asText();
  }

  private static Double number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() ? value.asDouble() : null;
  }

  private static LocalDate date(JsonNode node, String field) {
    String value = text(node, field);
    // Filing dates sometimes carry a time ("2024-03-01T00:00:00"); the date part is what counts.
    return value == null
        ? null
        : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
  }
}
