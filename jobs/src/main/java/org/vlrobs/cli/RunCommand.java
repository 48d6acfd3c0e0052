package org.vlrobs.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.jobs.ExtractJob;
import org.vlrobs.jobs.Pipeline;
import org.vlrobs.jobs.Spark;
import org.vlrobs.jobs.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vlr run}: the pipeline on any corpus. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the pipeline on a corpus (a directory, optionally with manifest.csv, or a manifest CSV).")
public final class RunCommand implements Callable<Integer> {
  @Mixin
  ExtractJob.Options options = new ExtractJob.Options();

  @Option(names = "--master", description = "Spark master URL (local[*], spark://host:7077, yarn, k8s://...); "
      + "default local[*]")
  String master;

  @Option(names = "--stages", split = ",", description = "stages to run, comma-separated (default: all: ${DEFAULT-VALUE})",
      defaultValue = "extract,segment,classify,link,report")
  List<String> stages;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    for (String stage : stages) {
      if (!Pipeline.stageNames().contains(stage)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "unknown stage '" + stage + "'; stages are " + String.join(", ", Pipeline.stageNames()));
      }
    }
    SparkSession spark = Spark.session("vlr-run", master);
    try {
      Pipeline.Run run = Pipeline.run(spark, options, stages);
      Summary.print(spark, options.out, System.out);
      if (run.report() != null) {
        System.out.println("Trend report: " + run.report());
      }
    } finally {
      spark.stop();
    }
    return 0;
  }
}
