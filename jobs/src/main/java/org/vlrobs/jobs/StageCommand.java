package org.vlrobs.jobs;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * One stage as a command: {@code vlr <stage>} and each stage's {@code spark-submit} main class
 * ({@code org.vlrobs.jobs.ExtractJob} etc.). Shared options plus the stage's own; a one-stage pipeline run
 * (inputs checked, manifest written).
 */
@Command(mixinStandardHelpOptions = true)
public final class StageCommand implements Callable<Integer> {
  @Mixin
  PipelineOptions options = new PipelineOptions();

  private final Stage stage;

  private StageCommand(Stage stage) {
    this.stage = stage;
  }

  /** The command line of a stage. */
  public static CommandLine commandLine(Stage stage) {
    StageCommand command = new StageCommand(stage);
    CommandLine cli = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setCommandName(stage.name());
    cli.getCommandSpec().usageMessage().description(stage.description());
    if (stage.options() != null) {
      cli.addMixin(stage.name(), stage.options());
    }
    return cli;
  }

  /** {@code main} of a stage's class. */
  static int main(Stage stage, String[] args) {
    return commandLine(stage).execute(args);
  }

  @Override
  public Integer call() throws Exception {
    SparkSession spark = Spark.session("vlr-" + stage.name(), options.master);
    try {
      Pipeline.Run run = new Pipeline(options, List.of(stage)).run(spark, List.of(stage.name()));
      if (run.report() != null) {
        System.out.println("Report: " + run.report());
      }
    } finally {
      spark.stop();
    }
    return 0;
  }
}
