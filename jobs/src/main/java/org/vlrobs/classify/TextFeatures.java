package org.vlrobs.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms of a text for the supervised model: folded, stemmed content words (stop words of all
 * languages dropped, so one model serves every language) and the bigrams between them.
 */
public final class TextFeatures {
  private TextFeatures() {}

  public static List<String> terms(String text) {
    return termsOf(TermFolding.tokens(text, null));
  }

  /** {@link #terms} from the text's tokens in all languages ({@code TermFolding.tokens(text, null)}). */
  public static List<String> termsOf(List<String> tokens) {
    List<String> terms = new ArrayList<>(tokens.size() * 2);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).length() >= 3) {
        terms.add(tokens.get(i));
      }
      if (i + 1 < tokens.size()) {
        terms.add(tokens.get(i) + " " + tokens.get(i + 1));
      }
    }
    return terms;
  }

  /** Term counts of a text. */
  public static Map<String, Integer> counts(String text) {
    return countsOf(TermFolding.tokens(text, null));
  }

  /** {@link #counts} from the text's tokens in all languages. */
  public static Map<String, Integer> countsOf(List<String> tokens) {
    Map<String, Integer> c = new HashMap<>();
    for (String t : termsOf(tokens)) {
      c.merge(t, 1, Integer::sum);
    }
    return c;
  }
}
