package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;

/**
 * Regression over the labelled VNR passages of {@code data/eval/vnr-passages.csv} (the development set the
 * rules were last revised on; gazetteer and patterns only, no NER): every passage's mention types and
 * localities as labelled.
 */
class VnrPassagesDevSetTest {
  @Test
  void everyLabelledPassage() throws Exception {
    VnrLinker linker = new VnrLinker(new VlrCatalog(List.of()), null);
    List<String> wrong = new ArrayList<>();
    int n = 0;
    try (Reader r = Files.newBufferedReader(TestPaths.projectDir().resolve("data/eval/vnr-passages.csv"), StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      for (CSVRecord rec : csv) {
        n++;
        Set<MentionType> expected = EnumSet.noneOf(MentionType.class);
        for (String t : rec.get("expected").split("\\s+")) {
          if (!t.isBlank()) {
            expected.add(MentionType.valueOf(t.toUpperCase(Locale.ROOT)));
          }
        }
        Set<MentionType> found = EnumSet.noneOf(MentionType.class);
        Set<String> localities = new LinkedHashSet<>();
        for (VnrLinker.Evidence e : linker.analyse(rec.get("text"), rec.get("heading"), rec.get("language"), null, null)) {
          found.add(e.type());
          localities.addAll(e.localities());
        }
        String expectedLocalities = String.join("|", localities);
        if (!found.equals(expected) || !expectedLocalities.equals(rec.get("localities"))) {
          wrong.add(rec.get("id") + ": " + found + " " + localities);
        }
      }
    }
    assertEquals(63, n);
    assertEquals(List.of(), wrong);
  }
}
