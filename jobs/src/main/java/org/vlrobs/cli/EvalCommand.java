package org.vlrobs.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vlrobs.classify.LabelledText;
import org.vlrobs.classify.Metrics;
import org.vlrobs.classify.SdgClassifier;
import org.vlrobs.evaluation.HeldOut;
import org.vlrobs.evaluation.LinkageOutput;
import org.vlrobs.evaluation.MentionEvaluation;
import org.vlrobs.evaluation.SdgEvaluation;
import org.vlrobs.link.LinkageEvaluation;
import org.vlrobs.training.BenchmarkProxy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vlr eval sdg}: precision, recall, F1 and accuracy per SDG on labelled texts;
 * {@code vlr eval linkage}: the link stage's output against hand-labelled VNRs; {@code vlr eval mentions}: the link
 * rules on labelled passages. Parses and prints; the evaluations are in {@code org.vlrobs.evaluation}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate a stage on labelled data. sdg: CSV id,text,sdg or id,text,sdg,label (--in) or the "
        + "held-out TRAIL22 texts (--held-out) or the benchmark proxy (--benchmark-proxy); --sdg-method fast|ensemble. linkage: a pipeline output (--out) against a truth JSON (--truth). "
        + "mentions: the link rules on labelled VNR passages, CSV id,language,heading,text,expected,localities (--in; "
        + "default data/eval/vnr-passages.csv). layout: reading-order text and block roles of designed PDFs against "
        + "their truth (--set; default data/sample/layout).")
