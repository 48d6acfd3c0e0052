package org.vlrobs.training;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.classify.CuratedTerms;
import org.vlrobs.classify.EnsembleModel;
import org.vlrobs.classify.KeywordSystems;
import org.vlrobs.classify.LabelledText;
import org.vlrobs.classify.Lexicon;
import org.vlrobs.classify.LexiconBuilder;
import org.vlrobs.classify.Metrics;
import org.vlrobs.classify.SdgClassifier;
import org.vlrobs.classify.SdgLabel;
import org.vlrobs.classify.SdgModel;
import org.vlrobs.classify.TargetIndex;
import org.vlrobs.classify.TargetTerms;
import org.vlrobs.evaluation.HeldOut;
import org.vlrobs.evaluation.ModelMetrics;
import org.vlrobs.extract.LanguageIdentifier;
import org.vlrobs.jobs.SdgTrainer;
import org.vlrobs.jobs.Spark;

/**
 * {@code vlr train sdg}: trains both SDG methods and writes {@code models/sdg-classifier/}.
 *
 * <ol>
 *   <li>Split: 20 % of the TRAIL22 texts held out by a hash of their id (never trained on, never used to
 *   choose anything); the rest is cut into 5 folds the same way.</li>
 *   <li>Base models: the TF-IDF logistic model (Spark MLlib, {@link SdgTrainer}; rest + official wording in
 *   five languages + curated terms) and a logistic head per SDG over the bge-small-en-v1.5 embedding (rest +
 *   English official wording), each trained 5 times without one fold to predict that fold (out-of-fold), and
 *   once on all the rest for shipping.</li>
 *   <li>Zero-training signals: highest cosine similarity to each goal's targets/indicators (embedded here and
 *   shipped), the lexicon, four keyword systems ({@link KeywordSystemsBuilder}).</li>
 *   <li>Meta-classifier per SDG (logistic, unweighted so its output is a probability) over the out-of-fold
 *   signals; its own out-of-fold predictions (same folds) choose each SDG's threshold: the best balanced
 *   accuracy whose precision at a half-yes balance, as in the expert benchmark, is at least 90 %.</li>
 *   <li>Held-out evaluation of both methods through the shipped classifier, per SDG and per language, with
 *   and without official-wording texts, on all 17 decisions per text and on the benchmark proxy
 *   ({@link BenchmarkProxy}); a reliability table; {@code metrics.json} and the model card.</li>
 * </ol>
 */
public final class SdgTraining {
  static final double REG_PARAM = 3e-4; // chosen by the v1 validation grid (model card history)
  static final int HELD_OUT_PERCENT = HeldOut.PERCENT;
  static final int FOLDS = 3;
  static final double MIN_BALANCED_PRECISION = 0.90;
  static final double HEAD_L2 = 1e-3;
  static final double META_L2 = 1e-3;

  private final Path shared;
  private final Path out;
  private final Path curated;
  private final String master;
  private final Path cacheDir;

  public SdgTraining(Path shared, Path out, Path curated, String master, Path cacheDir) {
    this.shared = shared;
    this.out = out;
    this.curated = curated;
    this.master = master;
    this.cacheDir = cacheDir;
  }

  private static int fold(LabelledText t) {
    return Math.floorMod((t.id() + "#fold").hashCode() * 0x9E3779B1, FOLDS);
  }

