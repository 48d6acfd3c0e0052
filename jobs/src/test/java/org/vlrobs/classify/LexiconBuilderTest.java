package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vlrobs.TestPaths;

class LexiconBuilderTest {

  @Test
  void keepsTermsSpecificToOneGoal(@TempDir Path dir) throws Exception {
    Path en = Files.createDirectories(dir.resolve("en"));
    Files.writeString(en.resolve("global_goals.yml"), "6-short: Clean Water and Sanitation\n6-title: Ensure water\n"
        + "7-short: Affordable and Clean Energy\n7-title: Ensure energy\n");
    Files.writeString(en.resolve("global_targets.yml"), """
        6-1-title: By 2030, achieve access to safe drinking water and sanitation for all
        6-2-title: improve wastewater treatment and drinking water quality
        6-3-title: wastewater treatment plants and drinking water networks, wastewater reuse
        7-1-title: By 2030, ensure access to modern energy services for all
        7-2-title: increase renewable energy and modern energy services
        7-3-title: renewable energy investment for all
        """);
    Path curated = dir.resolve("curated.tsv");
    Files.writeString(curated, "language\tgoal\tterm\tweight\npt\t6\tsaneamento básico\t0.9\n");
    List<Lexicon.Entry> entries = new LexiconBuilder().build(dir, curated);
    Map<String, Integer> goalOf = new java.util.HashMap<>();
    entries.forEach(e -> goalOf.put(e.language() + ":" + e.term(), e.goal()));
    assertEquals(6, goalOf.get("en:drinking water"));
    assertEquals(6, goalOf.get("en:wastewater treatment"));
    assertEquals(7, goalOf.get("en:renewable energy"));
    assertEquals(6, goalOf.get("en:clean water sanitation"), "short titles kept whole");
    assertEquals(6, goalOf.get("pt:saneamento basico"), "curated terms folded like the text");
    assertFalse(goalOf.containsKey("en:access"), "shared by both goals: not specific");
  }

  /** The committed lexicon is what `bin/vlr train lexicon` makes from ../shared and curated.tsv. */
  @Test
  void committedLexiconIsReproducible() throws Exception {
    Path shared = TestPaths.shared();
    assumeTrue(shared != null, "../shared is not present");
    Path models = TestPaths.projectDir().resolve("models/sdg-lexicon");
    List<Lexicon.Entry> built = new LexiconBuilder().build(shared.resolve("data/sdg-framework/translations"),
        models.resolve("curated.tsv"));
    List<Lexicon.Entry> committed;
    try (InputStream in = Files.newInputStream(models.resolve("lexicon.tsv"))) {
      committed = Lexicon.read(in);
    }
    assertEquals(committed.size(), built.size(), "run `bin/vlr train lexicon` and commit models/sdg-lexicon");
    assertTrue(committed.equals(built), "run `bin/vlr train lexicon` and commit models/sdg-lexicon");
    Path tmp = Files.createTempFile("targets", ".tsv");
    LexiconBuilder.writeTargets(new LexiconBuilder().targetTerms(shared.resolve("data/sdg-framework/translations")), tmp);
    assertEquals(Files.readString(models.resolve("targets.tsv")), Files.readString(tmp),
        "run `bin/vlr train lexicon` and commit models/sdg-lexicon/targets.tsv");
    Files.delete(tmp);
  }
}
