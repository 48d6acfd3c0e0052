package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;

/** A search by first characters finds exactly what Matcher.find finds, groups included. */
class FirstCharsTest {
  private static List<String> matches(Matcher m, java.util.function.BooleanSupplier find) {
    List<String> out = new ArrayList<>();
    while (find.getAsBoolean()) {
      StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
      for (int g = 1; g <= m.groupCount(); g++) {
        b.append('|').append(m.start(g)).append(':').append(m.group(g));
      }
      out.add(b.toString());
    }
    return out;
  }

  private static void same(FirstChars f, String text) {
    Matcher plain = f.pattern().matcher(text);
    FirstChars.Search search = f.search(text);
    assertEquals(matches(plain, plain::find), matches(search.matcher(), search::find), () -> f.pattern() + " on " + text);
  }

  @Test
  void boundariesLookBehindsAndCaseAsMatcherFind() {
    List<FirstChars> patterns = List.of(new FirstChars(Pattern.compile("\\b(?:of|de)\\s+(\\p{Lu}\\p{L}+)")),
        new FirstChars(Pattern.compile("(?iu:local\\s+review|vlr)s?")),
        new FirstChars(Pattern.compile("(?<![\\p{L}])(?-i:VLR|VSR)s?(?![\\p{L}])")),
        new FirstChars(Pattern.compile("\\b,\\s*(\\p{Lu}\\w*)")), // a boundary before a non-word character
        new FirstChars(Pattern.compile("(?iu)straße|ǅ")));
    Random random = new Random(11);
    String[] words = {"of", "de", "Bonn", "local", "LOCAL", "Review", "reviews", "VLR", "VLRs", "xVLR", "KELVIN", "\u212Aelvin",
        "STRASSE", "straße", "ǆ", "Ǆ", ",", " ", "  ", "\n", "(", ")", "é", "😀", "a"};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        b.append(words[random.nextInt(words.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      for (FirstChars f : patterns) {
        same(f, b.toString());
      }
    }
  }

  @Test
  void theLocalityPatternsAsMatcherFindOnTheLabelledPassages() throws Exception {
    List<Pattern> searched = LocalityFinder.searchedPatterns();
    assertEquals(13, searched.size());
    List<FirstChars> patterns = searched.stream().map(FirstChars::new).toList();
    int found = 0;
    for (LabelledPassages.Passage p : LabelledPassages.read(TestPaths.projectDir().resolve("data/eval/vnr-passages.csv"))) {
      for (String text : List.of(p.heading() + "\n" + p.text(), p.text().toUpperCase(java.util.Locale.ROOT))) {
        for (FirstChars f : patterns) {
          same(f, text);
          found += f.pattern().matcher(text).find() ? 1 : 0;
        }
      }
    }
    assertTrue(found > 500, "the patterns match the passages: " + found);
  }

  @Test
  void theLocalityPatternsAsMatcherFindOnShuffledWords() throws Exception {
    // the words of the labelled passages in random order, with the punctuation the patterns turn on: starts and pairs
    // of characters in every context the passages do not show
    List<String> words = new ArrayList<>(List.of(",", ":", "(2021)", "'s", "’s", "-", "–", "(VLR)", "\n", "d'", "l’"));
    for (LabelledPassages.Passage p : LabelledPassages.read(TestPaths.projectDir().resolve("data/eval/vnr-passages.csv"))) {
      words.addAll(List.of(p.text().split("\\s+")));
    }
    List<FirstChars> patterns = LocalityFinder.searchedPatterns().stream().map(FirstChars::new).toList();
    Random random = new Random(7);
    for (int n = 0; n < 3_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = 1 + random.nextInt(15); i > 0; i--) {
        b.append(words.get(random.nextInt(words.size()))).append(random.nextInt(5) == 0 ? "" : " ");
      }
      for (FirstChars f : patterns) {
        same(f, b.toString());
      }
    }
  }

  @Test
  void aPatternThatMatchesNothingOrLooksBehindIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new FirstChars(Pattern.compile("x*")));
    assertThrows(IllegalArgumentException.class, () -> new FirstChars(Pattern.compile("(?<=\\.)\\s+")));
    assertFalse(new FirstChars(Pattern.compile("Bonn")).search("bonn, BONN").find());
  }
}
