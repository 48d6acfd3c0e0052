package org.vlrobs.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A short profile of a Java Flight Recorder file: of the CPU samples ({@code jdk.ExecutionSample}), the
 * methods most often on top of the stack (self time), and the methods of chosen packages most often
 * anywhere on it (inclusive time), as shares of all samples.
 */
public final class JfrSummary {
  private JfrSummary() {}

  /** Prints the top {@code n} self and inclusive methods; inclusive only for frames starting with a prefix. */
  public static void print(Path recording, int n, List<String> inclusivePrefixes, PrintStream out) throws IOException {
    print(List.of(recording), recording.getFileName().toString(), n, inclusivePrefixes, out);
  }

  /** As {@link #print(Path, int, List, PrintStream)} over several recordings together (e.g. one per worker). */
  public static void print(List<Path> recordings, String title, int n, List<String> inclusivePrefixes, PrintStream out)
      throws IOException {
    print(recordings, title, null, null, n, inclusivePrefixes, out);
  }

  /**
   * As {@link #print(List, String, int, List, PrintStream)} over the events between {@code from} and {@code to}
   * only (both null: all), plus the JIT's compilations of that window ({@code jdk.Compilation}, when recorded).
   */
  public static void print(List<Path> recordings, String title, java.time.Instant from, java.time.Instant to, int n,
      List<String> inclusivePrefixes, PrintStream out) throws IOException {
    Map<String, Integer> compiled = new HashMap<>();
    Map<String, Long> gcs = new java.util.TreeMap<>();
    long compileNanos = 0;
    int compilations = 0;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> threads = new HashMap<>();
    int samples = 0;
    for (Path recording : recordings) {
      for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
        if (from != null && (e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to))) {
          continue;
        }
        if ("jdk.GarbageCollection".equals(e.getEventType().getName())) {
          gcs.merge(e.getString("name"), e.getDuration().toMillis(), Long::sum);
          continue;
        }
        if ("jdk.Compilation".equals(e.getEventType().getName())) {
          compilations++;
          compileNanos += e.getDuration().toNanos();
          var m = e.getValue("method") instanceof jdk.jfr.consumer.RecordedMethod rm
              ? rm.getType().getName().replaceAll("\\$\\$Lambda.*", "") : "?";
          String pkg = m.lastIndexOf('.') > 0 ? m.substring(0, m.lastIndexOf('.')) : m;
          compiled.merge(pkg.replaceAll("^((?:[^.]+\\.){0,3}[^.]+).*", "$1"), (int) e.getDuration().toMillis(), Integer::sum);
          continue;
        }
        if (!"jdk.ExecutionSample".equals(e.getEventType().getName())) {
          continue;
        }
        RecordedStackTrace st = e.getStackTrace();
        if (st == null || st.getFrames().isEmpty()) {
          continue;
        }
        samples++;
        var thread = e.getThread("sampledThread");
        String t = thread == null ? "?" : String.valueOf(thread.getJavaName()).replaceAll("\\d+", "N");
        threads.merge(t, 1, Integer::sum);
        List<RecordedFrame> frames = st.getFrames();
        self.merge(name(frames.get(0)), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
          String m = name(f);
          if (inclusivePrefixes.stream().anyMatch(m::startsWith) && seen.add(m)) {
            inclusive.merge(m, 1, Integer::sum);
          }
        }
      }
    }
    out.printf(Locale.ROOT, "%s: %,d CPU samples%n", title, samples);
    if (!gcs.isEmpty()) {
      out.printf(Locale.ROOT, "  garbage collections (ms, all threads stopped): %s%n", gcs);
    }
    if (compilations > 0) {
      out.printf(Locale.ROOT, "  JIT: %,d compilations, %.1f s of compiler threads' time; ms by package (top 4 "
          + "levels):%n", compilations, compileNanos / 1e9);
      compiled.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
          .forEach(c -> out.printf(Locale.ROOT, "    %7d ms  %s%n", c.getValue(), c.getKey()));
    }
    top(out, "threads", threads, n, samples);
    top(out, "self (top of stack)", self, n, samples);
    top(out, "inclusive (" + String.join(", ", inclusivePrefixes) + ")", inclusive, n, samples);
  }

  private static void top(PrintStream out, String title, Map<String, Integer> counts, int n, int samples) {
    out.println("  " + title);
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
        .forEach(c -> out.printf(Locale.ROOT, "    %5.1f %%  %s%n", 100.0 * c.getValue() / Math.max(1, samples),
            c.getKey()));
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }
}
