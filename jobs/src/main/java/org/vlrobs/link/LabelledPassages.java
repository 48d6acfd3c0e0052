package org.vlrobs.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Hand-labelled VNR passages ({@code data/eval/vnr-passages.csv}: {@code id,language,heading,text,expected,localities},
 * mention types space-separated, localities |-separated), and the link engine's answer for one in the same form.
 */
public final class LabelledPassages {
  /** One labelled passage with what is expected of it. */
  public record Passage(String id, String language, String heading, String text, LinkageEvaluation.Labels expected) {}

  private LabelledPassages() {}

  public static List<Passage> read(Path file) throws IOException {
    List<Passage> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      for (CSVRecord rec : csv) {
        Set<MentionType> types = EnumSet.noneOf(MentionType.class);
        for (String t : rec.get("expected").split("\\s+")) {
          if (!t.isBlank()) {
            types.add(MentionType.valueOf(t.toUpperCase(Locale.ROOT)));
          }
        }
        List<String> localities = rec.get("localities").isBlank() ? List.of() : List.of(rec.get("localities").split("\\|"));
        out.add(new Passage(rec.get("id"), rec.get("language"), rec.get("heading"), rec.get("text"),
            new LinkageEvaluation.Labels(types, MentionType.levelOf(types), localities, Set.of())));
      }
    }
    return out;
  }

  /** What the linker finds in a passage, as labels (no VNR country or year: localities are not filtered). */
  public static LinkageEvaluation.Labels found(VnrLinker linker, Passage p) {
    Set<MentionType> types = EnumSet.noneOf(MentionType.class);
    Set<String> localities = new LinkedHashSet<>();
    for (VnrLinker.Evidence e : linker.analyse(p.text(), p.heading(), p.language(), null, null)) {
      types.add(e.type());
      localities.addAll(e.localities());
    }
    return new LinkageEvaluation.Labels(types, MentionType.levelOf(types), List.copyOf(localities), Set.of());
  }
}
