package org.vlrobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.jobs.Pipeline;
import org.vlrobs.jobs.Spark;
import org.vlrobs.jobs.Summary;
import org.vlrobs.sample.SampleCorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vlr demo}: the whole pipeline on the bundled sample corpus, in embedded local Spark. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline on the bundled sample corpus (data/sample/corpus) in local Spark "
        + "and print where the tables are.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--out", description = "output directory (default: <project>/out/sample)")
  Path out;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master (default ${DEFAULT-VALUE})")
  String master;

  @Override
  public Integer call() throws Exception {
    Path home = ProjectHome.get();
    Path corpus = home.resolve("data/sample/corpus");
    if (!Files.isDirectory(corpus)) {
      System.out.println("Generating the sample corpus from data/sample/src ...");
      new SampleCorpusGenerator().generate(home.resolve("data/sample/src"), corpus);
    }
    Path target = out != null ? out.toAbsolutePath() : home.resolve("out/sample");
    Pipeline pipeline = Pipeline.configure("--corpus", corpus.toString(), "--out", target.toString());
    SparkSession spark = Spark.session("vlr-demo", master);
    String report;
    try {
      Pipeline.Run run = pipeline.run(spark);
      Summary.print(spark, target.toString(), System.out);
      report = run.report();
    } finally {
      spark.stop();
    }
    System.out.println();
    System.out.println("Demo output: " + target);
    System.out.println("Tables:       " + target.resolve("tables") + "   (query: bin/vlr sql --out " + target + " \"SELECT ...\")");
    System.out.println("Trend report: " + report);
    return 0;
  }
}
