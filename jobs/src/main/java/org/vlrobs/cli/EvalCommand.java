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

  @Option(names = "--in", required = true, description = "labelled CSV")
  Path in;

  @Override
  public Integer call() throws Exception {
    if (!"sdg".equals(what)) {
      System.err.println("unknown evaluation '" + what + "': sdg");
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
}