  public int run() throws Exception {
    long start = System.nanoTime();
    Path translations = shared.resolve("data/sdg-framework/translations");
    LexiconBuilder lexiconBuilder = new LexiconBuilder();
    Map<Integer, List<String>> englishByGoal = lexiconBuilder.frameworkTexts(translations, "en");
    List<String> officialEnglish = new ArrayList<>();
    englishByGoal.values().forEach(officialEnglish::addAll);
    List<LabelledText> labelled = LabelledText.trail22(shared.resolve("data/labelled/trail22"), officialEnglish);
    List<LabelledText> heldOut = labelled.stream().filter(HeldOut::contains).toList();
    List<LabelledText> rest = labelled.stream().filter(t -> !HeldOut.contains(t)).toList();

    List<SdgTrainer.Example> extra = new ArrayList<>();
    int frameworkTexts = 0;
    for (String language : LexiconBuilder.LANGUAGES) {
      for (Map.Entry<Integer, List<String>> e : lexiconBuilder.frameworkTexts(translations, language).entrySet()) {
        for (String text : e.getValue()) {
          extra.add(new SdgTrainer.Example(text, e.getKey()));
          frameworkTexts++;
        }
      }
    }
    // one pseudo-document per language and goal: its curated terms
    Map<String, List<String>> curatedDocs = CuratedTerms.read(curated).stream()
        .collect(Collectors.groupingBy(t -> t.language() + "\t" + t.goal(), TreeMap::new,
            Collectors.mapping(CuratedTerms.Term::surface, Collectors.toList())));
    curatedDocs.forEach((k, terms) -> extra.add(new SdgTrainer.Example(String.join(". ", terms),
        Integer.parseInt(k.split("\t")[1]))));
    List<String> frameworkText = new ArrayList<>();
    List<Integer> frameworkGoal = new ArrayList<>();
    englishByGoal.forEach((g, texts) -> texts.forEach(t -> {
      frameworkText.add(t);
      frameworkGoal.add(g);
    }));

    // targets and indicators, English, for the similarity signal
    List<String[]> targetItems = new ArrayList<>();
    lexiconBuilder.targetTexts(translations, "en").forEach((code, texts) -> texts.forEach(t -> targetItems.add(
        new String[] {code, t})));

    // keyword systems, derived from the third-party lists (terms found in the training texts only)
    List<String> trainingTexts = new ArrayList<>();
    rest.forEach(t -> trainingTexts.add(t.text()));
    trainingTexts.addAll(frameworkText);
    List<KeywordSystems.Term> terms = KeywordSystemsBuilder.build(shared.resolve("data/lexicons"), trainingTexts);
    KeywordSystems keywords = new KeywordSystems(terms);
    System.out.printf("keyword systems: %d terms%n", terms.size());

    // embeddings
    EmbeddingCache cache = new EmbeddingCache(cacheDir == null ? null : cacheDir.resolve("sdg-embeddings.bin"));
    float[][] restV = cache.embed(rest.stream().map(LabelledText::text).toList());
    float[][] frameworkV = cache.embed(frameworkText);
    float[][] targetV = cache.embed(targetItems.stream().map(t -> t[1]).toList());
    cache.save();
    List<TargetIndex.Item> items = new ArrayList<>();
    for (int i = 0; i < targetItems.size(); i++) {
      String code = targetItems.get(i)[0];
      items.add(new TargetIndex.Item(code, Integer.parseInt(code.substring(0, code.indexOf('.'))), targetItems.get(i)[1],
          targetV[i]));
    }
    TargetIndex targetIndex = new TargetIndex(items);

    // base models: out-of-fold and final
    int n = rest.size();
    double[][] tfidfOof = new double[n][];
    double[][] headOof = new double[n][];
    SdgModel tfidfFinal;
    SparkSession spark = Spark.session("vlr-train-sdg", master);
    try {
      for (int k = 0; k < FOLDS; k++) {
        final int fold = k;
        List<LabelledText> train = rest.stream().filter(t -> fold(t) != fold).toList();
        SdgModel m = SdgTrainer.train(spark, examples(train, extra), REG_PARAM);
        for (int i = 0; i < n; i++) {
          if (fold(rest.get(i)) == fold) {
            tfidfOof[i] = m.probabilities(rest.get(i).text());
          }
        }
        System.out.printf("TF-IDF model, fold %d of %d trained%n", k + 1, FOLDS);
      }
      tfidfFinal = SdgTrainer.train(spark, examples(rest, extra), REG_PARAM);
    } finally {
      spark.stop();
    }
    Logistic.Fit[] headFinal = null;
    for (int k = 0; k <= FOLDS; k++) {
      final int fold = k;
      List<double[]> x = new ArrayList<>();
      List<Integer> y = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (fold(rest.get(i)) != fold) {
          x.add(toDouble(restV[i]));
          y.add(rest.get(i).goal());
        }
      }
      for (int i = 0; i < frameworkText.size(); i++) {
        x.add(toDouble(frameworkV[i]));
        y.add(frameworkGoal.get(i));
      }
      Logistic.Fit[] heads = fitPerGoal(x.toArray(new double[0][]), y, true, HEAD_L2, 150);
      if (k == FOLDS) {
        headFinal = heads;
      } else {
        for (int i = 0; i < n; i++) {
          if (fold(rest.get(i)) == fold) {
            double[] p = new double[17];
            double[] v = toDouble(restV[i]);
            for (int g = 0; g < 17; g++) {
              p[g] = heads[g].probability(v);
            }
            headOof[i] = p;
          }
        }
      }
      System.out.printf("embedding heads, %s trained%n", k == FOLDS ? "final" : "fold " + (k + 1));
    }

