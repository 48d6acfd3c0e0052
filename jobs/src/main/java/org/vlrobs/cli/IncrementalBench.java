package org.vlrobs.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.jobs.Pipeline;
import org.vlrobs.jobs.Spark;
import org.vlrobs.jobs.StageRun;
import org.vlrobs.sample.SyntheticCorpus;
import org.vlrobs.tables.RowCodec;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.tables.TableStore;
import org.vlrobs.tables.Tables;

/**
 * {@code vlr bench incremental}: the yearly run. N + K synthetic reviews (VLRs and VNRs of eight countries,
 * {@link SyntheticCorpus#generateReviews}) are generated once; then, in one Spark session:
 * <ol>
 *   <li>a first run on the first N documents (all stages; also warms the JVM up),</li>
 *   <li>the incremental run: the K next documents added to the corpus folder, the pipeline run again on the same
 *       output folder,</li>
 *   <li>a fresh run ({@code --fresh}) on the whole corpus of N + K documents into another output folder.</li>
 * </ol>
 * Prints both runs' wall times (each {@code Pipeline.run}: every stage, the report and the manifest), their ratio,
 * per-stage seconds and documents processed/reused, what the added documents are, and whether every table of
 * the incremental run equals the fresh run's. The Spark session's start-up, the same for both runs when each is a
 * {@code bin/vlr run}, is printed apart.
 */
final class IncrementalBench {
  private IncrementalBench() {}

