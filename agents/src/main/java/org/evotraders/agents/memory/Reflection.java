package org.evotraders.agents.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.evotraders.core.signals.Direction;

/**
 * One agent's scored record in one run and the daily note it reads as, which feeds the next day's
 * prompt. No model is called: the note is a pure function of the calls settled before the day it is
 * for, so a resumed run reads the same note. The calls live in {@code reflection.jsonl} in the
 * agent's folder, one line per settled date; the last line of a date wins.
 */
public final class Reflection {

  static final String FILE_NAME = "reflection.jsonl";

  /** How many of the latest scored calls a note looks back on. */
  static final int WINDOW = 20;

  private final String agentId;
  private final Journal journal;
  private final NavigableMap<LocalDate, List<ScoredCall>> days;

  private Reflection(
      String agentId, Journal journal, NavigableMap<LocalDate, List<ScoredCall>> days) {
    this.agentId = agentId;
    this.journal = journal;
    this.days = days;
  }

  /** Opens the record of {@code agentId} in its {@code folder}, reading what it already holds. */
  static Reflection open(String agentId, Path folder) {
    Journal.Opened opened = Journal.open(folder.resolve(FILE_NAME));
    NavigableMap<LocalDate, List<ScoredCall>> days = new TreeMap<>();
    for (JsonNode line : opened.lines()) {
      LocalDate date = LocalDate.parse(line.path("date").asText());
      List<ScoredCall> calls = new ArrayList<>();
      for (JsonNode call : line.path("calls")) {
        calls.add(
            new ScoredCall(
                date,
                call.path("ticker").asText(),
                Direction.valueOf(call.path("direction").asText()),
                call.path("return").asDouble()));
      }
      days.put(date, List.copyOf(calls));
    }
    return new Reflection(agentId, opened.journal(), days);
  }

  /**
   * Records the calls settled on {@code date}, all dated {@code date} and at most one per ticker,
   * replacing an earlier version of that date; recording the same calls again writes nothing.
   */
  public synchronized void record(LocalDate date, List<ScoredCall> calls) {
    List<ScoredCall> sorted =
        calls.stream().sorted(Comparator.comparing(ScoredCall::ticker)).toList();
    for (int i = 0; i < sorted.size(); i++) {
      ScoredCall call = sorted.get(i);
      if (!call.date().equals(date)) {
        throw new IllegalArgumentException(
            "%s's call on %s is dated %s, not the settled day %s"
                .formatted(agentId, call.ticker(), call.date(), date));
      }
      if (i > 0 && sorted.get(i - 1).ticker().equals(call.ticker())) {
        throw new IllegalArgumentException(
            "%s has two calls on %s for %s; record one per ticker"
                .formatted(agentId, call.ticker(), date));
      }
    }
    if (sorted.equals(days.getOrDefault(date, List.of()))) {
      return;
    }
    ObjectNode line = Journal.newLine().put("date", date.toString());
    ArrayNode array = line.putArray("calls");
    for (ScoredCall call : sorted) {
      array
          .addObject()
          .put("ticker", call.ticker())
          .put("direction", call.direction().name())
          .put("return", call.openToCloseReturn());
    }
    journal.append(line);
    days.put(date, sorted);
  }

  /**
   * Returns the note for {@code today}'s prompt, from the latest {@value #WINDOW} calls settled
   * before today, or empty when none was.
   */
  public synchronized Optional<String> note(LocalDate today) {
    List<ScoredCall> window = new ArrayList<>(WINDOW);
    for (List<ScoredCall> day : days.headMap(today, false).descendingMap().values()) {
      for (int i = day.size() - 1; i >= 0 && window.size() < WINDOW; i--) {
        window.add(day.get(i));
      }
      if (window.size() == WINDOW) {
        break;
      }
    }
    if (window.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TrackRecord(window.reversed()).note());
  }

  public String agentId() {
    return agentId;
  }
}