    // meta-classifier features (out-of-fold base signals)
    Lexicon lexicon = Lexicon.load();
    TargetTerms targetTerms = TargetTerms.load();
    SdgClassifier probe = new SdgClassifier(tfidfFinal, lexicon, targetTerms, SdgClassifier.Method.ENSEMBLE, null,
        targetIndex, keywords);
    LanguageIdentifier languages = new LanguageIdentifier();
    double[][][] features = new double[17][n][];
    double[][] refs = new double[n][];
    for (int i = 0; i < n; i++) {
      String text = rest.get(i).text();
      double[] lex = probe.lexiconScores(text, languages.detect(text));
      refs[i] = probe.textReferences(text);
      SdgClassifier.Ensemble e = probe.ensemble(text, restV[i], tfidfOof[i], headOof[i]);
      for (int g = 1; g <= 17; g++) {
        features[g - 1][i] = e.features(g, lex[g], tfidfOof[i][g - 1]);
      }
    }
    double[][] metaW = new double[17][];
    double[] metaB = new double[17];
    double[] thresholds = new double[17];
    double[][] metaOof = new double[n][17];
    StringBuilder thresholdLog = new StringBuilder();
    for (int g = 1; g <= 17; g++) {
      final int goal = g;
      boolean[] y = new boolean[n];
      for (int i = 0; i < n; i++) {
        y[i] = rest.get(i).goal() == goal;
      }
      for (int k = 0; k < FOLDS; k++) {
        final int fold = k;
        int[] in = IntStream.range(0, n).filter(i -> fold(rest.get(i)) != fold).toArray();
        double[][] x = new double[in.length][];
        boolean[] yy = new boolean[in.length];
        for (int j = 0; j < in.length; j++) {
          x[j] = features[g - 1][in[j]];
          yy[j] = y[in[j]];
        }
        Logistic.Fit f = Logistic.fit(x, yy, false, META_L2, 400);
        for (int i = 0; i < n; i++) {
          if (fold(rest.get(i)) == fold) {
            double p = f.probability(features[g - 1][i]);
            metaOof[i][g - 1] = 1 - (1 - p) * (1 - 0.95 * refs[i][g]);
          }
        }
      }
      Logistic.Fit f = Logistic.fit(features[g - 1], y, false, META_L2, 400);
      metaW[g - 1] = f.weights();
      metaB[g - 1] = f.intercept();
      double[] scores = new double[n];
      for (int i = 0; i < n; i++) {
        scores[i] = metaOof[i][g - 1];
      }
      Threshold t = chooseThreshold(scores, y);
      thresholds[g - 1] = t.threshold;
      thresholdLog.append(String.format(Locale.ROOT, "| %d | %.3f | %.3f | %.3f | %.3f |%n", g, t.threshold,
          t.precision, t.recall, (t.recall + t.specificity) / 2));
    }
    EnsembleModel ensemble = new EnsembleModel(toArray(headFinal, true), intercepts(headFinal), metaW, metaB, thresholds);

    // held-out evaluation through the shipped classifiers
    SdgClassifier fast = new SdgClassifier(tfidfFinal, lexicon, targetTerms);
    SdgClassifier full = new SdgClassifier(tfidfFinal, lexicon, targetTerms, SdgClassifier.Method.ENSEMBLE, ensemble,
        targetIndex, keywords);
    Map<String, List<SdgLabel>> fastLabels = label(fast, heldOut, languages);
    Map<String, List<SdgLabel>> fullLabels = label(full, heldOut, languages);
    Evaluation eval = new Evaluation(heldOut, fastLabels, fullLabels, languages);