  static int run(Path home, Path work, int docs, int pages, int added, String master,
      boolean listJobs, Path jfr, PrintStream out)
      throws Exception {
    Path all = work.resolve("reviews-" + (docs + added) + "x" + pages);
    if (!Files.isDirectory(all)) {
      out.printf("Generating %d synthetic reviews (VLRs and VNRs) of %d pages in %s ...%n", docs + added, pages, all);
      Path tmp = work.resolve("_tmp-reviews-" + (docs + added) + "x" + pages);
      delete(tmp);
      new SyntheticCorpus(home.resolve("data/sample/src")).generateReviews(tmp, docs + added, pages, 42);
      Files.move(tmp, all); // a killed generation leaves no half corpus behind
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(all)) {
      files = s.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
    if (files.size() != docs + added) {
      throw new IOException(all + " holds " + files.size() + " PDFs, not " + (docs + added) + "; delete it");
    }
    Path bench = work.resolve("incremental-" + docs + "+" + added + "x" + pages);
    delete(bench);
    Path corpus = bench.resolve("corpus");
    Files.createDirectories(corpus);
    for (Path f : files.subList(0, docs)) {
      Files.copy(f, corpus.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
    }
    List<String> addedNames = files.subList(docs, docs + added).stream().map(f -> f.getFileName().toString()).toList();
    String incremental = bench.resolve("out-incremental").toString();
    String fresh = bench.resolve("out-fresh").toString();

    long t0 = System.nanoTime();
    SparkSession spark = Spark.session("vlr-bench-incremental", master);
    double sessionSeconds = seconds(t0);
    JobCounter jobs = new JobCounter();
    spark.sparkContext().addSparkListener(jobs);
    Timed first;
    Timed second;
    Timed third;
    List<String> addedDocs = new ArrayList<>();
    List<String> differing = new ArrayList<>();
    jdk.jfr.Recording recording = null;
    java.time.Instant jfrFrom = null;
    java.time.Instant jfrTo = null;
    try {
      if (jfr != null) { // started before the first run: starting a recording instruments JDK classes and throws
        Files.createDirectories(jfr); // compiled code away (it made the incremental run 2-3 times slower)
        recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("default"));
        recording.enable("jdk.Compilation").withThreshold(java.time.Duration.ZERO);
        recording.start();
      }
      out.printf("1/3 first run: %d documents ...%n", docs);
      first = timed(spark, jobs, "--corpus", corpus.toString(), "--out", incremental);
      for (Path f : files.subList(docs, docs + added)) {
        Files.copy(f, corpus.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
      out.printf("2/3 incremental run: %d documents added %s ...%n", added, addedNames);
      jfrFrom = java.time.Instant.now();
      second = timed(spark, jobs, "--corpus", corpus.toString(), "--out", incremental);
      jfrTo = java.time.Instant.now();
      if (recording != null) {
        recording.stop();
        recording.dump(jfr.resolve("incremental.jfr"));
        recording.close();
      }
      out.printf("3/3 fresh run on all %d documents ...%n", docs + added);
      third = timed(spark, jobs, "--corpus", corpus.toString(), "--out", fresh, "--fresh");

      TableStore store = new TableStore(spark, incremental);
      for (Row r : store.read(Tables.DOCUMENTS).filter(col("file_name").isin(addedNames.toArray()))
          .select("file_name", "kind", "country", "year", "status").orderBy("file_name").collectAsList()) {
        addedDocs.add(RowCodec.string(r, "file_name") + " " + RowCodec.string(r, "kind") + " "
            + RowCodec.string(r, "country") + " " + RowCodec.integer(r, "year") + " " + RowCodec.string(r, "status"));
      }
      differing.addAll(differingTables(spark, incremental, fresh));
    } finally {
      spark.stop();
    }

    int cores = Runtime.getRuntime().availableProcessors();
    out.println();
    out.printf(Locale.ROOT, "incremental benchmark: %d synthetic reviews x %d pages, then %d added; master %s, %d cores, "
        + "-Xmx %.0f MB%n", docs, pages, added, master, cores, Runtime.getRuntime().maxMemory() / 1e6);
    out.println("  added: " + String.join("; ", addedDocs));
    out.printf(Locale.ROOT, "  %-10s %10s %10s %12s %10s %12s %12s %10s %10s %10s%n", "stage", "fresh (s)",
        "fresh docs", "fresh jobs", "incr. (s)", "incr. docs", "incr. jobs", "in jobs", "in jobs", "first (s)");
    for (StageRun f : third.run.stageRuns()) {
      StageRun i = second.run.stage(f.stage());
      StageRun a = first.run.stage(f.stage());
      out.printf(Locale.ROOT, "  %-10s %10.1f %10d %12s %10.1f %12s %12s %10.1f %10.1f %10.1f%n", f.stage(),
          f.seconds(), f.documentsProcessed(), third.jobs(f.stage()), i.seconds(),
          i.documentsProcessed() + "/" + i.documentsReused(), second.jobs(f.stage()), third.busy(f.stage()),
          second.busy(f.stage()), a.seconds());
    }
    out.printf(Locale.ROOT, "  %-10s %10.1f %10s %12s %10.1f %12s %12s %10.1f %10.1f %10.1f%n", "run (wall)",
        third.seconds, "", third.jobs("(none)"), second.seconds, "", second.jobs("(none)"), third.busy(null),
        second.busy(null), first.seconds);
    out.println("  (docs: documents_processed[/documents_reused] in the manifest; jobs: Spark jobs/tasks started; "
        + "the run row's jobs are outside the stages, e.g. the manifest's row counts; in jobs: seconds during which "
        + "at least one Spark job of the stage ran, fresh then incremental; the rest of a stage's time is the "
        + "driver's: planning, files, waiting for the CPU)");
    double ratio = second.seconds / third.seconds;
    out.printf(Locale.ROOT, "  fresh run %.1f s, incremental run %.1f s: incremental / fresh = %.3f (%s 1/3)%n",
        third.seconds, second.seconds, ratio, ratio < 1.0 / 3 ? "under" : "NOT under");
    out.printf(Locale.ROOT, "  with the Spark session's start-up (%.1f s) added to each, as two bin/vlr run commands: "
        + "%.3f%n", sessionSeconds, (second.seconds + sessionSeconds) / (third.seconds + sessionSeconds));
    if (listJobs) {
      out.println("  Spark jobs of the incremental run (stage, start from the run's start, wall ms, tasks, call site):");
      second.jobList().forEach(j -> out.println("    " + j));
    }
    if (jfr != null) {
      org.vlrobs.bench.JfrSummary.print(List.of(jfr.resolve("incremental.jfr")), "incremental run (JFR)", jfrFrom,
          jfrTo, 30, List.of("org.vlrobs.", "org.apache.spark."), out);
    }
    out.println("  tables of the incremental run equal to the fresh run's: "
        + (differing.isEmpty() ? "yes, all " + Tables.all().size() : "NO: " + differing));
    return differing.isEmpty() ? 0 : 1;
  }

  /** A run, its wall time, and the Spark jobs and tasks of each of its stages. */
  private record Timed(Pipeline.Run run, double seconds, java.util.Map<String, long[]> jobs, List<String> jobList,
      java.util.Map<String, List<long[]>> intervals) {
    /** Seconds during which at least one job of the stage (null: of any stage) ran. */
    double busy(String stage) {
      List<long[]> all = new ArrayList<>();
      intervals.forEach((g, l) -> {
        if (stage == null || g.equals(stage)) {
          all.addAll(l);
        }
      });
      all.sort(Comparator.comparingLong(x -> x[0]));
      long total = 0;
      long end = Long.MIN_VALUE;
      for (long[] x : all) {
        if (x[1] > end) {
          total += x[1] - Math.max(x[0], end);
          end = x[1];
        }
      }
      return total / 1e3;
    }

    String jobs(String stage) {
      long[] n = jobs.getOrDefault(stage, new long[2]);
      return n[0] + "/" + n[1];
    }
  }

  private static Timed timed(SparkSession spark, JobCounter jobs, String... args) throws IOException {
    jobs.reset();
    long t0 = System.nanoTime();
    Pipeline.Run run = Pipeline.configure(args).run(spark);
    double s = seconds(t0);
    return new Timed(run, s, jobs.snapshot(), jobs.jobList(), jobs.intervals());
  }

  /** Spark jobs and tasks started, per job group (the pipeline names each stage's group after the stage). */
  static final class JobCounter extends org.apache.spark.scheduler.SparkListener {
    private final java.util.Map<String, long[]> counts = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per job id: group, call site, start time; the finished ones in {@link #finished}. */
    private final java.util.Map<Integer, String[]> started = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> finished = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart job) {
      String group = job.properties() == null ? null : job.properties().getProperty("spark.jobGroup.id");
      long tasks = 0;
      for (org.apache.spark.scheduler.StageInfo s : scala.jdk.javaapi.CollectionConverters.asJava(job.stageInfos())) {
        tasks += s.numTasks();
      }
      String site = "";
      int last = -1;
      for (org.apache.spark.scheduler.StageInfo s : scala.jdk.javaapi.CollectionConverters.asJava(job.stageInfos())) {
        if (s.stageId() > last) { // the result stage: named after the action's call site
          last = s.stageId();
          site = s.name();
        }
      }
      String execution = job.properties() == null ? null : job.properties().getProperty("spark.sql.execution.id");
      if (execution != null && queries.containsKey(Long.parseLong(execution))) { // AQE runs a query as several jobs
        site = "query " + execution + ": " + queries.get(Long.parseLong(execution));
      }
      started.put(job.jobId(), new String[] {group == null ? "(none)" : group, site, String.valueOf(job.time()),
          String.valueOf(tasks)});
      long[] n = counts.computeIfAbsent(group == null ? "(none)" : group, g -> new long[2]);
      synchronized (n) {
        n[0]++;
        n[1] += tasks;
      }
    }

    /** Call sites of SQL queries by execution id (a query run adaptively starts one job per stage). */
    private final java.util.Map<Long, String> queries = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void onOtherEvent(org.apache.spark.scheduler.SparkListenerEvent event) {
      if (event instanceof org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart q) {
        String where = java.util.Arrays.stream(q.details().split("\n")).map(String::strip)
            .filter(l -> l.startsWith("org.vlrobs.")).findFirst().orElse(q.description());
        queries.put(q.executionId(), where.replaceAll("^org\\.vlrobs\\.", ""));
      }
    }

    @Override
    public void onJobEnd(org.apache.spark.scheduler.SparkListenerJobEnd job) {
      String[] s = started.remove(job.jobId());
      if (s != null) {
        intervals.computeIfAbsent(s[0], g -> java.util.Collections.synchronizedList(new ArrayList<>()))
            .add(new long[] {Long.parseLong(s[2]), job.time()});
        finished.add(String.format(Locale.ROOT, "%-9s at %6d ms: %6d ms %4s tasks  %s", s[0],
            Long.parseLong(s[2]) - since, job.time() - Long.parseLong(s[2]), s[3], s[1]));
      }
    }

    /** When the run started (epoch milliseconds, the clock of the listener's events). */
    private volatile long since;

    /** Start and end (epoch milliseconds) of each finished job, by job group. */
    private final java.util.Map<String, List<long[]>> intervals = new java.util.concurrent.ConcurrentHashMap<>();

    java.util.Map<String, List<long[]>> intervals() {
      java.util.Map<String, List<long[]>> copy = new java.util.TreeMap<>();
      intervals.forEach((g, l) -> {
        synchronized (l) {
          copy.put(g, List.copyOf(l));
        }
      });
      return copy;
    }

    void reset() {
      since = System.currentTimeMillis();
      intervals.clear();
      counts.clear();
      started.clear();
      finished.clear();
    }

    List<String> jobList() {
      synchronized (finished) {
        return List.copyOf(finished);
      }
    }

    java.util.Map<String, long[]> snapshot() {
      java.util.Map<String, long[]> copy = new java.util.TreeMap<>();
      counts.forEach((k, v) -> copy.put(k, v.clone()));
      return copy;
    }
  }

  /** Tables whose rows (as a multiset) differ between the two output folders. Runs in Spark. */
  private static List<String> differingTables(SparkSession spark, String a, String b) {
    List<String> differing = new ArrayList<>();
    TableStore left = new TableStore(spark, a);
    TableStore right = new TableStore(spark, b);
    for (TableSchema t : Tables.all()) {
      Dataset<Row> x = left.read(t).select(to_json(struct(col("*"))).as("row"));
      Dataset<Row> y = right.read(t).select(to_json(struct(col("*"))).as("row"));
      if (!x.exceptAll(y).isEmpty() || !y.exceptAll(x).isEmpty()) {
        differing.add(t.name());
      }
    }
    return differing;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
