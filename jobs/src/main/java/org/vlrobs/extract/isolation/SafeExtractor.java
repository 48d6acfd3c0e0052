package org.vlrobs.extract.isolation;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.corpus.CorpusEntry;
import org.vlrobs.corpus.CorpusFiles;
import org.vlrobs.extract.DocumentExtractor;
import org.vlrobs.extract.DocumentStatus;
import org.vlrobs.extract.ExtractedDocument;
import org.vlrobs.extract.ExtractionLimits;
import org.vlrobs.metadata.MetadataInferrer;

/**
 * The extraction engine as a task uses it: one corpus entry in, one {@link ExtractedDocument} out, and
 * nothing a document does can take the task down. With {@link Isolation#PROCESS} the
 * {@link DocumentExtractor} runs in a child JVM with its own small heap ({@link ExtractWorker}), reused
 * across documents and tasks: a document past its time limit gets {@code timeout} and its worker is
 * killed; one that exhausts the worker's heap gets {@code too_large}; a crash is {@code corrupt}; the
 * next document gets a fresh worker. Workers are also restarted after {@value #RESTART_AFTER} documents.
 * Entries whose status was decided while listing (not a file, outside the corpus, invalid manifest row)
 * are never opened. Not thread-safe: one per task.
 */
public final class SafeExtractor implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(SafeExtractor.class);
  static final int RESTART_AFTER = 250;
  /** Time a worker may take past the per-document limit (its own cooperative deadline and hard stop come first). */
  static final long GRACE_MILLIS = 15_000;
  private static final long START_MILLIS = 120_000;

  private final ExtractionLimits limits;
  private final org.vlrobs.extract.ocr.PageOcr.Mode ocr;
  private final Isolation isolation;
  private final int workerHeapMb;
  private final WorkerJit jit;
  private final Configuration conf;
  private final byte[] confBytes;
  private final String poolKey;
  private DocumentExtractor inProcess;
  private MetadataInferrer inferrer;
  private WorkerProcess worker;

  public SafeExtractor(ExtractionLimits limits, Isolation isolation, int workerHeapMb, Configuration conf) {
    this(limits, org.vlrobs.extract.ocr.PageOcr.Mode.AUTO, isolation, workerHeapMb, conf);
  }

  /** As above, with pages without a text layer read by OCR as {@code ocr} says. */
  public SafeExtractor(ExtractionLimits limits, org.vlrobs.extract.ocr.PageOcr.Mode ocr, Isolation isolation,
      int workerHeapMb, Configuration conf) {
    this(limits, ocr, isolation, workerHeapMb, WorkerJit.TIERED, conf);
  }

  /** As above, with workers compiling as {@code jit} says (resolved: {@link WorkerJit#forWork}). */
  public SafeExtractor(ExtractionLimits limits, org.vlrobs.extract.ocr.PageOcr.Mode ocr, Isolation isolation,
      int workerHeapMb, WorkerJit jit, Configuration conf) {
    this.jit = jit;
    this.ocr = ocr;
    this.limits = limits;
    this.isolation = isolation;
    this.workerHeapMb = workerHeapMb;
    this.conf = conf;
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (DataOutputStream d = new DataOutputStream(b)) {
      conf.write(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.confBytes = b.toByteArray();
    this.poolKey = limits + "|" + workerHeapMb + "|" + jit + "|" + Arrays.hashCode(confBytes);
  }

  /** The key of this configuration's workers in the pool. */
  String poolKey() {
    return poolKey;
  }

  public ExtractedDocument extract(CorpusEntry entry) {
    ExtractedDocument d;
    try {
      if (entry.listingStatus() != null) {
        d = unread(entry, DocumentStatus.fromCode(entry.listingStatus()), entry.listingNote());
        return d; // the note is the reason
      }
      d = isolation == Isolation.PROCESS ? inWorker(entry) : inProcess(entry);
    } catch (RuntimeException | Error e) { // whatever happens, the file gets its row
      LOG.warn("extraction of {} failed", entry.sourcePath(), e);
      d = unread(entry, DocumentStatus.CORRUPT, "extraction failed: " + e);
    }
    return finish(entry, d);
  }

  private ExtractedDocument inProcess(CorpusEntry entry) {
    if (inProcess == null) {
      inProcess = new DocumentExtractor(limits, ocr);
    }
    return inProcess.extract(entry, () -> CorpusFiles.open(entry.sourcePath(), conf));
  }

  private ExtractedDocument inWorker(CorpusEntry entry) {
    if (worker == null || !worker.usable() || worker.served() >= RESTART_AFTER) {
      if (worker != null) {
        worker.close();
      }
      worker = WorkerPool.take(poolKey);
      if (worker == null) {
        try {
          worker = WorkerProcess.start(new WorkerInit(limits, ocr, confBytes), workerHeapMb, jit, START_MILLIS);
        } catch (IOException e) {
          LOG.warn("no extraction worker ({}); parsing {} in the task itself", e.getMessage(), entry.sourcePath());
          return inProcess(entry);
        }
      }
    }
    long wait = limits.timeout().toMillis() + GRACE_MILLIS;
    WorkerProcess.Outcome o = worker.extract(entry, wait);
    if (o.reply() != null) {
      if (o.reply().restart()) {
        worker.close();
        worker = null;
      }
      return o.reply().document();
    }
    worker.close();
    worker = null;
    if (o.timedOut()) {
      return unread(entry, DocumentStatus.TIMEOUT, "parsing did not finish within the limit of "
          + limits.timeout().toSeconds() + " s; the parser process was stopped and nothing is kept");
    }
    if (o.exitCode() == WorkerProcess.EXIT_OOM) {
      return unread(entry, DocumentStatus.TOO_LARGE, "parsing needed more than the parser's memory budget of "
          + workerHeapMb + " MB (a decompression bomb or a huge page); stopped, nothing is kept");
    }
    return unread(entry, DocumentStatus.CORRUPT, "the parser process died on this file (exit code " + o.exitCode()
        + (o.error() == null ? "" : ", " + o.error()) + ")");
  }

  /** A row for a file that was not (or could not be) read; its id is the status and a hash of its path. */
  private ExtractedDocument unread(CorpusEntry entry, DocumentStatus status, String reason) {
    if (inferrer == null) {
      inferrer = new MetadataInferrer();
    }
    String id = status.code() + ":" + DocumentExtractorIds.sha256(entry.sourcePath());
    return new ExtractedDocument(entry, id, null, status, reason, inferrer.infer(entry, List.of(), null, null), 0,
        List.of(), new long[0]);
  }

  /** Zero-byte files get an id of their own (they are empty, not duplicates of each other); notes are added. */
  private static ExtractedDocument finish(CorpusEntry entry, ExtractedDocument d) {
    String id = d.docId();
    if (d.status() == DocumentStatus.EMPTY && entry.fileSize() == 0) {
      id = "empty:" + DocumentExtractorIds.sha256(entry.sourcePath());
    }
    String reason = d.statusReason();
    if (entry.listingNote() != null && entry.listingStatus() == null) {
      reason = reason == null ? entry.listingNote() : reason + "; " + entry.listingNote();
    }
    if (id.equals(d.docId()) && java.util.Objects.equals(reason, d.statusReason())) {
      return d;
    }
    return new ExtractedDocument(d.entry(), id, d.mediaType(), d.status(), reason, d.metadata(), d.pageCount(),
        d.pages(), d.textSignature());
  }

  @Override
  public void close() {
    if (worker != null) {
      WorkerPool.give(poolKey, worker);
      worker = null;
    }
    if (inProcess != null) {
      inProcess.close();
    }
  }

  /**
   * Starts parsing processes for this configuration ahead of the tasks, in the background, so that this JVM has
   * {@code n} of them idle or starting: a task of this JVM then takes one instead of starting its own. Meant for
   * local runs (the driver is the executor), where a worker's start (a JVM, Tika, language profiles, the OCR
   * probe: seconds) can overlap the driver's listing and planning. {@code conf} must be the configuration the
   * tasks' extractors get (the pool is keyed by it).
   */
  public static void prestart(ExtractionLimits limits, org.vlrobs.extract.ocr.PageOcr.Mode ocr, int workerHeapMb,
      WorkerJit jit, Configuration conf, int n) {
    SafeExtractor key = new SafeExtractor(limits, ocr, Isolation.PROCESS, workerHeapMb, jit, conf);
    WorkerPool.prestart(key.poolKey(), n,
        () -> WorkerProcess.start(new WorkerInit(limits, ocr, key.confBytes), workerHeapMb, jit, START_MILLIS));
  }

  /**
   * Stops this JVM's idle extraction workers (they are otherwise kept for the next task until the JVM exits);
   * benchmarks call it after the extract stage so that workers' profiles are written.
   */
  public static void closeIdleWorkers() {
    WorkerPool.closeAll();
  }
}
