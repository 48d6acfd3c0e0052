package org.vlrobs.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Reads the committed model files that are gzip-compressed, UTF-8, tab-separated tables
 * ({@code model.tsv.gz}, {@code keywords.tsv.gz}, {@code targets.tsv.gz}): one reader for all of them.
 * Blank lines are skipped; lines starting with {@code #} are skipped too unless the caller wants them
 * (the TF-IDF model keeps its intercepts and thresholds on such lines). Every other line is given split at
 * tabs, empty fields kept. A row the caller cannot parse fails with the file's line number.
 */
public final class GzipTsv {
  /** Receives one line's fields. */
  @FunctionalInterface
  public interface Row {
    void accept(String[] fields) throws IOException;
  }

  private GzipTsv() {}

  /** Every data row, comment and blank lines skipped. */
  public static void read(InputStream in, Row row) throws IOException {
    read(in, false, row);
  }

  /** Every non-blank row; comment lines ({@code #...}) are given too when {@code withComments}. */
  public static void read(InputStream in, boolean withComments, Row row) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || (!withComments && line.startsWith("#"))) {
          continue;
        }
        try {
          row.accept(line.split("\t", -1));
        } catch (RuntimeException e) {
          throw new IOException("line " + number + ": cannot read " + abbreviate(line) + " (" + e + ")", e);
        }
      }
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? "\"" + line + "\"" : "\"" + line.substring(0, 80) + "...\"";
  }
}
