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
  public record Passage(String id, String language, String heading, String text, LinkageEvaluation.Labels expected,
      String doc, String role) {
    /** The batch the passage was written in: the id's prefix ({@code b3} of {@code b3-07}); {@code b0} for the first set. */
    public String batch() {
      int dash = id.indexOf('-');
      String p = dash < 0 ? id : id.substring(0, dash);
      return p.matches("b\\d+") ? p : "b0";
    }
  }

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
            new LinkageEvaluation.Labels(types, MentionType.levelOf(types), localities, Set.of()),
            optional(rec, "doc"), optional(rec, "role")));
      }
    }
    return out;
  }

  private static String optional(CSVRecord rec, String column) {
    return rec.isMapped(column) && rec.isSet(column) && !rec.get(column).isBlank() ? rec.get(column).strip() : null;
  }

  /**
   * What the linker finds in each passage, in the file's order: passages with the same {@code doc} are read as
   * one VNR (a context carried from one to the next), the others each on its own.
   */
  public static java.util.Map<String, LinkageEvaluation.Labels> found(VnrLinker linker, List<Passage> passages) {
    java.util.Map<String, LinkageEvaluation.Labels> out = new java.util.LinkedHashMap<>();
    java.util.Map<String, MentionRules.Context> docs = new java.util.HashMap<>();
    for (Passage p : passages) {
      MentionRules.Context ctx = p.doc() == null ? MentionRules.newDocument()
          : docs.computeIfAbsent(p.doc(), d -> MentionRules.newDocument());
      out.put(p.id(), found(linker, p, ctx));
    }
    return out;
  }

  /** What the linker finds in a passage read on its own, as labels (no VNR country or year: localities are not filtered). */
  public static LinkageEvaluation.Labels found(VnrLinker linker, Passage p) {
    return found(linker, p, MentionRules.newDocument());
  }

  private static LinkageEvaluation.Labels found(VnrLinker linker, Passage p, MentionRules.Context ctx) {
    Set<MentionType> types = EnumSet.noneOf(MentionType.class);
    Set<String> localities = new LinkedHashSet<>();
    for (VnrLinker.Evidence e : linker.analyse(p.text(), p.heading(), p.language(), p.role(), ctx, null, null)) {
      types.add(e.type());
      localities.addAll(e.localities());
    }
    return new LinkageEvaluation.Labels(types, MentionType.levelOf(types), List.copyOf(localities), Set.of());
  }
}
