package org.vlrobs.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.jobs.ExtractJob;
import org.vlrobs.jobs.SegmentJob;
import org.vlrobs.jobs.Spark;
import org.vlrobs.sample.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vlr bench extract}: throughput and peak heap of the extraction job on a synthetic corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark a stage on a synthetic corpus (stages: extract, segment, classify, link).")
public final class BenchCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "stage to benchmark: extract, segment, classify, link")
  String stage;

  @Option(names = "--docs", defaultValue = "60", description = "documents (default ${DEFAULT-VALUE})")
  int docs;

  @Option(names = "--pages", defaultValue = "50", description = "pages per document (default ${DEFAULT-VALUE})")
  int pages;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master (default ${DEFAULT-VALUE})")
  String master;

  @Option(names = "--dir", description = "work folder (default: <project>/out/bench)")
  Path dir;

  @Option(names = "--isolation", defaultValue = "process",
      description = "extract: parse in a child process per task (process) or in the task (none) (default ${DEFAULT-VALUE})")
  org.vlrobs.extract.isolation.Isolation isolation;

  @Override
  public Integer call() throws Exception {
    if (!List.of("extract", "segment", "classify", "link").contains(stage)) {
      System.err.println("unknown stage '" + stage + "': extract, segment, classify or link");
      return 2;
    }
    Path home = ProjectHome.get();
    Path work = dir != null ? dir : home.resolve("out/bench");
    Path corpus = work.resolve("corpus-" + docs + "x" + pages);
    if (!Files.isDirectory(corpus)) {
      System.out.printf("Generating %d synthetic documents of %d pages in %s ...%n", docs, pages, corpus);
      new SyntheticCorpus(home.resolve("data/sample/src")).generate(corpus, docs, pages, 42);
    }
    long bytes;
    try (var files = Files.list(corpus)) {
      bytes = files.mapToLong(f -> f.toFile().length()).sum();
    }
    PeakHeap peak = new PeakHeap();
    peak.start();
    SparkSession spark = Spark.session("vlr-bench", master);
    ExtractJob.Options o = ExtractJob.Options.of(corpus.toString(), work.resolve("out-" + docs + "x" + pages).toString());
    o.batchDocs = Math.max(docs, 1);
    o.fresh = "extract".equals(stage);
    o.isolation = isolation;
    if (!"extract".equals(stage) && Files.isDirectory(Path.of(Spark.tablePath(o.out, "pages")))) {
      System.out.println("Reusing the extracted tables in " + o.out);
    }
    if ("segment".equals(stage)) {
      return segment(spark, o, peak);
    }
    if ("classify".equals(stage)) {
      return classify(spark, o, peak);
    }
    if ("link".equals(stage)) {
      return link(spark, o, peak);
    }
    long t0 = System.nanoTime();
    ExtractJob.Result r = ExtractJob.run(spark, o);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long extractedPages = spark.read().parquet(Spark.tablePath(o.out, "pages")).count();
    int cores = spark.sparkContext().defaultParallelism();
    spark.stop();
    peak.interrupt();

    long totalPages = (long) docs * pages;
    System.out.println();
    System.out.printf("extract benchmark: %d documents x %d pages (%,d pages, %.1f MB of PDF), master %s (%d cores), "
        + "isolation %s%n", docs, pages, totalPages, bytes / 1e6, master, cores, o.isolation.name().toLowerCase());
    System.out.printf("  extraction phase     %.1f s: %.2f documents/s, %.1f pages/s (%,d pages in the pages table)%n",
        r.extractSeconds(), docs / r.extractSeconds(), totalPages / r.extractSeconds(), extractedPages);
    System.out.printf("  whole job            %.1f s: %.2f documents/s, %.1f pages/s (plus listing, de-duplication, "
        + "table writes)%n", seconds, docs / seconds, totalPages / seconds);
    System.out.printf("  table build          %.1f s%n", r.tableSeconds());
    System.out.printf("  heap                 peak live after GC %.0f MB; peak used incl. garbage %.0f MB "
        + "(one JVM: driver and local executors; -Xmx %.0f MB)%n", peak.live / 1e6, peak.peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
    pdftotext(corpus, totalPages);
    return 0;
  }

  /** Segment benchmark: the job over the extracted pages, then raw CoreNLP tokenize,ssplit on the same text. */
  private int segment(SparkSession spark, ExtractJob.Options o, PeakHeap peak) throws Exception {
    if (!Files.isDirectory(Path.of(Spark.tablePath(o.out, "pages")))) {
      ExtractJob.run(spark, o);
    }
    long t0 = System.nanoTime();
    SegmentJob.run(spark, o.out);
    double seconds = (System.nanoTime() - t0) / 1e9;
    org.apache.spark.sql.Row stats = spark.read().parquet(Spark.tablePath(o.out, "passages"))
        .agg(org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.sum("n_tokens")).first();
    long passages = stats.getLong(0);
    long tokens = stats.getLong(1);
    int cores = spark.sparkContext().defaultParallelism();
    // the same text through a bare CoreNLP pipeline, one thread: a sample of pages, streamed to the driver
    StringBuilder sample = new StringBuilder();
    var it = spark.read().parquet(Spark.tablePath(o.out, "pages")).select("text").toLocalIterator();
    while (it.hasNext() && sample.length() < 3_000_000) {
      sample.append(it.next().getString(0)).append("\n\n");
    }
    spark.stop();
    peak.interrupt();
    java.util.Properties props = new java.util.Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    edu.stanford.nlp.pipeline.StanfordCoreNLP nlp = new edu.stanford.nlp.pipeline.StanfordCoreNLP(props, false);
    nlp.annotate(new edu.stanford.nlp.pipeline.Annotation(sample.substring(0, Math.min(200_000, sample.length()))));
    long t1 = System.nanoTime();
    edu.stanford.nlp.pipeline.Annotation a = new edu.stanford.nlp.pipeline.Annotation(sample.toString());
    nlp.annotate(a);
    double rawSeconds = (System.nanoTime() - t1) / 1e9;
    int rawTokens = a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();

    System.out.println();
    System.out.printf("segment benchmark: pages of %d documents x %d pages, master %s (%d cores)%n", docs, pages, master, cores);
    System.out.printf("  segment job          %.1f s: %,d passages (%.0f passages/s), %,d tokens (%.0f tokens/s), "
        + "incl. reading pages and writing passages%n", seconds, passages, passages / seconds, tokens, tokens / seconds);
    System.out.printf("  CoreNLP raw          tokenize,ssplit (en), one thread, same text (%,d chars): %,d tokens in "
        + "%.2f s = %.0f tokens/s%n", sample.length(), rawTokens, rawSeconds, rawTokens / rawSeconds);
    System.out.printf("  heap                 peak live after GC %.0f MB%n", peak.live / 1e6);
    return 0;
  }

  /** Extracts and segments the synthetic corpus unless an earlier benchmark did. */
  private static void ensurePassages(SparkSession spark, ExtractJob.Options o) throws Exception {
    if (!Files.isDirectory(Path.of(Spark.tablePath(o.out, "pages")))) {
      ExtractJob.run(spark, o);
    }
    if (!Files.isDirectory(Path.of(Spark.tablePath(o.out, "passages")))) {
      SegmentJob.run(spark, o.out);
    }
  }

  /**
   * Classify benchmark: the job over the passages (made first when missing), once per SDG method: fast
   * (references, lexicon, TF-IDF) and ensemble (plus the sentence embedding of English passages).
   */
  private int classify(SparkSession spark, ExtractJob.Options o, PeakHeap peak) throws Exception {
    ensurePassages(spark, o);
    long passages = spark.read().parquet(Spark.tablePath(o.out, "passages")).count();
    long english = spark.read().parquet(Spark.tablePath(o.out, "passages"))
        .filter(org.apache.spark.sql.functions.col("language").equalTo("en")).count();
    java.util.Map<org.vlrobs.classify.SdgClassifier.Method, Double> seconds = new java.util.LinkedHashMap<>();
    for (org.vlrobs.classify.SdgClassifier.Method m : org.vlrobs.classify.SdgClassifier.Method.values()) {
      long t0 = System.nanoTime();
      org.vlrobs.jobs.ClassifyJob.run(spark, o.out, m);
      seconds.put(m, (System.nanoTime() - t0) / 1e9);
    }
    int cores = spark.sparkContext().defaultParallelism();
    spark.stop();
    peak.interrupt();
    System.out.println();
    System.out.printf("classify benchmark: passages of %d documents x %d pages (%,d passages, %,d English), master %s "
        + "(%d cores)%n", docs, pages, passages, english, master, cores);
    seconds.forEach((m, s) -> System.out.printf("  --sdg-method %-8s %.1f s: %.0f passages/s, %.1f pages/s (SDGs 1-17 with "
        + "evidence, themes, profile; incl. reading and writing tables)%n", m, s, passages / s, (double) docs * pages / s));
    System.out.printf("  heap                 peak live after GC %.0f MB%n", peak.live / 1e6);
    return 0;
  }

  /**
   * Link benchmark: the link engine ({@code VnrLinker}) on every passage as if each came from a VNR, one
   * thread, with and without NER, passages streamed from the table (made first when missing). The Spark
   * job runs the same engine per partition over VNR passages only.
   */
  private int link(SparkSession spark, ExtractJob.Options o, PeakHeap peak) throws Exception {
    ensurePassages(spark, o);
    List<String[]> passages = new java.util.ArrayList<>();
    var it = spark.read().parquet(Spark.tablePath(o.out, "passages")).select("text", "heading", "language").toLocalIterator();
    while (it.hasNext() && passages.size() < 20_000) {
      org.apache.spark.sql.Row r = it.next();
      passages.add(new String[] {r.getString(0), r.getString(1), r.getString(2)});
    }
    spark.stop();
    org.vlrobs.link.VlrCatalog catalog = new org.vlrobs.link.VlrCatalog(List.of());
    System.out.println();
    System.out.printf("link benchmark: %,d passages of %d documents x %d pages, one thread, every passage treated as a "
        + "VNR passage%n", passages.size(), docs, pages);
    for (boolean ner : List.of(false, true)) {
      if (ner && !org.vlrobs.link.CoreNlpLocationTagger.available()) {
        System.out.println("  with NER             CoreNLP models jar not on the classpath - skipped");
        continue;
      }
      long tLoad = System.nanoTime();
      org.vlrobs.link.VnrLinker linker = new org.vlrobs.link.VnrLinker(catalog,
          ner ? org.vlrobs.link.CoreNlpLocationTagger.shared() : null);
      double load = (System.nanoTime() - tLoad) / 1e9;
      for (String[] p : passages.subList(0, Math.min(5000, passages.size()))) { // warm-up (JIT)
        linker.analyse(p[0], p[1], p[2], null, null);
      }
      long t0 = System.nanoTime();
      long evidence = 0;
      long withReview = 0;
      for (String[] p : passages) {
        List<org.vlrobs.link.VnrLinker.Evidence> ev = linker.analyse(p[0], p[1], p[2], null, null);
        evidence += ev.size();
        withReview += ev.stream().anyMatch(e -> e.type() != org.vlrobs.link.MentionType.LRG) ? 1 : 0;
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf("  %-20s %.2f s: %.0f passages/s; %,d evidence rows, %,d passages naming a review "
          + "(where localities, and NER, are sought)%s%n", ner ? "with NER" : "rules + gazetteer", seconds,
          passages.size() / seconds, evidence, withReview, ner ? String.format(java.util.Locale.ROOT,
              "; model load %.1f s", load) : "");
    }
    peak.interrupt();
    System.out.printf("  heap                 peak live after GC %.0f MB%n", peak.live / 1e6);
    return 0;
  }

  /** The same files through poppler's pdftotext, one process at a time, when it is installed. */
  private static void pdftotext(Path corpus, long totalPages) throws Exception {
    Path exe = List.of("/usr/bin/pdftotext", "/usr/local/bin/pdftotext").stream().map(Path::of)
        .filter(Files::isExecutable).findFirst().orElse(null);
    if (exe == null) {
      System.out.println("  pdftotext            not installed (apt-get install poppler-utils) - no comparison");
      return;
    }
    List<Path> files;
    try (var s = Files.list(corpus)) {
      files = s.sorted().toList();
    }
    long t0 = System.nanoTime();
    for (Path f : files) {
      Process p = new ProcessBuilder(exe.toString(), "-q", f.toString(), "-").redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      p.waitFor();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("  pdftotext            %.1f s, %.1f pages/s (one process at a time, one core, text only)%n", s,
        totalPages / s);
  }

  /** Samples heap use every 20 ms; GC pool peaks catch what sampling misses. */
  private static final class PeakHeap extends Thread {
    volatile long peak;
    volatile long live;

    PeakHeap() {
      setDaemon(true);
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Override
    public void run() {
      try {
        while (!isInterrupted()) {
          long used = 0;
          long afterGc = 0;
          for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
              used += pool.getUsage().getUsed();
              if (pool.getCollectionUsage() != null) {
                afterGc += pool.getCollectionUsage().getUsed();
              }
            }
          }
          peak = Math.max(peak, used);
          live = Math.max(live, afterGc);
          Thread.sleep(20);
        }
      } catch (InterruptedException e) {
        // done
      }
    }
  }
}
