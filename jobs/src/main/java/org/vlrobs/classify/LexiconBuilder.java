package org.vlrobs.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives the SDG lexicon from the official goal, target and indicator wording
 * ({@code sdg-framework/translations/<lang>/global_{goals,targets,indicators}.yml}) and adds the
 * project's curated terms. A framework term (one to three content words) is kept for a goal when at
 * least {@link #MIN_SPECIFICITY} of its occurrences are in that goal's texts; its weight grows with
 * specificity and frequency. Goal short titles ("Clean Water and Sanitation") are kept whole.
 */
public final class LexiconBuilder {
  static final double MIN_SPECIFICITY = 0.7;
  /** Languages with stop words and plural rules (others would yield noisy terms). */
  public static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "it");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  /** The framework texts of a language: goal → texts (title, short title, targets, indicators). */
  public Map<Integer, List<String>> frameworkTexts(Path translations, String language) throws IOException {
    Map<Integer, List<String>> byGoal = new TreeMap<>();
    for (String file : List.of("global_goals.yml", "global_targets.yml", "global_indicators.yml")) {
      Path p = translations.resolve(language).resolve(file);
      if (!Files.exists(p)) {
        continue;
      }
      Map<String, Object> map = readYaml(p);
      for (Map.Entry<String, Object> e : map.entrySet()) {
        String key = e.getKey();
        int dash = key.indexOf('-');
        if (dash <= 0 || !(e.getValue() instanceof String text)) {
          continue;
        }
        try {
          int goal = Integer.parseInt(key.substring(0, dash));
          if (goal >= 1 && goal <= 17) {
            byGoal.computeIfAbsent(goal, g -> new ArrayList<>()).add(text);
          }
        } catch (NumberFormatException ignored) {
          // not a goal key
        }
      }
    }
    return byGoal;
  }

  /** Target texts of a language: target code ("11.3") → its wording and its indicators' wording. */
  public Map<String, List<String>> targetTexts(Path translations, String language) throws IOException {
    Map<String, List<String>> byTarget = new TreeMap<>();
    for (String file : List.of("global_targets.yml", "global_indicators.yml")) {
      Path p = translations.resolve(language).resolve(file);
      if (!Files.exists(p)) {
        continue;
      }
      Map<String, Object> map = readYaml(p);
      map.forEach((key, value) -> {
        String[] parts = key.split("-");
        if (parts.length >= 3 && key.endsWith("-title") && value instanceof String text
            && parts[0].matches("\\d{1,2}") && parts[1].matches("[0-9a-z]{1,2}")) {
          byTarget.computeIfAbsent(parts[0] + "." + parts[1], t -> new ArrayList<>()).add(text);
        }
      });
    }
    return byTarget;
  }

  /**
   * Terms that name one target: two- and three-word terms found in that target's texts (wording and
   * indicators) and in no other target's, in the whole framework of the language.
   */
  public List<String[]> targetTerms(Path translations) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String language : LANGUAGES) {
      Map<String, List<String>> texts = targetTexts(translations, language);
      Map<String, java.util.Set<String>> targetsOf = new HashMap<>();
      Map<String, Integer> counts = new HashMap<>();
      texts.forEach((target, list) -> {
        for (String text : list) {
          List<String> tokens = TermFolding.tokens(text, language);
          for (int n = 2; n <= 3; n++) {
            for (int i = 0; i + n <= tokens.size(); i++) {
              String term = String.join(" ", tokens.subList(i, i + n));
              targetsOf.computeIfAbsent(term, k -> new java.util.TreeSet<>()).add(target);
              counts.merge(term, 1, Integer::sum);
            }
          }
        }
      });
      new TreeMap<>(targetsOf).forEach((term, targets) -> {
        if (targets.size() == 1 && counts.get(term) >= 2) {
          out.add(new String[] {language, targets.iterator().next(), term});
        }
      });
    }
    return out;
  }

  /** Distinctive terms of a language's framework texts. */
  List<Lexicon.Entry> deriveTerms(Map<Integer, List<String>> byGoal, Map<Integer, String> shortTitles, String language) {
    Map<String, int[]> counts = new HashMap<>();
    for (Map.Entry<Integer, List<String>> g : byGoal.entrySet()) {
      for (String text : g.getValue()) {
        List<String> tokens = TermFolding.tokens(text, language);
        for (int n = 1; n <= 3; n++) {
          for (int i = 0; i + n <= tokens.size(); i++) {
            String term = String.join(" ", tokens.subList(i, i + n));
            if (n == 1 && term.length() < 4) {
              continue;
            }
            counts.computeIfAbsent(term, k -> new int[18])[g.getKey()]++;
          }
        }
      }
    }
    List<Lexicon.Entry> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      int total = 0;
      int best = 0;
      for (int g = 1; g <= 17; g++) {
        total += c[g];
        if (c[g] > c[best]) {
          best = g;
        }
      }
      double specificity = c[best] / (double) total;
      int words = e.getKey().split(" ").length;
      if (best == 0 || specificity < MIN_SPECIFICITY || c[best] < (words == 1 ? 3 : 2)) {
        continue;
      }
      double weight = specificity * Math.min(1.0, Math.log(1 + c[best]) / Math.log(12)) * (words > 1 ? 1.0 : 0.8);
      out.add(new Lexicon.Entry(language, best, e.getKey(), round(weight), "framework", e.getKey()));
    }
    shortTitles.forEach((goal, title) -> {
      String term = TermFolding.term(title, language);
      if (!term.isEmpty() && term.split(" ").length <= 3) {
        out.add(new Lexicon.Entry(language, goal, term, 1.0, "framework-title", title));
      }
    });
    return out;
  }

  /** The whole lexicon: framework terms of every language found, then the curated terms. */
  public List<Lexicon.Entry> build(Path translations, Path curatedTsv) throws IOException {
    List<Lexicon.Entry> all = new ArrayList<>();
    for (String language : LANGUAGES) {
      Map<Integer, List<String>> texts = frameworkTexts(translations, language);
      if (texts.isEmpty()) {
        continue;
      }
      Map<Integer, String> shortTitles = new HashMap<>();
      readYaml(translations.resolve(language).resolve("global_goals.yml")).forEach((k, v) -> {
        if (k.endsWith("-short") && v instanceof String s) {
          shortTitles.put(Integer.parseInt(k.substring(0, k.indexOf('-'))), s);
        }
      });
      all.addAll(deriveTerms(texts, shortTitles, language));
    }
    for (CuratedTerms.Term c : CuratedTerms.read(curatedTsv)) {
      String term = TermFolding.term(c.surface(), c.language().equals("*") ? null : c.language());
      if (!term.isEmpty()) {
        all.add(new Lexicon.Entry(c.language(), c.goal(), term, c.weight(), "curated", c.surface()));
      }
    }
    // one entry per (language, goal, term): the strongest
    Map<String, Lexicon.Entry> best = new TreeMap<>();
    for (Lexicon.Entry e : all) {
      best.merge(e.language() + "\t" + e.goal() + "\t" + e.term(), e, (a, b) -> a.weight() >= b.weight() ? a : b);
    }
    return new ArrayList<>(best.values());
  }

  public static void write(List<Lexicon.Entry> entries, Path out) throws IOException {
    StringBuilder b = new StringBuilder("language\tgoal\tterm\tweight\tsource\tsurface\n");
    for (Lexicon.Entry e : entries) {
      b.append(e.language()).append('\t').append(e.goal()).append('\t').append(e.term()).append('\t')
          .append(e.weight()).append('\t').append(e.source()).append('\t').append(e.surface()).append('\n');
    }
    Files.createDirectories(out.getParent());
    Files.writeString(out, b.toString());
  }

  /** A flat YAML file of the framework translations: key → text. */
  private Map<String, Object> readYaml(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = yaml.readValue(in, Map.class);
      return m;
    }
  }

  public static void writeTargets(List<String[]> rows, Path out) throws IOException {
    StringBuilder b = new StringBuilder("language\ttarget\tterm\n");
    for (String[] r : rows) {
      b.append(r[0]).append('\t').append(r[1]).append('\t').append(r[2]).append('\n');
    }
    Files.writeString(out, b.toString());
  }

  private static double round(double w) {
    return Math.round(w * 1000) / 1000.0;
  }
}
