package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
import org.vlrobs.tables.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Stage 2, segment: {@code pages} → {@code passages}. Pages are clustered by document and sorted by
 * page within each partition, so a partition sees one document after another and holds one
 * document's pages at a time; sentence splitters (CoreNLP per language, ICU) are built once per partition.
 *
 * <pre>spark-submit --class org.vlrobs.jobs.SegmentJob vlr-jobs-cluster.jar --out hdfs:///vlr/out</pre>
 */
@Command(name = "segment", mixinStandardHelpOptions = true,
    description = "Split the pages of every document into passages (tables pages → passages).")
public final class SegmentJob extends TableStage {
  private static final Logger LOG = LoggerFactory.getLogger(SegmentJob.class);

  public static void main(String[] args) {
    System.exit(new CommandLine(new SegmentJob()).execute(args));
  }

  @Override
  String appName() {
    return "vlr-segment";
  }

  @Override
  void run(SparkSession spark) throws IOException {
    run(spark, out);
  }

  public static void run(SparkSession spark, String out) throws IOException {
    Dataset<Row> docs = spark.read().parquet(Spark.tablePath(out, Tables.DOCUMENTS.name()))
        .filter(col("status").isin(ExtractJob.STATUSES_WITH_PAGES.toArray()))
        .select(col("doc_id"), col("language").as("doc_language"));
    Dataset<Row> pages = spark.read().parquet(Spark.tablePath(out, Tables.PAGES.name()))
        .join(docs, "doc_id")
        .select("doc_id", "page_no", "text", "language", "doc_language");
    // layout blocks (PDFs), one array per page in reading order; pages without blocks get null
    Path blocksPath = new Path(Spark.tablePath(out, Tables.BLOCKS.name()));
    if (blocksPath.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(blocksPath)) {
      Dataset<Row> blocks = spark.read().parquet(blocksPath.toString())
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
        .mapPartitions(new SegmentPartition(done), Encoders.row(Tables.PASSAGES.struct()));
    Spark.writeTable(spark, passages, Tables.PASSAGES, out);
    LOG.info("segment: {} documents segmented", done.value());
  }

  private static List<BlockText> blocks(Row page) {
    if (page.isNullAt(5)) {
      return List.of();
    }
    List<Row> rows = page.getList(5);
    List<BlockText> out = new ArrayList<>(rows.size());
    for (Row b : rows) {
      out.add(new BlockText(b.getInt(0), b.getString(1), b.getInt(2), b.getString(3), b.getBoolean(4), b.getBoolean(5),
          b.getInt(6), b.getInt(7)));
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
          String docId = lookahead.getString(0);
          String docLanguage = lookahead.getString(4);
          List<PageText> pages = new ArrayList<>();
          while (lookahead != null && lookahead.getString(0).equals(docId)) {
            pages.add(new PageText(lookahead.getInt(1), lookahead.getString(2), lookahead.getString(3),
                blocks(lookahead)));
            lookahead = rows.hasNext() ? rows.next() : null;
          }
          long t0 = System.nanoTime();
          List<Passage> passages = segmenter.segment(docId, pages, docLanguage);
          LOG.info("segmented {}: {} pages -> {} passages in {} ms", docId.substring(0, Math.min(12, docId.length())),
              pages.size(), passages.size(), (System.nanoTime() - t0) / 1_000_000);
          done.add(1);
          List<Row> out = new ArrayList<>(passages.size());
          for (Passage p : passages) {
            out.add(RowFactory.create(p.passageId(), p.docId(), p.pageNo(), p.ordinal(), p.heading(), p.text(),
                p.language(), p.nTokens(), p.role()));
          }
          return out.iterator();
        }
      };
    }
  }
}
