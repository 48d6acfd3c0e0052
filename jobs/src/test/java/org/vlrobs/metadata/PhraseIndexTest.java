package org.vlrobs.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The phrase index finds the longest known phrase at each word, passing over words that start none. */
class PhraseIndexTest {
  private static final List<String> NAMES = List.of("New York", "New York City", "York", "Rio de Janeiro", "Rio",
      "São Paulo", "Porto-Novo", "Porto", "Saint-Louis", "Ciudad de México", "México", "de");

  private static PhraseIndex<String> index() {
    PhraseIndex<String> index = new PhraseIndex<>();
    for (String n : NAMES) {
      index.add(n, n);
    }
    return index;
  }

  /** The search as written before the first-word index: every candidate of up to eight words at every word. */
  private static List<String> reference(String text) {
    java.util.Map<String, String> phrases = new java.util.HashMap<>();
    for (String n : NAMES) {
      phrases.putIfAbsent(TextKey.of(n), n);
    }
    List<String> out = new ArrayList<>();
    String folded = TextKey.of(text);
    if (folded.isEmpty()) {
      return out;
    }
    String[] tokens = folded.split(" ");
    int i = 0;
    while (i < tokens.length) {
      int matched = 0;
      for (int n = Math.min(8, tokens.length - i); n >= 1; n--) {
        String candidate = String.join(" ", java.util.Arrays.asList(tokens).subList(i, i + n));
        String v = phrases.get(candidate);
        if (v != null) {
          out.add(v + "|" + candidate + "|" + i);
          matched = n;
          break;
        }
      }
      i += Math.max(1, matched);
    }
    return out;
  }

  private static List<String> found(PhraseIndex<String> index, String text) {
    return index.find(text).stream().map(h -> h.value() + "|" + h.phrase() + "|" + h.position()).toList();
  }

  @Test
  void longestPhraseFirstAndWordsThatStartNoneSkipped() {
    assertEquals(List.of("New York City|new york city|1", "Rio de Janeiro|rio de janeiro|5", "York|york|9"),
        found(index(), "the New York City council, Rio de Janeiro and York"));
  }

  @Test
  void sameHitsAsEveryCandidateAtEveryWord() {
    PhraseIndex<String> index = index();
    String[] words = {"new", "New", "York", "city", "City", "Rio", "de", "Janeiro", "São", "Paulo", "Porto-Novo", "Porto",
        "Novo", "Saint", "Louis", "Saint-Louis", "Ciudad", "México", "Mexico", "the", ",", "-", "(2021)"};
    Random random = new Random(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(14); i > 0; i--) {
        b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = b.toString();
      assertEquals(reference(text), found(index, text), text);
    }
  }
}
