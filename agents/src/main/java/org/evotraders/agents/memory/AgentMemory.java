package org.evotraders.agents.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.evotraders.agents.memory.MemoryEntry.Outcome;

/**
 * One agent's long-term memory in one run: each day's situation and view, then the day's outcome,
 * recalled on later days by similarity of situations. It lives in {@code memory.jsonl} in the
 * agent's folder, where each call appends one line: {@code remembered} (with the situation's
 * embedding, so a resumed run re-embeds nothing) or {@code settled}. The last line of a date wins,
 * and repeating a call with the same values writes nothing, so a resumed day can replay its calls.
 */
public final class AgentMemory {

  static final String FILE_NAME = "memory.jsonl";

  private final String agentId;
  private final Journal journal;
  private final SituationEmbedder embedder;
  private final NavigableMap<LocalDate, MemoryEntry> entries;

  private AgentMemory(
      String agentId,
      Journal journal,
      SituationEmbedder embedder,
      NavigableMap<LocalDate, MemoryEntry> entries) {
    this.agentId = agentId;
    this.journal = journal;
    this.embedder = embedder;
    this.entries = entries;
  }

  /** Opens the memory of {@code agentId} in its {@code folder}, reading what it already holds. */
  static AgentMemory open(String agentId, Path folder, SituationEmbedder embedder) {
    Journal.Opened opened = Journal.open(folder.resolve(FILE_NAME));
    NavigableMap<LocalDate, MemoryEntry> entries = new TreeMap<>();
    for (JsonNode line : opened.lines()) {
      fold(entries, line, opened.journal().file());
    }
    return new AgentMemory(agentId, opened.journal(), embedder, entries);
  }

  /**
   * Records what the agent saw and thought on {@code date}, replacing an earlier version of that
   * date; a replaced day is unsettled until {@link #settle} is called again.
   */
  public synchronized void remember(LocalDate date, String situation, String view) {
    Objects.requireNonNull(date, "the date of a memory");
    requireText(situation, "situation", date);
    requireText(view, "view", date);
    MemoryEntry existing = entries.get(date);
    if (existing != null
        && existing.situation().equals(situation)
        && existing.view().equals(view)) {
      return;
    }
    UnitVector vector = UnitVector.of(embedder.embed(situation));
    ObjectNode line = Journal.newLine().put("type", "remembered").put("date", date.toString());
    line.put("situation", situation).put("view", view).put("embedding", vector.toBase64());
    journal.append(line);
    entries.put(date, new MemoryEntry(date, situation, view, vector, null));
  }

  /**
   * Records the outcome of {@code date}, remembered before, with a score from 0.0 (wrong, a loss)
   * to 1.0 (right, a profit).
   */
  public synchronized void settle(LocalDate date, String outcome, double score) {
    requireText(outcome, "outcome", date);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException(
          "the score of %s on %s must be 0.0-1.0, was %s".formatted(agentId, date, score));
    }
    MemoryEntry entry = entries.get(date);
    if (entry == null) {
      throw new IllegalStateException(
          "%s has no memory of %s to settle: call remember(%s, ...) first"
              .formatted(agentId, date, date));
    }
    Outcome settlement = new Outcome(outcome, score);
    if (settlement.equals(entry.outcome())) {
      return;
    }
    ObjectNode line = Journal.newLine().put("type", "settled").put("date", date.toString());
    line.put("outcome", outcome).put("score", score);
    journal.append(line);
    entries.put(date, entry.settledAs(settlement));
  }

  /**
   * Returns up to {@code k} settled days before {@code today} whose situations are most similar to
   * {@code situation} (cosine similarity), most similar first; of equally similar days the newest
   * comes first. Days on or after today and days without an outcome are never returned, so nothing
   * from the future leaks into today's prompts.
   */
  public synchronized List<Recollection> recall(LocalDate today, String situation, int k) {
    if (k < 0) {
      throw new IllegalArgumentException("cannot recall " + k + " memories; ask for 0 or more");
    }
    NavigableMap<LocalDate, MemoryEntry> past = entries.headMap(today, false).descendingMap();
    if (k == 0 || past.values().stream().noneMatch(MemoryEntry::settled)) {
      return List.of();
    }
    UnitVector query = UnitVector.of(embedder.embed(situation));
    MemoryEntry[] best = new MemoryEntry[k];
    float[] bestSimilarity = new float[k];
    int found = 0;
    for (MemoryEntry entry : past.values()) {
      if (!entry.settled()) {
        continue;
      }
      float similarity = query.dot(requireDimensions(entry, query));
      // newest first: an equally similar older day ranks after the days already kept
      int at = found;
      while (at > 0 && bestSimilarity[at - 1] < similarity) {
        at--;
      }
      if (at == k) {
        continue;
      }
      int moved = Math.min(found, k - 1) - at;
      System.arraycopy(best, at, best, at + 1, moved);
      System.arraycopy(bestSimilarity, at, bestSimilarity, at + 1, moved);
      best[at] = entry;
      bestSimilarity[at] = similarity;
      found = Math.min(found + 1, k);
    }
    List<Recollection> recollections = new ArrayList<>(found);
    for (int i = 0; i < found; i++) {
      MemoryEntry entry = best[i];
      recollections.add(
          new Recollection(
              entry.date(),
              bestSimilarity[i],
              entry.situation(),
              entry.view(),
              entry.outcome().text(),
              entry.outcome().score()));
    }
    return recollections;
  }

  public String agentId() {
    return agentId;
  }

  private UnitVector requireDimensions(MemoryEntry entry, UnitVector query) {
    if (entry.vector().dimensions() != query.dimensions()) {
      throw new IllegalStateException(
          ("%s: the memory of %s has %d dimensions but the embedder gives %d;"
                  + " resume the run with the embedder it started with")
              .formatted(
                  journal.file(), entry.date(), entry.vector().dimensions(), query.dimensions()));
    }
    return entry.vector();
  }

  private void requireText(String text, String what, LocalDate date) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "the %s of %s's memory of %s is empty".formatted(what, agentId, date));
    }
  }

  private static void fold(Map<LocalDate, MemoryEntry> entries, JsonNode line, Path file) {
    LocalDate date = LocalDate.parse(line.path("date").asText());
    switch (line.path("type").asText()) {
      case "remembered" ->
          entries.put(
              date,
              new MemoryEntry(
                  date,
                  line.path("situation").asText(),
                  line.path("view").asText(),
                  UnitVector.fromBase64(line.path("embedding").asText()),
                  null));
      case "settled" -> {
        MemoryEntry entry = entries.get(date);
        if (entry == null) {
          throw new IllegalStateException(
              "%s settles %s before remembering it; the file is damaged".formatted(file, date));
        }
        Outcome outcome = new Outcome(line.path("outcome").asText(), line.path("score").asDouble());
        entries.put(date, entry.settledAs(outcome));
      }
      default ->
          throw new IllegalStateException(
              "%s has a line of unknown type '%s' for %s; the file is damaged"
                  .formatted(file, line.path("type").asText(), date));
    }
  }
}
