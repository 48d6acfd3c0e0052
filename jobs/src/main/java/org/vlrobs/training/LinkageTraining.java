package org.vlrobs.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vlrobs.link.PassageModel;
import org.vlrobs.link.LabelledPassages;
import org.vlrobs.link.LinkageEvaluation;
import org.vlrobs.link.MentionType;
import org.vlrobs.link.VlrCatalog;
import org.vlrobs.link.VnrLinker;
import org.vlrobs.metadata.LocalityGazetteer;

/**
 * {@code bin/vlr train linkage}: the link stage's models ({@link PassageModel}: one per flag of {@link #SETTINGS},
 * lrg, cited, annexed and integrated) from the labelled VNR passages ({@code data/eval/vnr-passages.csv}), less the
 * batches held out (first-sight batches nobody has read, kept for the honest estimate). Writes {@code <flag>.tsv},
 * {@code metrics.json} and {@code MODEL_CARD.md}.
 *
 * <p>Procedure: a logistic regression over the passages' binary features ({@link PassageModel#features}), features
 * seen in at least {@value #MIN_COUNT} passages, fitted by {@value #ITERATIONS} steps of full-batch gradient descent
 * (step {@value #STEP}, L2 {@value #L2} per passage): few steps from zero weights keep rare features small, which held
 * up better on unread batches than a converged fit. Deterministic. Reported: out-of-fold scores with whole batches as
 * folds (a batch's passages share a writer and documents), a reliability table, and, when batches are held out, the
 * model's and the link stage's scores on them.
 */
