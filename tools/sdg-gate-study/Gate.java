import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.apache.commons.csv.*;
import org.vlrobs.classify.*;
import org.vlrobs.evaluation.HeldOut;
import org.vlrobs.extract.LanguageIdentifier;
import org.vlrobs.training.BenchmarkProxy;

/** What a gate "embed only when fast is uncertain" would cost in accuracy and save in embedding runs. */
public class Gate {
  public static void main(String[] a) throws Exception {
    Path home = Path.of(System.getProperty("vlr.home", ".")).toAbsolutePath().normalize();
    Path shared = home.resolveSibling("shared");
    List<String> official = new ArrayList<>();
    new LexiconBuilder().frameworkTexts(shared.resolve("data/sdg-framework/translations"), "en").values().forEach(official::addAll);
    List<LabelledText> heldOut = LabelledText.trail22(shared.resolve("data/labelled/trail22"), official).stream()
        .filter(HeldOut::contains).toList();
    LanguageIdentifier li = new LanguageIdentifier();
    List<SdgClassifier.Input> inputs = heldOut.stream().map(t -> new SdgClassifier.Input(t.text(), null, li.detect(t.text()))).toList();
    SdgClassifier fast = SdgClassifier.load(SdgClassifier.Method.FAST);
    SdgClassifier ens = SdgClassifier.load(SdgClassifier.Method.ENSEMBLE);
    List<List<SdgLabel>> f = fast.classifyAll(inputs);
    List<List<SdgLabel>> e = ens.classifyAll(inputs);
    double[] lows = {0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5};
    double[] highs = {0.6, 0.8, 0.95, 2};
    System.out.println("held-out texts " + heldOut.size());
    for (boolean withOfficial : new boolean[] {false, true}) {
      List<BenchmarkProxy.Judgement> js = BenchmarkProxy.build(heldOut, withOfficial);
      System.out.printf("%nbenchmark proxy %s official wording (%d judgements)%n", withOfficial ? "with" : "without", js.size());
      System.out.println(line("fast", js, heldOut, f, -1, 1));
      System.out.println(line("ensemble", js, heldOut, e, -1, 1));
      for (double lo : lows) for (double hi : highs) {
        List<List<SdgLabel>> g = gated(f, e, inputs, lo, hi);
        System.out.println(line(String.format("gate low %.2f high %s", lo, hi > 1 ? "none" : String.format("%.2f", hi)), js, heldOut, g, lo, hi)
            + String.format("  embedded %.1f %% of English held-out texts", 100.0 * embedded(f, inputs, lo, hi) / english(inputs)));
      }
    }
    // VNR passages (link evaluation set, en/es/fr/pt): share of English passages the gate would embed, and cost
    List<SdgClassifier.Input> vnr = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(home.resolve("data/eval/vnr-passages.csv"))) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        vnr.add(new SdgClassifier.Input(rec.get("text"), rec.get("heading"), rec.get("language")));
      }
    }
    List<List<SdgLabel>> vf = fast.classifyAll(vnr);
    System.out.printf("%nVNR passages: %d, English %d%n", vnr.size(), english(vnr));
    for (double lo : lows) for (double hi : highs) {
      System.out.printf("gate low %.2f high %s: embeds %.1f %% of English VNR passages%n", lo, hi > 1 ? "none" : String.format("%.2f", hi),
          100.0 * embedded(vf, vnr, lo, hi) / english(vnr));
    }
    // cost per English passage, fast vs ensemble, one thread, after warm-up
    List<SdgClassifier.Input> en = vnr.stream().filter(i -> SdgClassifier.usesEmbedding(i.language())).toList();
    for (int rep = 0; rep < 3; rep++) {
      long t0 = System.nanoTime(); fast.classifyAll(en); long t1 = System.nanoTime(); ens.classifyAll(en); long t2 = System.nanoTime();
      System.out.printf("English VNR passages %d: fast %.2f ms/passage, ensemble %.2f ms/passage%n", en.size(), (t1 - t0) / 1e6 / en.size(), (t2 - t1) / 1e6 / en.size());
    }
  }
  static int english(List<SdgClassifier.Input> in) { int n = 0; for (var i : in) if (SdgClassifier.usesEmbedding(i.language())) n++; return n; }
  static boolean uncertain(List<SdgLabel> fast, double lo, double hi) {
    for (SdgLabel l : fast) if (l.score() >= lo && l.score() < hi) return true;
    return false;
  }
  static int embedded(List<List<SdgLabel>> f, List<SdgClassifier.Input> in, double lo, double hi) {
    int n = 0; for (int i = 0; i < f.size(); i++) if (SdgClassifier.usesEmbedding(in.get(i).language()) && uncertain(f.get(i), lo, hi)) n++; return n;
  }
  static List<List<SdgLabel>> gated(List<List<SdgLabel>> f, List<List<SdgLabel>> e, List<SdgClassifier.Input> in, double lo, double hi) {
    List<List<SdgLabel>> out = new ArrayList<>();
    for (int i = 0; i < f.size(); i++) out.add(uncertain(f.get(i), lo, hi) ? e.get(i) : f.get(i));
    return out;
  }
  static String line(String name, List<BenchmarkProxy.Judgement> js, List<LabelledText> ho, List<List<SdgLabel>> labels, double lo, double hi) {
    Map<String, List<SdgLabel>> byText = new HashMap<>();
    for (int i = 0; i < ho.size(); i++) byText.put(ho.get(i).text(), labels.get(i));
    Metrics m = BenchmarkProxy.score(js, byText::get);
    return String.format("%-28s accuracy %.1f %%  P %.1f %%  R %.1f %%", name, 100 * m.macro(m::accuracy), 100 * m.macro(m::precision), 100 * m.macro(m::recall));
  }
}
