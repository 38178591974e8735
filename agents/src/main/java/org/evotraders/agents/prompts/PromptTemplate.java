package org.evotraders.agents.prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A prompt with {@code {{name}}} placeholders. The text is split once into literal parts and names,
 * so rendering a template every day costs one pass over its parts.
 */
public final class PromptTemplate {

  private final String origin;
  private final List<String> literals = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  /**
   * @param origin where the text comes from (a file path), named in errors
   */
  public PromptTemplate(String origin, String text) {
    this.origin = origin;
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      if (open < 0) {
        literals.add(text.substring(at));
        return;
      }
      int close = text.indexOf("}}", open);
      if (close < 0) {
        throw new IllegalArgumentException(
            origin + ": '{{' at offset " + open + " is never closed");
      }
      literals.add(text.substring(at, open));
      names.add(text.substring(open + 2, close).strip());
      at = close + 2;
    }
  }

  /** Returns the placeholder names, in order of appearance. */
  public List<String> names() {
    return List.copyOf(names);
  }

  /**
   * Returns the text with each placeholder replaced; a value missing from {@code values} fails.
   * Runs of blank lines, which empty values leave (no memories, no reflection), shrink to one.
   */
  public String render(Map<String, String> values) {
    StringBuilder out = new StringBuilder(256);
    for (int i = 0; i < names.size(); i++) {
      out.append(literals.get(i));
      String value = values.get(names.get(i));
      if (value == null) {
        throw new IllegalArgumentException(
            origin
                + " uses {{"
                + names.get(i)
                + "}}, which this prompt does not provide; known: "
                + values.keySet());
      }
      out.append(value);
    }
    return withSingleBlankLines(out.append(literals.getLast())).strip();
  }

  /**
   * Returns {@code text} with every run of two or more blank lines (lines of only spaces and tabs)
   * shrunk to one empty line. One pass by hand that copies whole lines: a regex over each whole
   * prompt was a fifth of an offline run.
   */
  static String withSingleBlankLines(CharSequence sequence) {
    String text = sequence.toString();
    int length = text.length();
    StringBuilder out = new StringBuilder(length);
    int at = 0;
    while (at < length) {
      int newline = text.indexOf('\n', at);
      if (newline < 0) {
        out.append(text, at, length);
        break;
      }
      out.append(text, at, newline);
      int newlines = 1;
      int runEnd = newline + 1;
      int scan = runEnd;
      while (true) {
        while (scan < length && (text.charAt(scan) == ' ' || text.charAt(scan) == '\t')) {
          scan++;
        }
        if (scan >= length || text.charAt(scan) != '\n') {
          break;
        }
        newlines++;
        runEnd = ++scan;
      }
      if (newlines >= 3) {
        out.append("\n\n");
        at = runEnd;
      } else {
        out.append('\n');
        at = newline + 1;
      }
    }
    return out.toString();
  }
}