public final class LinkageTraining {
  static final int MIN_COUNT = 2;
  static final int ITERATIONS = 300;
  static final double STEP = 2.0;
  static final double L2 = 1.0;
  static final int FOLDS = 5;
  /**
   * The model adds lrg at and above an even chance; the rules' lrg stands unless the model gives it less than 0.15
   * (out of fold, passages scored 0.1-0.2 are lrg about one time in eight). Chosen on batches 53-55 read as a
   * development set (a model trained without them) and on the rules' unit sentences; see the model card.
   */
  static final double THRESHOLD = 0.5;
  static final double KEEP = 0.15;
  /**
   * Passages of fewer words (with a letter) keep the rules' lrg whatever the model says: plain statements of 15-21
   * words in Spanish and Portuguese scored under 0.15 (function words and Goal headings weigh against any passage); on
   * batches 53-55 the level accuracy was the same with 0, 15, 20 or 25, lower with 30.
   */
  static final int OVERRULE_WORDS = 25;
  /** Languages the model decides for (the labelled passages of ja/zh are too few to learn from). */
  static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "pt");

  /** A model's flag and how it decides with the rules ({@link PassageModel#threshold()}, {@code keep()}...). */
  public record Settings(MentionType flag, double threshold, double keep, int overruleWords) {}

  /**
   * The models trained, in the order the link stage decides them. The review flags' thresholds and keep probabilities
   * were chosen on batches 56-64 read as a development set, with models trained on batches 0-55 (level accuracy there
   * 0.868 with the rules and the lrg model; 0.892 with the three review-flag models too; 0.890 as the link stage now
   * decides, annexed and integrated added only to a passage citing a review, a box or annex of reviews never
   * overruled):
   * a model adds its flag only when confident (cited and integrated at 0.9, annexed, rarer and with plainer words, at
   * 0.5); only the cited model overrules the rules (below 0.2: +4 passages there). Annexed and integrated never overrule
   * them: on the development set that gained 0 and 2 passages, and the integrated model read a joint VLR-VNR process of
   * the sample corpus as unlikely (0.03), a structure the rules read and words do not. Featured has no model: on the
   * same batches one gained nothing over the rules' reading of boxes and case studies at any setting tried.
   */
  public static final List<Settings> SETTINGS = List.of(
      new Settings(MentionType.LRG, THRESHOLD, KEEP, OVERRULE_WORDS),
      new Settings(MentionType.CITED, 0.9, 0.2, 0),
      new Settings(MentionType.ANNEXED, 0.5, 0, 0),
      new Settings(MentionType.INTEGRATED, 0.9, 0, 0));

  private final Path data;
  private final Path out;
  private final Set<String> heldOut;

  public LinkageTraining(Path data, Path out, Set<String> heldOut) {
    this.data = data;
    this.out = out;
    this.heldOut = Set.copyOf(heldOut);
  }

  /** A fitted model and what it was fitted on. */
  public record Fit(PassageModel model, int passages, int positives, int features) {}

  public int run() throws IOException {
    List<LabelledPassages.Passage> all = LabelledPassages.read(data);
    List<LabelledPassages.Passage> train = all.stream().filter(p -> !heldOut.contains(p.batch())).toList();
    List<LabelledPassages.Passage> held = all.stream().filter(p -> heldOut.contains(p.batch())).toList();
    Set<String> missing = new TreeSet<>(heldOut);
    held.forEach(p -> missing.remove(p.batch()));
    if (!missing.isEmpty()) {
      System.err.println("no labelled passages of the held-out batches " + missing);
      return 2;
    }
    System.err.printf(Locale.ROOT, "training the link stage's models on %d passages (%d held out: %s)%n", train.size(),
        held.size(), String.join(",", new TreeSet<>(heldOut)));
    Files.createDirectories(out);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("models", SETTINGS.stream().map(x -> "models/linkage/" + x.flag().code() + ".tsv").toList());
    metrics.put("made_by", "bin/vlr train linkage");
    metrics.put("held_out_batches", new TreeSet<>(heldOut));
    List<PassageModel> models = new ArrayList<>();
    Map<String, Object> flags = new LinkedHashMap<>();
    for (Settings settings : SETTINGS) {
      MentionType flag = settings.flag();
      double[] oof = outOfFold(train, settings);
      Fit fit = fit(train, settings);
      models.add(fit.model());
      write(fit, out.resolve(flag.code() + ".tsv"));
      Map<String, Object> f = new LinkedHashMap<>();
      Map<String, Object> trained = new LinkedHashMap<>();
      trained.put("passages", fit.passages());
      trained.put("positive", fit.positives());
      trained.put("features", fit.features());
      f.put("trained_on", trained);
      f.put("threshold", settings.threshold());
      f.put("keep", settings.keep());
      f.put("overrule_words", settings.overruleWords());
      f.put("out_of_fold", scores(train, oof, settings.threshold(), flag));
      f.put("reliability", reliability(train, oof, flag));
      if (!held.isEmpty()) {
        double[] p = new double[held.size()];
        for (int i = 0; i < p.length; i++) {
          LabelledPassages.Passage x = held.get(i);
          p[i] = fit.model().covers(x.language()) ? fit.model().probability(x.text(), x.heading()) : Double.NaN;
        }
        f.put("held_out_model_alone", scores(held, p, settings.threshold(), flag));
      }
      flags.put(flag.code(), f);
    }
    metrics.put("flags", flags);
    if (!held.isEmpty()) {
      metrics.put("held_out_link_stage", linkStage(held, models));
      metrics.put("held_out_link_stage_lrg_model_only", linkStage(held, models.subList(0, 1)));
      metrics.put("held_out_link_stage_without_model", linkStage(held, List.of()));
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(out.resolve("metrics.json"), json.writeValueAsString(metrics) + "\n", StandardCharsets.UTF_8);
    Files.writeString(out.resolve("MODEL_CARD.md"), LinkageModelCard.render(metrics), StandardCharsets.UTF_8);
    System.err.println("wrote " + out + ": " + SETTINGS.stream().map(x -> x.flag().code() + ".tsv")
        .collect(java.util.stream.Collectors.joining(", ")) + ", metrics.json and MODEL_CARD.md");
    return 0;
  }

  /** Fits the lrg model on the passages of the languages it covers. */
  public static Fit fit(List<LabelledPassages.Passage> passages) {
    return fit(passages, SETTINGS.get(0));
  }

  /** Fits the model of a flag on the passages of the languages it covers. */
  public static Fit fit(List<LabelledPassages.Passage> passages, Settings settings) {
    List<LabelledPassages.Passage> used = passages.stream().filter(p -> LANGUAGES.contains(p.language())).toList();
    List<Set<String>> x = new ArrayList<>(used.size());
    Map<String, Integer> counts = new TreeMap<>();
    for (LabelledPassages.Passage p : used) {
      Set<String> f = PassageModel.features(p.text(), p.heading());
      x.add(f);
      f.forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    List<String> vocabulary = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT).map(Map.Entry::getKey)
        .toList();
    Map<String, Integer> index = new HashMap<>();
    for (String v : vocabulary) {
      index.put(v, index.size());
    }
    int n = used.size();
    int[][] rows = new int[n][];
    double[] y = new double[n];
    int positives = 0;
    for (int i = 0; i < n; i++) {
      rows[i] = x.get(i).stream().map(index::get).filter(j -> j != null).mapToInt(Integer::intValue).sorted().toArray();
      boolean positive = used.get(i).expected().flags().contains(settings.flag());
      y[i] = positive ? 1 : 0;
      positives += positive ? 1 : 0;
    }
    double[] w = new double[vocabulary.size()];
    double b = 0;
    double[] g = new double[w.length];
    for (int it = 0; it < ITERATIONS; it++) {
      java.util.Arrays.fill(g, 0);
      double gb = 0;
      for (int i = 0; i < n; i++) {
        double z = b;
        for (int j : rows[i]) {
          z += w[j];
        }
        double r = 1 / (1 + Math.exp(-z)) - y[i];
        for (int j : rows[i]) {
          g[j] += r;
        }
        gb += r;
      }
      for (int j = 0; j < w.length; j++) {
        w[j] -= STEP * (g[j] / n + L2 * w[j] / n);
      }
      b -= STEP * gb / n;
    }
    Map<String, Double> weights = new HashMap<>();
    for (int j = 0; j < w.length; j++) {
      weights.put(vocabulary.get(j), round(w[j]));
    }
    return new Fit(new PassageModel(settings.flag(), weights, round(b), settings.threshold(), settings.keep(),
        settings.overruleWords(), LANGUAGES), n, positives,
        vocabulary.size());
  }

  private static double round(double v) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.6g", v));
  }

  /** The model's text form, features sorted (the same training writes the same file). */
  static void write(Fit fit, Path file) throws IOException {
    StringBuilder b = new StringBuilder();
    String flag = fit.model().flag().code();
    b.append("# Model of the link stage's ").append(flag).append(" flag: logistic regression over passage features, ")
        .append("made by `bin/vlr train linkage` (org.vlrobs.training.LinkageTraining); see MODEL_CARD.md\n")
        .append(String.format(Locale.ROOT, "# %d passages, %d of them %s, %d features%n", fit.passages(),
            fit.positives(), flag, fit.features()));
    b.append("@flag\t").append(flag).append('\n');
    b.append("@intercept\t").append(fit.model().intercept()).append('\n');
    b.append("@threshold\t").append(fit.model().threshold()).append('\n');
    b.append("@keep\t").append(fit.model().keep()).append('\n');
    b.append("@overrule_words\t").append(fit.model().overruleWords()).append('\n');
    b.append("@languages\t").append(String.join(",", new TreeSet<>(LANGUAGES))).append('\n');
    Map<String, Double> sorted = new TreeMap<>(fit.model().weights());
    for (Map.Entry<String, Double> e : sorted.entrySet()) {
      if (e.getValue() != 0) {
        b.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
      }
    }
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
  }

  /** Out-of-fold probabilities: whole batches as folds (batch k goes to fold k mod 5, batches in name order). */
  static double[] outOfFold(List<LabelledPassages.Passage> passages, Settings settings) {
    List<String> batches = new ArrayList<>(new TreeSet<>(passages.stream().map(LabelledPassages.Passage::batch).toList()));
    Map<String, Integer> fold = new HashMap<>();
    for (int i = 0; i < batches.size(); i++) {
      fold.put(batches.get(i), i % FOLDS);
    }
    double[] p = new double[passages.size()];
    java.util.Arrays.fill(p, Double.NaN);
    for (int k = 0; k < FOLDS; k++) {
      final int f = k;
      List<LabelledPassages.Passage> train = passages.stream().filter(x -> fold.get(x.batch()) != f).toList();
      PassageModel m = fit(train, settings).model();
      System.err.printf(Locale.ROOT, "  fold %d of %d fitted%n", k + 1, FOLDS);
      for (int i = 0; i < passages.size(); i++) {
        LabelledPassages.Passage x = passages.get(i);
        if (fold.get(x.batch()) == f && m.covers(x.language())) {
          p[i] = m.probability(x.text(), x.heading());
        }
      }
    }
    return p;
  }

  /** Precision, recall and F1 of the flag at the threshold, over passages with a probability, per language too. */
  static Map<String, Object> scores(List<LabelledPassages.Passage> passages, double[] p, double threshold,
      MentionType flag) {
    Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn, n
    for (int i = 0; i < passages.size(); i++) {
      if (Double.isNaN(p[i])) {
        continue;
      }
      boolean gold = passages.get(i).expected().flags().contains(flag);
      boolean said = p[i] >= threshold;
      for (String key : List.of("all", passages.get(i).language())) {
        int[] c = counts.computeIfAbsent(key, k -> new int[4]);
        c[0] += gold && said ? 1 : 0;
        c[1] += !gold && said ? 1 : 0;
        c[2] += gold && !said ? 1 : 0;
        c[3]++;
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    counts.entrySet().stream().sorted((a, b) -> a.getKey().equals("all") ? -1 : b.getKey().equals("all") ? 1
        : a.getKey().compareTo(b.getKey())).forEach(e -> out.put(e.getKey(), prf(e.getValue())));
    return out;
  }

  private static Map<String, Object> prf(int[] c) {
    double precision = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
    double recall = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("passages", c[3]);
    m.put("precision", r3(precision));
    m.put("recall", r3(recall));
    m.put("f1", r3(f1));
    return m;
  }

  /** Out-of-fold probabilities in ten bins against the observed share of passages with the flag. */
  static List<Map<String, Object>> reliability(List<LabelledPassages.Passage> passages, double[] p, MentionType flag) {
    int[] n = new int[10];
    int[] pos = new int[10];
    double[] sum = new double[10];
    for (int i = 0; i < p.length; i++) {
      if (Double.isNaN(p[i])) {
        continue;
      }
      int bin = Math.min(9, (int) (p[i] * 10));
      n[bin]++;
      sum[bin] += p[i];
      pos[bin] += passages.get(i).expected().flags().contains(flag) ? 1 : 0;
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("bin", String.format(Locale.ROOT, "%.1f-%.1f", k / 10.0, (k + 1) / 10.0));
      m.put("passages", n[k]);
      m.put("mean_probability", n[k] == 0 ? null : r3(sum[k] / n[k]));
      m.put("observed_share", n[k] == 0 ? null : r3(pos[k] / (double) n[k]));
      out.add(m);
    }
    return out;
  }

  /** The link stage's flags on the passages (documents read in order), with these models (none: the rules alone). */
  static Map<String, Object> linkStage(List<LabelledPassages.Passage> passages, List<PassageModel> models) {
    VnrLinker linker = new VnrLinker(new VlrCatalog(List.of()), null, models);
    Map<String, LinkageEvaluation.Labels> found = LabelledPassages.found(linker, passages);
    LinkageEvaluation eval = new LinkageEvaluation(LocalityGazetteer.shared());
    for (LabelledPassages.Passage p : passages) {
      eval.add(p.id(), p.expected(), found.get(p.id()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("passages", passages.size());
    for (MentionType t : MentionType.values()) {
      double[] s = eval.flag(t);
      Map<String, Object> pr = new LinkedHashMap<>();
      pr.put("precision", r3(s[0]));
      pr.put("recall", r3(s[1]));
      m.put(t.name().toLowerCase(Locale.ROOT), pr);
    }
    m.put("flag_f1", r3(eval.flagF1()));
    m.put("level_accuracy", r3(eval.levelAccuracy()));
    return m;
  }

  static double r3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
