package org.vlrobs.jobs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.corpus.CorpusEntry;
import java.io.IOException;
import java.util.UUID;
import org.apache.spark.TaskContext;
import org.vlrobs.extract.isolation.Isolation;
import org.vlrobs.extract.isolation.SafeExtractor;
import org.vlrobs.extract.isolation.WorkerJit;
import org.vlrobs.extract.DocumentStatus;
import org.vlrobs.extract.ExtractedDocument;
import org.vlrobs.extract.ExtractedPage;
import org.vlrobs.extract.ExtractionLimits;
import org.vlrobs.layout.LayoutBlock;
import org.vlrobs.extract.ocr.PageOcr;
import org.vlrobs.metadata.DocumentMetadata;
import org.vlrobs.tables.RowCodec;
import org.vlrobs.tables.Tables;

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
  private final WorkerJit jit;
  private final String journalDir;
  private final LongAccumulator done;
  private final PageOcr.Mode ocr;

  ExtractPartition(HadoopConf conf, ExtractionLimits limits, Isolation isolation, int workerHeapMb, String journalDir,
      LongAccumulator done) {
    this(conf, limits, isolation, workerHeapMb, journalDir, done, PageOcr.Mode.AUTO);
  }

  ExtractPartition(HadoopConf conf, ExtractionLimits limits, Isolation isolation, int workerHeapMb, String journalDir,
      LongAccumulator done, PageOcr.Mode ocr) {
    this(conf, limits, isolation, workerHeapMb, WorkerJit.TIERED, journalDir, done, ocr);
  }

  /** As above, with parsing workers compiling as {@code jit} (resolved) says. */
  ExtractPartition(HadoopConf conf, ExtractionLimits limits, Isolation isolation, int workerHeapMb, WorkerJit jit,
      String journalDir, LongAccumulator done, PageOcr.Mode ocr) {
    this.jit = jit;
    this.conf = conf;
    this.limits = limits;
    this.isolation = isolation;
    this.workerHeapMb = workerHeapMb;
    this.journalDir = journalDir;
    this.done = done;
    this.ocr = ocr;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    SafeExtractor extractor = new SafeExtractor(limits, ocr, isolation, workerHeapMb, jit, conf.get());
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

  private static final RowCodec EXTRACTED = RowCodec.of(Tables.EXTRACTED);
  private static final RowCodec PAGE = EXTRACTED.nested("pages");
  private static final RowCodec BLOCK = EXTRACTED.nested("blocks");

  /** Row of {@link org.vlrobs.tables.Tables#EXTRACTED}. */
  static Row toRow(ExtractedDocument d) {
    DocumentMetadata m = d.metadata();
    CorpusEntry e = d.entry();
    List<Row> pages = new ArrayList<>(d.pages().size());
    List<Row> blocks = new ArrayList<>();
    for (ExtractedPage p : d.pages()) {
      pages.add(PAGE.row().set("page_no", p.pageNo()).set("text", p.text()).set("language", p.language())
          .set("char_count", p.charCount()).set("ocr", p.ocr()).build());
      for (LayoutBlock b : p.blocks()) {
        blocks.add(BLOCK.row().set("page_no", p.pageNo()).set("block_no", b.blockNo()).set("role", b.role().code())
            .set("level", b.level()).set("text", b.text()).set("x0", (double) b.x0()).set("y0", (double) b.y0())
            .set("x1", (double) b.x1()).set("y1", (double) b.y1()).set("font_size", (double) b.fontSize())
            .set("bold", b.bold()).set("column_no", b.column()).set("region", b.region())
            .set("box_title", b.boxTitle()).set("continues", b.continues()).set("structure", b.structure()).build());
      }
    }
    return EXTRACTED.row()
        .set("doc_id", d.docId()).set("file_name", e.fileName()).set("source_path", e.sourcePath())
        .set("file_size", e.fileSize()).set("media_type", d.mediaType()).set("kind", m.kind().name())
        .set("country", m.country()).set("locality", m.locality()).set("year", m.year())
        .set("language", m.language()).set("title", m.title()).set("page_count", d.pageCount())
        .set("char_count", d.charCount()).set("ocr_pages", d.ocrPages()).set("status", d.status().code()).set("status_reason", d.statusReason())
        .set("metadata_source", m.sources()).set("url", e.url()).set("modified", e.modifiedMillis())
        .set("pages", pages).set("text_signature", d.textSignature()).set("blocks", blocks)
        .build();
  }
}
