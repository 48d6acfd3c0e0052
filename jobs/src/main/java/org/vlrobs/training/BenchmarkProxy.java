package org.vlrobs.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.vlrobs.classify.LabelledText;
import org.vlrobs.classify.Metrics;
import org.vlrobs.classify.SdgLabel;

/**
 * A local stand-in for the external expert benchmark (paragraph-length texts, each judged yes/no for ONE
 * SDG, accuracy per SDG averaged over the 17): built from the held-out TRAIL22 split that no model sees in
 * training. For each SDG: every held-out text of that SDG of at least {@link #MIN_CHARS} characters is a
 * "yes" row, and as many texts of other SDGs (drawn with a fixed seed) are "no" rows for it, so about half
 * the judgements are yes, as in the benchmark. Texts copying official wording can be left out (the
 * benchmark's texts are reports' own prose).
 */
public final class BenchmarkProxy {
  public static final int MIN_CHARS = 150;
  public static final long SEED = 20_261_123L;

  /** One judgement: is {@code text} about {@code sdg}? */
  public record Judgement(String id, String text, int sdg, boolean truth) {}

  private BenchmarkProxy() {}

  /** The judgements over held-out texts (caller passes only held-out texts). */
  public static List<Judgement> build(List<LabelledText> heldOut, boolean withOfficial) {
    List<LabelledText> texts = heldOut.stream()
        .filter(t -> t.text().length() >= MIN_CHARS && (withOfficial || !t.official())).toList();
    List<Judgement> out = new ArrayList<>();
    for (int g = 1; g <= 17; g++) {
      final int goal = g;
      List<LabelledText> pos = texts.stream().filter(t -> t.goal() == goal).toList();
      List<LabelledText> neg = new ArrayList<>(texts.stream().filter(t -> t.goal() != goal).toList());
      Collections.shuffle(neg, new Random(SEED + g));
      pos.forEach(t -> out.add(new Judgement(t.id(), t.text(), goal, true)));
      neg.subList(0, Math.min(pos.size(), neg.size())).forEach(t -> out.add(new Judgement(t.id(), t.text(), goal, false)));
    }
    return out;
  }

  /** Scores a classifier (text to 17 labels) on the judgements. */
  public static Metrics score(List<Judgement> judgements, Function<String, List<SdgLabel>> classifier) {
    Metrics m = new Metrics();
    java.util.Map<String, List<SdgLabel>> cache = new java.util.HashMap<>();
    for (Judgement j : judgements) {
      List<SdgLabel> labels = cache.computeIfAbsent(j.id(), id -> classifier.apply(j.text()));
      m.add(j.sdg(), j.truth(), labels.get(j.sdg() - 1).label());
    }
    return m;
  }

  /** One line: macro accuracy, precision, recall over the SDGs. */
  public static String summary(Metrics m) {
    return String.format(Locale.ROOT, "average accuracy %.1f %% (precision %.1f %%, recall %.1f %%, F1 %.3f)",
        100 * m.macro(m::accuracy), 100 * m.macro(m::precision), 100 * m.macro(m::recall), m.macro(m::f1));
  }
}
