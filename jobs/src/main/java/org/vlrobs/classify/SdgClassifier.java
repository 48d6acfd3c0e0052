package org.vlrobs.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SDG classification engine: explicit references in the text and in its section heading, the
 * multilingual lexicon and the supervised model, combined per SDG by a noisy-OR:
 * <pre>score = 1 - (1 - p_model) (1 - 0.95 c_text) (1 - 0.85 c_heading) (1 - 0.35 s_lexicon)</pre>
 * where {@code c} is the strongest reference's confidence (1 for "SDG 6", 0.8 for a bare "Goal 6") and
 * {@code s_lexicon = 1 - prod(1 - w/2)} over the goal's matched terms. An explicit reference or an SDG
 * chapter heading labels on its own; the lexicon only adds to the model's evidence. Build once per
 * task (the model is loaded once); thread-safe.
 */
public final class SdgClassifier {
  static final double TEXT_WEIGHT = 0.95;
  static final double HEADING_WEIGHT = 0.85;
  static final double LEXICON_WEIGHT = 0.35;

  private final SdgModel model;
  private final Lexicon lexicon;
  private final TargetTerms targetTerms;
  private final ExplicitReferences references = new ExplicitReferences();

  public SdgClassifier(SdgModel model, Lexicon lexicon, TargetTerms targetTerms) {
    this.model = model;
    this.lexicon = lexicon;
    this.targetTerms = targetTerms;
  }

  /** The committed models, from the jar. */
  public static SdgClassifier load() {
    return new SdgClassifier(SdgModel.load(), Lexicon.load(), TargetTerms.load());
  }

  /** Seventeen decisions, SDG 1 to 17, for a text with an optional heading and language. */
  public List<SdgLabel> classify(String text, String heading, String language) {
    double[] textRef = new double[18];
    double[] headingRef = new double[18];
    List<List<String>> refEvidence = new ArrayList<>();
    List<Set<String>> targets = new ArrayList<>();
    for (int g = 0; g <= 17; g++) {
      refEvidence.add(new ArrayList<>());
      targets.add(new TreeSet<>());
    }
    for (SdgReference r : references.find(text)) {
      textRef[r.goal()] = Math.max(textRef[r.goal()], r.confidence());
      refEvidence.get(r.goal()).add("\"" + r.matched().strip() + "\"");
      if (r.target() != null) {
        targets.get(r.goal()).add(r.target());
      }
    }
    if (heading != null) {
      for (SdgReference r : references.find(heading)) {
        headingRef[r.goal()] = Math.max(headingRef[r.goal()], r.confidence());
        if (r.target() != null) {
          targets.get(r.goal()).add(r.target());
        }
      }
    }
    double[] lexNot = new double[18];
    java.util.Arrays.fill(lexNot, 1.0);
    List<Set<String>> lexTerms = new ArrayList<>();
    for (int g = 0; g <= 17; g++) {
      lexTerms.add(new LinkedHashSet<>());
    }
    String folded = org.vlrobs.metadata.TextKey.of(text); // folded once for the lexicons and the model
    List<String> tokens = TermFolding.foldedTokens(folded, language);
    for (Lexicon.Hit h : lexicon.match(tokens, language)) {
      lexNot[h.goal()] *= 1 - h.weight() / 2;
      lexTerms.get(h.goal()).add(h.surface());
    }
    List<SdgModel.Prediction> predictions =
        model.predictTokens(language == null ? tokens : TermFolding.foldedTokens(folded, null), 3);
    List<List<String>> targetEvidence = new ArrayList<>();
    for (int g = 0; g <= 17; g++) {
      targetEvidence.add(new ArrayList<>());
    }
    for (TargetTerms.Hit h : targetTerms.find(tokens, language)) {
      int g = Integer.parseInt(h.target().substring(0, h.target().indexOf('.')));
      targetEvidence.get(g).add(h.target() + " (" + h.term() + ")");
    }

    List<SdgLabel> out = new ArrayList<>(17);
    for (int g = 1; g <= 17; g++) {
      SdgModel.Prediction p = predictions.get(g - 1);
      double lex = 1 - lexNot[g];
      double score = 1 - (1 - p.probability()) * (1 - TEXT_WEIGHT * textRef[g]) * (1 - HEADING_WEIGHT * headingRef[g])
          * (1 - LEXICON_WEIGHT * lex);
      List<String> methods = new ArrayList<>();
      List<String> evidence = new ArrayList<>();
      if (textRef[g] > 0) {
        methods.add("explicit");
        evidence.add("explicit: " + String.join(", ", refEvidence.get(g)));
      }
      if (headingRef[g] > 0) {
        methods.add("heading");
        evidence.add("heading: \"" + heading + "\"");
      }
      if (lex > 0) {
        methods.add("lexicon");
        evidence.add("lexicon: " + String.join(", ", lexTerms.get(g)));
      }
      if (p.probability() >= 0.2) {
        methods.add("model");
        evidence.add(String.format(Locale.ROOT, "model: %.2f (%s)", p.probability(), String.join(", ", p.topTerms())));
      }
      double rounded = Math.round(score * 10_000) / 10_000.0;
      if (rounded >= model.threshold(g) && !targetEvidence.get(g).isEmpty()) {
        // a labelled goal whose text names one of its targets' own terms
        for (String t : targetEvidence.get(g)) {
          targets.get(g).add(t.substring(0, t.indexOf(' ')));
        }
        evidence.add("target terms: " + String.join(", ", targetEvidence.get(g)));
      }
      out.add(new SdgLabel(g, rounded, rounded >= model.threshold(g), methods,
          List.copyOf(targets.get(g)), String.join("; ", evidence)));
    }
    return out;
  }
}
