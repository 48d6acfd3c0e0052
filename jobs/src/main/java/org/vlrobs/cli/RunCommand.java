package org.vlrobs.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.jobs.Pipeline;
import org.vlrobs.jobs.PipelineOptions;
import org.vlrobs.jobs.Spark;
import org.vlrobs.jobs.Stage;
import org.vlrobs.jobs.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vlr run}: the pipeline on any corpus; options are the shared ones plus every stage's own. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the pipeline on a corpus (a directory, optionally with manifest.csv, or a manifest CSV).")
public final class RunCommand implements Callable<Integer> {
  private final PipelineOptions options = new PipelineOptions();
  private final List<Stage> stages = Pipeline.standardStages();

  @Option(names = "--stages", split = ",", description = "stages to run, comma-separated, run in pipeline order "
      + "(default: all: ${DEFAULT-VALUE})", defaultValue = "extract,segment,classify,link,report")
  List<String> names;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** The command with the shared options and every stage's options. */
  static CommandLine commandLine() {
    RunCommand command = new RunCommand();
    CommandLine cli = new CommandLine(command);
    Pipeline.addOptions(cli.getCommandSpec(), command.options, command.stages);
    return cli;
  }

  @Override
  public Integer call() throws Exception {
    Pipeline pipeline = new Pipeline(options, stages);
    for (String stage : names) {
      if (!Pipeline.stageNames().contains(stage)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "unknown stage '" + stage + "'; stages are " + String.join(", ", Pipeline.stageNames()));
      }
    }
    SparkSession spark = Spark.session("vlr-run", options.master);
    try {
      Pipeline.Run run = pipeline.run(spark, names);
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
