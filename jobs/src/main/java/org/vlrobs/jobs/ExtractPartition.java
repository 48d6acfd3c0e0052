package org.vlrobs.jobs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.corpus.CorpusEntry;
import java.io.IOException;
import java.util.UUID;
import org.apache.spark.TaskContext;
import org.vlrobs.extract.isolation.Isolation;
import org.vlrobs.extract.isolation.SafeExtractor;
import org.vlrobs.extract.DocumentStatus;
import org.vlrobs.extract.ExtractedDocument;
import org.vlrobs.extract.ExtractedPage;
import org.vlrobs.extract.ExtractionLimits;
import org.vlrobs.metadata.DocumentMetadata;

/**
 * Applies the extraction engine to one partition of corpus entries: one {@link SafeExtractor} per
 * partition (documents parsed in a child JVM, see {@link Isolation}), documents read one at a time,
 * rows streamed out lazily so that only one document is in memory at a time, and each finished
 * document appended to the task's {@link ExtractJournal}.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractPartition.class);

  private final HadoopConf conf;
  private final ExtractionLimits limits;
  private final Isolation isolation;
  private final int workerHeapMb;
  private final String journalDir;
  private final LongAccumulator done;

  ExtractPartition(HadoopConf conf, ExtractionLimits limits, Isolation isolation, int workerHeapMb, String journalDir,
      LongAccumulator done) {
    this.conf = conf;
    this.limits = limits;
    this.isolation = isolation;
    this.workerHeapMb = workerHeapMb;
    this.journalDir = journalDir;
    this.done = done;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    SafeExtractor extractor = new SafeExtractor(limits, isolation, workerHeapMb, conf.get());
    ExtractJournal journal = openJournal();
    return new Iterator<>() {
      boolean closed;

      @Override
      public boolean hasNext() {
        boolean more = input.hasNext();
        if (!more && !closed) {
          extractor.close();
          closeJournal(journal);
          closed = true;
        }
        return more;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CorpusEntry entry = ExtractJob.entry(input.next());
        long t0 = System.nanoTime();
        ExtractedDocument d = extractor.extract(entry);
        if (journal != null) {
          try {
            journal.append(d);
          } catch (IOException | RuntimeException e) {
            LOG.warn("could not journal {}: {}", entry.sourcePath(), e.toString());
          }
        }
        LOG.info("extracted {}: {} ({}) in {} ms", entry.fileName(), d.status().code(), d.statusReason(),
            (System.nanoTime() - t0) / 1_000_000);
        done.add(1);
        try {
          return toRow(d);
        } catch (RuntimeException e) { // a row that cannot be built is still a row
          LOG.warn("could not build the row of {}", entry.sourcePath(), e);
          return toRow(new ExtractedDocument(entry, "corrupt:" + d.docId(), d.mediaType(), DocumentStatus.CORRUPT,
              "could not write its row: " + e, d.metadata(), d.pageCount(), List.of(), new long[0]));
        }
      }
    };
  }

  /** This task's journal of finished documents, or null when it cannot be written (the run goes on without). */
  private ExtractJournal openJournal() {
    if (journalDir == null) {
      return null;
    }
    TaskContext t = TaskContext.get();
    String name = t == null ? UUID.randomUUID().toString()
        : "p" + t.partitionId() + "-s" + t.stageId() + "-a" + t.attemptNumber() + "-t" + t.taskAttemptId();
    try {
      return ExtractJournal.create(new Path(journalDir, name + "-" + UUID.randomUUID() + ExtractJournal.SUFFIX),
          conf.get());
    } catch (IOException | RuntimeException e) {
      LOG.warn("no journal for this task ({}); its documents are committed with the batch only", e.toString());
      return null;
    }
  }

  private static void closeJournal(ExtractJournal j) {
    if (j != null) {
      try {
        j.close();
      } catch (IOException e) {
        LOG.warn("could not close the journal: {}", e.toString());
      }
    }
  }

  /** Row of {@link org.vlrobs.tables.Tables#EXTRACTED}. */
  static Row toRow(ExtractedDocument d) {
    DocumentMetadata m = d.metadata();
    CorpusEntry e = d.entry();
    List<Row> pages = new ArrayList<>(d.pages().size());
    for (ExtractedPage p : d.pages()) {
      pages.add(RowFactory.create(p.pageNo(), p.text(), p.language(), p.charCount()));
    }
    Long[] sig = new Long[d.textSignature().length];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = d.textSignature()[i];
    }
    return RowFactory.create(d.docId(), e.fileName(), e.sourcePath(), e.fileSize(), d.mediaType(),
        m.kind().name(), m.country(), m.locality(), m.year(), m.language(), m.title(), d.pageCount(), d.charCount(),
        d.status().code(), d.statusReason(), scala.jdk.javaapi.CollectionConverters.asScala(m.sources()),
        e.url(), e.modifiedMillis(), pages.toArray(new Row[0]), sig);
  }
}
