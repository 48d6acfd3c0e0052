package org.vlrobs.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Published SDG keyword systems as features of the ensemble ({@code models/sdg-classifier/keywords.tsv.gz}):
 * SDSN, Elsevier and CMU keyword lists (via the sdgmapr package, MIT) and the phrases of the Aurora
 * Universities Network's SDG queries v5 (CC-BY-4.0), folded like the lexicon and kept only when they occur
 * in the training texts ({@code bin/vlr train sdg} derives the file; the raw lists are not in the repo).
 * English terms: other languages score 0.
 */
public final class KeywordSystems implements Serializable {
  public static final String RESOURCE = "/models/sdg-classifier/keywords.tsv.gz";
  public static final List<String> SYSTEMS = List.of("sdsn", "elsevier", "cmu", "aurora");

  /** One derived term. */
  public record Term(String system, int goal, String term, double weight) implements Serializable {}

  private final Map<String, Lexicon> bySystem = new LinkedHashMap<>();

  public KeywordSystems(List<Term> terms) {
    for (String s : SYSTEMS) {
      List<Lexicon.Entry> entries = new ArrayList<>();
      for (Term t : terms) {
        if (t.system().equals(s)) {
          entries.add(new Lexicon.Entry("en", t.goal(), t.term(), t.weight(), s, t.term()));
        }
      }
      bySystem.put(s, new Lexicon(entries));
    }
  }

  public static KeywordSystems load() {
    return ModelResources.load(RESOURCE, in -> new KeywordSystems(read(in)));
  }

  /** Scores per system and goal: log(1 + sum of the weights of the distinct terms found); and the terms. */
  public record Scores(double[][] score, List<List<Set<String>>> terms) {}

  public Scores score(String text, String language) {
    double[][] s = new double[SYSTEMS.size()][18];
    List<List<Set<String>>> terms = new ArrayList<>();
    int k = 0;
    for (Lexicon lexicon : bySystem.values()) {
      List<Set<String>> perGoal = new ArrayList<>();
      for (int g = 0; g <= 17; g++) {
        perGoal.add(new LinkedHashSet<>());
      }
      if ("en".equals(language) || language == null) {
        for (Lexicon.Hit h : lexicon.match(text, "en")) {
          if (perGoal.get(h.goal()).add(h.term())) {
            s[k][h.goal()] += h.weight();
          }
        }
      }
      for (int g = 1; g <= 17; g++) {
        s[k][g] = Math.log1p(s[k][g]);
      }
      terms.add(perGoal);
      k++;
    }
    return new Scores(s, terms);
  }

  public static void write(List<Term> terms, OutputStream out) throws IOException {
    try (PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      w.println("# derived from SDSN/Elsevier/CMU keyword lists (sdgmapr, MIT) and Aurora SDG queries v5 (CC-BY-4.0);"
          + " see models/sdg-classifier/MODEL_CARD.md");
      for (Term t : terms) {
        w.println(t.system() + "\t" + t.goal() + "\t" + t.term() + "\t" + String.format(Locale.ROOT, "%.4f", t.weight()));
      }
    }
  }

  public static List<Term> read(InputStream in) throws IOException {
    List<Term> out = new ArrayList<>();
    GzipTsv.read(in, f -> out.add(new Term(f[0], Integer.parseInt(f[1]), f[2], Double.parseDouble(f[3]))));
    return out;
  }
}
