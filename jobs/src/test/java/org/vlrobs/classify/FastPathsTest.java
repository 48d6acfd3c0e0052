package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The classifier's fast paths (issue 12) decide as the plain algorithms they replace: the lexicon tried only at
 * words that start a term, as long as its longest term, against trying every position with up to six words; the
 * model's evidence terms selected, against sorting every contribution.
 */
class FastPathsTest {
  private static final int MAX_WORDS = 6;

  /** The plain longest-match-first scan over every position. */
  private static List<String> plainMatch(Map<String, Map<String, List<Lexicon.Entry>>> index, List<String> tokens,
      String language) {
    List<Map<String, List<Lexicon.Entry>>> tables = new ArrayList<>();
    if (language != null && index.containsKey(language)) {
      tables.add(index.get(language));
    } else if (language == null) {
      index.forEach((k, v) -> {
        if (!k.equals("*")) {
          tables.add(v);
        }
      });
    }
    if (index.containsKey("*")) {
      tables.add(index.get("*"));
    }
    List<String> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int used = 1;
      for (int n = Math.min(MAX_WORDS, tokens.size() - i); n >= 1; n--) {
        String candidate = String.join(" ", tokens.subList(i, i + n));
        boolean found = false;
        for (Map<String, List<Lexicon.Entry>> t : tables) {
          for (Lexicon.Entry e : t.getOrDefault(candidate, List.of())) {
            hits.add(e.goal() + ":" + e.term() + ":" + e.weight());
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

  @Test
  void indexedLexiconMatchFindsWhatThePlainScanFinds() {
    Random random = new Random(11);
    String[] words = {"water", "waste", "city", "public", "transport", "road", "safety", "agua", "residual", "de",
        "gender", "equality", "carbon", "neutral", "x", "local", "government"};
    String[] languages = {"en", "es", "*"};
    List<Lexicon.Entry> entries = new ArrayList<>();
    Map<String, Map<String, List<Lexicon.Entry>>> index = new HashMap<>();
    for (int k = 0; k < 400; k++) {
      int n = 1 + random.nextInt(8); // terms longer than six words are never matched, by either
      List<String> term = new ArrayList<>();
      for (int w = 0; w < n; w++) {
        term.add(words[random.nextInt(words.length)]);
      }
      Lexicon.Entry e = new Lexicon.Entry(languages[random.nextInt(3)], 1 + random.nextInt(17), String.join(" ", term),
          0.1 + random.nextInt(9) / 10.0, "test", String.join(" ", term));
      entries.add(e);
      index.computeIfAbsent(e.language(), x -> new HashMap<>()).computeIfAbsent(e.term(), x -> new ArrayList<>()).add(e);
    }
    Lexicon lexicon = new Lexicon(entries);
    int found = 0;
    for (int t = 0; t < 3000; t++) {
      List<String> tokens = new ArrayList<>();
      for (int w = random.nextInt(40); w > 0; w--) {
        tokens.add(words[random.nextInt(words.length)]);
      }
      for (String language : new String[] {"en", "es", "fr", null}) {
        List<String> expected = plainMatch(index, tokens, language);
        List<String> actual = lexicon.match(tokens, language).stream()
            .map(h -> h.goal() + ":" + h.term() + ":" + h.weight()).toList();
        assertEquals(expected, actual, tokens + " in " + language);
        found += expected.size();
      }
    }
    assertTrue(found > 10_000, "the random texts exercise matching: " + found);
  }

  @Test
  void modelEvidenceTermsAreTheLargestContributionsEarlierFirstOnTies() {
    Random random = new Random(5);
    int vocabulary = 60;
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocabulary; i++) {
      index.put("term" + i, i);
    }
    double[] idf = new double[vocabulary];
    java.util.Arrays.fill(idf, 1.0);
    float[][] weights = new float[vocabulary][17];
    for (float[] w : weights) {
      for (int g = 0; g < 17; g++) {
        w[g] = random.nextInt(5) == 0 ? 0f : (random.nextInt(7) - 3) / 2f; // ties and zeros on purpose
      }
    }
    SdgModel model = new SdgModel(index, idf, weights, new double[17], new double[17]);
    for (int t = 0; t < 500; t++) {
      List<String> tokens = new ArrayList<>();
      for (int w = random.nextInt(30); w > 0; w--) {
        tokens.add("term" + random.nextInt(vocabulary));
      }
      SdgModel.SparseVector v = model.vectorizeTokens(tokens);
      List<SdgModel.Prediction> predictions = model.predictTokens(tokens, 3);
      for (int g = 0; g < 17; g++) {
        final int goal = g;
        List<int[]> contributions = new ArrayList<>();
        for (int k = 0; k < v.indices().length; k++) {
          contributions.add(new int[] {v.indices()[k], k});
        }
        contributions.sort(Comparator.comparingDouble((int[] c) -> -weights[c[0]][goal] * v.values()[c[1]]));
        List<String> top = new ArrayList<>();
        for (int[] c : contributions) {
          if (top.size() >= 3 || weights[c[0]][goal] * v.values()[c[1]] <= 0) {
            break;
          }
          top.add("term" + c[0]);
        }
        assertEquals(top, predictions.get(g).topTerms(), tokens + " goal " + (g + 1));
      }
    }
  }
}
