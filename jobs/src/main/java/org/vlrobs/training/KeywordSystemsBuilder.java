package org.vlrobs.training;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vlrobs.classify.KeywordSystems;
import org.vlrobs.classify.TermFolding;

/**
 * Derives the ensemble's keyword-system features from the third-party lists in {@code ../shared/data/lexicons}
 * (read at training time, never copied): SDSN ({@code sdsn_keywords.csv}), Elsevier
 * ({@code elsevier100_keywords_cleaned.csv}) and CMU ({@code cmu250_keywords_cleaned.csv}) via sdgmapr (MIT),
 * and the quoted phrases of the Aurora SDG queries v5 (CC-BY-4.0; the queries' boolean and proximity
 * structure is not kept: a phrase found counts). Terms are folded like the lexicon ({@link TermFolding}),
 * trailing wildcards dropped, other wildcards skipped, and a term is kept only when it occurs in the training
 * texts (the rest cannot earn a weight).
 */
public final class KeywordSystemsBuilder {
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern QUERY_LINE = Pattern.compile("<aqd:query-line[^>]*>(.*?)</aqd:query-line>", Pattern.DOTALL);

  private KeywordSystemsBuilder() {}

  public static List<KeywordSystems.Term> build(Path lexicons, Collection<String> trainingTexts) throws IOException {
    Set<String> grams = new HashSet<>();
    for (String t : trainingTexts) {
      List<String> tokens = TermFolding.tokens(t, "en");
      for (int i = 0; i < tokens.size(); i++) {
        for (int n = 1; n <= 6 && i + n <= tokens.size(); n++) {
          grams.add(String.join(" ", tokens.subList(i, i + n)));
        }
      }
    }
    Map<String, KeywordSystems.Term> out = new LinkedHashMap<>();
    Path sdgmapr = lexicons.resolve("sdgmapr");
    csv(sdgmapr.resolve("sdsn_keywords.csv"), "sdsn", grams, out);
    csv(sdgmapr.resolve("elsevier100_keywords_cleaned.csv"), "elsevier", grams, out);
    csv(sdgmapr.resolve("cmu250_keywords_cleaned.csv"), "cmu", grams, out);
    for (int g = 1; g <= 17; g++) {
      Path q = lexicons.resolve("aurora-v5/query_SDG" + g + ".xml");
      if (!Files.exists(q)) {
        continue;
      }
      Matcher lines = QUERY_LINE.matcher(Files.readString(q, StandardCharsets.UTF_8));
      while (lines.find()) {
        Matcher m = QUOTED.matcher(lines.group(1));
        while (m.find()) {
          add("aurora", g, m.group(1), 1.0, grams, out);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private static void csv(Path file, String system, Set<String> grams, Map<String, KeywordSystems.Term> out)
      throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord rec : p) {
        try {
          int goal = Integer.parseInt(rec.get("goal").trim());
          double weight = rec.isMapped("weight") ? Double.parseDouble(rec.get("weight").trim()) : 1.0;
          add(system, goal, rec.get("keyword"), weight, grams, out);
        } catch (IllegalArgumentException e) {
          // a malformed row of a third-party list: skipped
        }
      }
    }
  }

  private static void add(String system, int goal, String keyword, double weight, Set<String> grams,
      Map<String, KeywordSystems.Term> out) {
    String k = keyword.strip();
    if (k.endsWith(".*")) {
      k = k.substring(0, k.length() - 2);
    } else if (k.endsWith("*")) {
      k = k.substring(0, k.length() - 1);
    }
    if (goal < 1 || goal > 17 || k.isEmpty() || k.contains("*") || k.contains("?") || k.contains("\\")
        || k.contains("(") || k.contains("[")) {
      return;
    }
    String folded = String.join(" ", TermFolding.tokens(k, "en"));
    if (folded.isEmpty() || !grams.contains(folded)) {
      return;
    }
    String key = system + "\t" + goal + "\t" + folded;
    KeywordSystems.Term old = out.get(key);
    if (old == null || old.weight() < weight) {
      out.put(key, new KeywordSystems.Term(system, goal, folded, weight));
    }
  }
}
