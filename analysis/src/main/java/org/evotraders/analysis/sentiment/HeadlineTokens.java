package org.evotraders.analysis.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a headline into lower-case word stems, the units the lexicon is matched on. Links,
 * cashtags and numbers are dropped, except signed percentages: "+5%" becomes the word "pctup" and
 * "-3.2%" "pctdown", so the lexicon can weigh them; curly apostrophes become straight ones so
 * "doesn’t" matches "doesn't".
 *
 * <p>The stemmer is deliberately crude and applied to the lexicon too, so "beats", "beating" and
 * "beat" meet at "beat", and "raised", "raises", "raise" at "rais". It only has to make the two
 * sides agree, not to produce English.
 */
final class HeadlineTokens {

  private static final Pattern LINK = Pattern.compile("https?://\\S+|www\\.\\S+");
  private static final Pattern CASHTAG = Pattern.compile("\\$[A-Za-z][A-Za-z.]*");
  private static final Pattern PERCENT_UP = Pattern.compile("(?<![\\w.])\\+\\d+(?:\\.\\d+)?%");
  private static final Pattern PERCENT_DOWN = Pattern.compile("(?<![\\w.])-\\d+(?:\\.\\d+)?%");
  private static final Pattern WORD = Pattern.compile("[a-z]+(?:'[a-z]+)?");

  private HeadlineTokens() {}

  /** Returns the stems of the words of {@code text}, in order. */
  static List<String> of(String text) {
    String withoutLinks = CASHTAG.matcher(LINK.matcher(text).replaceAll(" ")).replaceAll(" ");
    String cleaned =
        PERCENT_DOWN
            .matcher(PERCENT_UP.matcher(withoutLinks).replaceAll(" pctup "))
            .replaceAll(" pctdown ")
            .replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .toLowerCase(Locale.ROOT);
    List<String> stems = new ArrayList<>();
    Matcher words = WORD.matcher(cleaned);
    while (words.find()) {
      stems.add(stem(words.group()));
    }
    return stems;
  }

  /** Returns the stem of one lower-case word. */
  static String stem(String word) {
    if (word.length() <= 3) {
      return word;
    }
    String w = word;
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("ing") && w.length() > 5) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && w.length() > 4) {
      w = undouble(w.substring(0, w.length() - 2));
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("e") && w.length() > 3) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  // "cutting" -> "cutt" -> "cut"; "falling" keeps its "ll".
  private static String undouble(String w) {
    int n = w.length();
    if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
