package org.vlrobs.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vlrobs.classify.Metrics;
import org.vlrobs.classify.SdgClassifier;
import org.vlrobs.classify.TextBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vlr eval sdg}: precision, recall, F1 and accuracy per SDG on labelled texts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate a stage on labelled data (sdg: CSV id,text,sdg or id,text,sdg,label).")
public final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "what to evaluate: sdg")
  String what;

  @Option(names = "--in", description = "labelled CSV")
  Path in;

  @Option(names = "--held-out", description = "instead of --in: the held-out split of the shared TRAIL22 texts that "
      + "the model never saw (as in its model card), without texts copying official wording")
  boolean heldOut;

  @Option(names = "--shared", description = "with --held-out: the shared folder (default: <project>/../shared)")
  Path shared;

  @Override
  public Integer call() throws Exception {
    if (!"sdg".equals(what)) {
      System.err.println("unknown evaluation '" + what + "': sdg");
      return 2;
    }
    if (heldOut) {
      return heldOut();
    }
    if (in == null) {
      System.err.println("give --in <labelled.csv> or --held-out");
      return 2;
    }
    TextBatch batch = new TextBatch(SdgClassifier.load());
    Metrics m;
    try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      m = batch.evaluate(r);
    }
    batch.errors().forEach(e -> System.err.println(in + ": " + e));
    System.out.print(m.table());
    System.out.printf(java.util.Locale.ROOT, "%nmacro: precision %.3f, recall %.3f, F1 %.3f, accuracy %.3f, "
        + "balanced accuracy %.3f%n", m.macro(m::precision), m.macro(m::recall), m.macro(m::f1), m.macro(m::accuracy),
        m.macro(m::balancedAccuracy));
    return 0;
  }

  /** The combined classifier and the model alone on the held-out texts, as CSV through the same path. */
  private int heldOut() throws Exception {
    Path sharedDir = shared != null ? shared : ProjectHome.get().resolveSibling("shared");
    java.util.List<String> official = new java.util.ArrayList<>();
    new org.vlrobs.classify.LexiconBuilder().frameworkTexts(sharedDir.resolve("data/sdg-framework/translations"), "en")
        .values().forEach(official::addAll);
    java.util.List<org.vlrobs.classify.LabelledText> texts = org.vlrobs.classify.LabelledText
        .trail22(sharedDir.resolve("data/labelled/trail22"), official).stream()
        .filter(t -> t.inHeldOut(20, "test") && !t.official()).toList();
    java.io.StringWriter csv = new java.io.StringWriter();
    try (org.apache.commons.csv.CSVPrinter p = org.apache.commons.csv.CSVFormat.RFC4180.builder()
        .setHeader("id", "text", "sdg").get().print(csv)) {
      for (org.vlrobs.classify.LabelledText t : texts) {
        p.printRecord(t.id(), t.text(), t.goal());
      }
    }
    TextBatch batch = new TextBatch(SdgClassifier.load());
    Metrics m = batch.evaluate(new java.io.StringReader(csv.toString()));
    System.out.printf("Held-out TRAIL22 texts the model never saw, without official wording: %d texts%n%n", texts.size());
    System.out.println("Combined classifier (explicit references + lexicon + model), as in the pipeline:\n");
    System.out.print(m.table());
    return 0;
  }
}