public final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "what to evaluate: sdg, linkage, mentions or layout")
  String what;

  @Option(names = "--set", description = "layout: folder of designed PDFs with <name>.truth.json (default: "
      + "data/sample/layout)")
  Path set;

  @Option(names = "--geometry-only", description = "layout: ignore the structure tree of tagged PDFs")
  boolean geometryOnly;

  @Option(names = "--verbose", description = "layout: list every miss")
  boolean verbose;

  @Option(names = "--out", description = "linkage: the pipeline output directory")
  Path out;

  @Option(names = "--truth", description = "linkage: truth JSON (default: data/sample/linkage-truth.json)")
  Path truth;

  @Option(names = "--in", description = "labelled CSV")
  Path in;

  @Option(names = "--held-out", description = "instead of --in: the held-out split of the shared TRAIL22 texts that "
      + "the model never saw (as in its model card), without texts copying official wording")
  boolean heldOut;

  @Option(names = "--shared", description = "with --held-out or --benchmark-proxy: the shared folder (default: "
      + "<project>/../shared)")
  Path shared;

  @Option(names = "--benchmark-proxy", description = "instead of --in: a local stand-in for the expert SDG benchmark "
      + "(held-out TRAIL22 texts of >= 150 characters, each judged yes/no for one SDG, about half yes; "
      + "org.vlrobs.training.BenchmarkProxy), with and without texts copying official wording")
  boolean benchmarkProxy;

  @Option(names = "--sdg-method", defaultValue = "ensemble", description = "sdg: fast or ensemble (default ${DEFAULT-VALUE})")
  SdgClassifier.Method sdgMethod;

  @Override
  public Integer call() throws Exception {
    switch (what) {
      case "linkage" -> {
        if (out == null) {
          System.err.println("give --out <pipeline output directory>");
          return 2;
        }
        Path truthFile = truth != null ? truth : ProjectHome.get().resolve("data/sample/linkage-truth.json");
        LinkageEvaluation eval = LinkageOutput.read(out).evaluate(truthFile);
        System.out.println("Truth: " + truthFile + "\nOutput: " + out + "\n");
        System.out.print(eval.report());
        return 0;
      }
      case "mentions" -> {
        Path file = in != null ? in : ProjectHome.get().resolve("data/eval/vnr-passages.csv");
        MentionEvaluation.Result r = MentionEvaluation.run(file);
        System.out.printf("Labelled VNR passages: %s (%d, %d batches), NER %s, %d ms%n%n", file, r.passages(),
            r.perBatch().size(), r.ner() ? "on" : "off (models jar absent)", r.millis());
        if (r.perBatch().size() > 1) {
          System.out.println("Per batch (id prefix; b0 = the first set):");
          System.out.println(LinkageEvaluation.summaryHeader());
          r.perBatch().forEach((b, e) -> System.out.println(e.summaryRow(b)));
          System.out.println(r.evaluation().summaryRow("all"));
          System.out.println();
        }
        System.out.print(r.evaluation().report().replace("VNRs evaluated", "Passages evaluated")
            .replace("VNRs resolved exactly", "Passages resolved exactly"));
        return 0;
      }
      case "sdg" -> {
        SdgClassifier.Method method = sdgMethod;
        Path sharedDir = shared != null ? shared : ProjectHome.get().resolveSibling("shared");
        if (heldOut) {
          List<LabelledText> texts = HeldOut.plainTexts(sharedDir);
          SdgEvaluation.Result r = SdgEvaluation.texts(texts, method);
          System.out.printf("Held-out TRAIL22 texts the model never saw, without official wording: %d texts%n%n",
              texts.size());
          System.out.println("SDG classifier, --sdg-method " + method + ", as in the pipeline:\n");
          System.out.print(r.metrics().table());
          return 0;
        }
        if (benchmarkProxy) {
          System.out.println("SDG classifier, --sdg-method " + method);
          for (SdgEvaluation.Proxy p : SdgEvaluation.benchmarkProxy(sharedDir, method)) {
            System.out.printf("%nBenchmark proxy, %s texts copying official wording: %d judgements%n%n",
                p.withOfficial() ? "with" : "without", p.judgements());
            System.out.print(p.metrics().table());
            System.out.println("\n" + BenchmarkProxy.summary(p.metrics()));
          }
          return 0;
        }
        if (in == null) {
          System.err.println("give --in <labelled.csv>, --held-out or --benchmark-proxy");
          return 2;
        }
        SdgEvaluation.Result r;
        try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
          r = SdgEvaluation.labelled(reader, method);
        }
        r.errors().forEach(e -> System.err.println(in + ": " + e));
        Metrics m = r.metrics();
        System.out.print(m.table());
        System.out.printf(java.util.Locale.ROOT, "%nmacro: precision %.3f, recall %.3f, F1 %.3f, accuracy %.3f, "
            + "balanced accuracy %.3f%n", m.macro(m::precision), m.macro(m::recall), m.macro(m::f1),
            m.macro(m::accuracy), m.macro(m::balancedAccuracy));
        return 0;
      }
      case "layout" -> {
        return layout();
      }
      default -> {
        System.err.println("unknown evaluation '" + what + "': sdg, linkage, mentions or layout");
        return 2;
      }
    }
  }

  /** Layout quality on a folder of designed PDFs with expected blocks. */
  private int layout() throws java.io.IOException {
    Path dir = set != null ? set : ProjectHome.get().resolve("data/sample/layout");
    if (!Files.isDirectory(dir)) {
      System.err.println("no such folder: " + dir);
      return 2;
    }
    var eval = new org.vlrobs.layout.LayoutEvaluation(!geometryOnly);
    var files = eval.evaluateSet(dir);
    if (files.isEmpty()) {
      System.err.println("no *.truth.json in " + dir);
      return 2;
    }
    System.out.println("Layout evaluation of " + dir + (geometryOnly ? " (geometry only, structure trees ignored)" : ""));
    for (var f : files) {
      System.out.printf("%-32s %s%n", f.name(), f.score().line());
      if (verbose) {
        f.score().notes.forEach(n -> System.out.println("    " + n));
      }
    }
    System.out.printf("%-32s %s%n", "ALL", org.vlrobs.layout.LayoutEvaluation.total(files).line());
    return 0;
  }
}
