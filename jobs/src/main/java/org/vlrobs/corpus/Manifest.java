package org.vlrobs.corpus;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.text.Normalizer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.lang3.StringUtils;
import org.vlrobs.metadata.CountryGazetteer;
import org.vlrobs.metadata.DocumentKind;

/**
 * The optional corpus manifest: a CSV with header {@code path,kind,country,locality,year,language,title,url}.
 * Only {@code path} is required (relative to the manifest's folder, or absolute). Values are normalised
 * (kind to VLR/VNR/OTHER, country to ISO 3166 alpha-3, language to ISO 639-1); a value that cannot be
 * understood is dropped with a warning, so that it gets inferred instead of poisoning the tables.
 *
 * <p>The reader forgives and reports: a UTF-8 byte-order mark and CRLF line ends are accepted; a line
 * whose quote never closes, or that has no path, becomes an invalid row (a {@code documents} row with
 * status {@code invalid_manifest_row}) and the lines after it are read as usual; a row with fewer
 * columns than the header keeps what it has, one with more keeps its path but not its metadata (the
 * values are probably shifted by an unquoted comma). Paths are returned in Unicode NFC.
 */
public final class Manifest {
  public static final String FILE_NAME = "manifest.csv";
  public static final List<String> COLUMNS =
      List.of("path", "kind", "country", "locality", "year", "language", "title", "url");
  /** A quoted field may span at most this many lines; beyond, its quote is taken as unbalanced. */
  private static final int MAX_RECORD_LINES = 20;

  /**
   * A manifest row: the line it starts on (1-based, the header is line 1), {@code path} as written (NFC),
   * the rest normalised, what was dropped, and, for a row that cannot be used, why ({@code invalid}).
   */
  public record Row(int line, String path, CorpusEntry entry, List<String> warnings, String invalid) {}

  private Manifest() {}

  public static List<Row> parse(Reader reader) throws IOException {
    java.io.StringWriter sw = new java.io.StringWriter();
    reader.transferTo(sw);
    String text = sw.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r\n|\n|\r", -1);
    CSVFormat format = CSVFormat.RFC4180.builder().setTrim(true).setLenientEof(true).setTrailingData(true).get();
    Map<String, Integer> header = null;
    int columns = 0;
    List<Row> rows = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      int line = i + 1;
      if (lines[i].isBlank()) {
        i++;
        continue;
      }
      StringBuilder record = new StringBuilder(lines[i]);
      int j = i;
      while (quotes(record) % 2 == 1 && j + 1 < lines.length && j - i < MAX_RECORD_LINES) {
        record.append('\n').append(lines[++j]);
      }
      CSVRecord rec = null;
      String problem = null;
      if (quotes(record) % 2 == 1) {
        problem = "line " + line + ": a quote opened on this line never closes; the line is skipped";
        j = i; // read on from the next line
      } else {
        try (CSVParser p = CSVParser.parse(record.toString(), format)) {
          List<CSVRecord> recs = p.getRecords();
          rec = recs.isEmpty() ? null : recs.get(0);
        } catch (IOException | RuntimeException e) {
          problem = "line " + line + " is not valid CSV (" + e.getMessage() + "); the line is skipped";
        }
      }
      i = j + 1;
      if (header == null) {
        if (rec == null) {
          throw new IOException("manifest header cannot be read: " + problem);
        }
        header = new HashMap<>();
        for (int c = 0; c < rec.size(); c++) {
          header.putIfAbsent(rec.get(c).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), c);
        }
        columns = rec.size();
        if (!header.containsKey("path")) {
          throw new IOException("manifest has no 'path' column; header must start with: " + String.join(",", COLUMNS));
        }
        continue;
      }
      if (rec == null) {
        rows.add(invalid(line, problem));
        continue;
      }
      if (rec.size() == 1 && rec.get(0).isEmpty()) {
        continue;
      }
      String path = get(rec, header, "path");
      if (path == null) {
        rows.add(invalid(line, "line " + line + " has no path; the row is skipped"));
        continue;
      }
      path = Normalizer.normalize(path, Normalizer.Form.NFC);
      boolean shifted = rec.size() > columns;
        List<String> warnings = new ArrayList<>();
        String kind = get(rec, header, "kind");
        if (kind != null) {
          DocumentKind k = DocumentKind.parse(kind);
          if (k == null) {
            warnings.add("kind '" + kind + "' is not VLR, VNR, VSR or OTHER; inferred instead");
          }
          kind = k == null ? null : k.name();
        }
        String country = get(rec, header, "country");
        if (country != null) {
          String iso3 = CountryGazetteer.shared().toIso3(country);
          if (iso3 == null) {
            warnings.add("country '" + country + "' is not an ISO 3166 code or known name; inferred instead");
          }
          country = iso3;
        }
        Integer year = null;
        String y = get(rec, header, "year");
        if (y != null) {
          try {
            year = Integer.valueOf(y);
            if (year < 1990 || year > 2100) {
              warnings.add("year " + y + " is out of range; inferred instead");
              year = null;
            }
          } catch (NumberFormatException e) {
            warnings.add("year '" + y + "' is not a number; inferred instead");
          }
        }
        String language = get(rec, header, "language");
        if (language != null) {
          language = language.toLowerCase(Locale.ROOT);
          if (!language.matches("[a-z]{2}")) {
            warnings.add("language '" + language + "' is not an ISO 639-1 code; detected instead");
            language = null;
          }
        }
        String fileName = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        CorpusEntry entry = new CorpusEntry(path, fileName, -1, 0, kind, country,
            get(rec, header, "locality"), year, language, get(rec, header, "title"), get(rec, header, "url"));
        if (shifted) {
          String w = "line " + line + " has " + rec.size() + " fields but the header has " + columns
              + " (an unquoted comma?): its metadata is not used";
          warnings.add(w);
          entry = entry.withoutMetadata(w);
        } else if (rec.size() < columns) {
          warnings.add("line " + line + " has " + rec.size() + " fields, the header " + columns
              + ": the missing values are inferred");
        }
        rows.add(new Row(line, path, entry, warnings, null));
    }
    return rows;
  }

  private static Row invalid(int line, String reason) {
    CorpusEntry e = new CorpusEntry("#line=" + line, FILE_NAME + " line " + line, -1, 0, null, null, null, null,
        null, null, null, "invalid_manifest_row", reason);
    return new Row(line, null, e, List.of(reason), reason);
  }

  private static int quotes(CharSequence s) {
    int n = 0;
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) == '"') {
        n++;
      }
    }
    return n;
  }

  private static String get(CSVRecord rec, Map<String, Integer> header, String column) {
    Integer i = header.get(column);
    if (i == null || i >= rec.size()) {
      return null;
    }
    return StringUtils.trimToNull(rec.get(i));
  }
}
