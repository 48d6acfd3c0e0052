package org.vlrobs.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vlrobs.classify.LabelledText;
import org.vlrobs.classify.Metrics;
import org.vlrobs.classify.SdgClassifier;
import org.vlrobs.classify.LexiconBuilder;
import org.vlrobs.classify.SdgLabel;
import org.vlrobs.classify.TextBatch;
import org.vlrobs.extract.LanguageIdentifier;
import org.vlrobs.training.BenchmarkProxy;

/** The SDG classifier (either method), as in the pipeline, on labelled texts and on the benchmark proxy. */
public final class SdgEvaluation {
  /** Scores, and the problems found in the input (bad rows are skipped). */
  public record Result(Metrics metrics, List<String> errors) {}

  private SdgEvaluation() {}

  /** Scores on the benchmark proxy, with or without texts copying official wording. */
  public record Proxy(boolean withOfficial, int judgements, Metrics metrics) {}

  /** A labelled CSV: {@code id,text,sdg} or {@code id,text,sdg,label}, with the pipeline's default method. */
  public static Result labelled(Reader csv) throws IOException {
    return labelled(csv, SdgClassifier.DEFAULT_METHOD);
  }

  /** A labelled CSV: {@code id,text,sdg} or {@code id,text,sdg,label}. */
  public static Result labelled(Reader csv, SdgClassifier.Method method) throws IOException {
    TextBatch batch = new TextBatch(SdgClassifier.load(method));
    Metrics m = batch.evaluate(csv);
    return new Result(m, batch.errors());
  }

  /** Labelled texts, through the same CSV path as {@link #labelled}, with the pipeline's default method. */
  public static Result texts(List<LabelledText> texts) throws IOException {
    return texts(texts, SdgClassifier.DEFAULT_METHOD);
  }

  /** Labelled texts, through the same CSV path as {@link #labelled}. */
  public static Result texts(List<LabelledText> texts, SdgClassifier.Method method) throws IOException {
    StringWriter csv = new StringWriter();
    try (CSVPrinter p = CSVFormat.RFC4180.builder().setHeader("id", "text", "sdg").get().print(csv)) {
      for (LabelledText t : texts) {
        p.printRecord(t.id(), t.text(), t.goal());
      }
    }
    return labelled(new StringReader(csv.toString()), method);
  }

  /**
   * The benchmark stand-in ({@link BenchmarkProxy}) on the held-out TRAIL22 texts of the shared folder: without,
   * then with texts copying official wording. Each text is classified once (in batches, as in the pipeline).
   */
  public static List<Proxy> benchmarkProxy(Path shared, SdgClassifier.Method method) throws IOException {
    List<String> official = new ArrayList<>();
    new LexiconBuilder().frameworkTexts(shared.resolve("data/sdg-framework/translations"), "en")
        .values().forEach(official::addAll);
    List<LabelledText> heldOut = LabelledText.trail22(shared.resolve("data/labelled/trail22"), official).stream()
        .filter(HeldOut::contains).toList();
    SdgClassifier classifier = SdgClassifier.load(method);
    LanguageIdentifier languages = new LanguageIdentifier();
    List<SdgClassifier.Input> inputs = heldOut.stream()
        .map(t -> new SdgClassifier.Input(t.text(), null, languages.detect(t.text()))).toList();
    List<List<SdgLabel>> labels = classifier.classifyAll(inputs);
    Map<String, List<SdgLabel>> byText = new HashMap<>();
    for (int i = 0; i < heldOut.size(); i++) {
      byText.put(heldOut.get(i).text(), labels.get(i));
    }
    List<Proxy> out = new ArrayList<>();
    for (boolean withOfficial : new boolean[] {false, true}) {
      List<BenchmarkProxy.Judgement> js = BenchmarkProxy.build(heldOut, withOfficial);
      out.add(new Proxy(withOfficial, js.size(), BenchmarkProxy.score(js, byText::get)));
    }
    return out;
  }
}