    Files.createDirectories(out);
    try (OutputStream os = Files.newOutputStream(out.resolve("model.tsv.gz"))) {
      tfidfFinal.write(os);
    }
    try (OutputStream os = Files.newOutputStream(out.resolve("ensemble.tsv"))) {
      ensemble.write(os);
    }
    try (OutputStream os = Files.newOutputStream(out.resolve("targets.tsv.gz"))) {
      targetIndex.write(os);
    }
    try (OutputStream os = Files.newOutputStream(out.resolve("keywords.tsv.gz"))) {
      KeywordSystems.write(terms, os);
    }
    double minutes = (System.nanoTime() - start) / 60e9;
    try (OutputStream os = Files.newOutputStream(out.resolve("metrics.json"))) { // read by the report
      eval.metrics().write(os);
    }
    String card = ModelCard.render(labelled, heldOut, rest.size(), frameworkTexts, curatedDocs.size(),
        frameworkText.size(), items.size(), terms, tfidfFinal.vocabularySize(), thresholdLog.toString(), eval, minutes);
    Files.writeString(out.resolve("MODEL_CARD.md"), card, StandardCharsets.UTF_8);
    System.out.println(card);
    return 0;
  }

  private static Map<String, List<SdgLabel>> label(SdgClassifier c, List<LabelledText> texts, LanguageIdentifier ids) {
    List<SdgClassifier.Input> inputs = texts.stream()
        .map(t -> new SdgClassifier.Input(t.text(), null, ids.detect(t.text()))).toList();
    List<List<SdgLabel>> labels = c.classifyAll(inputs);
    Map<String, List<SdgLabel>> out = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      out.put(texts.get(i).id(), labels.get(i));
    }
    return out;
  }

  record Threshold(double threshold, double precision, double recall, double specificity) {}

  /**
   * The threshold with the best balanced accuracy among those whose precision at a half-yes balance
   * ({@code TPR / (TPR + FPR)}) is at least {@link #MIN_BALANCED_PRECISION}; the most precise one if none is.
   */
  static Threshold chooseThreshold(double[] scores, boolean[] y) {
    long pos = 0;
    for (boolean b : y) {
      pos += b ? 1 : 0;
    }
    long neg = y.length - pos;
    Threshold best = null;
    Threshold mostPrecise = null;
    for (int k = 1; k <= 99; k++) {
      double t = k / 100.0;
      long tp = 0;
      long fp = 0;
      for (int i = 0; i < scores.length; i++) {
        if (scores[i] >= t) {
          if (y[i]) {
            tp++;
          } else {
            fp++;
          }
        }
      }
      double tpr = pos == 0 ? 0 : tp / (double) pos;
      double fpr = neg == 0 ? 0 : fp / (double) neg;
      double precision = tpr + fpr == 0 ? 0 : tpr / (tpr + fpr);
      Threshold c = new Threshold(t, precision, tpr, 1 - fpr);
      if (precision >= MIN_BALANCED_PRECISION && (best == null || tpr - fpr > best.recall - (1 - best.specificity))) {
        best = c;
      }
      if (mostPrecise == null || precision > mostPrecise.precision) {
        mostPrecise = c;
      }
    }
    return best != null ? best : mostPrecise;
  }

  private static Logistic.Fit[] fitPerGoal(double[][] x, List<Integer> goals, boolean balanced, double l2, int iters) {
    return IntStream.rangeClosed(1, 17).parallel().mapToObj(g -> {
      boolean[] y = new boolean[goals.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = goals.get(i) == g;
      }
      return Logistic.fit(x, y, balanced, l2, iters);
    }).toArray(Logistic.Fit[]::new);
  }

  private static double[][] toArray(Logistic.Fit[] fits, boolean weights) {
    double[][] w = new double[fits.length][];
    for (int g = 0; g < fits.length; g++) {
      w[g] = fits[g].weights();
    }
    return w;
  }

  private static double[] intercepts(Logistic.Fit[] fits) {
    double[] b = new double[fits.length];
    for (int g = 0; g < fits.length; g++) {
      b[g] = fits[g].intercept();
    }
    return b;
  }

  private static double[] toDouble(float[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return d;
  }

  private static List<SdgTrainer.Example> examples(List<LabelledText> texts, List<SdgTrainer.Example> extra) {
    List<SdgTrainer.Example> out = new ArrayList<>(texts.size() + extra.size());
    texts.forEach(t -> out.add(new SdgTrainer.Example(t.text(), t.goal())));
    out.addAll(extra);
    return out;
  }

  /** Held-out scores of both methods. */
  static final class Evaluation {
    final Metrics fastAll = new Metrics();
    final Metrics fullAll = new Metrics();
    final Metrics fastPlain = new Metrics();
    final Metrics fullPlain = new Metrics();
    final Map<String, Metrics[]> byLanguage = new TreeMap<>();
    final Map<String, Integer> languageTexts = new TreeMap<>();
    final Metrics proxyFastPlain;
    final Metrics proxyFullPlain;
    final Metrics proxyFastAll;
    final Metrics proxyFullAll;
    final int proxyPlainRows;
    final int proxyAllRows;
    final int heldOutTexts;
    final int plainTexts;
    /** reliability bins of the ensemble's score on all held-out decisions: count, positives, mean score */
    final long[] binCount = new long[10];
    final long[] binPositive = new long[10];
    final double[] binScore = new double[10];

    Evaluation(List<LabelledText> heldOut, Map<String, List<SdgLabel>> fast, Map<String, List<SdgLabel>> full,
        LanguageIdentifier languages) {
      heldOutTexts = heldOut.size();
      plainTexts = (int) heldOut.stream().filter(t -> !t.official()).count();
      for (LabelledText t : heldOut) {
        String lang = languages.detect(t.text());
        lang = lang == null ? "unknown" : lang;
        Metrics[] ml = byLanguage.computeIfAbsent(lang, k -> new Metrics[] {new Metrics(), new Metrics()});
        languageTexts.merge(lang, 1, Integer::sum);
        for (int g = 1; g <= 17; g++) {
          boolean truth = t.goal() == g;
          SdgLabel a = fast.get(t.id()).get(g - 1);
          SdgLabel b = full.get(t.id()).get(g - 1);
          fastAll.add(g, truth, a.label());
          fullAll.add(g, truth, b.label());
          ml[0].add(g, truth, a.label());
          ml[1].add(g, truth, b.label());
          if (!t.official()) {
            fastPlain.add(g, truth, a.label());
            fullPlain.add(g, truth, b.label());
          }
          int bin = Math.min(9, (int) (b.score() * 10));
          binCount[bin]++;
          binPositive[bin] += truth ? 1 : 0;
          binScore[bin] += b.score();
        }
      }
      List<BenchmarkProxy.Judgement> plain = BenchmarkProxy.build(heldOut, false);
      List<BenchmarkProxy.Judgement> all = BenchmarkProxy.build(heldOut, true);
      Map<String, String> idOfText = new java.util.HashMap<>();
      heldOut.forEach(t -> idOfText.put(t.text(), t.id()));
      proxyFastPlain = BenchmarkProxy.score(plain, text -> fast.get(idOfText.get(text)));
      proxyFullPlain = BenchmarkProxy.score(plain, text -> full.get(idOfText.get(text)));
      proxyFastAll = BenchmarkProxy.score(all, text -> fast.get(idOfText.get(text)));
      proxyFullAll = BenchmarkProxy.score(all, text -> full.get(idOfText.get(text)));
      proxyPlainRows = plain.size();
      proxyAllRows = all.size();
    }

    /**
     * The figures of the model card's per-SDG tables, machine-readable ({@link ModelMetrics}, read by the report):
     * ensemble ({@code held_out}, {@code held_out_plain}, {@code benchmark_proxy}) and fast, the method before it
     * ({@code held_out_fast}, {@code held_out_fast_plain}, {@code benchmark_proxy_fast}).
     */
    ModelMetrics metrics() {
      return new ModelMetrics("models/sdg-classifier (ensemble.tsv over model.tsv.gz, targets.tsv.gz, keywords.tsv.gz)",
          "bin/vlr train sdg", List.of(
          ModelMetrics.Evaluation.of("held_out", "Held-out scores, ensemble, all " + heldOutTexts + " texts",
              heldOutTexts, fullAll),
          ModelMetrics.Evaluation.of("held_out_plain", "Held-out scores, ensemble, without texts copying official "
              + "wording (" + plainTexts + " texts)", plainTexts, fullPlain),
          ModelMetrics.Evaluation.of("held_out_fast", "Held-out scores, fast (v1), all " + heldOutTexts + " texts",
              heldOutTexts, fastAll),
          ModelMetrics.Evaluation.of("held_out_fast_plain", "Held-out scores, fast (v1), without texts copying "
              + "official wording (" + plainTexts + " texts)", plainTexts, fastPlain),
          ModelMetrics.Evaluation.of("benchmark_proxy", "Benchmark proxy, ensemble, without official wording ("
              + proxyPlainRows + " judgements, accuracy = balanced accuracy)", proxyPlainRows, proxyFullPlain),
          ModelMetrics.Evaluation.of("benchmark_proxy_fast", "Benchmark proxy, fast (v1), without official wording ("
              + proxyPlainRows + " judgements)", proxyPlainRows, proxyFastPlain)));
    }

    static double round(double x) {
      return Math.round(x * 10_000) / 10_000.0;
    }
  }

  static Set<Integer> goals() {
    return IntStream.rangeClosed(1, 17).boxed().collect(Collectors.toSet());
  }
}
