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
import org.vlrobs.extract.DocumentExtractor;
import org.vlrobs.extract.ExtractedDocument;
import org.vlrobs.extract.ExtractedPage;
import org.vlrobs.extract.ExtractionLimits;
import org.vlrobs.extract.ocr.PageOcr;
import org.vlrobs.metadata.DocumentMetadata;

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
  private final PageOcr.Mode ocr;

  ExtractPartition(HadoopConf conf, ExtractionLimits limits, LongAccumulator done) {
    this(conf, limits, done, PageOcr.Mode.AUTO);
  }

  ExtractPartition(HadoopConf conf, ExtractionLimits limits, LongAccumulator done, PageOcr.Mode ocr) {
    this.conf = conf;
    this.limits = limits;
    this.done = done;
    this.ocr = ocr;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    DocumentExtractor extractor = new DocumentExtractor(limits, ocr);
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

  /** Row of {@link org.vlrobs.tables.Tables#EXTRACTED}. */
  static Row toRow(ExtractedDocument d) {
    DocumentMetadata m = d.metadata();
    CorpusEntry e = d.entry();
    List<Row> pages = new ArrayList<>(d.pages().size());
    for (ExtractedPage p : d.pages()) {
      pages.add(RowFactory.create(p.pageNo(), p.text(), p.language(), p.charCount(), p.ocr()));
    }
    Long[] sig = new Long[d.textSignature().length];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = d.textSignature()[i];
    }
    return RowFactory.create(d.docId(), e.fileName(), e.sourcePath(), e.fileSize(), d.mediaType(),
        m.kind().name(), m.country(), m.locality(), m.year(), m.language(), m.title(), d.pageCount(), d.charCount(),
        d.ocrPages(),
        d.status().code(), d.statusReason(), scala.jdk.javaapi.CollectionConverters.asScala(m.sources()),
        e.url(), e.modifiedMillis(), pages.toArray(new Row[0]), sig);
  }
}
