package org.vlrobs.classify;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A text with one SDG label, for training and evaluation.
 *
 * @param official true when the text copies official target/indicator wording (scores are reported
 *                 with and without such texts: they are easy and rare in real reviews)
 */
public record LabelledText(String id, String text, int goal, String source, boolean official) {

  /** The shared TRAIL22 data: {@code train.csv} ({@code ,source,header,text,SDG}) and {@code additional.tsv}. */
  public static List<LabelledText> trail22(Path dir, List<String> officialTexts) throws IOException {
    OfficialWording official = new OfficialWording(officialTexts);
    List<LabelledText> out = new ArrayList<>();
    CSVFormat csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();
    try (Reader r = Files.newBufferedReader(dir.resolve("train.csv"), StandardCharsets.UTF_8);
         CSVParser p = CSVParser.parse(r, csv)) {
      for (CSVRecord rec : p) {
        add(out, "train-" + rec.get(0), rec.get("text"), rec.get("SDG"), rec.get("source"), official);
      }
    }
    CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false).get();
    try (Reader r = Files.newBufferedReader(dir.resolve("additional.tsv"), StandardCharsets.UTF_8);
         CSVParser p = CSVParser.parse(r, tsv)) {
      for (CSVRecord rec : p) {
        if (rec.size() >= 3) {
          add(out, "additional-" + rec.get(0), rec.get(1), rec.get(2), "additional", official);
        }
      }
    }
    return out;
  }

  private static void add(List<LabelledText> out, String id, String text, String label, String source,
      OfficialWording official) {
    int goal;
    try {
      goal = Integer.parseInt(label.trim());
    } catch (NumberFormatException e) {
      return;
    }
    if (goal < 1 || goal > 17 || text == null || text.isBlank()) {
      return;
    }
    out.add(new LabelledText(id, text.strip(), goal, source, official.matches(text)));
  }

  /** Deterministic held-out split: about {@code percent} % of texts, by a hash of the id. */
  public boolean inHeldOut(int percent, String salt) {
    return Math.floorMod((salt + id).hashCode() * 0x9E3779B1, 100) < percent;
  }

  /** Texts that copy official wording: most of their content words appear in one official text. */
  static final class OfficialWording {
    private final List<Set<String>> texts = new ArrayList<>();

    OfficialWording(List<String> official) {
      for (String t : official) {
        texts.add(new HashSet<>(TermFolding.tokens(t, "en")));
      }
    }

    boolean matches(String text) {
      Set<String> words = new HashSet<>(TermFolding.tokens(text, "en"));
      if (words.size() < 4) {
        return false;
      }
      for (Set<String> o : texts) {
        int common = 0;
        for (String w : words) {
          if (o.contains(w)) {
            common++;
          }
        }
        if (common >= 0.8 * Math.min(words.size(), o.size())) {
          return true;
        }
      }
      return false;
    }
  }
}
