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
 * {@link SyntheticCorpus#generateReviews}) are generated once; then
 * <ol>
 *   <li>a first run on the first N documents (all stages; also warms the JVM up); its output folder is kept as
 *       the "last year" template,</li>
 *   <li>{@code --repeat} pairs of runs, in alternating order (incremental first in odd pairs, fresh first in even
 *       ones, so that neither is systematically the warmer): the incremental run (the K next documents added to
 *       the corpus folder, the pipeline run again on a copy of the template at the template's own path) and a fresh
 *       run ({@code --fresh}) on the whole corpus of N + K documents into another output folder. After each pair,
 *       every table of the incremental run is compared with the fresh run's.</li>
 * </ol>
 * The runs share the benchmark's JVM and Spark session, or with {@code --separate-jvms} each run is its own
 * {@code vlr run} process (a new JVM, Spark session and cold JIT, as a user's yearly run is), timed from the
 * process's start to its end. Prints every pair's wall times and ratio, the median ratio with its spread (minimum,
 * maximum, interquartile range), per-stage median seconds and documents processed/reused, what the added documents
 * are, and whether every table of every incremental run equals the fresh run's (exit 1 otherwise).
 */
final class IncrementalBench {
  private IncrementalBench() {}

  static int run(Path home, Path work, int docs, int pages, int added, String master, int repeat,
      boolean separateJvms, boolean listJobs, Path jfr, PrintStream out)
      throws Exception {
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1");
    }
    if (separateJvms && (listJobs || jfr != null)) {
      throw new IllegalArgumentException("--list-jobs and --jfr observe runs in the benchmark's JVM: not with "
          + "--separate-jvms");
    }
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
    Path incremental = bench.resolve("out-incremental");
    Path lastYear = bench.resolve("out-last-year");
    Path fresh = bench.resolve("out-fresh");

    long t0 = System.nanoTime();
    SparkSession spark = Spark.session("vlr-bench-incremental", master);
    double sessionSeconds = seconds(t0);
    JobCounter jobs = new JobCounter();
    spark.sparkContext().addSparkListener(jobs);
    Runner runner = separateJvms ? new ProcessRunner(bench.resolve("logs"), master) : new InProcessRunner(spark, jobs);
    Timed first;
    List<Pair> pairs = new ArrayList<>();
    List<String> addedDocs = new ArrayList<>();
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
      out.printf("first run: %d documents%s ...%n", docs, separateJvms ? " (its own JVM)" : "");
      first = runner.run("first", "--corpus", corpus.toString(), "--out", incremental.toString());
      copy(incremental, lastYear); // last year's output: each incremental run starts from a copy of it
      for (Path f : files.subList(docs, docs + added)) {
        Files.copy(f, corpus.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
      for (int i = 1; i <= repeat; i++) {
        boolean incrementalFirst = i % 2 == 1;
        Timed inc = null;
        Timed fr = null;
        for (int k = 0; k < 2; k++) {
          if ((k == 0) == incrementalFirst) {
            delete(incremental);
            copy(lastYear, incremental);
            out.printf("pair %d/%d: incremental run, %d documents added %s ...%n", i, repeat, added, addedNames);
            java.time.Instant from = java.time.Instant.now();
            inc = runner.run("incremental-" + i, "--corpus", corpus.toString(), "--out", incremental.toString());
            if (i == repeat) {
              jfrFrom = from;
              jfrTo = java.time.Instant.now();
            }
          } else {
            delete(fresh);
            out.printf("pair %d/%d: fresh run on all %d documents ...%n", i, repeat, docs + added);
            fr = runner.run("fresh-" + i, "--corpus", corpus.toString(), "--out", fresh.toString(), "--fresh");
          }
        }
        List<String> differing = differingTables(spark, incremental.toString(), fresh.toString());
        pairs.add(new Pair(i, incrementalFirst, inc, fr, differing));
        out.printf(Locale.ROOT, "pair %d/%d: fresh %.1f s, incremental %.1f s, ratio %.3f; tables equal: %s%n", i,
            repeat, fr.seconds, inc.seconds, inc.seconds / fr.seconds, differing.isEmpty() ? "yes" : "NO " + differing);
      }
      if (recording != null) {
        recording.stop();
        recording.dump(jfr.resolve("incremental.jfr"));
        recording.close();
      }
      TableStore store = new TableStore(spark, incremental.toString());
      for (Row r : store.read(Tables.DOCUMENTS).filter(col("file_name").isin(addedNames.toArray()))
          .select("file_name", "kind", "country", "year", "status").orderBy("file_name").collectAsList()) {
        addedDocs.add(RowCodec.string(r, "file_name") + " " + RowCodec.string(r, "kind") + " "
            + RowCodec.string(r, "country") + " " + RowCodec.integer(r, "year") + " " + RowCodec.string(r, "status"));
      }
    } finally {
      spark.stop();
    }

    int cores = Runtime.getRuntime().availableProcessors();
    out.println();
    out.printf(Locale.ROOT, "incremental benchmark: %d synthetic reviews x %d pages, then %d added; master %s, %d cores, "
        + "-Xmx %.0f MB; %d pairs, %s%n", docs, pages, added, master, cores, Runtime.getRuntime().maxMemory() / 1e6,
        repeat, separateJvms ? "each run its own JVM (vlr run process, timed from its start to its end)"
            : "every run in the benchmark's JVM after a first run on " + docs);
    out.println("  added: " + String.join("; ", addedDocs));
    out.printf(Locale.ROOT, "  %4s  %-19s %10s %10s %8s  %s%n", "pair", "order", "fresh (s)", "incr. (s)", "ratio",
        "tables equal");
    for (Pair p : pairs) {
      out.printf(Locale.ROOT, "  %4d  %-19s %10.1f %10.1f %8.3f  %s%n", p.index,
          p.incrementalFirst ? "incremental, fresh" : "fresh, incremental", p.fresh.seconds, p.incremental.seconds,
          p.ratio(), p.differing.isEmpty() ? "yes" : "NO: " + p.differing);
    }
    out.printf(Locale.ROOT, "  %-10s %10s %10s %12s %10s %12s %12s %10s %10s %10s%n", "stage", "fresh (s)",
        "fresh docs", "fresh jobs", "incr. (s)", "incr. docs", "incr. jobs", "in jobs", "in jobs", "first (s)");
    Pair last = pairs.get(pairs.size() - 1);
    for (StageRun f : last.fresh.stages) {
      String stage = f.stage();
      StageRun i = last.incremental.stage(stage);
      StageRun a = first.stage(stage);
      out.printf(Locale.ROOT, "  %-10s %10.1f %10d %12s %10.1f %12s %12s %10s %10s %10.1f%n", stage,
          median(pairs, p -> p.fresh.stage(stage).seconds()), f.documentsProcessed(), last.fresh.jobs(stage),
          median(pairs, p -> p.incremental.stage(stage).seconds()),
          i.documentsProcessed() + "/" + i.documentsReused(), last.incremental.jobs(stage),
          busy(pairs, p -> p.fresh.busy(stage)), busy(pairs, p -> p.incremental.busy(stage)),
          a == null ? Double.NaN : a.seconds());
    }
    if (separateJvms) {
      out.printf(Locale.ROOT, "  %-10s %10.1f %10s %12s %10.1f %12s %12s %10s %10s %10.1f%n", "start-up",
          median(pairs, p -> p.fresh.startup), "", "", median(pairs, p -> p.incremental.startup), "", "", "", "",
          first.startup);
      out.printf(Locale.ROOT, "  %-10s %10.1f %10s %12s %10.1f %12s %12s %10s %10s %10.1f%n", "closing",
          median(pairs, p -> p.fresh.closing), "", "", median(pairs, p -> p.incremental.closing), "", "", "", "",
          first.closing);
    }
    out.printf(Locale.ROOT, "  %-10s %10.1f %10s %12s %10.1f %12s %12s %10s %10s %10.1f%n", "run (wall)",
        median(pairs, p -> p.fresh.seconds), "", last.fresh.jobs("(none)"), median(pairs, p -> p.incremental.seconds),
        "", last.incremental.jobs("(none)"), busy(pairs, p -> p.fresh.busy(null)),
        busy(pairs, p -> p.incremental.busy(null)), first.seconds);
    out.println("  (seconds: medians over the pairs; docs: documents_processed[/documents_reused] in the manifest; "
        + "jobs: Spark jobs/tasks started in the last pair; the run row's jobs are outside the stages, e.g. the "
        + "manifest's row counts; in jobs: median seconds during which at least one Spark job of the stage ran, "
        + "fresh then incremental; the rest of a stage's time is the driver's: planning, files, waiting for the CPU"
        + (separateJvms ? "; start-up: from the process's start to the pipeline's (JVM, Spark session); closing: from "
            + "the manifest written to the process's end (vlr run's summary, the JVM's exit)" : "") + ")");
    double[] ratios = pairs.stream().mapToDouble(Pair::ratio).sorted().toArray();
    double median = quantile(ratios, 0.5);
    long under = java.util.Arrays.stream(ratios).filter(r -> r < 1.0 / 3).count();
    out.printf(Locale.ROOT, "  incremental / fresh over %d pairs: median %.3f (%s 1/3), min %.3f, max %.3f, "
        + "interquartile range %.3f-%.3f; %d of %d pairs under 1/3; median seconds: fresh %.1f, incremental %.1f%n",
        ratios.length, median, median < 1.0 / 3 ? "under" : "NOT under", ratios[0], ratios[ratios.length - 1],
        quantile(ratios, 0.25), quantile(ratios, 0.75), under, ratios.length, median(pairs, p -> p.fresh.seconds),
        median(pairs, p -> p.incremental.seconds));
    if (!separateJvms) {
      out.printf(Locale.ROOT, "  the benchmark's Spark session started in %.1f s (a bin/vlr run starts one too: "
          + "--separate-jvms measures runs with it)%n", sessionSeconds);
    }
    if (listJobs) {
      out.println("  Spark jobs of the last incremental run (stage, start from the run's start, wall ms, tasks, "
          + "call site):");
      last.incremental.jobList().forEach(j -> out.println("    " + j));
    }
    if (jfr != null) {
      org.vlrobs.bench.JfrSummary.print(List.of(jfr.resolve("incremental.jfr")), "last incremental run (JFR)",
          jfrFrom, jfrTo, 30, List.of("org.vlrobs.", "org.apache.spark."), out);
    }
    boolean equal = pairs.stream().allMatch(p -> p.differing.isEmpty());
    out.println("  tables of every incremental run equal to the fresh run's: "
        + (equal ? "yes, all " + Tables.all().size() + " in " + pairs.size() + " pairs" : "NO"));
    return equal ? 0 : 1;
  }

  /** One pair: an incremental and a fresh run, in this order or the other, and the tables that differed. */
  private record Pair(int index, boolean incrementalFirst, Timed incremental, Timed fresh, List<String> differing) {
    double ratio() {
      return incremental.seconds / fresh.seconds;
    }
  }

  private static double median(List<Pair> pairs, java.util.function.ToDoubleFunction<Pair> f) {
    return quantile(pairs.stream().mapToDouble(f).sorted().toArray(), 0.5);
  }

  /** Median of "seconds in jobs", or "-" when runs are other processes (no job counts). */
  private static String busy(List<Pair> pairs, java.util.function.ToDoubleFunction<Pair> f) {
    if (pairs.get(0).incremental.intervals == null) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.1f", median(pairs, f));
  }

  /** The q-quantile of sorted values, interpolated linearly between the closest ranks. */
  static double quantile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = (int) Math.ceil(at);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  }

  /** Runs the pipeline with arguments and times it. */
  private interface Runner {
    Timed run(String name, String... args) throws IOException, InterruptedException;
  }

  /** Each run in the benchmark's Spark session. */
  private record InProcessRunner(SparkSession spark, JobCounter jobs) implements Runner {
    @Override
    public Timed run(String name, String... args) throws IOException {
      jobs.reset();
      long t0 = System.nanoTime();
      Pipeline.Run run = Pipeline.configure(args).run(spark);
      double s = seconds(t0);
      return new Timed(run.stageRuns(), s, jobs.snapshot(), jobs.jobList(), jobs.intervals(), 0, 0);
    }
  }

  /**
   * Each run a {@code vlr run} process: this JVM's Java, options (heap, GC, module openings) and class path; the
   * stages' seconds and documents from the manifest it writes; its output in {@code <logs>/<name>.log}.
   */
  private record ProcessRunner(Path logs, String master) implements Runner {
    @Override
    public Timed run(String name, String... args) throws IOException, InterruptedException {
      Files.createDirectories(logs);
      List<String> command = new ArrayList<>();
      Path vlr = Path.of(System.getProperty("vlr.home", "."), "bin", "vlr");
      if (System.getProperty("vlr.home") != null && Files.isExecutable(vlr)) {
        command.add(vlr.toString()); // what a user runs (with its class-data archive); VLR_HEAP is inherited
      } else {
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(o -> !o.startsWith("-XX:SharedArchiveFile") && !o.startsWith("-XX:ArchiveClassesAtExit")).toList());
        command.add("org.vlrobs.cli.Vlr");
      }
      command.add("run");
      command.addAll(List.of(args));
      command.addAll(List.of("--master", master));
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(logs.resolve(name + ".log").toFile());
      pb.environment().put("CLASSPATH", System.getProperty("java.class.path"));
      long t0 = System.nanoTime();
      java.time.Instant begun = java.time.Instant.now();
      int exit = pb.start().waitFor();
      double s = seconds(t0);
      java.time.Instant ended = java.time.Instant.now();
      if (exit != 0) {
        throw new IOException("vlr run (" + name + ") exited with " + exit + "; see " + logs.resolve(name + ".log"));
      }
      String out = args[java.util.Arrays.asList(args).indexOf("--out") + 1];
      com.fasterxml.jackson.databind.JsonNode all = new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(Path.of(out, "manifest.json").toFile());
      com.fasterxml.jackson.databind.JsonNode manifest = all.path("stage_runs");
      // before the pipeline's run (JVM, Spark session) and after it (the closing summary, the JVM's exit)
      double startup = java.time.Duration.between(begun, java.time.Instant.parse(all.path("started").asText()))
          .toMillis() / 1e3;
      double closing = java.time.Duration.between(java.time.Instant.parse(all.path("finished").asText()), ended)
          .toMillis() / 1e3;
      List<StageRun> stages = new ArrayList<>();
      manifest.fields().forEachRemaining(e -> stages.add(new StageRun(e.getKey(), e.getValue().path("seconds")
          .asDouble(), e.getValue().path("documents_processed").asLong(),
          e.getValue().path("documents_reused").asLong())));
      return new Timed(stages, s, java.util.Map.of(), List.of(), null, startup, closing);
    }
  }

  /** A run, its wall time, and the Spark jobs and tasks of each of its stages. */
  private record Timed(List<StageRun> stages, double seconds, java.util.Map<String, long[]> jobs,
      List<String> jobList, java.util.Map<String, List<long[]>> intervals, double startup, double closing) {
    /** The figures of one stage of the run (an empty run of it when it did not run). */
    StageRun stage(String name) {
      return stages.stream().filter(s -> s.stage().equals(name)).findFirst().orElse(new StageRun(name, 0, 0, 0));
    }

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

  /** Copies a folder with its files' times. */
  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path f : walk.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
