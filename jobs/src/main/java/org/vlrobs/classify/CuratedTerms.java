package org.vlrobs.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The project's curated SDG terms ({@code models/sdg-lexicon/curated.tsv}): one term a line,
 * {@code language<TAB>goal<TAB>term[<TAB>weight]} (weight 0.9 when absent; language {@code *} for every
 * language); {@code #} comment lines, blank lines and the header line are skipped. The one reader of that file:
 * the lexicon builder takes its terms, SDG training its pseudo-documents.
 */
public final class CuratedTerms {
  /** Weight of a term whose line gives none. */
  public static final double DEFAULT_WEIGHT = 0.9;

  /** One curated term as written (surface form, not folded). */
  public record Term(String language, int goal, String surface, double weight) {}

  private CuratedTerms() {}

  /** Every term of the file, in file order; a malformed line fails naming its number. */
  public static List<Term> read(Path tsv) throws IOException {
    return parse(Files.readString(tsv, StandardCharsets.UTF_8), tsv.toString());
  }

  static List<Term> parse(String text, String source) {
    List<Term> out = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank() || line.startsWith("#") || line.startsWith("language\t")) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        if (f.length < 3 || f[2].isBlank()) {
          throw new IllegalArgumentException("expected language, goal, term[, weight]");
        }
        int goal = Integer.parseInt(f[1].trim());
        if (goal < 1 || goal > 17) {
          throw new IllegalArgumentException("goal " + goal + " is not 1-17");
        }
        double weight = f.length > 3 && !f[3].isBlank() ? Double.parseDouble(f[3].trim()) : DEFAULT_WEIGHT;
        out.add(new Term(f[0].trim().toLowerCase(Locale.ROOT), goal, f[2].trim(), weight));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + " line " + (n + 1) + ": " + e.getMessage() + ": " + line, e);
      }
    }
    return out;
  }
}
