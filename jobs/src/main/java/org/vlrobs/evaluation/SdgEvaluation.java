package org.vlrobs.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vlrobs.classify.LabelledText;
import org.vlrobs.classify.Metrics;
import org.vlrobs.classify.SdgClassifier;
import org.vlrobs.classify.TextBatch;

/** The combined SDG classifier, as in the pipeline, on labelled texts. */
public final class SdgEvaluation {
  /** Scores, and the problems found in the input (bad rows are skipped). */
  public record Result(Metrics metrics, List<String> errors) {}

  private SdgEvaluation() {}

  /** A labelled CSV: {@code id,text,sdg} or {@code id,text,sdg,label}. */
  public static Result labelled(Reader csv) throws IOException {
    TextBatch batch = new TextBatch(SdgClassifier.load());
    Metrics m = batch.evaluate(csv);
    return new Result(m, batch.errors());
  }

  /** Labelled texts, through the same CSV path as {@link #labelled}. */
  public static Result texts(List<LabelledText> texts) throws IOException {
    StringWriter csv = new StringWriter();
    try (CSVPrinter p = CSVFormat.RFC4180.builder().setHeader("id", "text", "sdg").get().print(csv)) {
      for (LabelledText t : texts) {
        p.printRecord(t.id(), t.text(), t.goal());
      }
    }
    return labelled(new StringReader(csv.toString()));
  }
}
