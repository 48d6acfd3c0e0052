package org.vlrobs.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.jobs.ExtractJob;
import org.vlrobs.jobs.Pipeline;
import org.vlrobs.extract.isolation.ExtractWorker;
import org.vlrobs.extract.isolation.SafeExtractor;
import org.vlrobs.tables.TableStore;
import org.vlrobs.tables.Tables;

/**
 * The scale benchmark: every stage of the pipeline over one corpus, timed one stage at a time, with
 * per stage seconds, pages/s, passages/s, peak heap and GC time, and {@code pdftotext} (poppler) on
 * the same files with as many processes as Spark has cores, as the reference measured in the same run.
 *
 * <p>Heap figures are for the whole JVM: in local mode the driver and the executors share it, so the
 * peak is an upper bound of one executor's. "Live" is the heap in use right after a collection (what
 * the work actually holds), "used" includes garbage not yet collected. With process isolation (the
 * default) documents are parsed in child JVMs whose heap is not in these figures: each is capped by the
 * extract stage's {@code --worker-heap-mb}.
 */
public final class PipelineBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One stage's figures. */
  public record StageFigures(String stage, double seconds, double gcSeconds, long peakLiveBytes, long peakUsedBytes) {}

  /** What a benchmark run measured. */
  public record Result(Path corpus, int documents, long pages, long bytes, int cores, long maxHeap,
      long pagesInTable, long passages, double extractionPhaseSeconds, List<StageFigures> stages,
      Double pdftotextSeconds, int pdftotextProcesses, String load, String isolation) {

    public double totalSeconds() {
      return stages.stream().mapToDouble(StageFigures::seconds).sum();
    }

    public double extractionPagesPerSecond() {
      return pages / extractionPhaseSeconds;
    }

    public Double pdftotextPagesPerSecond() {
      return pdftotextSeconds == null ? null : pages / pdftotextSeconds;
    }

    /** Extraction phase pages/s as a share of pdftotext's, or null without pdftotext. */
    public Double extractionVsPdftotext() {
      return pdftotextSeconds == null ? null : extractionPagesPerSecond() / pdftotextPagesPerSecond();
    }
  }

  private PipelineBenchmark() {}

  /**
   * Runs every stage of {@link Pipeline#standardStages()} on {@code corpus} through the pipeline (fresh: earlier
   * work in {@code out} is discarded), one stage per pipeline run so that each is timed and profiled alone,
   * then pdftotext on the same files, unless {@code withPdftotext} is false. {@code stageArgs} are further
   * command-line options of the stages (e.g. {@code --isolation none}); extraction runs with process
   * isolation unless they say otherwise. With {@code jfrDir} not null, each stage is recorded by Java Flight
   * Recorder (settings "profile") to {@code <jfrDir>/<stage>.jfr}, and each extraction worker process to
   * {@code <jfrDir>/workers/worker-<pid>.jfr}.
   */
  public static Result run(SparkSession spark, BenchCorpus.Corpus corpus, String out, boolean withPdftotext,
      Path jfrDir, List<String> stageArgs, PrintStream log) throws IOException {
    List<String> args = new ArrayList<>(List.of("--corpus", corpus.dir().toString(), "--out", out, "--fresh"));
    args.addAll(stageArgs);
    Pipeline pipeline = Pipeline.configure(args.toArray(new String[0]));
    int cores = spark.sparkContext().defaultParallelism();
    String loadBefore = load();
    List<StageFigures> figures = new ArrayList<>();
    double extractionPhase = 0;
    String previousWorkerJfr = System.getProperty(ExtractWorker.JFR_PROPERTY);
    if (jfrDir != null) {
      Path workers = jfrDir.resolve("workers");
      Files.createDirectories(workers);
      try (var old = Files.list(workers)) {
        for (Path f : old.filter(p -> p.toString().endsWith(".jfr")).toList()) {
          Files.delete(f);
        }
      }
      System.setProperty(ExtractWorker.JFR_PROPERTY, workers.toAbsolutePath().toString());
    }
    try {
      for (String stage : Pipeline.stageNames()) {
        log.printf(Locale.ROOT, "bench: stage %s ...%n", stage);
        Sampler sampler = new Sampler();
        jdk.jfr.Recording recording = null;
        if (jfrDir != null) {
          try {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
          } catch (java.text.ParseException e) {
            throw new IOException(e);
          }
          recording.setDestination(jfrDir.resolve(stage + ".jfr"));
          recording.start();
        }
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        sampler.start();
        Pipeline.Run run;
        try {
          run = pipeline.run(spark, List.of(stage));
        } finally {
          sampler.interrupt();
          if (recording != null) {
            recording.stop();
            recording.close();
          }
        }
        double seconds = run.stage(stage) != null ? run.stage(stage).seconds() : (System.nanoTime() - t0) / 1e9;
        if ("extract".equals(stage)) {
          extractionPhase = pipeline.stage(ExtractJob.class).lastResult().extractSeconds();
          if (jfrDir != null) {
            SafeExtractor.closeIdleWorkers(); // the workers write their profiles as they exit
          }
        }
        figures.add(new StageFigures(stage, seconds, (gcMillis() - gc0) / 1000.0, sampler.live, sampler.used));
        log.printf(Locale.ROOT, "bench: stage %s done in %.1f s%n", stage, seconds);
      }
    } finally {
      if (jfrDir != null) {
        if (previousWorkerJfr == null) {
          System.clearProperty(ExtractWorker.JFR_PROPERTY);
        } else {
          System.setProperty(ExtractWorker.JFR_PROPERTY, previousWorkerJfr);
        }
      }
    }
    TableStore store = new TableStore(spark, out);
    long pagesInTable = store.read(Tables.PAGES).count();
    long passages = store.read(Tables.PASSAGES).count();
    Double pdftotext = null;
    if (withPdftotext && pdftotextExe() != null) {
      log.println("bench: pdftotext on the same files ...");
      pdftotext = pdftotext(corpus.dir(), cores);
    }
    String load = loadBefore + " / after: " + load();
    return new Result(corpus.dir(), corpus.documents(), corpus.pages(), corpus.bytes(), cores,
        Runtime.getRuntime().maxMemory(), pagesInTable, passages, extractionPhase, figures, pdftotext, cores, load,
        pipeline.stage(ExtractJob.class).options().isolation.name().toLowerCase(Locale.ROOT));
  }

  /** The figures as a table for people. */
  public static void print(Result r, PrintStream out) {
    out.println();
    out.printf(Locale.ROOT, "pipeline benchmark: %,d documents, %,d pages (%,d in the pages table), %.0f MB of PDF, "
        + "%d cores, -Xmx %.0f MB, extraction isolation %s%n", r.documents(), r.pages(), r.pagesInTable(),
        r.bytes() / 1e6, r.cores(), r.maxHeap() / 1e6, r.isolation());
    out.printf(Locale.ROOT, "  corpus %s%n  load (uptime) %s%n", r.corpus(), r.load());
    out.printf(Locale.ROOT, "  %-22s %9s %10s %12s %11s %11s %8s%n", "stage", "seconds", "pages/s", "passages/s",
        "live MB", "used MB", "GC s");
    for (StageFigures f : r.stages()) {
      out.printf(Locale.ROOT, "  %-22s %9.1f %10.1f %12s %11.0f %11.0f %8.1f%n", f.stage(), f.seconds(),
          r.pages() / f.seconds(), "extract".equals(f.stage()) ? "" : String.format(Locale.ROOT, "%.0f",
              r.passages() / f.seconds()), f.peakLiveBytes() / 1e6, f.peakUsedBytes() / 1e6, f.gcSeconds());
    }
    out.printf(Locale.ROOT, "  %-22s %9.1f %10.1f %12.0f%n", "whole pipeline", r.totalSeconds(),
        r.pages() / r.totalSeconds(), r.passages() / r.totalSeconds());
    out.printf(Locale.ROOT, "  %-22s %9.1f %10.1f    (extract stage without listing, de-duplication and table "
        + "writing)%n", "extraction phase", r.extractionPhaseSeconds(), r.extractionPagesPerSecond());
    if (r.pdftotextSeconds() != null) {
      out.printf(Locale.ROOT, "  %-22s %9.1f %10.1f    (%d processes at a time, text only)%n", "pdftotext",
          r.pdftotextSeconds(), r.pdftotextPagesPerSecond(), r.pdftotextProcesses());
      out.printf(Locale.ROOT, "  extraction phase / pdftotext = %.0f %%%n", 100 * r.extractionVsPdftotext());
    } else {
      out.println("  pdftotext              not run (not installed, or --no-pdftotext)");
    }
  }

  /** The figures as JSON (kept next to the run's output, for the README's scale table). */
  public static void writeJson(Result r, Path file) throws IOException {
    ObjectNode n = JSON.createObjectNode();
    n.put("measured", Instant.now().toString());
    n.put("corpus", r.corpus().toString());
    n.put("documents", r.documents());
    n.put("pages", r.pages());
    n.put("pages_in_table", r.pagesInTable());
    n.put("passages", r.passages());
    n.put("bytes", r.bytes());
    n.put("cores", r.cores());
    n.put("max_heap_bytes", r.maxHeap());
    n.put("load", r.load());
    n.put("isolation", r.isolation());
    n.put("extraction_phase_seconds", r.extractionPhaseSeconds());
    n.put("extraction_pages_per_second", r.extractionPagesPerSecond());
    n.put("whole_pipeline_seconds", r.totalSeconds());
    n.put("whole_pipeline_pages_per_second", r.pages() / r.totalSeconds());
    if (r.pdftotextSeconds() != null) {
      n.put("pdftotext_seconds", r.pdftotextSeconds());
      n.put("pdftotext_pages_per_second", r.pdftotextPagesPerSecond());
      n.put("extraction_vs_pdftotext", r.extractionVsPdftotext());
    }
    ObjectNode stages = n.putObject("stages");
    for (StageFigures f : r.stages()) {
      stages.putObject(f.stage()).put("seconds", f.seconds()).put("pages_per_second", r.pages() / f.seconds())
          .put("passages_per_second", r.passages() / f.seconds()).put("gc_seconds", f.gcSeconds())
          .put("peak_live_heap_bytes", f.peakLiveBytes()).put("peak_used_heap_bytes", f.peakUsedBytes());
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    JSON.writeValue(file.toFile(), n);
  }

  static Path pdftotextExe() {
    return List.of("/usr/bin/pdftotext", "/usr/local/bin/pdftotext").stream().map(Path::of)
        .filter(Files::isExecutable).findFirst().orElse(null);
  }

  /** Seconds for pdftotext over every PDF of {@code dir}, {@code processes} at a time. */
  static double pdftotext(Path dir, int processes) throws IOException {
    Path exe = pdftotextExe();
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, processes));
    long t0 = System.nanoTime();
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (Path f : files) {
        runs.add(pool.submit(() -> new ProcessBuilder(exe.toString(), "-q", f.toString(), "-")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
            .start().waitFor()));
      }
      for (Future<Integer> r : runs) {
        r.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("pdftotext failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The load averages from /proc/loadavg (what uptime prints), or "unknown". */
  public static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static long gcMillis() {
    long t = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, gc.getCollectionTime());
    }
    return t;
  }

  /** Samples heap use every 20 ms; the pools' after-collection usage gives the live peak. */
  static final class Sampler extends Thread {
    volatile long used;
    volatile long live;

    Sampler() {
      setDaemon(true);
      setName("vlr-bench-heap");
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Override
    public void run() {
      try {
        while (!isInterrupted()) {
          sample();
          Thread.sleep(20);
        }
      } catch (InterruptedException e) {
        // done
      }
      sample();
    }

    private void sample() {
      long u = 0;
      long afterGc = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          u += pool.getUsage().getUsed();
          if (pool.getCollectionUsage() != null) {
            afterGc += pool.getCollectionUsage().getUsed();
          }
        }
      }
      used = Math.max(used, u);
      live = Math.max(live, afterGc);
    }
  }

  /** Figures keyed by stage, for tests and tools. */
  public static Map<String, StageFigures> byStage(Result r) {
    Map<String, StageFigures> m = new LinkedHashMap<>();
    r.stages().forEach(f -> m.put(f.stage(), f));
    return m;
  }
}
