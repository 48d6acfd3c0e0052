package org.vlrobs.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vlrobs.classify.Metrics;

class ModelMetricsTest {
  @Test
  void thePackagedFileHasTheCardsEvaluationsAndAgreesWithTheCard() throws Exception {
    ModelMetrics m = ModelMetrics.resource(ModelMetrics.SDG_CLASSIFIER);
    assertNotNull(m, "models/sdg-classifier/metrics.json is packaged");
    String card;
    try (InputStream in = getClass().getResourceAsStream("/models/sdg-classifier/MODEL_CARD.md")) {
      card = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String id : List.of("held_out", "held_out_plain", "held_out_fast_plain", "benchmark_proxy",
        "benchmark_proxy_fast")) {
      ModelMetrics.Evaluation e = m.evaluation(id);
      assertNotNull(e, id);
      assertEquals(17, e.perSdg().size(), id);
      long support = e.perSdg().stream().mapToLong(ModelMetrics.Scores::support).sum();
      if (id.startsWith("held_out")) { // one gold SDG per text
        assertEquals(e.texts(), support, id);
      } else { // one SDG judged per row, as many "no" rows as "yes" rows
        assertEquals(e.texts(), 2 * support, 17, id);
      }
      ModelMetrics.Scores s = e.macro();
      String macroRow = String.format(Locale.ROOT, "| **macro** | | %.3f | %.3f | %.3f | %.3f | %.3f |", s.precision(),
          s.recall(), s.f1(), s.accuracy(), s.balancedAccuracy());
      assertTrue(card.contains(macroRow), id + ": the card shows the same scores: " + macroRow);
    }
  }

  @Test
  void scoresOfAMetricsRoundTrip() throws Exception {
    Metrics metrics = new Metrics();
    metrics.add(1, true, true);
    metrics.add(1, false, true);
    metrics.add(2, true, false);
    metrics.add(2, false, false);
    ModelMetrics m = new ModelMetrics("m", "test", List.of(ModelMetrics.Evaluation.of("x", "X", 2, metrics)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.contains("\"balanced_accuracy\"") && json.contains("\"per_sdg\"") && json.contains("\"made_by\""),
        json);
    ModelMetrics back = ModelMetrics.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(m, back);
    assertEquals(0.5, back.evaluation("x").perSdg().get(0).precision());
    assertEquals(0.25, back.evaluation("x").macro().precision(), "SDG 1 0.5 and SDG 2 0 (support 1 each)");
  }
}
