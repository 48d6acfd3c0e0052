package org.vlrobs.extract.isolation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.vlrobs.corpus.CorpusEntry;
import org.vlrobs.corpus.CorpusFiles;
import org.vlrobs.extract.DocumentExtractor;
import org.vlrobs.extract.DocumentStatus;
import org.vlrobs.extract.ExtractedDocument;

/**
 * The child JVM of process isolation: reads {@link CorpusEntry} requests from stdin, runs the same
 * {@link DocumentExtractor} as in-process extraction, and writes a {@link WorkerReply} per document to
 * stdout (logging goes to stderr). It exits when stdin closes, when its parent process is gone (a
 * killed executor leaves no parser running), on {@link OutOfMemoryError} (started with
 * {@code -XX:+ExitOnOutOfMemoryError}), and after a document whose parse thread could not be stopped.
 */
public final class ExtractWorker {
  private ExtractWorker() {}

  public static void main(String[] args) throws Exception {
    FileOutputStream protocol = new FileOutputStream(FileDescriptor.out);
    System.setOut(System.err); // nothing but replies on stdout
    long parentPid = Long.parseLong(args[0]);
    Thread watchdog = new Thread(() -> {
      Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
      while (true) {
        if (parent.isEmpty() || !parent.get().isAlive()) {
          Runtime.getRuntime().halt(2);
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "vlr-worker-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();

    ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(System.in, 1 << 16));
    WorkerInit init = (WorkerInit) in.readObject();
    Configuration conf = new Configuration(false);
    conf.readFields(new DataInputStream(new ByteArrayInputStream(init.hadoopConf())));
    ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(protocol, 1 << 16));
    try (DocumentExtractor extractor = new DocumentExtractor(init.limits())) {
      out.writeObject("ready");
      out.flush();
      while (true) {
        CorpusEntry entry;
        try {
          entry = (CorpusEntry) in.readObject();
        } catch (EOFException e) {
          break;
        }
        ExtractedDocument d = extractor.extract(entry, () -> CorpusFiles.open(entry.sourcePath(), conf));
        // a timed-out parse may have left its thread running (the extractor abandons threads that ignore
        // the deadline): the worker then exits after replying, and the next document gets a fresh one
        boolean runaway = d.status() == DocumentStatus.TIMEOUT || Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.isAlive() && "vlr-tika-parse".equals(t.getName())).count() > 1;
        out.writeObject(new WorkerReply(d, runaway));
        out.flush();
        out.reset();
        if (runaway) {
          break; // an abandoned parse thread is still running: start afresh
        }
      }
    }
    out.close();
    Runtime.getRuntime().halt(0);
  }
}
