package org.vlrobs.cli;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vlrobs.classify.SdgClassifier;
import org.vlrobs.classify.TextBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vlr classify-text}: SDG labels for arbitrary texts, same model and thresholds as the pipeline. */
@Command(name = "classify-text", mixinStandardHelpOptions = true,
    description = "Classify texts by SDG: CSV in (header id,text; RFC 4180, multi-line texts quoted), "
        + "CSV out (header id,sdg,score,label; 17 rows per id). Bad rows are reported and skipped.")
public final class ClassifyTextCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, description = "input CSV with columns id,text")
  Path in;

  @Option(names = "--out", required = true, description = "output CSV")
  Path out;

  @Option(names = "--sdg-method", defaultValue = "ensemble", description = "fast or ensemble (default ${DEFAULT-VALUE})")
  String sdgMethod;

  @Override
  public Integer call() throws Exception {
    TextBatch batch = new TextBatch(SdgClassifier.load(SdgClassifier.Method.parse(sdgMethod)));
    int n;
    try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
         Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      n = batch.classify(r, w);
    }
    batch.errors().forEach(e -> System.err.println(in + ": " + e));
    System.out.printf("%d texts classified into %s%s%n", n, out,
        batch.errors().isEmpty() ? "" : "; " + batch.errors().size() + " problem(s) reported above");
    return batch.errors().isEmpty() ? 0 : 1;
  }
}
