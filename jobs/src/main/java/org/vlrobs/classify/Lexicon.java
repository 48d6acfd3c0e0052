package org.vlrobs.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The multilingual SDG lexicon ({@code models/sdg-lexicon/lexicon.tsv}): folded terms of one to six
 * words, each pointing to a goal with a weight in (0, 1]. Matching folds the text the same way
 * ({@link TermFolding}) and reports every term found, longest first, as evidence.
 */
public final class Lexicon implements Serializable {
  public static final String RESOURCE = "/models/sdg-lexicon/lexicon.tsv";
  private static final int MAX_WORDS = 6;

  /** One lexicon entry. */
  public record Entry(String language, int goal, String term, double weight, String source, String surface)
      implements Serializable {}

  /** A term found in a text. */
  public record Hit(int goal, String term, String surface, double weight, String source) implements Serializable {}

  /** language ("*" for all) → folded term → entries (a term may point to several goals). */
  private final Map<String, Map<String, List<Entry>>> index = new HashMap<>();
  /** language → first word of a term → the most words of a term starting with it (no entry: no term starts so). */
  private final Map<String, Map<String, Integer>> longest = new HashMap<>();
  private final int size;

  public Lexicon(List<Entry> entries) {
    for (Entry e : entries) {
      index.computeIfAbsent(e.language(), k -> new HashMap<>()).computeIfAbsent(e.term(), k -> new ArrayList<>()).add(e);
      String[] words = e.term().split(" ");
      longest.computeIfAbsent(e.language(), k -> new HashMap<>()).merge(words[0], words.length, Math::max);
    }
    size = entries.size();
  }

  /** The committed lexicon, from the classpath (inside the job jar). */
  public static Lexicon load() {
    return ModelResources.load(RESOURCE, in -> new Lexicon(read(in)));
  }


  public static List<Entry> read(InputStream in) throws IOException {
    List<Entry> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("language\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new Entry(f[0], Integer.parseInt(f[1]), f[2], Double.parseDouble(f[3]), f[4], f.length > 5 ? f[5] : f[2]));
      }
    }
    return out;
  }

  public int size() {
    return size;
  }

  /** Terms of the text's language (all languages when unknown) found in it, longest match first. */
  public List<Hit> match(String text, String language) {
    return match(TermFolding.tokens(text, language), language);
  }

  /**
   * {@link #match(String, String)} on the text's tokens in that language ({@code TermFolding.tokens(text,
   * language)}). Only positions whose word starts a term are tried, and only as many words as its longest term.
   */
  public List<Hit> match(List<String> tokens, String language) {
    List<Map<String, List<Entry>>> tables = new ArrayList<>();
    List<Map<String, Integer>> starts = new ArrayList<>();
    if (language != null && index.containsKey(language)) {
      tables.add(index.get(language));
      starts.add(longest.get(language));
    } else if (language == null) {
      index.forEach((k, v) -> {
        if (!k.equals("*")) {
          tables.add(v);
          starts.add(longest.get(k));
        }
      });
    }
    if (index.containsKey("*")) {
      tables.add(index.get("*"));
      starts.add(longest.get("*"));
    }
    List<Hit> hits = new ArrayList<>();
    StringBuilder candidateWords = new StringBuilder();
    int i = 0;
    while (i < tokens.size()) {
      int used = 1;
      int most = 0;
      for (Map<String, Integer> s : starts) {
        most = Math.max(most, s.getOrDefault(tokens.get(i), 0));
      }
      for (int n = Math.min(Math.min(MAX_WORDS, most), tokens.size() - i); n >= 1; n--) {
        candidateWords.setLength(0);
        for (int w = i; w < i + n; w++) {
          candidateWords.append(w > i ? " " : "").append(tokens.get(w));
        }
        String candidate = candidateWords.toString();
        boolean found = false;
        for (Map<String, List<Entry>> t : tables) {
          List<Entry> es = t.get(candidate);
          if (es != null) {
            for (Entry e : es) {
              hits.add(new Hit(e.goal(), e.term(), e.surface(), e.weight(), e.source()));
            }
            found = true;
          }
        }
        if (found) {
          used = n;
          break;
        }
      }
      i += used;
    }
    return hits;
  }
}
