package org.evotraders.pipeline.report;

/**
 * Escapes text for HTML and SVG, in element content and in quoted attributes alike, so that a
 * ticker or agent id such as {@code <script>} prints as text and never becomes markup.
 */
final class Markup {

  private Markup() {}

  /** Returns {@code text} with &amp;, &lt;, &gt;, &quot; and &#39; replaced by entities. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
