package org.vlrobs.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.vlrobs.classify.Metrics;

/**
 * The scores of a trained model, machine-readable: {@code models/sdg-classifier/metrics.json}, written by
 * training next to the model and its card, read by the report (and any tool) instead of parsing the card's
 * Markdown. Format (JSON, numbers as numbers, rounded to 3 decimals):
 *
 * <pre>{
 *   "model": "models/sdg-classifier/model.tsv.gz",
 *   "made_by": "bin/vlr train sdg",
 *   "evaluations": [
 *     { "id": "held_out", "title": "Held-out scores, all 1363 texts", "texts": 1363,
 *       "macro": { "precision": 0.692, "recall": 0.825, "f1": 0.75, "accuracy": 0.967, "balanced_accuracy": 0.9 },
 *       "per_sdg": [ { "sdg": 1, "support": 74, "precision": 0.699, "recall": 0.784, "f1": 0.739,
 *                      "accuracy": 0.97, "balanced_accuracy": 0.882 }, ... ] },
 *     ...
 *   ]
 * }</pre>
 *
 * Evaluation ids used by the SDG classifier: {@code held_out} (all held-out texts), {@code held_out_plain}
 * (held-out texts not copying official wording), {@code baseline_lexicon} (lexicon only, same texts).
 */
public record ModelMetrics(String model, @JsonProperty("made_by") String madeBy, List<Evaluation> evaluations) {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The packaged file of the SDG classifier. */
  public static final String SDG_CLASSIFIER = "/models/sdg-classifier/metrics.json";

  /** One evaluation: what was scored, on how many texts, macro averages and per-SDG scores. */
  public record Evaluation(String id, String title, long texts, Scores macro, @JsonProperty("per_sdg") List<Scores> perSdg) {
    /** The scores of a {@link Metrics} (17 binary decisions per text). */
    public static Evaluation of(String id, String title, long texts, Metrics m) {
      List<Scores> per = new ArrayList<>();
      for (int g = 1; g <= 17; g++) {
        per.add(new Scores(g, m.support(g), r(m.precision(g)), r(m.recall(g)), r(m.f1(g)), r(m.accuracy(g)),
            r(m.balancedAccuracy(g))));
      }
      Scores macro = new Scores(null, null, r(m.macro(m::precision)), r(m.macro(m::recall)), r(m.macro(m::f1)),
          r(m.macro(m::accuracy)), r(m.macro(m::balancedAccuracy)));
      return new Evaluation(id, title, texts, macro, per);
    }
  }

  /** Scores of one SDG ({@code sdg}, {@code support}) or of the macro average (both null). */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  public record Scores(Integer sdg, Long support, double precision, double recall, double f1, double accuracy,
      @JsonProperty("balanced_accuracy") double balancedAccuracy) {}

  private static double r(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** The evaluation with this id, or null. */
  public Evaluation evaluation(String id) {
    return evaluations.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
  }

  public void write(OutputStream out) throws IOException {
    JSON.writeValue(out, this);
  }

  public static ModelMetrics read(InputStream in) throws IOException {
    return JSON.readValue(in, ModelMetrics.class);
  }

  /** A packaged metrics file (a class-path resource), or null when the jar has none. */
  public static ModelMetrics resource(String resource) throws IOException {
    try (InputStream in = ModelMetrics.class.getResourceAsStream(resource)) {
      return in == null ? null : read(in);
    }
  }
}
