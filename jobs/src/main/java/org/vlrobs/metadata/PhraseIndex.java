package org.vlrobs.metadata;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known names (country names, localities) in text as whole folded phrases, longest match first,
 * in one pass over the tokens. Names written in Han/kana (no spaces) are found by substring.
 */
public final class PhraseIndex<V extends Serializable> implements Serializable {
  /** A name found in the text: its value, the folded form that matched, and its token position. */
  public record Hit<V>(V value, String phrase, int position) {}

  private static final int MAX_TOKENS = 8;
  private final Map<String, V> phrases = new HashMap<>();
  private final Map<String, V> ideographic = new LinkedHashMap<>();
  /**
   * The first word of every phrase and the most words of a phrase starting with it: a text's word that starts no
   * phrase is passed over without building and looking up its eight candidate phrases.
   */
  private final Map<String, Integer> firstWords = new HashMap<>();

  /** Adds a name; the first value given for a folded name wins. */
  void add(String name, V value) {
    String key = TextKey.of(name);
    if (key.isEmpty()) {
      return;
    }
    if (TextKey.isIdeographic(key.charAt(0))) {
      ideographic.putIfAbsent(key, value);
    } else if (key.split(" ").length <= MAX_TOKENS) {
      if (phrases.putIfAbsent(key, value) == null) {
        int space = key.indexOf(' ');
        int words = 1 + (int) key.chars().filter(c -> c == ' ').count();
        firstWords.merge(space < 0 ? key : key.substring(0, space), words, Math::max);
      }
    }
  }

  boolean contains(String name) {
    String key = TextKey.of(name);
    return phrases.containsKey(key) || ideographic.containsKey(key);
  }

  V get(String name) {
    String key = TextKey.of(name);
    V v = phrases.get(key);
    return v != null ? v : ideographic.get(key);
  }

  List<Hit<V>> find(String text) {
    String folded = TextKey.of(text);
    List<Hit<V>> hits = new ArrayList<>();
    if (folded.isEmpty()) {
      return hits;
    }
    String[] tokens = folded.split(" ");
    int i = 0;
    while (i < tokens.length) {
      int matched = 0;
      // a candidate of n words has n - 1 spaces (the words have none), as a phrase of n words has
      Integer most = firstWords.get(tokens[i]);
      for (int n = most == null ? 0 : Math.min(Math.min(MAX_TOKENS, most), tokens.length - i); n >= 1; n--) {
        String candidate = String.join(" ", java.util.Arrays.asList(tokens).subList(i, i + n));
        V v = phrases.get(candidate);
        if (v != null) {
          hits.add(new Hit<>(v, candidate, i));
          matched = n;
          break;
        }
      }
      i += Math.max(1, matched);
    }
    if (!ideographic.isEmpty()) {
      for (Map.Entry<String, V> e : ideographic.entrySet()) {
        int from = 0;
        int at;
        while ((at = folded.indexOf(e.getKey(), from)) >= 0) {
          hits.add(new Hit<>(e.getValue(), e.getKey(), tokens.length + at));
          from = at + e.getKey().length();
        }
      }
    }
    return hits;
  }
}
