package org.vlrobs.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;

/**
 * The layout issue's targets on the designed sample set ({@code data/sample/layout}, tagged PDFs and their
 * untagged twins), as {@code bin/vlr eval layout} measures them: a regression guard, since the set was used
 * to tune the analysis (its first-sight figures are in the README).
 */
class LayoutSampleSetTest {
  private static final Path SET = TestPaths.sampleLayout();

  @Test
  void designedSetMeetsTheLayoutTargets() throws Exception {
    assertTrue(Files.isDirectory(SET), "the layout sample set is part of the repository: " + SET.toAbsolutePath());
    List<LayoutEvaluation.FileScore> files = new LayoutEvaluation(true).evaluateSet(SET);
    assertTrue(files.size() >= 12, "tagged and untagged designed PDFs: " + files.size());
    LayoutEvaluation.Score all = LayoutEvaluation.total(files);
    assertTrue(all.boundaryF1() >= 0.95, all.line());
    assertTrue(all.headingF1() >= 0.9, all.line());
    // every box's text in a box block, in every file, tagged or not
    for (LayoutEvaluation.FileScore f : files) {
      assertEquals(f.score().boxBlocks, f.score().boxCovered, f.name() + ": " + f.score().line());
    }
  }

  @Test
  void geometryAloneMeetsTheTargetsOnTaggedFilesToo() throws Exception {
    // without the structure tree every file is read by geometry: the fallback for PDFs without tags
    LayoutEvaluation.Score all = LayoutEvaluation.total(new LayoutEvaluation(false).evaluateSet(SET));
    assertTrue(all.boundaryF1() >= 0.93, all.line());
    assertTrue(all.headingF1() >= 0.9, all.line());
    assertEquals(all.boxBlocks, all.boxCovered, all.line());
  }
}
