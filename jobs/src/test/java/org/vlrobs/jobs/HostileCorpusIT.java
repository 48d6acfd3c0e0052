package org.vlrobs.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;
import org.vlrobs.corpus.CorpusEntry;
import org.vlrobs.extract.DocumentExtractor;
import org.vlrobs.extract.ExtractedDocument;
import org.vlrobs.extract.ExtractionLimits;
import org.vlrobs.hostile.HostileCorpus;

/**
 * The extract stage over a hostile corpus (see {@link HostileCorpus}): it finishes within
 * {@code timeout x files / cores + 60 s} with a bounded heap, gives every file exactly one truthful row,
 * reads nothing outside the corpus, and processes the ordinary documents as usual.
 */
class HostileCorpusIT {
  static final int TIMEOUT_S = 15;
  private static SparkSession spark;
  private static HostileCorpus hostile;
  private static Path out;
  private static Map<String, Row> rows;
  private static double seconds;
  private static long peakHeap;
  private static long rowCount;

  @BeforeAll
  static void run() throws Exception {
    Path base = TestPaths.projectDir().resolve("jobs/target/hostile");
    SparkTestSupport.delete(base);
    hostile = new HostileCorpus(base, 1_100_000_000L).write(TestPaths.sampleCorpus());
    out = base.resolve("out");
    spark = SparkTestSupport.local();
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    long t0 = System.nanoTime();
    ExtractJob.Options o = options();
    ExtractJob.run(spark, o);
    seconds = (System.nanoTime() - t0) / 1e9;
    sampler.interrupt();
    peakHeap = peak.get();
    rows = byKey(out);
    rowCount = spark.read().parquet(Spark.tablePath(out.toString(), "documents")).count();
    System.out.printf("hostile corpus: %d rows in %.1f s, peak heap %d MB%n", rowCount, seconds, peakHeap >> 20);
    rows.forEach((k, r) -> System.out.printf("  %-32s %-22s %s%n", k, r.getAs("status"), r.getAs("status_reason")));
  }

