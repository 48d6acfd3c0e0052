package org.vlrobs.extract.isolation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.corpus.CorpusEntry;
import org.vlrobs.jvm.ClassDataSharing;

/**
 * One child JVM running {@link ExtractWorker}, seen from the task: send a document, wait for its reply
 * at most a given time; on a timeout the child is killed, on its death the exit code says why
 * (3: out of memory). A dead worker is not reused.
 */
final class WorkerProcess implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);
  /** Exit code of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int EXIT_OOM = 3;

  /** The reply, or why there is none: the worker ran past the deadline, or died with an exit code. */
  record Outcome(WorkerReply reply, boolean timedOut, int exitCode, String error) {}

  private final Process process;
  /** Class data of the child: an archive mapped, its classes recorded for one, or none. */
  private final ClassDataSharing.Plan cds;
  private final ObjectOutputStream out;
  private final ExecutorService reader;
  private ObjectInputStream in;
  private int served;
  private boolean dead;

  private WorkerProcess(Process process, ClassDataSharing.Plan cds) throws IOException {
    this.process = process;
    this.cds = cds;
    this.out = new ObjectOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
    this.reader = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "vlr-worker-reader-" + process.pid());
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts a worker with the JVM's default compilers and waits (at most {@code startMillis}) until it is ready. */
  static WorkerProcess start(WorkerInit init, int heapMb, long startMillis) throws IOException {
    return start(init, heapMb, WorkerJit.TIERED, startMillis);
  }

  /** Starts a worker compiling as {@code jit} says and waits (at most {@code startMillis}) until it is ready. */
  static WorkerProcess start(WorkerInit init, int heapMb, WorkerJit jit, long startMillis) throws IOException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    // the options that shape the JVM (part of the class-data archive's key: each compiler mode has its own
    // archive); -D properties are not
    List<String> jvm = jvmOptions(heapMb, jit);
    String classpath = classpath();
    String cdsDir = System.getProperty(ClassDataSharing.DIR_PROPERTY);
    ClassDataSharing.Plan cds = ClassDataSharing.plan(cdsDir == null || cdsDir.isBlank() ? null : Path.of(cdsDir),
        "extract-worker", java, jvm, List.of(classpath.split(File.pathSeparator)));
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.addAll(jvm);
    cmd.addAll(ClassDataSharing.LOG_TO_STDERR); // stdout carries the replies: no JVM message may go there
    cmd.addAll(cds.options());
    cmd.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    cmd.add("-Djava.awt.headless=true");
    String jfr = System.getProperty(ExtractWorker.JFR_PROPERTY);
    if (jfr != null && !jfr.isBlank()) { // benchmarks: each worker records a profile into this folder
      cmd.add("-D" + ExtractWorker.JFR_PROPERTY + "=" + jfr);
    }
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add(ExtractWorker.class.getName());
    cmd.add(String.valueOf(ProcessHandle.current().pid()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    Process process;
    try {
      process = pb.start();
    } catch (IOException e) {
      cds.exited(-1);
      throw e;
    }
    WorkerProcess w = new WorkerProcess(process, cds);
    try {
      w.out.writeObject(init);
      w.out.flush();
      Outcome ready = w.read(startMillis);
      if (ready.error() != null || ready.timedOut()) {
        w.close();
        throw new IOException("extraction worker did not start: "
            + (ready.timedOut() ? "no answer in " + startMillis + " ms" : ready.error()));
      }
    } catch (IOException e) {
      w.close();
      throw e;
    }
    LOG.info("extraction worker {} started ({} MB heap, {}; {})", w.process.pid(), heapMb,
        jit == WorkerJit.C1 ? "C1 compiler only" : "tiered compilation", cds.describe());
    return w;
  }

  /** The options that shape a worker's JVM: heap, out-of-memory exit, garbage collector, compilers. */
  static List<String> jvmOptions(int heapMb, WorkerJit jit) {
    List<String> jvm = new ArrayList<>(List.of("-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError",
        "-XX:+UseParallelGC", "-XX:ParallelGCThreads=1"));
    jvm.addAll(jit.jvmOptions());
    return List.copyOf(jvm);
  }

  /**
   * The class path of the child: where our own classes and their libraries were loaded from (on a Spark
   * executor the application jar is not on {@code java.class.path}, it is loaded by a child class loader),
   * then this JVM's class path.
   */
  static String classpath() {
    Set<String> parts = new LinkedHashSet<>();
    for (Class<?> c : List.of(ExtractWorker.class, org.apache.tika.parser.AutoDetectParser.class,
        org.apache.tika.parser.pdf.PDFParser.class, org.apache.hadoop.conf.Configuration.class,
        org.slf4j.Logger.class)) {
      CodeSource cs = c.getProtectionDomain().getCodeSource();
      if (cs != null && cs.getLocation() != null) {
        try {
          parts.add(Paths.get(cs.getLocation().toURI()).toString());
        } catch (URISyntaxException | RuntimeException e) {
          // not a file location
        }
      }
    }
    for (String p : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    return String.join(File.pathSeparator, parts);
  }

  int served() {
    return served;
  }

  /** The child's process id. */
  long pid() {
    return process.pid();
  }

  boolean usable() {
    return !dead && process.isAlive();
  }

  /** Sends a document and waits for its reply at most {@code waitMillis}; kills the worker past that. */
  Outcome extract(CorpusEntry entry, long waitMillis) {
    served++;
    try {
      out.writeObject(entry);
      out.flush();
      out.reset();
    } catch (IOException e) {
      return died("could not send the document: " + e.getMessage());
    }
    return read(waitMillis);
  }

  private Outcome read(long waitMillis) {
    Future<Object> f = reader.submit(() -> {
      if (in == null) {
        in = new ObjectInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
      }
      return in.readObject();
    });
    try {
      Object o = f.get(waitMillis, TimeUnit.MILLISECONDS);
      return new Outcome(o instanceof WorkerReply r ? r : null, false, 0, null);
    } catch (TimeoutException e) {
      f.cancel(true);
      kill();
      return new Outcome(null, true, -1, null);
    } catch (ExecutionException e) {
      return died(String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
      return new Outcome(null, false, -1, "interrupted");
    }
  }

  private Outcome died(String error) {
    dead = true;
    int code = -1;
    try {
      if (process.waitFor(10, TimeUnit.SECONDS)) {
        code = process.exitValue();
      } else {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
    cds.exited(code);
    return new Outcome(null, false, code, error);
  }

  private void kill() {
    dead = true;
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    cds.exited(-1); // a killed JVM's archive is not kept
  }

  @Override
  public void close() {
    dead = true;
    try {
      out.close(); // the worker exits when its input closes
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        kill();
      } else {
        cds.exited(process.exitValue());
      }
    } catch (IOException | InterruptedException e) {
      kill();
    }
    reader.shutdownNow();
  }
}
