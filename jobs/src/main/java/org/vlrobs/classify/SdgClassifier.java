package org.vlrobs.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SDG classification engine, two methods ({@link Method}). <b>fast</b>: explicit references in the text and in
 * its section heading, the multilingual lexicon and the supervised TF-IDF model, combined per SDG by a noisy-OR:
 * <pre>score = 1 - (1 - p_model) (1 - 0.95 c_text) (1 - 0.85 c_heading) (1 - 0.35 s_lexicon)</pre>
 * where {@code c} is the strongest reference's confidence (1 for "SDG 6", 0.8 for a bare "Goal 6") and
 * {@code s_lexicon = 1 - prod(1 - w/2)} over the goal's matched terms. An explicit reference or an SDG
 * chapter heading labels on its own; the lexicon only adds to the model's evidence.
 *
 * <p><b>ensemble</b> (English passages; other languages use fast): a per-SDG logistic meta-classifier
 * ({@link EnsembleModel}) over the lexicon score, the TF-IDF model's logit, a logistic head over a sentence
 * embedding ({@link SentenceEmbedder}), the highest similarity to the goal's official targets and indicators
 * ({@link TargetIndex}) and four published keyword systems ({@link KeywordSystems}), trained on out-of-fold
 * predictions; its probability is combined with the explicit references by the same noisy-OR, and labelled
 * at the SDG's threshold chosen on held-out folds of the training data. Passages are embedded in chunks
 * ({@link #classifyAll}). Build once per task; thread-safe.
 */
public final class SdgClassifier {
  static final double TEXT_WEIGHT = 0.95;
  static final double HEADING_WEIGHT = 0.85;
  static final double LEXICON_WEIGHT = 0.35;
  /** Passages handed to the embedder per call (each is one ONNX run: see {@link SentenceEmbedder}). */
  public static final int BATCH = 32;

  /** How SDGs are decided: {@code fast} (references, lexicon, TF-IDF) or {@code ensemble} (plus embeddings). */
  public enum Method {
    FAST, ENSEMBLE;

    public static Method parse(String s) {
      return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The pipeline's default: fast, the only method within the throughput budget (the classify benchmark in
   * the README); {@code classify-text} and {@code eval sdg} default to the ensemble.
   */
  public static final Method DEFAULT_METHOD = Method.FAST;

  /** One passage to classify. */
  public record Input(String text, String heading, String language) {}

  private final SdgModel model;
  private final Lexicon lexicon;
  private final TargetTerms targetTerms;
  private final ExplicitReferences references = new ExplicitReferences();
  private final Method method;
  private final EnsembleModel ensembleModel;
  private final TargetIndex targetIndex;
  private final KeywordSystems keywords;

  public SdgClassifier(SdgModel model, Lexicon lexicon, TargetTerms targetTerms) {
    this(model, lexicon, targetTerms, Method.FAST, null, null, null);
  }

  public SdgClassifier(SdgModel model, Lexicon lexicon, TargetTerms targetTerms, Method method,
      EnsembleModel ensembleModel, TargetIndex targetIndex, KeywordSystems keywords) {
    this.model = model;
    this.lexicon = lexicon;
    this.targetTerms = targetTerms;
    this.method = method;
    this.ensembleModel = ensembleModel;
    this.targetIndex = targetIndex;
    this.keywords = keywords;
  }

  /** The committed fast models, from the jar. */
  public static SdgClassifier load() {
    return load(Method.FAST);
  }

  /** The committed models for a method, from the jar. */
  public static SdgClassifier load(Method method) {
    if (method == Method.FAST) {
      return new SdgClassifier(SdgModel.load(), Lexicon.load(), TargetTerms.load());
    }
    return new SdgClassifier(SdgModel.load(), Lexicon.load(), TargetTerms.load(), method, EnsembleModel.load(),
        TargetIndex.load(), KeywordSystems.load());
  }

  public Method method() {
    return method;
  }

  /** Seventeen decisions, SDG 1 to 17, for a text with an optional heading and language. */
  public List<SdgLabel> classify(String text, String heading, String language) {
    return classifyAll(List.of(new Input(text, heading, language))).get(0);
  }

  /** Seventeen decisions per input, in order; English inputs of the ensemble are embedded in batches. */
  public List<List<SdgLabel>> classifyAll(List<Input> inputs) {
    List<List<SdgLabel>> out = new ArrayList<>(inputs.size());
    if (method == Method.FAST) {
      for (Input in : inputs) {
        out.add(fast(in.text(), in.heading(), in.language(), null));
      }
      return out;
    }
    List<Integer> english = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      if (usesEmbedding(inputs.get(i).language())) {
        english.add(i);
      }
    }
    float[][] vectors = new float[inputs.size()][];
    for (int from = 0; from < english.size(); from += BATCH) {
      List<Integer> chunk = english.subList(from, Math.min(english.size(), from + BATCH));
      float[][] v = SentenceEmbedder.embed(chunk.stream().map(i -> inputs.get(i).text()).toList());
      for (int k = 0; k < chunk.size(); k++) {
        vectors[chunk.get(k)] = v[k];
      }
    }
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      out.add(fast(in.text(), in.heading(), in.language(),
          vectors[i] == null ? null : ensemble(in.text(), vectors[i], null, null)));
    }
    return out;
  }

  /** Per goal (index 1-17): the lexicon score {@code 1 - prod(1 - w/2)} over the goal's matched terms. */
  public double[] lexiconScores(String text, String language) {
    double[] not = new double[18];
    java.util.Arrays.fill(not, 1.0);
    for (Lexicon.Hit h : lexicon.match(text, language)) {
      not[h.goal()] *= 1 - h.weight() / 2;
    }
    double[] s = new double[18];
    for (int g = 1; g <= 17; g++) {
      s[g] = 1 - not[g];
    }
    return s;
  }

  /** Per goal (index 1-17): the strongest explicit reference's confidence in the text. */
  public double[] textReferences(String text) {
    double[] c = new double[18];
    for (SdgReference r : references.find(text)) {
      c[r.goal()] = Math.max(c[r.goal()], r.confidence());
    }
    return c;
  }

  /** The embedding model is English: other languages keep the fast method. */
  public static boolean usesEmbedding(String language) {
    return language == null || language.isEmpty() || "en".equals(language);
  }

  /**
   * The ensemble's base signals for a text (training passes out-of-fold {@code tfidfOverride} and
   * {@code headOverride} probabilities, index 0-16; at run time both are null and come from the models).
   */
  public Ensemble ensemble(String text, float[] vector, double[] tfidfOverride, double[] headOverride) {
    double[] head = headOverride != null ? headOverride : ensembleModel.headProbabilities(vector);
    TargetIndex.Nearest nearest = targetIndex.nearest(vector);
    KeywordSystems.Scores kw = keywords.score(text, "en");
    return new Ensemble(head, nearest, kw, tfidfOverride);
  }

  /** The semantic and keyword signals of one text, with their evidence. */
  public static final class Ensemble {
    private final double[] head;
    private final TargetIndex.Nearest nearest;
    private final KeywordSystems.Scores keywords;
    private final double[] tfidfOverride;

    Ensemble(double[] head, TargetIndex.Nearest nearest, KeywordSystems.Scores keywords, double[] tfidfOverride) {
      this.head = head;
      this.nearest = nearest;
      this.keywords = keywords;
      this.tfidfOverride = tfidfOverride;
    }

    /** Features of goal {@code g} in {@link EnsembleModel#FEATURES} order. */
    public double[] features(int g, double lexicon, double tfidf) {
      double other = 0;
      for (int h = 1; h <= 17; h++) {
        if (h != g) {
          other = Math.max(other, nearest.similarity()[h]);
        }
      }
      double[] kw = new double[KeywordSystems.SYSTEMS.size()];
      for (int k = 0; k < kw.length; k++) {
        kw[k] = keywords.score()[k][g];
      }
      return EnsembleModel.features(lexicon, tfidfOverride != null ? tfidfOverride[g - 1] : tfidf, head[g - 1],
          nearest.similarity()[g], nearest.similarity()[g] - other, kw);
    }

    void explain(int g, List<String> methods, List<String> evidence) {
      if (head[g - 1] >= 0.5) {
        methods.add("embedding");
      }
      TargetIndex.Item t = nearest.item()[g];
      if (t != null && nearest.similarity()[g] >= 0.6) {
        methods.add("target-similarity");
      }
      if (head[g - 1] >= 0.5 || (t != null && nearest.similarity()[g] >= 0.6)) {
        String words = t == null ? "" : t.text().length() > 90 ? t.text().substring(0, 87) + "..." : t.text();
        evidence.add(String.format(Locale.ROOT, "semantic: embedding head %.2f, nearest target %s \"%s\" (%.2f)",
            head[g - 1], t == null ? "-" : t.target(), words, nearest.similarity()[g]));
      }
      List<String> kw = new ArrayList<>();
      for (int k = 0; k < KeywordSystems.SYSTEMS.size(); k++) {
        java.util.Set<String> terms = keywords.terms().get(k).get(g);
        if (!terms.isEmpty()) {
          kw.add(KeywordSystems.SYSTEMS.get(k) + " (" + String.join(", ", terms) + ")");
        }
      }
      if (!kw.isEmpty()) {
        methods.add("keywords");
        evidence.add("keywords: " + String.join("; ", kw));
      }
    }
  }

  /** The fast method: references, lexicon and TF-IDF model by a noisy-OR (see the class comment). */
  private List<SdgLabel> fast(String text, String heading, String language, Ensemble ensemble) {
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
      double score;
      double threshold;
      if (ensemble == null) {
        score = 1 - (1 - p.probability()) * (1 - TEXT_WEIGHT * textRef[g]) * (1 - HEADING_WEIGHT * headingRef[g])
            * (1 - LEXICON_WEIGHT * lex);
        threshold = model.threshold(g);
      } else {
        double pMeta = ensembleModel.probability(g, ensemble.features(g, lex, p.probability()));
        score = 1 - (1 - pMeta) * (1 - TEXT_WEIGHT * textRef[g]) * (1 - HEADING_WEIGHT * headingRef[g]);
        threshold = ensembleModel.threshold(g);
      }
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
      if (ensemble != null) {
        ensemble.explain(g, methods, evidence);
      }
      double rounded = Math.round(score * 10_000) / 10_000.0;
      if (rounded >= threshold && !targetEvidence.get(g).isEmpty()) {
        // a labelled goal whose text names one of its targets' own terms
        for (String t : targetEvidence.get(g)) {
          targets.get(g).add(t.substring(0, t.indexOf(' ')));
        }
        evidence.add("target terms: " + String.join(", ", targetEvidence.get(g)));
      }
      out.add(new SdgLabel(g, rounded, rounded >= threshold, methods,
          List.copyOf(targets.get(g)), String.join("; ", evidence)));
    }
    return out;
  }
}
