package org.vlrobs.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vlrobs.link.LinkageEvaluation;
import org.vlrobs.link.LinkageTruth;
import org.vlrobs.link.MentionType;
import org.vlrobs.metadata.LocalityGazetteer;
import org.vlrobs.query.TableSql;

/**
 * The link stage's output ({@code vnr_integration}, {@code documents}) against hand labels: what each VNR of
 * the output says (flags, level, localities, linked VLRs named by file), read by column name, and the
 * evaluation against a truth file.
 */
public final class LinkageOutput {
  private final Map<String, LinkageEvaluation.Labels> predicted = new HashMap<>();
  private final Map<String, String> fileOfDoc = new HashMap<>();
  private final Map<String, String> docOfFile = new HashMap<>();

  private LinkageOutput() {}

  /** Reads a pipeline output folder. */
  public static LinkageOutput read(Path out) throws IOException, SQLException {
    LinkageOutput o = new LinkageOutput();
    try (TableSql db = new TableSql(out)) {
      // a document's name: the first of its file names (byte-identical copies share the doc_id)
      for (Map<String, Object> r : rows(db.query("SELECT doc_id, min(file_name) AS file_name FROM documents GROUP BY doc_id"))) {
        o.fileOfDoc.put((String) r.get("doc_id"), (String) r.get("file_name"));
      }
      for (Map<String, Object> r : rows(db.query("SELECT file_name, doc_id FROM documents"))) {
        o.docOfFile.put((String) r.get("file_name"), (String) r.get("doc_id"));
      }
      for (Map<String, Object> r : rows(db.query("SELECT * FROM vnr_integration"))) {
        Set<MentionType> flags = EnumSet.noneOf(MentionType.class);
        for (MentionType t : MentionType.values()) {
          if (Boolean.TRUE.equals(r.get(t.code()))) {
            flags.add(t);
          }
        }
        Set<String> linked = new TreeSet<>();
        for (Object id : (List<?>) r.get("linked_vlr_doc_ids")) {
          linked.add(o.fileOfDoc.getOrDefault(id.toString(), id.toString()));
        }
        o.predicted.put((String) r.get("file_name"), new LinkageEvaluation.Labels(flags,
            ((Number) r.get("level")).intValue(), ((List<?>) r.get("localities")).stream().map(Object::toString).toList(),
            linked));
      }
    }
    return o;
  }

  /** Rows of a query result by column name. */
  private static List<Map<String, Object>> rows(TableSql.Result result) {
    return result.rows().stream().map(row -> {
      Map<String, Object> m = new HashMap<>();
      for (int i = 0; i < result.columns().size(); i++) {
        m.put(result.columns().get(i), row.get(i));
      }
      return m;
    }).toList();
  }

  /** What the output says of each VNR, by file name. */
  public Map<String, LinkageEvaluation.Labels> predicted() {
    return predicted;
  }

  /** The evaluation against a truth file (files the truth names are matched through their documents). */
  public LinkageEvaluation evaluate(Path truthFile) throws IOException {
    Map<String, LinkageEvaluation.Labels> expected = LinkageTruth.read(truthFile);
    LinkageEvaluation eval = new LinkageEvaluation(LocalityGazetteer.shared());
    for (Map.Entry<String, LinkageEvaluation.Labels> e : expected.entrySet()) {
      LinkageEvaluation.Labels t = e.getValue();
      Set<String> resolves = new TreeSet<>();
      for (String f : t.resolvesTo()) { // the truth may name any copy of a document
        String doc = docOfFile.get(f);
        resolves.add(doc == null ? f : fileOfDoc.get(doc));
      }
      eval.add(e.getKey(), new LinkageEvaluation.Labels(t.flags(), t.level(), t.localities(), resolves),
          predicted.get(e.getKey()));
    }
    return eval;
  }
}
