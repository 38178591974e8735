package org.evotraders.data.synthetic;

import java.util.List;

/**
 * Templates and words synthetic headlines are written from, by tone. In a template {@code {T}} is
 * the ticker, {@code {up}}/{@code {down}} a verb of the move (third person singular), {@code
 * {good}}/{@code {bad}}/{@code {event}} a reason, {@code {firm}} a broker and {@code {n}} a small
 * number.
 */
enum HeadlineBank {
  POSITIVE(
      List.of(
          "{T} {up} after {good}",
          "{T} stock {up} as investors cheer {good}",
          "{firm} upgrades {T} to Buy, citing {good}",
          "Why {T} stock {up} today",
          "{T} hits {n}-week high on {good}",
          "{T} rally extends as analysts point to {good}",
          "Bulls pile into {T} on {good}",
          "{firm} raises {T} price target after {good}")),
  NEGATIVE(
      List.of(
          "{T} {down} after {bad}",
          "{T} stock {down} as investors weigh {bad}",
          "{firm} downgrades {T} to Sell, citing {bad}",
          "Why {T} stock {down} today",
          "{T} falls to {n}-week low amid {bad}",
          "{T} slump deepens on {bad}",
          "Is it time to sell {T}? Analysts flag {bad}",
          "{firm} cuts {T} price target on {bad}")),
  NEUTRAL(
      List.of(
          "{T} to present at {firm} technology conference",
          "{T} announces {event}",
          "What to watch as {T} heads into earnings season",
          "{T} stock: {n} things investors should know this week",
          "{firm} reiterates Hold on {T}",
          "{T} files quarterly report with the SEC",
          "How {T} compares with its peers after {event}",
          "{T} sets date for {event}"));

  static final List<String> UP =
      List.of("rises", "climbs", "jumps", "rallies", "surges", "gains", "advances", "soars");
  static final List<String> DOWN =
      List.of("falls", "slides", "drops", "tumbles", "sinks", "slips", "retreats", "plunges");
  static final List<String> GOOD =
      List.of(
          "strong quarterly results",
          "raised full-year guidance",
          "record revenue",
          "a new product launch",
          "a major contract win",
          "margin expansion",
          "a bigger buyback plan",
          "robust demand",
          "an upbeat investor day",
          "a strategic partnership");
  static final List<String> BAD =
      List.of(
          "weak guidance",
          "a regulatory probe",
          "supply chain disruptions",
          "slowing demand",
          "an earnings miss",
          "margin pressure",
          "an executive departure",
          "rising costs",
          "a product recall",
          "lost market share");
  static final List<String> EVENTS =
      List.of(
          "a quarterly dividend",
          "a board appointment",
          "its annual shareholder meeting",
          "a leadership transition",
          "a new share repurchase authorisation",
          "an investor day",
          "an updated sustainability report",
          "a debt offering");
  static final List<String> FIRMS =
      List.of(
          "Goldman Sachs",
          "Morgan Stanley",
          "JPMorgan",
          "Barclays",
          "UBS",
          "Jefferies",
          "Bernstein",
          "Evercore ISI",
          "Wedbush",
          "Piper Sandler");
  static final List<String> SOURCES =
      List.of(
          "Benzinga", "Investing.com", "MarketWatch", "Seeking Alpha", "The Motley Fool", "Zacks");
  static final List<String> AUTHORS =
      List.of(
          "Staff Writer",
          "Alex Morgan",
          "Jordan Lee",
          "Sam Patel",
          "Chris Novak",
          "Taylor Brooks",
          "Jamie Ortiz",
          "Robin Kim");

  private final List<String> templates;

  HeadlineBank(List<String> templates) {
    this.templates = templates;
  }

  /** Writes one headline about {@code ticker} from these templates and the shared word lists. */
  String write(String ticker, RandomDraws draws) {
    return draws
        .pick(templates)
        .replace("{T}", ticker)
        .replace("{up}", draws.pick(UP))
        .replace("{down}", draws.pick(DOWN))
        .replace("{good}", draws.pick(GOOD))
        .replace("{bad}", draws.pick(BAD))
        .replace("{event}", draws.pick(EVENTS))
        .replace("{firm}", draws.pick(FIRMS))
        .replace("{n}", Integer.toString(2 + (int) (draws.uniform() * 50)));
  }
}
