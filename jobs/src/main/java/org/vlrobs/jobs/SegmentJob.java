package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.hadoop.fs.Path;
import org.vlrobs.segment.BlockText;
import org.vlrobs.segment.PageText;
import org.vlrobs.segment.Passage;
import org.vlrobs.segment.PassageSegmenter;
import org.vlrobs.segment.Splitters;
import org.vlrobs.tables.RowCodec;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.tables.TableStore;
import org.vlrobs.tables.Tables;

/**
 * Stage 2, segment: {@code pages} → {@code passages}. Pages are clustered by document and sorted by
 * page within each partition, so a partition sees one document after another and holds one
 * document's pages at a time; sentence splitters (CoreNLP per language, ICU) are built once per partition.
 *
 * <pre>spark-submit --class org.vlrobs.jobs.SegmentJob vlr-jobs-cluster.jar --out hdfs:///vlr/out</pre>
 */
public final class SegmentJob implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger(SegmentJob.class);
  private static final RowCodec PASSAGE = RowCodec.of(Tables.PASSAGES);

  public static void main(String[] args) {
    System.exit(StageCommand.main(new SegmentJob(), args));
  }

  @Override
  public String name() {
    return "segment";
  }

  @Override
  public String description() {
    return "Split the pages of every document into passages (tables pages -> passages).";
  }

  @Override
  public List<TableSchema> reads() {
    return List.of(Tables.DOCUMENTS, Tables.PAGES);
  }

  @Override
  public List<TableSchema> writes() {
    return List.of(Tables.PASSAGES);
  }

  /** Runs the stage outside a pipeline run (tests, benchmarks). */
  public static void run(SparkSession spark, String out) throws IOException {
    new SegmentJob().run(StageContext.of(spark, out));
  }

  @Override
  public StageResult run(StageContext context) throws IOException {
    SparkSession spark = context.spark();
    TableStore store = context.store();
    Dataset<Row> docs = store.read(Tables.DOCUMENTS)
        .filter(col("status").isin(ExtractJob.STATUSES_WITH_PAGES.toArray()))
        .select(col("doc_id"), col("language").as("doc_language"), col("status"));
    // a document's passages depend on its content (doc_id), its language and its status (pages kept)
    DocumentDelta delta = DocumentDelta.of(context, name(), docs.select(col("doc_id"),
        sha2(concat_ws("|", col("doc_id"), coalesce(col("doc_language"), lit("")), col("status")), 256)
            .as("fingerprint")), writes());
    if (delta.unchanged()) { // no document new, changed or removed: the tables stay as they are
      return delta.result();
    }
    Dataset<Row> pages = delta.read(Tables.PAGES, "doc_id")
        .join(docs.drop("status"), "doc_id")
        .select("doc_id", "page_no", "text", "language", "doc_language");
    // layout blocks (PDFs), one array per page in reading order; pages without blocks get null
    if (store.exists(Tables.BLOCKS)) {
      // only the documents to do: an incremental run must not regroup every block of the corpus
      Dataset<Row> blocks = delta.read(Tables.BLOCKS, "doc_id")
          .groupBy("doc_id", "page_no")
          .agg(org.apache.spark.sql.functions.expr("sort_array(collect_list(struct(block_no, role, level, text, "
              + "box_title, continues, column_no, region)))").as("blocks"));
      pages = pages.join(blocks, scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id", "page_no")).toSeq(),
          "left").select("doc_id", "page_no", "text", "language", "doc_language", "blocks");
    } else {
      pages = pages.withColumn("blocks", org.apache.spark.sql.functions.lit(null).cast(
          "array<struct<block_no:int,role:string,level:int,text:string,box_title:boolean,continues:boolean,"
              + "column_no:int,region:int>>"));
    }
    int partitions = Math.max(1, spark.sparkContext().defaultParallelism() * 2);
    LongAccumulator done = spark.sparkContext().longAccumulator("documents segmented");
    Dataset<Row> passages = pages.repartition(partitions, col("doc_id"))
        .sortWithinPartitions("doc_id", "page_no")
        .mapPartitions(new SegmentPartition(done), PASSAGE.encoder());
    delta.write(Tables.PASSAGES, passages, "doc_id");
    delta.commit();
    LOG.info("segment: {} documents segmented", done.value());
    return delta.result();
  }

  private static List<BlockText> blocks(Row page) {
    List<Row> rows = RowCodec.list(page, "blocks");
    if (rows == null) {
      return List.of();
    }
    List<BlockText> out = new ArrayList<>(rows.size());
    for (Row b : rows) {
      out.add(new BlockText(RowCodec.intValue(b, "block_no"), RowCodec.string(b, "role"), RowCodec.intValue(b, "level"),
          RowCodec.string(b, "text"), b.<Boolean>getAs("box_title"), b.<Boolean>getAs("continues"),
          RowCodec.intValue(b, "column_no"), RowCodec.intValue(b, "region")));
    }
    return out;
  }

  /** Groups the sorted page rows of a partition into documents and segments each. */
  static final class SegmentPartition implements MapPartitionsFunction<Row, Row> {
    private final LongAccumulator done;

    SegmentPartition(LongAccumulator done) {
      this.done = done;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      PassageSegmenter segmenter = new PassageSegmenter(new Splitters());
      return new Iterator<>() {
        private Row lookahead = rows.hasNext() ? rows.next() : null;
        private Iterator<Row> current = Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && lookahead != null) {
            current = nextDocument();
          }
          return current.hasNext();
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          return current.next();
        }

        private Iterator<Row> nextDocument() {
          String docId = RowCodec.string(lookahead, "doc_id");
          String docLanguage = RowCodec.string(lookahead, "doc_language");
          List<PageText> pages = new ArrayList<>();
          while (lookahead != null && RowCodec.string(lookahead, "doc_id").equals(docId)) {
            pages.add(new PageText(RowCodec.intValue(lookahead, "page_no"), RowCodec.string(lookahead, "text"),
                RowCodec.string(lookahead, "language"), blocks(lookahead)));
            lookahead = rows.hasNext() ? rows.next() : null;
          }
          long t0 = System.nanoTime();
          List<Passage> passages = segmenter.segment(docId, pages, docLanguage);
          LOG.info("segmented {}: {} pages -> {} passages in {} ms", docId.substring(0, Math.min(12, docId.length())),
              pages.size(), passages.size(), (System.nanoTime() - t0) / 1_000_000);
          done.add(1);
          List<Row> out = new ArrayList<>(passages.size());
          for (Passage p : passages) {
            out.add(PASSAGE.row().set("passage_id", p.passageId()).set("doc_id", p.docId()).set("page_no", p.pageNo())
                .set("ordinal", p.ordinal()).set("heading", p.heading()).set("text", p.text())
                .set("language", p.language()).set("n_tokens", p.nTokens()).set("role", p.role()).build());
          }
          return out.iterator();
        }
      };
    }
  }
}
