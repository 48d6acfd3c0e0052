package org.vlrobs.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vlrobs.tables.DataDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vlr schema}: print (or write) the data dictionary generated from the table definitions. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the data dictionary (Markdown) of every table, or write it with --write.")
public final class SchemaCommand implements Callable<Integer> {
  @Option(names = "--write", description = "write to this file (e.g. docs/tables.md) instead of printing")
  Path write;

  @Override
  public Integer call() throws Exception {
    String md = DataDictionary.markdown();
    if (write != null) {
      Files.writeString(write, md, StandardCharsets.UTF_8);
      System.out.println("wrote " + write);
    } else {
      System.out.print(md);
    }
    return 0;
  }
}
