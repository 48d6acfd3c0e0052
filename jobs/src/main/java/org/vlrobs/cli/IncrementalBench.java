package org.vlrobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.jobs.Pipeline;
import org.vlrobs.jobs.Spark;
import org.vlrobs.jobs.StageRun;
import org.vlrobs.sample.SyntheticCorpus;

/**
 * {@code vlr bench incremental}: the yearly run. A corpus of N synthetic documents is processed (all stages);
 * K new documents are added and the pipeline runs again on the same output (incremental); then the whole
 * corpus of N + K documents is processed from scratch ({@code --fresh}) into another folder. Prints seconds
 * per stage of both runs and documents processed and reused.
 */
final class IncrementalBench {
  private IncrementalBench() {}

  static int run(Path home, Path work, int docs, int pages, int added, String master, PrintStream out)
      throws Exception {
    Path all = work.resolve("corpus-" + (docs + added) + "x" + pages);
    if (!Files.isDirectory(all)) {
      out.printf("Generating %d synthetic documents of %d pages in %s ...%n", docs + added, pages, all);
      new SyntheticCorpus(home.resolve("data/sample/src")).generate(all, docs + added, pages, 42);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(all)) {
      files = s.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
    Path bench = work.resolve("incremental-" + docs + "+" + added + "x" + pages);
    delete(bench);
    Path corpus = bench.resolve("corpus");
    Files.createDirectories(corpus);
    for (Path f : files.subList(0, docs)) {
      Files.copy(f, corpus.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
    }
    String incremental = bench.resolve("out-incremental").toString();
    String fresh = bench.resolve("out-fresh").toString();
    SparkSession spark = Spark.session("vlr-bench-incremental", master);
    Pipeline.Run first;
    Pipeline.Run second;
    Pipeline.Run third;
    try {
      out.printf("1/3 first run: %d documents ...%n", docs);
      first = Pipeline.configure("--corpus", corpus.toString(), "--out", incremental).run(spark);
      for (Path f : files.subList(docs, docs + added)) {
        Files.copy(f, corpus.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
      out.printf("2/3 incremental run: %d new documents added ...%n", added);
      second = Pipeline.configure("--corpus", corpus.toString(), "--out", incremental).run(spark);
      out.printf("3/3 fresh run on all %d documents ...%n", docs + added);
      third = Pipeline.configure("--corpus", corpus.toString(), "--out", fresh, "--fresh").run(spark);
    } finally {
      spark.stop();
    }
    int cores = Runtime.getRuntime().availableProcessors();
    out.println();
    out.printf(Locale.ROOT, "incremental benchmark: %d documents x %d pages, then %d added; master %s, %d cores, "
        + "-Xmx %.0f MB%n", docs, pages, added, master, cores, Runtime.getRuntime().maxMemory() / 1e6);
    out.printf(Locale.ROOT, "  %-10s %12s %12s %22s %12s%n", "stage", "fresh (s)", "incr. (s)",
        "incr. processed/reused", "first (s)");
    for (StageRun f : third.stageRuns()) {
      StageRun i = second.stage(f.stage());
      StageRun a = first.stage(f.stage());
      out.printf(Locale.ROOT, "  %-10s %12.1f %12.1f %22s %12.1f%n", f.stage(), f.seconds(), i.seconds(),
          i.documentsProcessed() + "/" + i.documentsReused(), a.seconds());
    }
    double tf = total(third);
    double ti = total(second);
    out.printf(Locale.ROOT, "  %-10s %12.1f %12.1f %22s %12.1f%n", "total", tf, ti, "", total(first));
    out.printf(Locale.ROOT, "  incremental / fresh = %.2f%n", ti / tf);
    return 0;
  }

  private static double total(Pipeline.Run run) {
    return run.stageRuns().stream().mapToDouble(StageRun::seconds).sum();
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
