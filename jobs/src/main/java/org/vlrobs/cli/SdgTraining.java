package org.vlrobs.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.classify.LabelledText;
import org.vlrobs.classify.Lexicon;
import org.vlrobs.classify.LexiconBuilder;
import org.vlrobs.classify.Metrics;
import org.vlrobs.classify.SdgModel;
import org.vlrobs.jobs.Spark;
import org.vlrobs.jobs.SdgTrainer;

/**
 * {@code vlr train sdg}: trains the supervised SDG model on the shared labelled texts plus the official
 * framework wording (en, es, fr, de, it) and the curated terms, picks the regularisation on a validation
 * split, and reports held-out scores (a 20 % split the model never sees) with and without texts that
 * copy official wording, next to a lexicon-only baseline. Writes the model and its card.
 */
final class SdgTraining {
  private static final double[] REG_GRID = {3e-4, 1e-3, 3e-3, 1e-2};
  private static final int HELD_OUT_PERCENT = org.vlrobs.evaluation.HeldOut.PERCENT;

  private final Path shared;
  private final Path out;
  private final Path curated;
  private final String master;

  SdgTraining(Path shared, Path out, Path curated, String master) {
    this.shared = shared;
    this.out = out;
    this.curated = curated;
    this.master = master;
  }

  int run() throws Exception {
    Path translations = shared.resolve("data/sdg-framework/translations");
    LexiconBuilder lexiconBuilder = new LexiconBuilder();
    List<String> officialEnglish = new ArrayList<>();
    lexiconBuilder.frameworkTexts(translations, "en").values().forEach(officialEnglish::addAll);
    List<LabelledText> labelled = LabelledText.trail22(shared.resolve("data/labelled/trail22"), officialEnglish);
    List<LabelledText> heldOut = labelled.stream().filter(org.vlrobs.evaluation.HeldOut::contains).toList();
    List<LabelledText> rest = labelled.stream().filter(t -> !org.vlrobs.evaluation.HeldOut.contains(t)).toList();
    List<LabelledText> validation = rest.stream().filter(t -> t.inHeldOut(15, "validation")).toList();
    List<LabelledText> fit = rest.stream().filter(t -> !t.inHeldOut(15, "validation")).toList();

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
    Map<String, List<String>> curatedDocs = org.vlrobs.classify.CuratedTerms.read(curated).stream()
        .collect(Collectors.groupingBy(t -> t.language() + "\t" + t.goal(), java.util.TreeMap::new,
            Collectors.mapping(org.vlrobs.classify.CuratedTerms.Term::surface, Collectors.toList())));
    curatedDocs.forEach((k, terms) -> extra.add(new SdgTrainer.Example(String.join(". ", terms),
        Integer.parseInt(k.split("\t")[1]))));

    StringBuilder log = new StringBuilder();
    SparkSession spark = Spark.session("vlr-train-sdg", master);
    double bestReg = REG_GRID[0];
    double bestScore = -1;
    SdgModel model;
    try {
      for (double reg : REG_GRID) {
        SdgModel m = SdgTrainer.train(spark, examples(fit, extra), reg);
        Metrics v = evaluate(m, validation);
        double score = v.macro(v::f1);
        log.append(String.format(Locale.ROOT, "| %.4f | %.3f | %.3f |%n", reg, score, v.macro(v::balancedAccuracy)));
        System.out.printf(Locale.ROOT, "regParam %.4f: validation macro F1 %.3f, balanced accuracy %.3f%n", reg, score,
            v.macro(v::balancedAccuracy));
        if (score > bestScore) {
          bestScore = score;
          bestReg = reg;
        }
      }
      model = SdgTrainer.train(spark, examples(rest, extra), bestReg);
    } finally {
      spark.stop();
    }

    Metrics all = evaluate(model, heldOut);
    List<LabelledText> plain = heldOut.stream().filter(t -> !t.official()).toList();
    Metrics noOfficial = evaluate(model, plain);
    Metrics lexiconOnly = evaluateLexicon(Lexicon.load(), plain);

    Files.createDirectories(out);
    try (OutputStream os = Files.newOutputStream(out.resolve("model.tsv.gz"))) {
      model.write(os);
    }
    long official = labelled.stream().filter(LabelledText::official).count();
    String card = "# Model card: supervised SDG classifier (`models/sdg-classifier/model.tsv.gz`)\n\n"
        + "One class-balanced binary logistic regression per SDG (L2) over TF-IDF of folded uni- and bigrams "
        + "(accents, case, stop words of six languages, plurals), trained with Spark MLlib. Inference is plain Java "
        + "(`org.vlrobs.classify.SdgModel`) from the jar; `../shared` is not needed at run time.\n\n"
        + "## Made by\n\n`bin/vlr train sdg` (`org.vlrobs.cli.SdgTraining`, `org.vlrobs.jobs.SdgTrainer`) from:\n\n"
        + String.format(Locale.ROOT, "- TRAIL22 labelled texts in `../shared/data/labelled/trail22` (CC-BY-4.0): %d usable "
            + "texts, one SDG each (%d copy official target/indicator wording);%n", labelled.size(), official)
        + String.format(Locale.ROOT, "- the official goal/target/indicator wording in en, es, fr, de, it (%d texts, "
            + "MIT) and the project's curated terms (%d pseudo-documents), for training only.%n%n", frameworkTexts,
            curatedDocs.size())
        + String.format(Locale.ROOT, "Held-out split: %d %% of the labelled texts by a hash of their id (%d texts), never "
            + "used for training or model selection. Validation: 15 %% of the rest (%d texts), to choose the L2 "
            + "strength. Final model trained on all non-held-out texts. Vocabulary: %,d terms (document "
            + "frequency >= 2). Decision threshold 0.5 per SDG (class-balanced training).%n%n", HELD_OUT_PERCENT,
            heldOut.size(), validation.size(), model.vocabularySize())
        + "## Model selection (validation)\n\n| regParam | macro F1 | macro balanced accuracy |\n| --- | --- | --- |\n"
        + log + String.format(Locale.ROOT, "%nChosen: %.4f.%n%n", bestReg)
        + String.format(Locale.ROOT, "## Held-out scores, all %d texts%n%n", heldOut.size()) + all.table()
        + String.format(Locale.ROOT, "%n## Held-out scores without texts copying official wording (%d texts)%n%n",
            plain.size()) + noOfficial.table()
        + "\n## Baseline on the same texts: lexicon only (`models/sdg-lexicon`, any term of the goal)\n\n"
        + lexiconOnly.table()
        + "\nEach text has one gold SDG; every SDG is judged for every text (17 binary decisions per text), so "
        + "accuracy is dominated by negatives; *balanced accuracy* (mean of recall on yes and on no) is what a "
        + "benchmark with about half yes per SDG measures. These texts are short (median ~180 characters) and mostly "
        + "English: real review passages are longer and multilingual, where the classify stage adds explicit "
        + "references, headings and the lexicon.\n";
    Files.writeString(out.resolve("MODEL_CARD.md"), card, StandardCharsets.UTF_8);
    try (OutputStream os = Files.newOutputStream(out.resolve("metrics.json"))) { // read by the report
      new org.vlrobs.evaluation.ModelMetrics("models/sdg-classifier/model.tsv.gz", "bin/vlr train sdg", List.of(
          org.vlrobs.evaluation.ModelMetrics.Evaluation.of("held_out",
              String.format(Locale.ROOT, "Held-out scores, all %d texts", heldOut.size()), heldOut.size(), all),
          org.vlrobs.evaluation.ModelMetrics.Evaluation.of("held_out_plain", String.format(Locale.ROOT,
              "Held-out scores without texts copying official wording (%d texts)", plain.size()), plain.size(),
              noOfficial),
          org.vlrobs.evaluation.ModelMetrics.Evaluation.of("baseline_lexicon",
              "Baseline on the same texts: lexicon only (`models/sdg-lexicon`, any term of the goal)", plain.size(),
              lexiconOnly))).write(os);
    }
    System.out.println(card);
    return 0;
  }

  private static List<SdgTrainer.Example> examples(List<LabelledText> texts, List<SdgTrainer.Example> extra) {
    List<SdgTrainer.Example> out = new ArrayList<>(texts.size() + extra.size());
    texts.forEach(t -> out.add(new SdgTrainer.Example(t.text(), t.goal())));
    out.addAll(extra);
    return out;
  }

  static Metrics evaluate(SdgModel model, List<LabelledText> texts) {
    Metrics m = new Metrics();
    for (LabelledText t : texts) {
      double[] p = model.probabilities(t.text());
      for (int g = 1; g <= 17; g++) {
        m.add(g, t.goal() == g, p[g - 1] >= model.threshold(g));
      }
    }
    return m;
  }

  static Metrics evaluateLexicon(Lexicon lexicon, List<LabelledText> texts) {
    Metrics m = new Metrics();
    for (LabelledText t : texts) {
      Set<Integer> goals = lexicon.match(t.text(), "en").stream().map(Lexicon.Hit::goal).collect(Collectors.toSet());
      for (int g = 1; g <= 17; g++) {
        m.add(g, t.goal() == g, goals.contains(g));
      }
    }
    return m;
  }
}
