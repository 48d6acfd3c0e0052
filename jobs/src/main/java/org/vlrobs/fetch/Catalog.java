package org.vlrobs.fetch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.lang3.StringUtils;

/**
 * Reads a catalogue of review URLs: tab-separated ({@code .tsv}, no quoting, as
 * {@code published_pdf_urls.tsv}) or comma-separated ({@code .csv}, RFC 4180) with a header naming at
 * least {@code url}. Column names are matched without regard to case; a UTF-8 BOM is ignored; unknown
 * columns are ignored. Rows with an empty url are skipped with a warning.
 */
public final class Catalog {
  public static final List<String> COLUMNS = List.of("url", "host", "upload_ym", "filename", "kind_guess", "sha256");

  /** The rows, and a warning for each row that could not be used. */
  public record Parsed(List<CatalogEntry> entries, List<String> warnings) {}

  private Catalog() {}

  public static Parsed read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("catalogue not found: " + file);
    }
    boolean tsv = !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, tsv);
    }
  }

  public static Parsed parse(Reader reader, boolean tsv) throws IOException {
    CSVFormat base = tsv ? CSVFormat.TDF.builder().setQuote(null).setEscape(null).get() : CSVFormat.RFC4180;
    CSVFormat format = base.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setIgnoreHeaderCase(true).setTrim(true).setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true)
        .get();
    List<CatalogEntry> entries = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      parser.getHeaderMap().forEach((k, v) -> header.putIfAbsent(StringUtils.removeStart(k, "\uFEFF").trim(), v));
      if (!header.containsKey("url")) {
        throw new IOException("catalogue has no 'url' column; expected a header like: "
            + String.join(tsv ? "\\t" : ",", COLUMNS));
      }
      for (CSVRecord rec : parser) {
        int line = (int) rec.getRecordNumber() + 1;
        String url = get(rec, header, "url");
        if (url == null) {
          warnings.add("line " + line + ": no url; skipped");
          continue;
        }
        String sha = get(rec, header, "sha256");
        if (sha != null) {
          sha = sha.toLowerCase(Locale.ROOT);
          if (!sha.matches("[0-9a-f]{64}")) {
            warnings.add("line " + line + ": sha256 '" + sha + "' is not 64 hex digits; not verified");
            sha = null;
          }
        }
        entries.add(new CatalogEntry(line, url, get(rec, header, "host"), get(rec, header, "upload_ym"),
            get(rec, header, "filename"), get(rec, header, "kind_guess"), sha));
      }
    }
    return new Parsed(entries, warnings);
  }

  private static String get(CSVRecord rec, Map<String, Integer> header, String column) {
    Integer i = header.get(column);
    if (i == null || i >= rec.size()) {
      return null;
    }
    return StringUtils.trimToNull(rec.get(i));
  }
}
