package org.vlrobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/vlr}: the command line of VLR Observatory. */
@Command(name = "vlr", mixinStandardHelpOptions = true, version = "VLR Observatory 0.1.0",
    description = "Batch analytics over Voluntary Local Reviews (VLRs) and Voluntary National Reviews (VNRs).",
    subcommands = {DemoCommand.class, FetchCommand.class, SampleCommand.class, SchemaCommand.class,
        BenchCommand.class, TrainCommand.class, ClassifyTextCommand.class, EvalCommand.class, SqlCommand.class,
        CommandLine.HelpCommand.class})
public final class Vlr implements Callable<Integer> {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line: case-insensitive enum values, user errors as one line. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Vlr());
    cli.addSubcommand("run", RunCommand.commandLine());
    for (org.vlrobs.jobs.Stage stage : org.vlrobs.jobs.Pipeline.standardStages()) { // vlr extract, ..., vlr report
      cli.addSubcommand(stage.name(), org.vlrobs.jobs.StageCommand.commandLine(stage));
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // a user's mistake (missing corpus, unreadable file) is a sentence, not a stack trace; VLR_DEBUG=1 shows it
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (System.getenv("VLR_DEBUG") != null || !(e instanceof java.io.IOException || e instanceof IllegalArgumentException)) {
        throw e;
      }
      commandLine.getErr().println("vlr " + commandLine.getCommandName() + ": " + e.getMessage());
      return 1;
    });
    return cli;
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(System.out);
    return 2;
  }
}
