package org.vlrobs.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.vlrobs.query.ResultFormat;
import org.vlrobs.query.TableSql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vlr sql}: ad-hoc SQL over the tables with DuckDB. */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = "Run SQL (DuckDB dialect) over the Parquet tables; each table is a view of its name. "
        + "Example: bin/vlr sql --out out/sample \"SELECT country, level FROM vnr_integration\"")
public final class SqlCommand implements Callable<Integer> {
  @Option(names = {"--out", "--tables"}, required = true,
      description = "pipeline output folder (or its tables/ folder); --tables is the former name")
  Path tables;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE})")
  ResultFormat format;

  @Parameters(index = "0", arity = "0..1", description = "the query; without it the tables are listed")
  String sql;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    java.io.PrintWriter out = spec.commandLine().getOut();
    try (TableSql db = new TableSql(tables)) {
      if (sql == null) {
        out.println("tables: " + String.join(", ", db.views()));
        return 0;
      }
      try {
        out.print(format.render(db.query(sql)));
        out.flush();
      } catch (SQLException e) {
        spec.commandLine().getErr().println("vlr sql: " + e.getMessage().lines().findFirst().orElse("query failed"));
        return 1;
      }
    }
    return 0;
  }
}
