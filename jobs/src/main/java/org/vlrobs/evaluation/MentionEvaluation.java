package org.vlrobs.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vlrobs.link.CoreNlpLocationTagger;
import org.vlrobs.link.LabelledPassages;
import org.vlrobs.link.LinkageEvaluation;
import org.vlrobs.link.VlrCatalog;
import org.vlrobs.link.VnrLinker;
import org.vlrobs.metadata.LocalityGazetteer;

/**
 * The link stage's analysis (rules, context across the consecutive passages of one VNR, localities; NER when
 * available) on labelled VNR passages, overall and per batch (id prefix).
 */
public final class MentionEvaluation {
  /** The evaluation over all passages, per batch, the passages read, whether NER was on, and the time taken. */
  public record Result(LinkageEvaluation evaluation, Map<String, LinkageEvaluation> perBatch, int passages,
      boolean ner, long millis) {}

  private MentionEvaluation() {}

  public static Result run(Path file) throws IOException {
    boolean ner = CoreNlpLocationTagger.available();
    VnrLinker linker = new VnrLinker(new VlrCatalog(List.of()), ner ? CoreNlpLocationTagger.shared() : null);
    List<LabelledPassages.Passage> passages = LabelledPassages.read(file);
    long t0 = System.nanoTime();
    Map<String, LinkageEvaluation.Labels> found = LabelledPassages.found(linker, passages);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    LinkageEvaluation eval = new LinkageEvaluation(LocalityGazetteer.shared());
    Map<String, LinkageEvaluation> perBatch = new TreeMap<>();
    for (LabelledPassages.Passage p : passages) {
      eval.add(p.id(), p.expected(), found.get(p.id()));
      perBatch.computeIfAbsent(p.batch(), b -> new LinkageEvaluation(LocalityGazetteer.shared()))
          .add(p.id(), p.expected(), found.get(p.id()));
    }
    return new Result(eval, perBatch, passages.size(), ner, ms);
  }
}
