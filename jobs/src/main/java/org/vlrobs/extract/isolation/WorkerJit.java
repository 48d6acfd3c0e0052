package org.vlrobs.extract.isolation;

import java.util.List;

/**
 * How the parsing worker processes compile Java code, sized to the work they will do. A worker is a short-lived
 * JVM: in a yearly run it parses one or two documents and exits. The JVM's second (C2) compiler optimises the
 * parser's hot methods only after many calls and takes a core for seconds to do it; a worker that parses a few
 * dozen documents on a small machine pays that compilation (competing for the cores with the driver and the other
 * worker) and hardly runs the code it produced. With C1 only ({@code -XX:TieredStopAtLevel=1}) it compiles quickly
 * to less optimised code, which wins until a worker parses enough to profit from C2.
 *
 * <p>Measured with {@code bin/vlr bench incremental --separate-jvms} and {@code bin/vlr bench extract} (2 cores; see
 * the README's benchmark table): a worker's first, cold, 80-page document took 1.1-1.8 s with C1 only against
 * 2.3 s with both compilers, and extracting 63 documents of 80 pages with two workers (about 32 documents each)
 * 25.0 s against 28.1 s. {@link #AUTO} therefore uses C1 only up to {@value #C1_MAX_DOCUMENTS_PER_WORKER}
 * documents per worker and both compilers (the JVM's default) beyond.
 */
public enum WorkerJit {
  /** C1 only while each worker is expected to parse at most {@value #C1_MAX_DOCUMENTS_PER_WORKER} documents. */
  AUTO,
  /** The C1 compiler only ({@code -XX:TieredStopAtLevel=1}). */
  C1,
  /** The JVM's default tiered compilation (C1, then C2 for hot methods). */
  TIERED;

  /** Up to this many documents per worker, {@link #AUTO} starts workers with C1 only. */
  public static final int C1_MAX_DOCUMENTS_PER_WORKER = 64;

  /**
   * The mode for workers that will parse {@code documents} documents among {@code workers} of them: this mode, or
   * for {@link #AUTO} C1 or TIERED by the documents per worker (rounded up). Never AUTO.
   */
  public WorkerJit forWork(long documents, int workers) {
    if (this != AUTO) {
      return this;
    }
    long perWorker = (Math.max(0, documents) + Math.max(1, workers) - 1) / Math.max(1, workers);
    return perWorker <= C1_MAX_DOCUMENTS_PER_WORKER ? C1 : TIERED;
  }

  /** The worker JVM's options for this mode (AUTO, unresolved, as TIERED: the JVM's default). */
  public List<String> jvmOptions() {
    return this == C1 ? List.of("-XX:TieredStopAtLevel=1") : List.of();
  }
}
