package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;

/**
 * Regression over the labelled VNR passages of {@code data/eval/vnr-passages.csv} (the development set the
 * rules were last revised on; gazetteer and patterns only, no NER): every passage's mention types and
 * localities as labelled.
 */
class VnrPassagesDevSetTest {
  @Test
  void everyLabelledPassage() throws Exception {
    VnrLinker linker = new VnrLinker(new VlrCatalog(List.of()), null);
    List<LabelledPassages.Passage> passages =
        LabelledPassages.read(TestPaths.projectDir().resolve("data/eval/vnr-passages.csv"));
    List<String> wrong = new ArrayList<>();
    for (LabelledPassages.Passage p : passages) {
      LinkageEvaluation.Labels found = LabelledPassages.found(linker, p);
      if (!found.flags().equals(p.expected().flags()) || !found.localities().equals(p.expected().localities())) {
        wrong.add(p.id() + ": " + found.flags() + " " + found.localities());
      }
    }
    assertEquals(63, passages.size());
    assertEquals(List.of(), wrong);
  }
}
