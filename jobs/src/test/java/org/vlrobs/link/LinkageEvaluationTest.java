package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vlrobs.link.LinkageEvaluation.Labels;
import org.vlrobs.metadata.LocalityGazetteer;

class LinkageEvaluationTest {
  @Test
  void scoresFlagsLevelsLocalitiesAndResolution(@TempDir Path dir) throws Exception {
    Path truth = dir.resolve("truth.json");
    Files.writeString(truth, "{\"documents\": {"
        + "\"fr.pdf\": {\"lrg\": true, \"cited\": true, \"localities\": [\"Bretagne\", \"Lyon\"], \"resolves_to\": [\"b.pdf\"]},"
        + "\"uk.pdf\": {}, \"gone.pdf\": {\"lrg\": true}}}");
    Map<String, Labels> t = LinkageTruth.read(truth);
    assertEquals(2, t.get("fr.pdf").level(), "level defaults to the strongest flag");

    LinkageEvaluation eval = new LinkageEvaluation(LocalityGazetteer.shared());
    eval.add("fr.pdf", t.get("fr.pdf"), new Labels(Set.of(MentionType.LRG, MentionType.CITED, MentionType.FEATURED), 3,
        List.of("Brittany"), Set.of("b.pdf")));
    eval.add("uk.pdf", t.get("uk.pdf"), new Labels(Set.of(), 0, List.of(), Set.of()));
    eval.add("gone.pdf", t.get("gone.pdf"), null);

    assertArrayEquals(new double[] {1.0, 0.5}, eval.flag(MentionType.LRG), 1e-9, "the missing VNR is a miss");
    assertArrayEquals(new double[] {0.0, 1.0}, eval.flag(MentionType.FEATURED), 1e-9);
    assertArrayEquals(new double[] {1.0, 0.5}, eval.localities(), 1e-9, "Bretagne = Brittany; Lyon missed");
    assertArrayEquals(new double[] {1.0, 1.0}, eval.resolution(), 1e-9);
    assertEquals(1 / 3.0, eval.levelAccuracy(), 1e-9);
    assertTrue(eval.report().contains("gone.pdf: not in the output"), eval.report());
  }
}
