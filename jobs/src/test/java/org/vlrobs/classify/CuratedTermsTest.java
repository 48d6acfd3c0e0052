package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;

class CuratedTermsTest {
  @Test
  void linesCommentsHeaderAndDefaultWeight() {
    List<CuratedTerms.Term> terms = CuratedTerms.parse("# a comment\nlanguage\tgoal\tterm\tweight\n"
        + "PT\t1\t pobreza \t0.7\n\nes\t17\talianzas\n*\t6\tSDG 6\r\n", "t");
    assertEquals(List.of(new CuratedTerms.Term("pt", 1, "pobreza", 0.7), new CuratedTerms.Term("es", 17, "alianzas", 0.9),
        new CuratedTerms.Term("*", 6, "SDG 6", 0.9)), terms);
  }

  @Test
  void aMalformedLineIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CuratedTerms.parse("pt\t1\tpobreza\npt\t18\tnada\n", "curated.tsv"));
    assertTrue(e.getMessage().startsWith("curated.tsv line 2: goal 18"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CuratedTerms.parse("pt\tone\tpobreza\n", "t"));
    assertThrows(IllegalArgumentException.class, () -> CuratedTerms.parse("pt\t1\n", "t"));
  }

  @Test
  void theProjectsFileReadsWhole() throws Exception {
    List<CuratedTerms.Term> terms = CuratedTerms.read(TestPaths.projectDir().resolve("models/sdg-lexicon/curated.tsv"));
    assertTrue(terms.size() > 100, "terms: " + terms.size());
    for (int g = 1; g <= 17; g++) {
      int goal = g;
      assertTrue(terms.stream().anyMatch(t -> t.language().equals("pt") && t.goal() == goal), "pt terms for SDG " + g);
    }
  }
}
