package org.vlrobs.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vlrobs.classify.Metrics;
import org.vlrobs.classify.SdgClassifier;
import org.vlrobs.classify.TextBatch;
import org.vlrobs.link.LabelledPassages;
import org.vlrobs.link.LinkageEvaluation;
import org.vlrobs.link.LinkageTruth;
import org.vlrobs.link.MentionType;
import org.vlrobs.query.TableSql;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vlr eval sdg}: precision, recall, F1 and accuracy per SDG on labelled texts;
 * {@code vlr eval linkage}: the link stage's output against hand-labelled VNRs.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate a stage on labelled data. sdg: CSV id,text,sdg or id,text,sdg,label (--in) or the "
        + "held-out TRAIL22 texts (--held-out). linkage: a pipeline output (--out) against a truth JSON (--truth). "
        + "mentions: the link rules on labelled VNR passages, CSV id,language,heading,text,expected,localities (--in; "
        + "default data/eval/vnr-passages.csv).")
public final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "what to evaluate: sdg, linkage or mentions")
  String what;

  @Option(names = "--out", description = "linkage: the pipeline output directory")
  Path out;

  @Option(names = "--truth", description = "linkage: truth JSON (default: data/sample/linkage-truth.json)")
  Path truth;

  @Option(names = "--in", description = "labelled CSV")
  Path in;

  @Option(names = "--held-out", description = "instead of --in: the held-out split of the shared TRAIL22 texts that "
      + "the model never saw (as in its model card), without texts copying official wording")
  boolean heldOut;

  @Option(names = "--shared", description = "with --held-out or --benchmark-proxy: the shared folder (default: "
      + "<project>/../shared)")
  Path shared;

  @Option(names = "--benchmark-proxy", description = "instead of --in: a local stand-in for the expert SDG benchmark "
      + "(held-out TRAIL22 texts of >= 150 characters, each judged yes/no for one SDG, about half yes; "
      + "org.vlrobs.training.BenchmarkProxy), with and without texts copying official wording")
  boolean benchmarkProxy;

  @Option(names = "--sdg-method", defaultValue = "ensemble", description = "sdg: fast or ensemble (default ${DEFAULT-VALUE})")
  String sdgMethod;

  @Override
  public Integer call() throws Exception {
    if ("linkage".equals(what)) {
      return linkage();
    }
    if ("mentions".equals(what)) {
      return mentions();
    }
    if (!"sdg".equals(what)) {
      System.err.println("unknown evaluation '" + what + "': sdg, linkage or mentions");
      return 2;
    }
    if (heldOut) {
      return heldOut();
    }
    if (benchmarkProxy) {
      return benchmarkProxy();
    }
    if (in == null) {
      System.err.println("give --in <labelled.csv> or --held-out");
      return 2;
    }
    TextBatch batch = new TextBatch(SdgClassifier.load(SdgClassifier.Method.parse(sdgMethod)));
    Metrics m;
    try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      m = batch.evaluate(r);
    }
    batch.errors().forEach(e -> System.err.println(in + ": " + e));
    System.out.print(m.table());
    System.out.printf(java.util.Locale.ROOT, "%nmacro: precision %.3f, recall %.3f, F1 %.3f, accuracy %.3f, "
        + "balanced accuracy %.3f%n", m.macro(m::precision), m.macro(m::recall), m.macro(m::f1), m.macro(m::accuracy),
        m.macro(m::balancedAccuracy));
    return 0;
  }

  /** The combined classifier and the model alone on the held-out texts, as CSV through the same path. */
  private int heldOut() throws Exception {
    Path sharedDir = shared != null ? shared : ProjectHome.get().resolveSibling("shared");
    java.util.List<String> official = new java.util.ArrayList<>();
    new org.vlrobs.classify.LexiconBuilder().frameworkTexts(sharedDir.resolve("data/sdg-framework/translations"), "en")
        .values().forEach(official::addAll);
    java.util.List<org.vlrobs.classify.LabelledText> texts = org.vlrobs.classify.LabelledText
        .trail22(sharedDir.resolve("data/labelled/trail22"), official).stream()
        .filter(t -> t.inHeldOut(20, "test") && !t.official()).toList();
    java.io.StringWriter csv = new java.io.StringWriter();
    try (org.apache.commons.csv.CSVPrinter p = org.apache.commons.csv.CSVFormat.RFC4180.builder()
        .setHeader("id", "text", "sdg").get().print(csv)) {
      for (org.vlrobs.classify.LabelledText t : texts) {
        p.printRecord(t.id(), t.text(), t.goal());
      }
    }
    TextBatch batch = new TextBatch(SdgClassifier.load(SdgClassifier.Method.parse(sdgMethod)));
    Metrics m = batch.evaluate(new java.io.StringReader(csv.toString()));
    System.out.printf("Held-out TRAIL22 texts the model never saw, without official wording: %d texts%n%n", texts.size());
    System.out.println("Combined classifier (explicit references + lexicon + model), as in the pipeline:\n");
    System.out.print(m.table());
    return 0;
  }

  /** The benchmark stand-in: judgements of one SDG per row, accuracy averaged over the 17. */
  private int benchmarkProxy() throws Exception {
    Path sharedDir = shared != null ? shared : ProjectHome.get().resolveSibling("shared");
    java.util.List<String> official = new java.util.ArrayList<>();
    new org.vlrobs.classify.LexiconBuilder().frameworkTexts(sharedDir.resolve("data/sdg-framework/translations"), "en")
        .values().forEach(official::addAll);
    java.util.List<org.vlrobs.classify.LabelledText> heldOutTexts = org.vlrobs.classify.LabelledText
        .trail22(sharedDir.resolve("data/labelled/trail22"), official).stream()
        .filter(t -> t.inHeldOut(20, "test")).toList();
    SdgClassifier classifier = SdgClassifier.load(SdgClassifier.Method.parse(sdgMethod));
    org.vlrobs.extract.LanguageIdentifier languages = new org.vlrobs.extract.LanguageIdentifier();
    for (boolean withOfficial : new boolean[] {false, true}) {
      java.util.List<org.vlrobs.training.BenchmarkProxy.Judgement> js =
          org.vlrobs.training.BenchmarkProxy.build(heldOutTexts, withOfficial);
      Metrics m = org.vlrobs.training.BenchmarkProxy.score(js, t -> classifier.classify(t, null, languages.detect(t)));
      System.out.printf("%nBenchmark proxy, %s texts copying official wording: %d judgements%n%n",
          withOfficial ? "with" : "without", js.size());
      System.out.print(m.table());
      System.out.println("\n" + org.vlrobs.training.BenchmarkProxy.summary(m));
    }
    return 0;
  }

  /** vnr_integration and documents of a pipeline output against the truth file. */
  private int linkage() throws Exception {
    if (out == null) {
      System.err.println("give --out <pipeline output directory>");
      return 2;
    }
    Path truthFile = truth != null ? truth : ProjectHome.get().resolve("data/sample/linkage-truth.json");
    java.util.Map<String, LinkageEvaluation.Labels> expected = LinkageTruth.read(truthFile);
    java.util.Map<String, LinkageEvaluation.Labels> predicted = new java.util.HashMap<>();
    java.util.Map<String, String> fileOfDoc = new java.util.HashMap<>();
    java.util.Map<String, String> docOfFile = new java.util.HashMap<>();
    try (TableSql db = new TableSql(out)) {
      // a document's name: the first of its file names (byte-identical copies share the doc_id)
      for (java.util.List<Object> r : db.query("SELECT doc_id, min(file_name) FROM documents GROUP BY doc_id").rows()) {
        fileOfDoc.put((String) r.get(0), (String) r.get(1));
      }
      for (java.util.List<Object> r : db.query("SELECT file_name, doc_id FROM documents").rows()) {
        docOfFile.put((String) r.get(0), (String) r.get(1));
      }
      for (java.util.List<Object> r : db.query("SELECT file_name, lrg, cited, featured, annexed, integrated, level, "
          + "localities, linked_vlr_doc_ids FROM vnr_integration").rows()) {
        java.util.Set<MentionType> flags = java.util.EnumSet.noneOf(MentionType.class);
        for (MentionType t : MentionType.values()) {
          if (Boolean.TRUE.equals(r.get(t.ordinal() + 1))) {
            flags.add(t);
          }
        }
        java.util.Set<String> linked = new java.util.TreeSet<>();
        for (Object id : (java.util.List<?>) r.get(8)) {
          linked.add(fileOfDoc.getOrDefault(id.toString(), id.toString()));
        }
        predicted.put((String) r.get(0), new LinkageEvaluation.Labels(flags, ((Number) r.get(6)).intValue(),
            ((java.util.List<?>) r.get(7)).stream().map(Object::toString).toList(), linked));
      }
    }
    LinkageEvaluation eval = new LinkageEvaluation(org.vlrobs.metadata.LocalityGazetteer.shared());
    for (java.util.Map.Entry<String, LinkageEvaluation.Labels> e : expected.entrySet()) {
      LinkageEvaluation.Labels t = e.getValue();
      java.util.Set<String> resolves = new java.util.TreeSet<>();
      for (String f : t.resolvesTo()) { // the truth may name any copy of a document
        String doc = docOfFile.get(f);
        resolves.add(doc == null ? f : fileOfDoc.get(doc));
      }
      eval.add(e.getKey(), new LinkageEvaluation.Labels(t.flags(), t.level(), t.localities(), resolves),
          predicted.get(e.getKey()));
    }
    System.out.println("Truth: " + truthFile + "\nOutput: " + out + "\n");
    System.out.print(eval.report());
    return 0;
  }

  /** The link stage's passage analysis (rules, localities; NER when available) on labelled passages. */
  private int mentions() throws Exception {
    Path file = in != null ? in : ProjectHome.get().resolve("data/eval/vnr-passages.csv");
    boolean ner = org.vlrobs.link.CoreNlpLocationTagger.available();
    org.vlrobs.link.VnrLinker linker = new org.vlrobs.link.VnrLinker(new org.vlrobs.link.VlrCatalog(java.util.List.of()),
        ner ? org.vlrobs.link.CoreNlpLocationTagger.shared() : null);
    LinkageEvaluation eval = new LinkageEvaluation(org.vlrobs.metadata.LocalityGazetteer.shared());
    java.util.List<LabelledPassages.Passage> passages = LabelledPassages.read(file);
    for (LabelledPassages.Passage p : passages) {
      eval.add(p.id(), p.expected(), LabelledPassages.found(linker, p));
    }
    int n = passages.size();
    System.out.printf("Labelled VNR passages: %s (%d), NER %s%n%n", file, n, ner ? "on" : "off (models jar absent)");
    System.out.print(eval.report().replace("VNRs evaluated", "Passages evaluated").replace("VNRs resolved exactly",
        "Passages resolved exactly"));
    return 0;
  }
}
