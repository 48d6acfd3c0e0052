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

  @Option(names = {"--out", "--output"}, defaultValue = "-",
      description = "output CSV file, or - for standard output (default ${DEFAULT-VALUE}); lines end with \\n")
  String output;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--sdg-method", defaultValue = "ensemble", description = "fast or ensemble (default ${DEFAULT-VALUE})")
  SdgClassifier.Method sdgMethod;

  @Override
  public Integer call() throws Exception {
    TextBatch batch = new TextBatch(SdgClassifier.load(sdgMethod));
    int n;
    boolean stdout = "-".equals(output);
    try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
         Writer w = stdout ? new java.io.FilterWriter(spec.commandLine().getOut()) {
           @Override
           public void close() {
             flush(); // standard output stays open
           }

           @Override
           public void flush() {
             spec.commandLine().getOut().flush();
           }
         } : Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
      n = batch.classify(r, w);
    }
    batch.errors().forEach(e -> spec.commandLine().getErr().println(in + ": " + e));
    spec.commandLine().getErr().printf("%d texts classified into %s%s%n", n, stdout ? "standard output" : output,
        batch.errors().isEmpty() ? "" : "; " + batch.errors().size() + " problem(s) reported above");
    return batch.errors().isEmpty() ? 0 : 1;
  }
}
