package org.vlrobs.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.vlrobs.link.CoreNlpLocationTagger;
import org.vlrobs.link.LabelledPassages;
import org.vlrobs.link.LinkageEvaluation;
import org.vlrobs.link.VlrCatalog;
import org.vlrobs.link.VnrLinker;
import org.vlrobs.metadata.LocalityGazetteer;

/** The link stage's passage analysis (rules, localities; NER when available) on labelled VNR passages. */
public final class MentionEvaluation {
  /** The evaluation, the passages read and whether NER was on. */
  public record Result(LinkageEvaluation evaluation, int passages, boolean ner) {}

  private MentionEvaluation() {}

  public static Result run(Path file) throws IOException {
    boolean ner = CoreNlpLocationTagger.available();
    VnrLinker linker = new VnrLinker(new VlrCatalog(List.of()), ner ? CoreNlpLocationTagger.shared() : null);
    LinkageEvaluation eval = new LinkageEvaluation(LocalityGazetteer.shared());
    List<LabelledPassages.Passage> passages = LabelledPassages.read(file);
    for (LabelledPassages.Passage p : passages) {
      eval.add(p.id(), p.expected(), LabelledPassages.found(linker, p));
    }
    return new Result(eval, passages.size(), ner);
  }
}
