package org.vlrobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SqlCommandTest {
  @TempDir
  Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Vlr.commandLine();
    cli.setOut(new PrintWriter(stdout, true));
    cli.setErr(new PrintWriter(stderr, true));
    return cli.execute(args);
  }

  private void tables() throws Exception {
    Files.createDirectories(out.resolve("tables/documents"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("COPY (SELECT 'a' AS doc_id, 'VLR' AS kind UNION ALL SELECT 'b', 'VNR') TO '"
          + out.resolve("tables/documents/part-0.parquet") + "' (FORMAT parquet)");
    }
  }

  @Test
  void happyPathAsTableCsvAndJson() throws Exception {
    tables();
    assertEquals(0, run("sql", "--out", out.toString(), "SELECT kind, count(*) AS n FROM documents GROUP BY kind ORDER BY kind"));
    assertTrue(stdout.toString().contains("VLR   1"), stdout.toString());
    assertEquals(0, run("sql", "--tables", out.toString(), "--format", "csv", "SELECT doc_id FROM documents ORDER BY 1"));
    assertTrue(stdout.toString().endsWith("doc_id\na\nb\n") && !stdout.toString().contains("\r"), stdout.toString());
    assertEquals(0, run("sql", "--tables", out.toString(), "--format", "JSON", "SELECT doc_id FROM documents ORDER BY 1"));
    assertTrue(stdout.toString().contains("\"doc_id\" : \"b\""), stdout.toString());
  }

  @Test
  void errorsAreOneLineWithANonZeroExit() throws Exception {
    tables();
    assertEquals(1, run("sql", "--tables", out.toString(), "SELECT * FROM nosuch"));
    assertTrue(stderr.toString().startsWith("vlr sql: Catalog Error"), stderr.toString());
    assertEquals(1, stderr.toString().strip().lines().count());
    assertEquals(1, run("sql", "--tables", out.toString(), "SELEC 1"));
    assertTrue(stderr.toString().contains("Parser Error"), stderr.toString());
    assertEquals(1, run("sql", "--tables", out.resolve("missing").toString(), "SELECT 1"));
    assertTrue(stderr.toString().contains("run the pipeline first"), stderr.toString());
  }
}
