package org.vlrobs.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;
import org.vlrobs.extract.ExtractedDocument;
import org.vlrobs.hostile.HostileCorpus;

/**
 * {@code kill -9} of the JVM running the extract stage while a decompression bomb is being parsed: the
 * documents finished before the kill are in the journal, the parsing process does not outlive the job,
 * and the resumed run extracts only the bomb: nothing lost, nothing twice.
 */
class ResumeAfterKillIT {
  private static final int DOCS = 6;

  @Test
  void aKilledRunResumesWithoutLosingOrDuplicatingDocuments() throws Exception {
    Path base = TestPaths.projectDir().resolve("jobs/target/kill");
    SparkTestSupport.delete(base);
    Path corpus = Files.createDirectories(base.resolve("corpus"));
    Path out = base.resolve("out");
    List<String> samples = List.of("helsinki-vlr-2021.pdf", "malaga-vlr-2021.pdf", "finland-vnr-2020.pdf",
        "bogota-vlr-2021.pdf", "bristol-vlr-2019.pdf", "uk-vnr-2019.pdf");
    for (int i = 0; i < DOCS; i++) {
      Files.copy(TestPaths.sampleCorpus().resolve(samples.get(i)), corpus.resolve("a-" + i + "-" + samples.get(i)));
    }
    HostileCorpus.docxBomb(corpus.resolve("zz-bomb.docx"), 1_100_000_000L); // last in path order

    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), ExtractJob.class.getName()));
    cmd.addAll(args(corpus, out));
    cmd.addAll(List.of("--master", "local[1]"));
    Process job = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(base.resolve("killed-run.log").toFile()).start();

    Path journalDir = out.resolve("work/journal");
    Configuration conf = new Configuration();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    int journalled = 0;
    List<ProcessHandle> workers = List.of();
    while (System.nanoTime() < deadline && job.isAlive()) {
      journalled = journalled(journalDir, conf).size();
      workers = job.toHandle().descendants().filter(ResumeAfterKillIT::isWorker).toList();
      if (journalled >= DOCS) {
        break;
      }
      Thread.sleep(100);
    }
    assertTrue(job.isAlive(), "the job ended before the bomb: see " + base.resolve("killed-run.log"));
    assertEquals(DOCS, journalled, "the documents before the bomb are journalled");
    Thread.sleep(1500); // the bomb is being parsed now
    job.destroyForcibly(); // SIGKILL
    assertTrue(job.waitFor(30, TimeUnit.SECONDS));
    List<String> atKill = journalled(journalDir, conf);
    assertEquals(DOCS, atKill.size(), "killed while the bomb was in flight: " + atKill);
    assertFalse(atKill.stream().anyMatch(p -> p.contains("zz-bomb")));
    assertFalse(workers.isEmpty(), "the job parsed in a worker process");
    for (ProcessHandle w : workers) {
      w.onExit().get(20, TimeUnit.SECONDS); // the parsing process does not outlive its job
    }

    SparkSession spark = SparkTestSupport.local();
    try {
      ExtractJob.Options o = new ExtractJob.Options();
      new picocli.CommandLine(o).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args(corpus, out).toArray(String[]::new));
      ExtractJob.Result r = ExtractJob.run(spark, o);
      assertEquals(DOCS + 1, r.files());
      assertEquals(1, r.extracted(), "only the bomb is extracted again");
      List<Row> docs = spark.read().parquet(Spark.tablePath(out.toString(), "documents")).collectAsList();
      assertEquals(DOCS + 1, docs.size());
      Map<String, String> status = docs.stream().collect(Collectors.toMap(d -> d.getAs("file_name"), d -> d.getAs("status")));
      for (int i = 0; i < DOCS; i++) {
        assertEquals("ok", status.get("a-" + i + "-" + samples.get(i)), status.toString());
      }
      assertTrue(Set.of("too_large", "timeout").contains(status.get("zz-bomb.docx")), status.toString());
      long work = spark.read().parquet(out.resolve("work/extracted").toString()).count();
      assertEquals(DOCS + 1, work, "the work table holds each document once");
    } finally {
      spark.stop();
    }
  }

  private static List<String> args(Path corpus, Path out) {
    return List.of("--corpus", corpus.toString(), "--out", out.toString(), "--partitions", "1", "--timeout", "15");
  }

  private static boolean isWorker(ProcessHandle p) {
    try {
      return new String(Files.readAllBytes(Paths.get("/proc/" + p.pid() + "/cmdline")), java.nio.charset.StandardCharsets.UTF_8)
          .contains("ExtractWorker");
    } catch (java.io.IOException e) {
      return p.info().commandLine().orElse("").contains("ExtractWorker");
    }
  }

  /** Source paths in the journal files. */
  private static List<String> journalled(Path dir, Configuration conf) throws Exception {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> files;
    try (var s = Files.list(dir)) {
      files = s.map(Path::toString).filter(f -> f.endsWith(ExtractJournal.SUFFIX)).map(f -> "file:" + f).toList();
    }
    List<String> paths = new ArrayList<>();
    Iterator<ExtractedDocument> it = ExtractJournal.read(files.iterator(), conf);
    it.forEachRemaining(d -> paths.add(d.entry().sourcePath()));
    return paths;
  }
}