  static ExtractJob.Options options() {
    ExtractJob.Options o = SparkTestSupport.options(hostile.corpus(), out);
    o.timeoutSeconds = TIMEOUT_S;
    return o;
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** documents rows keyed by path relative to the corpus (as {@link HostileCorpus#expected()} names them). */
  static Map<String, Row> byKey(Path out) {
    Map<String, Row> m = new TreeMap<>();
    for (Row r : spark.read().parquet(Spark.tablePath(out.toString(), "documents")).collectAsList()) {
      String key = key(r.getAs("source_path"));
      if (m.put(key, r) != null) {
        m.put(key + " (again)", r);
      }
    }
    return m;
  }

  static String key(String sourcePath) {
    String p = sourcePath.startsWith("file:") ? sourcePath.substring("file:".length()) : sourcePath;
    p = p.replaceFirst("^//", "");
    String corpus = hostile.corpus().toString() + "/";
    String outside = hostile.outside().toString() + "/";
    if (p.startsWith(corpus)) {
      return p.substring(corpus.length());
    }
    if (p.startsWith(outside)) {
      return "../outside/" + p.substring(outside.length());
    }
    return p;
  }

  @Test
  void finishesInTimeWithBoundedHeap() {
    int cores = Runtime.getRuntime().availableProcessors();
    double budget = (double) TIMEOUT_S * hostile.expected().size() / cores + 60;
    assertTrue(seconds <= budget, seconds + " s > " + budget + " s");
    assertTrue(peakHeap < 1536L << 20, "peak heap " + (peakHeap >> 20) + " MB (the bombs inflate to 1.1 GB each)");
  }

  @Test
  void everyFileHasExactlyOneTruthfulRow() {
    assertEquals(hostile.expected().keySet(), rows.keySet(), "one row per file and per unusable manifest line");
    assertEquals(rows.size(), rowCount);
    List<String> wrong = new ArrayList<>();
    hostile.expected().forEach((k, allowed) -> {
      Row r = rows.get(k);
      if (r != null && !Set.of(allowed.split("\\|")).contains((String) r.getAs("status"))) {
        wrong.add(k + ": " + r.getAs("status") + " (" + r.getAs("status_reason") + "), expected " + allowed);
      }
    });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void nothingOutsideTheCorpusIsRead() throws Exception {
    Set<String> forbidden = Set.of(sha256(Files.readAllBytes(hostile.outside().resolve("x.pdf"))),
        sha256(Files.readAllBytes(Paths.get("/etc/hostname"))));
    for (Row r : rows.values()) {
      assertFalse(forbidden.contains((String) r.getAs("doc_id")), "read from outside the corpus: " + r);
    }
    long leaked = spark.read().parquet(Spark.tablePath(out.toString(), "pages"))
        .filter(org.apache.spark.sql.functions.col("text").contains(HostileCorpus.OUTSIDE_MARKER)).count();
    assertEquals(0, leaked);
  }

  @Test
  void ordinaryDocumentsComeOutAsUsualWithTheirManifestMetadata() throws Exception {
    try (DocumentExtractor alone = new DocumentExtractor(ExtractionLimits.DEFAULT)) {
      for (String name : List.of("good/helsinki-vlr-2021.pdf", "good/malaga-vlr-2021.pdf", "good/helsinki-vlr-2021.docx",
          "odd/Report: 2021.pdf")) {
        Path f = hostile.corpus().resolve(name);
        ExtractedDocument d = alone.extract(CorpusEntry.bare(f.toUri().toString(), f.getFileName().toString(),
            Files.size(f), 0), () -> Files.newInputStream(f));
        Row r = rows.get(name);
        assertEquals("ok", r.getAs("status"), name);
        assertEquals(d.pageCount(), (int) r.getAs("page_count"), name);
        assertEquals(d.charCount(), (long) r.getAs("char_count"), name);
      }
    }
    assertEquals("Helsinki VLR 2021", rows.get("good/helsinki-vlr-2021.pdf").getAs("title"));
    assertEquals("After the broken row", rows.get("good/helsinki-vlr-2021.docx").getAs("title"));
    assertEquals("NFD spelled title", rows.get("odd/" + HostileCorpus.NFC_NAME).getAs("title"));
    assertEquals("Backslash title", rows.get("odd/back/slash.pdf").getAs("title"));
    assertEquals("Other case title", rows.get("odd/Case-Sensitive.pdf").getAs("title"));
    assertTrue(((String) rows.get("odd/Case-Sensitive.pdf").getAs("status_reason")).contains("case"));
    assertEquals("First row", rows.get("odd/repeated.pdf").getAs("title"));
    assertTrue(((String) rows.get("odd/repeated.pdf").getAs("status_reason")).contains("2 times"));
  }

  @Test
  void statusesAndCountsTellTheTruth() {
    assertEquals(2, (int) rows.get("pdf/cyclic-tree.pdf").getAs("page_count"), "cyclic page tree: two distinct pages");
    assertEquals(1, (int) rows.get("pdf/million-pages.pdf").getAs("page_count"));
    assertTrue(reason("pdf/million-pages.pdf").contains("1,000,000"), reason("pdf/million-pages.pdf"));
    Row truncated = rows.get("pdf/truncated.pdf");
    assertTrue((int) truncated.getAs("page_count") < 10, reason("pdf/truncated.pdf"));
    assertTrue(reason("pdf/truncated.pdf").contains("10"), reason("pdf/truncated.pdf"));
    assertFalse(reason("pdf/whitespace.pdf").contains("scanned"), reason("pdf/whitespace.pdf"));
    assertTrue(reason("pdf/whitespace.pdf").contains("no images"), reason("pdf/whitespace.pdf"));
    assertTrue(reason("text/one-line.txt").contains("limit"), reason("text/one-line.txt"));
    assertTrue(reason("archives/two-pdfs.zip").contains("bretagne-vlr-2020.pdf")
        && reason("archives/two-pdfs.zip").contains("brazil-vnr-2024.pdf"), reason("archives/two-pdfs.zip"));
    assertTrue(reason("archives/report.pdf.gz").contains("application/pdf"), reason("archives/report.pdf.gz"));
    assertTrue(reason("special/pipe.pdf").contains("pipe"), reason("special/pipe.pdf"));
    assertTrue(reason("good").contains("folder"), reason("good"));
    assertTrue(reason("links/to-parent").contains("already"), reason("links/to-parent"));
  }

  @Test
  void anEditWithTheSameSizeAndTimeIsFoundByContentWhenVerifying() throws Exception {
    String before = rows.get("edited/same-size.txt").getAs("doc_id");
    hostile.editSameSize('B');
    ExtractJob.Options o = options();
    o.verify = true;
    ExtractJob.Result r = ExtractJob.run(spark, o);
    Map<String, Row> after = byKey(out);
    String now = after.get("edited/same-size.txt").getAs("doc_id");
    assertNotEquals(before, now);
    assertEquals(sha256(Files.readAllBytes(hostile.corpus().resolve("edited/same-size.txt"))), now);
    assertEquals(1, r.extracted(), "only the edited file is extracted again");
    assertEquals(rows.keySet(), after.keySet());
  }

  static String reason(String key) {
    return rows.get(key).getAs("status_reason");
  }

  static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
