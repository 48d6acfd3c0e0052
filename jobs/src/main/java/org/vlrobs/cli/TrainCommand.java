package org.vlrobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vlrobs.classify.Lexicon;
import org.vlrobs.classify.LexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vlr train lexicon|sdg|linkage}: build the SDG lexicon from the framework wording and the curated terms, train
 * the SDG classifier, or train the link stage's involvement model from the labelled VNR passages.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train or build a model into models/ (models: lexicon, sdg, linkage).")
public final class TrainCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "what to build: lexicon (models/sdg-lexicon), sdg (models/sdg-classifier) or "
      + "linkage (models/linkage, from data/eval/vnr-passages.csv)")
  String model;

  @Option(names = "--shared", description = "the shared material folder (default: <project>/../shared)")
  Path shared;

  @Option(names = "--out", description = "model folder (default: <project>/models/sdg-lexicon, models/sdg-classifier or "
      + "models/linkage)")
  Path out;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master for training (default ${DEFAULT-VALUE})")
  String master;

  @Option(names = "--data", description = "linkage: the labelled VNR passages (default: <project>/data/eval/vnr-passages.csv)")
  Path data;

  @Option(names = "--hold-out", split = ",", description = "linkage: batches (id prefixes, e.g. b56,b57) left out of "
      + "training and scored as held out")
  List<String> holdOut = List.of();

  @Override
  public Integer call() throws Exception {
    Path home = ProjectHome.get();
    if ("linkage".equals(model)) {
      return new org.vlrobs.training.LinkageTraining(data != null ? data : home.resolve("data/eval/vnr-passages.csv"),
          out != null ? out : home.resolve("models/linkage"), java.util.Set.copyOf(holdOut)).run();
    }
    Path sharedDir = shared != null ? shared : home.resolveSibling("shared");
    Path translations = sharedDir.resolve("data/sdg-framework/translations");
    if (!Files.isDirectory(translations)) {
      System.err.println("no SDG framework translations at " + translations + " (use --shared)");
      return 2;
    }
    if ("sdg".equals(model)) {
      return new org.vlrobs.training.SdgTraining(sharedDir, out != null ? out : home.resolve("models/sdg-classifier"),
          home.resolve("models/sdg-lexicon/curated.tsv"), master, home.resolve("target")).run();
    }
    if (!"lexicon".equals(model)) {
      System.err.println("unknown model '" + model + "': lexicon, sdg or linkage");
      return 2;
    }
    Path dir = out != null ? out : home.resolve("models/sdg-lexicon");
    List<Lexicon.Entry> entries = new LexiconBuilder().build(translations, dir.resolve("curated.tsv"));
    LexiconBuilder.write(entries, dir.resolve("lexicon.tsv"));
    List<String[]> targetTerms = new LexiconBuilder().targetTerms(translations);
    LexiconBuilder.writeTargets(targetTerms, dir.resolve("targets.tsv"));
    Map<String, Long> counts = entries.stream().collect(
        Collectors.groupingBy(e -> e.language() + " / " + e.source(), TreeMap::new, Collectors.counting()));
    StringBuilder card = new StringBuilder();
    card.append("# Model card: SDG lexicon (`models/sdg-lexicon/lexicon.tsv`)\n\n")
        .append("Multilingual terms pointing to SDGs 1-17 with a weight in (0, 1], used by the classifier as ")
        .append("evidence (\"matched terms\") and as features.\n\n")
        .append("## Made by\n\n`bin/vlr train lexicon` (class `org.vlrobs.classify.LexiconBuilder`), from\n\n")
        .append("- the official goal, target and indicator wording in `../shared/data/sdg-framework/translations/")
        .append("<lang>/global_{goals,targets,indicators}.yml` (MIT) for ").append(LexiconBuilder.class.getSimpleName())
        .append("'s languages (en, es, fr, de, it): one- to three-word content terms kept for a goal when at least 70 % ")
        .append("of their occurrences are in that goal's texts (one-word terms need 3 occurrences, longer 2), weight = ")
        .append("specificity x log-frequency; goal short titles kept whole (weight 1);\n")
        .append("- `curated.tsv`, written by this project (Portuguese for all goals, since the framework has no ")
        .append("Portuguese translation; the vocabulary of local reviews in en/es/fr).\n\n")
        .append("Terms are folded (case, accents), stop words dropped and plurals reduced (`TermFolding`); text is ")
        .append("folded the same way before matching.\n\n## Contents\n\n| language / source | terms |\n| --- | --- |\n");
    counts.forEach((k, v) -> card.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    card.append("| **total** | ").append(entries.size()).append(" |\n\n")
        .append("## Target terms (`targets.tsv`)\n\n").append(targetTerms.size())
        .append(" two- and three-word terms that occur (at least twice) in the wording of one target and its indicators ")
        .append("and of no other target, in en, es, fr, de, it. They give a labelled goal its target (`targets` column) ")
        .append("when the text names it.\n\n")
        .append("## Limits\n\nA lexicon finds words, not meaning: negations and unrelated senses (\"water\" in a ")
        .append("budget line) match too. It is one signal among explicit references and the supervised model.\n");
    Files.writeString(dir.resolve("MODEL_CARD.md"), card.toString());
    System.out.println("wrote " + dir.resolve("lexicon.tsv") + " (" + entries.size() + " terms) and MODEL_CARD.md");
    return 0;
  }
}
