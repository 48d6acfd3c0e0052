package org.vlrobs.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * VLR/VNR themes (data and indicators, participation, multilevel governance, partnerships, financing,
 * capacity building, leave no one behind, COVID-19 recovery, monitoring, awareness, policy integration,
 * peer learning, climate resilience, digital government) from the taxonomy in
 * {@code models/themes/taxonomy.tsv}: a theme's score is {@code 1 - prod(1 - w)} over its distinct
 * matched terms, labelled at {@link #THRESHOLD}. Thread-safe once built.
 */
public final class ThemeClassifier {
  public static final String RESOURCE = "/models/themes/taxonomy.tsv";
  public static final double THRESHOLD = 0.6;

  /** A theme found in a text. */
  public record ThemeLabel(String theme, String name, double score, boolean label, String evidence) {}

  private final Lexicon lexicon;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final List<String> themeIds = new ArrayList<>();

  public ThemeClassifier(InputStream taxonomy) throws IOException {
    List<Lexicon.Entry> entries = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(taxonomy, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("theme\t")) {
          continue;
        }
        String[] f = line.split("\t");
        if (!names.containsKey(f[0])) {
          names.put(f[0], f[1]);
          themeIds.add(f[0]);
        }
        String language = f[2].toLowerCase(Locale.ROOT);
        // the lexicon's "goal" slot carries the theme's position
        entries.add(new Lexicon.Entry(language, themeIds.indexOf(f[0]), TermFolding.term(f[3], language),
            Double.parseDouble(f[4]), "taxonomy", f[3]));
      }
    }
    lexicon = new Lexicon(entries);
  }

  public static ThemeClassifier load() {
    return ModelResources.load(RESOURCE, ThemeClassifier::new);
  }


  public Map<String, String> themes() {
    return names;
  }

  /** Themes with at least one matched term (absent themes scored 0 are left out). */
  public List<ThemeLabel> classify(String text, String language) {
    Map<Integer, Set<String>> terms = new LinkedHashMap<>();
    Map<Integer, Double> not = new LinkedHashMap<>();
    for (Lexicon.Hit h : lexicon.match(text, language)) {
      if (terms.computeIfAbsent(h.goal(), k -> new LinkedHashSet<>()).add(h.term())) {
        not.merge(h.goal(), 1 - h.weight(), (a, b) -> a * b);
        terms.get(h.goal()).remove(h.term());
        terms.get(h.goal()).add(h.surface());
      }
    }
    List<ThemeLabel> out = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : not.entrySet()) {
      String id = themeIds.get(e.getKey());
      double score = Math.round((1 - e.getValue()) * 10_000) / 10_000.0;
      out.add(new ThemeLabel(id, names.get(id), score, score >= THRESHOLD, "terms: " + String.join(", ", terms.get(e.getKey()))));
    }
    return out;
  }
}
