package org.vlrobs.corpus;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 */
public final class Manifest {
  public static final String FILE_NAME = "manifest.csv";
  public static final List<String> COLUMNS =
      List.of("path", "kind", "country", "locality", "year", "language", "title", "url");

  /** A manifest row: {@code path} as written, the rest normalised, and what was dropped. */
  public record Row(String path, CorpusEntry entry, List<String> warnings) {}

  private Manifest() {}

  public static List<Row> parse(Reader reader) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
        .setIgnoreHeaderCase(true).get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (header == null || !header.containsKey("path")) {
        throw new IOException("manifest has no 'path' column; header must start with: " + String.join(",", COLUMNS));
      }
      for (CSVRecord rec : parser) {
        String path = get(rec, header, "path");
        if (path == null) {
          continue;
        }
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
        rows.add(new Row(path, entry, warnings));
      }
    }
    return rows;
  }

  private static String get(CSVRecord rec, Map<String, Integer> header, String column) {
    Integer i = header.get(column);
    if (i == null || i >= rec.size()) {
      return null;
    }
    return StringUtils.trimToNull(rec.get(i));
  }
}
