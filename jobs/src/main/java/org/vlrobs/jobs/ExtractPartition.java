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
import org.vlrobs.extract.DocumentExtractor;
import org.vlrobs.extract.ExtractedDocument;
import org.vlrobs.extract.ExtractedPage;
import org.vlrobs.extract.ExtractionLimits;
import org.vlrobs.metadata.DocumentMetadata;
import org.vlrobs.tables.RowCodec;
import org.vlrobs.tables.Tables;

/**
 * Applies the extraction engine to one partition of corpus entries: one {@link DocumentExtractor} per
 * partition, documents read one at a time through the Hadoop file system, rows streamed out lazily so
 * that only one document is in memory at a time.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractPartition.class);

  private final HadoopConf conf;
  private final ExtractionLimits limits;
  private final LongAccumulator done;

  ExtractPartition(HadoopConf conf, ExtractionLimits limits, LongAccumulator done) {
    this.conf = conf;
    this.limits = limits;
    this.done = done;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    DocumentExtractor extractor = new DocumentExtractor(limits);
    return new Iterator<>() {
      boolean closed;

      @Override
      public boolean hasNext() {
        boolean more = input.hasNext();
        if (!more && !closed) {
          extractor.close();
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
        ExtractedDocument d = extractor.extract(entry, () -> {
          Path p = new Path(entry.sourcePath());
          return p.getFileSystem(conf.get()).open(p);
        });
        LOG.info("extracted {}: {} ({}) in {} ms", entry.fileName(), d.status().code(), d.statusReason(),
            (System.nanoTime() - t0) / 1_000_000);
        done.add(1);
        return toRow(d);
      }
    };
  }

  private static final RowCodec EXTRACTED = RowCodec.of(Tables.EXTRACTED);
  private static final RowCodec PAGE = EXTRACTED.nested("pages");

  /** Row of {@link org.vlrobs.tables.Tables#EXTRACTED}. */
  static Row toRow(ExtractedDocument d) {
    DocumentMetadata m = d.metadata();
    CorpusEntry e = d.entry();
    List<Row> pages = new ArrayList<>(d.pages().size());
    for (ExtractedPage p : d.pages()) {
      pages.add(PAGE.row().set("page_no", p.pageNo()).set("text", p.text()).set("language", p.language())
          .set("char_count", p.charCount()).build());
    }
    return EXTRACTED.row()
        .set("doc_id", d.docId()).set("file_name", e.fileName()).set("source_path", e.sourcePath())
        .set("file_size", e.fileSize()).set("media_type", d.mediaType()).set("kind", m.kind().name())
        .set("country", m.country()).set("locality", m.locality()).set("year", m.year())
        .set("language", m.language()).set("title", m.title()).set("page_count", d.pageCount())
        .set("char_count", d.charCount()).set("status", d.status().code()).set("status_reason", d.statusReason())
        .set("metadata_source", m.sources()).set("url", e.url()).set("modified", e.modifiedMillis())
        .set("pages", pages).set("text_signature", d.textSignature())
        .build();
  }
}
