package org.evotraders.analysis.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The finance headline lexicon: weighted terms (words and phrases), negators, intensifiers and the
 * words after which a term is ignored (the "from buy" of "cut to hold from buy"). It is read from a
 * text resource so it can be reviewed and changed without touching code; the format is described at
 * the top of {@code finance-lexicon.txt}.
 *
 * <p>Every phrase is stored as the stems of its words (see {@link HeadlineTokens}).
 */
record HeadlineLexicon(
    Map<List<String>, Double> terms,
    Set<List<String>> negators,
    Map<String, Double> intensifiers,
    Set<String> ignoredAfter,
    int longestPhrase) {

  /** The resource next to this class holding our lexicon. */
  static final String RESOURCE = "finance-lexicon.txt";

  /** Returns the lexicon parsed from the resource {@code name} next to this class. */
  static HeadlineLexicon load(String name) {
    try (InputStream in = HeadlineLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "lexicon resource " + name + " is missing next to " + HeadlineLexicon.class.getName());
      }
      return parse(
          name,
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon resource " + name, e);
    }
  }

  static HeadlineLexicon parse(String name, List<String> lines) {
    Map<List<String>, Double> terms = new HashMap<>();
    Set<List<String>> negators = new HashSet<>();
    Map<String, Double> intensifiers = new HashMap<>();
    Set<String> ignoredAfter = new HashSet<>();
    String section = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String where = name + " line " + (i + 1);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1);
        continue;
      }
      if (section == null) {
        throw new IllegalStateException(where + ": entry before any [section]");
      }
      switch (section) {
        case "terms" -> put(terms, phrase(rest(line, where), where), weight(line, where), where);
        case "negators" -> negators.add(phrase(line, where));
        case "intensifiers" -> {
          List<String> word = phrase(rest(line, where), where);
          if (word.size() != 1) {
            throw new IllegalStateException(where + ": an intensifier is a single word");
          }
          intensifiers.put(word.getFirst(), weight(line, where));
        }
        case "ignored-after" ->
            ignoredAfter.add(HeadlineTokens.stem(line.toLowerCase(Locale.ROOT)));
        default ->
            throw new IllegalStateException(
                where
                    + ": unknown section ["
                    + section
                    + "]; use terms, negators, intensifiers, ignored-after");
      }
    }
    int longest =
        Stream.concat(terms.keySet().stream(), negators.stream())
            .mapToInt(List::size)
            .max()
            .orElse(1);
    return new HeadlineLexicon(
        Map.copyOf(terms),
        Set.copyOf(negators),
        Map.copyOf(intensifiers),
        Set.copyOf(ignoredAfter),
        longest);
  }

  private static List<String> phrase(String text, String where) {
    List<String> stems = HeadlineTokens.of(text);
    if (stems.isEmpty()) {
      throw new IllegalStateException(
          where + ": '" + text + "' has no words; expected '<weight> <phrase>'");
    }
    return stems;
  }

  private static double weight(String line, String where) {
    String first = line.split("\\s+", 2)[0];
    try {
      return Double.parseDouble(first);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          where + ": expected a weight such as +1.5 first, got '" + first + "'", e);
    }
  }

  private static String rest(String line, String where) {
    String[] parts = line.split("\\s+", 2);
    if (parts.length < 2) {
      throw new IllegalStateException(where + ": expected '<weight> <phrase>', got '" + line + "'");
    }
    return parts[1];
  }

  private static void put(
      Map<List<String>, Double> terms, List<String> phrase, double weight, String where) {
    if (terms.put(phrase, weight) != null) {
      throw new IllegalStateException(
          where + ": phrase " + String.join(" ", phrase) + " is listed twice (as stems)");
    }
  }

  /** Returns the length of the longest negator starting at {@code from}, 0 when none does. */
  int negatorAt(List<String> tokens, int from) {
    for (int length = Math.min(longestPhrase, tokens.size() - from); length > 0; length--) {
      if (negators.contains(tokens.subList(from, from + length))) {
        return length;
      }
    }
    return 0;
  }

  /** Returns the longest term starting at {@code from}, as its stems, or an empty list. */
  List<String> termAt(List<String> tokens, int from) {
    for (int length = Math.min(longestPhrase, tokens.size() - from); length > 0; length--) {
      List<String> candidate = tokens.subList(from, from + length);
      if (terms.containsKey(candidate)) {
        return candidate;
      }
    }
    return List.of();
  }
}
