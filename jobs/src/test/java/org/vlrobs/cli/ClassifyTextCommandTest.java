package org.vlrobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassifyTextCommandTest {
  @TempDir
  Path dir;

  @Test
  void csvOnStandardOutputEndsLinesWithNewlineOnly() throws Exception {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, "id,text\r\na,\"Drinking water and sanitation for all.\"\r\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Vlr.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    assertEquals(0, cli.execute("classify-text", "--in", in.toString()), err.toString());
    String csv = out.toString();
    assertTrue(csv.startsWith("id,sdg,score,label\n"), csv);
    assertFalse(csv.contains("\r"), "no carriage returns");
    assertEquals(18, csv.lines().count(), "header and 17 rows");
    assertTrue(err.toString().contains("1 texts classified into standard output"), err.toString());

    Path file = dir.resolve("out.csv");
    assertEquals(0, Vlr.commandLine().execute("classify-text", "--in", in.toString(), "--output", file.toString()));
    assertEquals(csv, Files.readString(file));
  }
}
