package org.evotraders.agents.prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A prompt with {@code {{name}}} placeholders. The text is split once into literal parts and names,
 * so rendering a template every day costs one pass over its parts.
 */
public final class PromptTemplate {

  private static final Pattern BLANK_LINES = Pattern.compile("\n[ \t]*\n(?:[ \t]*\n)+");

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
    return BLANK_LINES.matcher(out.append(literals.getLast())).replaceAll("\n\n").strip();
  }
}
