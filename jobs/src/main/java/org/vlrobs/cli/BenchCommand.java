package org.vlrobs.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.bench.BenchCorpus;
import org.vlrobs.bench.JfrSummary;
import org.vlrobs.bench.PdfPages;
import org.vlrobs.bench.PipelineBenchmark;
import org.vlrobs.bench.TableComparison;
import org.vlrobs.jobs.ExtractJob;
import org.vlrobs.jobs.SegmentJob;
import org.vlrobs.jobs.Spark;
import org.vlrobs.sample.SyntheticCorpus;
import org.vlrobs.tables.RowCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.vlrobs.corpus.CorpusEntry;
import org.vlrobs.extract.DocumentExtractor;
import org.vlrobs.extract.ExtractionLimits;
import org.vlrobs.extract.ocr.PageOcr;
import org.vlrobs.sample.SampleSource;
import org.vlrobs.sample.ScanRenderer;
import picocli.CommandLine.Parameters;

/**
 * {@code vlr bench}: the whole pipeline at scale ({@code pipeline}), two outputs' tables compared
 * ({@code compare}), one stage's throughput and peak heap on a synthetic corpus, or incremental runs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark the whole pipeline at scale (pipeline), compare two outputs' tables (compare), or "
        + "benchmark a stage on a synthetic corpus (extract, segment, classify, link); extract --scanned N also "
        + "measures OCR.")
public final class BenchCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "pipeline (every stage at scale, with pdftotext as reference), compare "
      + "(--tables A B: the tables of two outputs row by row), a stage to benchmark: extract, segment, classify, "
      + "link; or incremental (a first run, --new documents added, the incremental run vs a fresh run on all)")
  String stage;

  @Option(names = "--docs", defaultValue = "60", description = "stage benchmarks: documents (default ${DEFAULT-VALUE})")
  int docs;

  @Option(names = "--pages", description = "pipeline: total pages of the synthetic corpus (default 10000); "
      + "stage benchmarks: pages per document (default 50)")
  Integer pagesOption;

  int pages;

  @Option(names = "--pages-per-doc", defaultValue = "100",
      description = "pipeline: pages per synthetic document (default ${DEFAULT-VALUE})")
  int pagesPerDoc;

  @Option(names = "--corpus", description = "pipeline: benchmark this folder of PDFs instead of a synthetic corpus")
  Path corpusDir;

  @Option(names = "--no-pdftotext", description = "pipeline: do not time pdftotext on the same files")
  boolean noPdftotext;

  @Option(names = "--tables", arity = "2", description = "compare: the two pipeline outputs whose tables to compare")
  List<String> compareTables;

  @Option(names = "--jfr", description = "pipeline: record each stage with Java Flight Recorder into this folder "
      + "(<stage>.jfr, and workers/worker-<pid>.jfr for the extraction processes) and print a profile summary of each; "
      + "incremental: record the runs from the first (incremental.jfr in this folder) and print the last "
      + "incremental run's profile")
  Path jfr;

  @Option(names = "--seed", defaultValue = "42", description = "pipeline: seed of the synthetic corpus (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--scanned", defaultValue = "0", description = "extract: also OCR this many scanned pages (page images "
      + "without a text layer, rendered from the sample sources) and report OCR pages/s (default ${DEFAULT-VALUE})")
  int scanned;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master (default ${DEFAULT-VALUE})")
  String master;

  @Option(names = "--dir", description = "work folder (default: <project>/out/bench)")
  Path dir;

  @Option(names = "--isolation", defaultValue = "process",
      description = "extract: parse in a child process per task (process) or in the task (none) (default ${DEFAULT-VALUE})")
  org.vlrobs.extract.isolation.Isolation isolation;

  @Option(names = "--new", defaultValue = "3", description = "incremental: documents added (default ${DEFAULT-VALUE})")
  int added;

  @Option(names = "--list-jobs", description = "incremental: also list every Spark job of the last incremental run "
      + "(stage, call site, milliseconds)")
  boolean listJobs;

  @Option(names = "--repeat", defaultValue = "5", description = "incremental: pairs of runs (incremental and fresh, "
      + "in alternating order), for the median ratio and its spread (default ${DEFAULT-VALUE})")
  int repeat;

  @Option(names = "--passages", description = "link: benchmark on these labelled VNR passages (a CSV as "
      + "data/eval/vnr-passages.csv; passages of one doc read as one VNR, the file read four times) instead of the "
      + "synthetic corpus, whose passages are VLR text")
  Path passagesFile;

  @Option(names = "--separate-jvms", description = "incremental: each run its own JVM (a vlr run process, timed from "
      + "its start to its end, as a user's yearly run) instead of all in the benchmark's JVM")
  boolean separateJvms;

  @Override
  public Integer call() throws Exception {
    if ("incremental".equals(stage)) {
      pages = pagesOption != null ? pagesOption : 50;
      Path home = ProjectHome.get();
      return IncrementalBench.run(home, dir != null ? dir : home.resolve("out/bench"), docs, pages, added, master,
          repeat, separateJvms, listJobs, jfr, System.out);
    }
    if ("compare".equals(stage)) {
      return compare();
    }
    if ("pipeline".equals(stage)) {
      return pipeline();
    }
    if (!List.of("extract", "segment", "classify", "link").contains(stage)) {
      System.err.println("unknown benchmark '" + stage + "': pipeline, compare, incremental, extract, segment, "
          + "classify or link");
      return 2;
    }
    if ("link".equals(stage) && passagesFile != null) {
      return linkOnPassages();
    }
    pages = pagesOption != null ? pagesOption : 50;
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
    ExtractJob.Options o = ExtractJob.Options.of(corpus.toString());
    o.batchDocs = Math.max(docs, 1);
    o.isolation = isolation;
    String out = work.resolve("out-" + docs + "x" + pages).toString();
    if (!"extract".equals(stage) && Files.isDirectory(Path.of(Spark.tablePath(out, "pages")))) {
      System.out.println("Reusing the extracted tables in " + out);
    }
    if ("segment".equals(stage)) {
      return segment(spark, o, out, peak);
    }
    if ("classify".equals(stage)) {
      return classify(spark, o, out, peak);
    }
    if ("link".equals(stage)) {
      return link(spark, o, out, peak);
    }
    long t0 = System.nanoTime();
    ExtractJob.Result r = ExtractJob.run(spark, o, out, true);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long extractedPages = spark.read().parquet(Spark.tablePath(out, "pages")).count();
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
    layoutCost(corpus);
    if (scanned > 0) {
      ocr(home, work, scanned);
    }
    return 0;
  }

  /** Compares the tables of two outputs row by row; exit code 1 when any differs. */
  private int compare() throws Exception {
    if (compareTables == null || compareTables.size() != 2) {
      System.err.println("compare needs --tables <out A> <out B>");
      return 2;
    }
    SparkSession spark = Spark.session("vlr-compare", master);
    try {
      boolean same = true;
      for (TableComparison.TableDiff d : TableComparison.compare(spark, compareTables.get(0), compareTables.get(1))) {
        same &= d.equal();
        System.out.printf(java.util.Locale.ROOT, "%-26s %s  rows %,d / %,d; only left %,d, only right %,d%n",
            d.table(), d.equal() ? "same     " : "DIFFERENT", d.leftRows(), d.rightRows(), d.onlyLeft(), d.onlyRight());
        d.examples().forEach(e -> System.out.println("    " + (e.length() > 400 ? e.substring(0, 400) + "..." : e)));
      }
      System.out.println(same ? "All tables equal." : "Tables differ.");
      return same ? 0 : 1;
    } finally {
      spark.stop();
    }
  }

  /** Pipeline benchmark: every stage at scale through the pipeline; synthetic corpus cached under target/bench. */
  private int pipeline() throws Exception {
    Path home = ProjectHome.get();
    Path work = dir != null ? dir : home.resolve("target/bench");
    BenchCorpus.Corpus corpus;
    String name;
    if (corpusDir != null) {
      long bytes;
      int files;
      try (var s = Files.list(corpusDir)) {
        List<Path> all = s.filter(Files::isRegularFile).toList();
        files = all.size();
        bytes = all.stream().mapToLong(f -> f.toFile().length()).sum();
      }
      corpus = new BenchCorpus.Corpus(corpusDir, files, PdfPages.count(corpusDir), bytes);
      name = "corpus-" + corpusDir.getFileName();
    } else {
      long total = pagesOption != null ? pagesOption : 10_000;
      corpus = new BenchCorpus(home.resolve("data/sample/src"), work, pagesPerDoc, seed).corpus(total, 2);
      name = "n" + total;
    }
    SparkSession spark = Spark.session("vlr-bench", master);
    PipelineBenchmark.Result r;
    try {
      r = PipelineBenchmark.run(spark, corpus, work.resolve("out-" + name).toString(), !noPdftotext, jfr,
          List.of("--isolation", isolation.name().toLowerCase(java.util.Locale.ROOT)), System.out);
    } finally {
      spark.stop();
    }
    PipelineBenchmark.print(r, System.out);
    if (jfr != null) {
      List<String> packages = List.of("org.vlrobs.", "org.apache.tika.", "org.apache.pdfbox.", "edu.stanford.",
          "com.ibm.icu.", "org.apache.spark.sql.execution.datasources", "org.apache.parquet.");
      for (String s : org.vlrobs.jobs.Pipeline.stageNames()) {
        System.out.println();
        JfrSummary.print(jfr.resolve(s + ".jfr"), 25, packages, System.out);
      }
      List<Path> workers;
      try (var s = Files.list(jfr.resolve("workers"))) {
        workers = s.filter(p -> p.toString().endsWith(".jfr")).sorted().toList();
      }
      if (!workers.isEmpty()) {
        System.out.println();
        JfrSummary.print(workers, "extraction workers", 25, packages, System.out);
      }
    }
    Path json = work.resolve("results").resolve("pipeline-" + name + "-" + java.time.Instant.now().toString()
        .replaceAll("[-:]", "").replaceAll("\\.\\d+", "") + ".json");
    PipelineBenchmark.writeJson(r, json);
    System.out.println("  figures written to " + json);
    return 0;
  }

  /**
   * OCR throughput: scanned PDFs (sample sources rendered as page images by {@link ScanRenderer}) through the
   * extraction engine with OCR on, one document at a time on one thread, as one executor core runs them.
   */
  private static void ocr(Path home, Path work, int pages) throws Exception {
    PageOcr.Availability a = PageOcr.availability();
    if (!a.available()) {
      System.out.println("  OCR                  " + a.reason() + " - not measured");
      return;
    }
    Path dir = Files.createDirectories(work.resolve("scanned"));
    List<Path> sources;
    try (var s = Files.list(home.resolve("data/sample/src"))) {
      sources = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    List<Path> files = new java.util.ArrayList<>();
    int total = 0;
    for (int i = 0; total < pages; i++) {
      Path src = sources.get(i % sources.size());
      Path f = dir.resolve(String.format("scan-%03d.pdf", i));
      if (!Files.exists(f)) {
        try (var os = Files.newOutputStream(f)) {
          new ScanRenderer().render(SampleSource.read(src), os);
        }
      }
      try (var d = org.apache.pdfbox.Loader.loadPDF(f.toFile())) {
        total += d.getNumberOfPages();
      }
      files.add(f);
    }
    long t0 = System.nanoTime();
    int ocrPages = 0;
    try (DocumentExtractor ex = new DocumentExtractor(ExtractionLimits.DEFAULT, PageOcr.Mode.ON)) {
      for (Path f : files) {
        CorpusEntry e = CorpusEntry.bare(f.toUri().toString(), f.getFileName().toString(), Files.size(f), 0);
        ocrPages += ex.extract(e, () -> Files.newInputStream(f)).ocrPages();
      }
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("  OCR                  %d scanned documents, %d pages (%d read by OCR) in %.1f s: %.2f pages/s "
        + "(one thread: render at 300 dpi + tesseract %s; languages from the text)%n", files.size(), total, ocrPages, s,
        ocrPages / s, a.languages());
  }

  /** Segment benchmark: the job over the extracted pages, then raw CoreNLP tokenize,ssplit on the same text. */
  private int segment(SparkSession spark, ExtractJob.Options o, String out, PeakHeap peak) throws Exception {
    if (!Files.isDirectory(Path.of(Spark.tablePath(out, "pages")))) {
      ExtractJob.run(spark, o, out, false);
    }
    long t0 = System.nanoTime();
    SegmentJob.run(spark, out);
    double seconds = (System.nanoTime() - t0) / 1e9;
    org.apache.spark.sql.Row stats = spark.read().parquet(Spark.tablePath(out, "passages"))
        .agg(org.apache.spark.sql.functions.count("*").as("passages"),
            org.apache.spark.sql.functions.sum("n_tokens").as("tokens")).first();
    long passages = RowCodec.longInteger(stats, "passages");
    long tokens = RowCodec.longInteger(stats, "tokens");
    int cores = spark.sparkContext().defaultParallelism();
    // the same text through a bare CoreNLP pipeline, one thread: a sample of pages, streamed to the driver
    StringBuilder sample = new StringBuilder();
    var it = spark.read().parquet(Spark.tablePath(out, "pages")).select("text").toLocalIterator();
    while (it.hasNext() && sample.length() < 3_000_000) {
      sample.append(RowCodec.string(it.next(), "text")).append("\n\n");
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
  private static void ensurePassages(SparkSession spark, ExtractJob.Options o, String out) throws Exception {
    if (!Files.isDirectory(Path.of(Spark.tablePath(out, "pages")))) {
      ExtractJob.run(spark, o, out, false);
    }
    if (!Files.isDirectory(Path.of(Spark.tablePath(out, "passages")))) {
      SegmentJob.run(spark, out);
    }
  }

  /**
   * Classify benchmark: the job over the passages (made first when missing), once per SDG method: fast
   * (references, lexicon, TF-IDF) and ensemble (plus the sentence embedding of English passages).
   */
  private int classify(SparkSession spark, ExtractJob.Options o, String out, PeakHeap peak) throws Exception {
    ensurePassages(spark, o, out);
    long passages = spark.read().parquet(Spark.tablePath(out, "passages")).count();
    long english = spark.read().parquet(Spark.tablePath(out, "passages"))
        .filter(org.apache.spark.sql.functions.col("language").equalTo("en")).count();
    java.util.Map<org.vlrobs.classify.SdgClassifier.Method, Double> seconds = new java.util.LinkedHashMap<>();
    for (org.vlrobs.classify.SdgClassifier.Method m : org.vlrobs.classify.SdgClassifier.Method.values()) {
      long t0 = System.nanoTime();
      org.vlrobs.jobs.ClassifyJob.run(spark, out, m);
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
  private int link(SparkSession spark, ExtractJob.Options o, String out, PeakHeap peak) throws Exception {
    ensurePassages(spark, o, out);
    List<String[]> passages = new java.util.ArrayList<>();
    var it = spark.read().parquet(Spark.tablePath(out, "passages")).select("text", "heading", "language", "doc_id")
        .orderBy("doc_id", "ordinal").toLocalIterator();
    while (it.hasNext() && passages.size() < 20_000) {
      org.apache.spark.sql.Row r = it.next();
      passages.add(new String[] {RowCodec.string(r, "text"), RowCodec.string(r, "heading"),
          RowCodec.string(r, "language"), RowCodec.string(r, "doc_id")});
    }
    spark.stop();
    System.out.println();
    System.out.printf("link benchmark: %,d passages of %d synthetic VLRs x %d pages, one thread, every passage treated as "
        + "a VNR passage (VLR text: see --passages for VNR text)%n", passages.size(), docs, pages);
    timeLink(passages, peak);
    return 0;
  }

  /** Link benchmark on labelled VNR passages ({@code --passages}): real VNR phrasing rather than the corpus's VLR text. */
  private int linkOnPassages() throws Exception {
    List<org.vlrobs.link.LabelledPassages.Passage> labelled = org.vlrobs.link.LabelledPassages.read(passagesFile);
    List<String[]> passages = new java.util.ArrayList<>();
    for (int k = 0; k < 4; k++) { // (each reading its own documents: the context starts afresh)
      for (org.vlrobs.link.LabelledPassages.Passage p : labelled) {
        passages.add(new String[] {p.text(), p.heading(), p.language(), k + "/" + (p.doc() == null ? p.id() : p.doc()),
            p.role()});
      }
    }
    PeakHeap peak = new PeakHeap();
    peak.start();
    System.out.println();
    System.out.printf("link benchmark: %,d passages (%s, %,d labelled VNR passages read four times), one thread%n",
        passages.size(), passagesFile.getFileName(), labelled.size());
    timeLink(passages, peak);
    return 0;
  }

  /** Times the link engine over the passages ({text, heading, language, document, role}), without and with NER. */
  private static void timeLink(List<String[]> passages, PeakHeap peak) {
    org.vlrobs.link.VlrCatalog catalog = new org.vlrobs.link.VlrCatalog(List.of());
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
      String doc = null;
      org.vlrobs.link.MentionRules.Context ctx = null;
      for (String[] p : passages) {
        if (!p[3].equals(doc)) {
          doc = p[3];
          ctx = org.vlrobs.link.MentionRules.newDocument();
        }
        List<org.vlrobs.link.VnrLinker.Evidence> ev = linker.analyse(p[0], p[1], p[2], p.length > 4 ? p[4] : null, ctx,
            null, null);
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

  /**
   * The cost of layout analysis: the same PDFs read on one thread by {@link PdfLayoutExtractor} (text in
   * reading order plus blocks and roles, what extraction does) and by Tika's PDF parser into plain text (what
   * it did before layout analysis), after one warm-up file each.
   */
  private static void layoutCost(Path corpus) throws Exception {
    List<Path> files;
    try (var s = Files.list(corpus)) {
      files = s.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
    if (files.isEmpty()) {
      return;
    }
    org.vlrobs.layout.PdfLayoutExtractor layout = new org.vlrobs.layout.PdfLayoutExtractor();
    org.apache.tika.parser.pdf.PDFParser tika = new org.apache.tika.parser.pdf.PDFParser();
    layout.extract(files.get(0), Integer.MAX_VALUE, System.nanoTime() + 600_000_000_000L, 64L << 20);
    tikaText(tika, files.get(0));
    long pages = 0;
    long t0 = System.nanoTime();
    for (Path f : files) {
      pages += layout.extract(f, Integer.MAX_VALUE, System.nanoTime() + 600_000_000_000L, 64L << 20).pages().size();
    }
    double layoutSeconds = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    for (Path f : files) {
      tikaText(tika, f);
    }
    double plainSeconds = (System.nanoTime() - t1) / 1e9;
    System.out.printf("  layout analysis      %.1f pages/s with blocks and roles vs %.1f pages/s for Tika's plain PDF text "
        + "(one thread, %d files, %,d pages): layout takes %.2fx the time of plain text%n", pages / layoutSeconds,
        pages / plainSeconds, files.size(), pages, layoutSeconds / plainSeconds);
  }

  private static void tikaText(org.apache.tika.parser.pdf.PDFParser parser, Path f) throws Exception {
    try (var in = org.apache.tika.io.TikaInputStream.get(f)) {
      parser.parse(in, new org.apache.tika.sax.BodyContentHandler(-1), new org.apache.tika.metadata.Metadata(),
          new org.apache.tika.parser.ParseContext());
    }
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
