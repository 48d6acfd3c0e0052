package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.array_min;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.corpus.CorpusEntry;
import org.vlrobs.corpus.CorpusLister;
import org.vlrobs.extract.ExtractionLimits;
import org.vlrobs.extract.isolation.Isolation;
import org.vlrobs.tables.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Stage 1, extract: corpus files → tables {@code documents} and {@code pages}.
 *
 * <p>The driver lists paths (never contents) and hands them out in batches; each partition runs the
 * plain-Java {@link org.vlrobs.extract.DocumentExtractor}. Finished batches are appended to
 * {@code <out>/work/extracted}, so a killed run, started again with the same arguments, skips what is
 * done. The tables are then rebuilt whole from the work table: re-running is idempotent.
 *
 * <pre>spark-submit --class org.vlrobs.jobs.ExtractJob vlr-jobs.jar --corpus s3a://b/corpus --out s3a://b/out</pre>
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract text, page by page, and metadata from a corpus of VLR/VNR documents.")
public final class ExtractJob implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractJob.class);
  /** Documents with these statuses keep their pages in the {@code pages} table. */
  static final List<String> STATUSES_WITH_PAGES = List.of("ok", "partial", "too_large", "timeout", "corrupt");
  private static final int BANDS = 16;
  private static final double SAME_TEXT = 0.8;

  static final StructType LISTING = new StructType()
      .add("source_path", DataTypes.StringType, false).add("file_name", DataTypes.StringType, false)
      .add("file_size", DataTypes.LongType, false).add("modified", DataTypes.LongType, false)
      .add("m_kind", DataTypes.StringType).add("m_country", DataTypes.StringType)
      .add("m_locality", DataTypes.StringType).add("m_year", DataTypes.IntegerType)
      .add("m_language", DataTypes.StringType).add("m_title", DataTypes.StringType)
      .add("m_url", DataTypes.StringType).add("listing_status", DataTypes.StringType)
      .add("listing_note", DataTypes.StringType);

  /** Options of the extraction stage (also used by {@code bin/vlr run}). */
  public static final class Options {
    @Option(names = "--corpus", required = true, description = "corpus directory or manifest CSV (any Hadoop path)")
    public String corpus;

    @Option(names = "--out", required = true, description = "output directory; tables go to <out>/tables")
    public String out;

    @Option(names = "--batch-docs", defaultValue = "500",
        description = "documents per committed batch; a killed run resumes after the last batch (default ${DEFAULT-VALUE})")
    public int batchDocs;

    @Option(names = "--partitions", defaultValue = "0",
        description = "partitions per batch; 0 = 2 x default parallelism (default ${DEFAULT-VALUE})")
    public int partitions;

    @Option(names = "--max-mb", defaultValue = "256", description = "larger files are not parsed (default ${DEFAULT-VALUE})")
    public long maxMb;

    @Option(names = "--max-pages", defaultValue = "3000", description = "pages kept per document (default ${DEFAULT-VALUE})")
    public int maxPages;

    @Option(names = "--timeout", defaultValue = "120", description = "seconds of parsing per document (default ${DEFAULT-VALUE})")
    public int timeoutSeconds;

    @Option(names = "--verify", description = "also re-hash files whose size and modification time look unchanged, "
        + "and extract again those whose content changed")
    public boolean verify;

    @Option(names = "--isolation", defaultValue = "process", description = "where documents are parsed: process (a "
        + "child JVM per task with its own heap, killed on timeout or out-of-memory) or none (in the task, for "
        + "debugging) (default ${DEFAULT-VALUE})")
    public Isolation isolation;

    @Option(names = "--worker-heap-mb", defaultValue = "768",
        description = "heap of each parsing process, MB; a document needing more is too_large (default ${DEFAULT-VALUE})")
    public int workerHeapMb;

    @Option(names = "--allow-outside-corpus", description = "read manifest paths and follow links that lead outside "
        + "the corpus folder (otherwise they are rows with status outside_corpus)")
    public boolean allowOutsideCorpus;

    @Option(names = "--fresh", description = "discard work from earlier runs into the same --out instead of resuming")
    public boolean fresh;

    @Option(names = "--ner", defaultValue = "auto", description = "link stage: English place names also by CoreNLP NER: "
        + "auto (when the CoreNLP models jar is on the classpath), on, off (default ${DEFAULT-VALUE})")
    public LinkJob.Ner ner;

    @Option(names = "--sdg-method", defaultValue = "fast", description = "classify stage: fast (references, lexicon, "
        + "TF-IDF model) or ensemble (plus sentence embeddings, target similarity and keyword systems, for English "
        + "passages: more accurate, slower; see models/sdg-classifier/MODEL_CARD.md) (default ${DEFAULT-VALUE})")
    public String sdgMethod = "fast";

    @Option(names = "--year", description = "report stage: the report's year (default: the latest publication year in the corpus)")
    public Integer year;

    /** Options for a corpus and an output folder, every other option at its documented default. */
    public static Options of(String corpus, String out) {
      Options o = new Options();
      new CommandLine(o).setCaseInsensitiveEnumValuesAllowed(true).parseArgs("--corpus", corpus, "--out", out);
      return o;
    }

    public ExtractionLimits limits() {
      ExtractionLimits d = ExtractionLimits.DEFAULT;
      return new ExtractionLimits(maxMb * 1024 * 1024, maxPages, d.maxCharsPerPage(), d.maxChars(),
          Duration.ofSeconds(timeoutSeconds));
    }
  }

  @CommandLine.Mixin
  Options options = new Options();

  @Option(names = "--master", description = "Spark master; default: as spark-submit sets it, else local[*]")
  String master;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ExtractJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    SparkSession spark = Spark.session("vlr-extract", master);
    try {
      run(spark, options);
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** What a run did: files in the corpus, files extracted by this run, and seconds per phase. */
  public record Result(long files, long extracted, double extractSeconds, double tableSeconds) {}

  /** Runs the stage. */
  public static Result run(SparkSession spark, Options o) throws IOException {
    List<CorpusEntry> entries = new CorpusLister(spark.sparkContext().hadoopConfiguration(), o.allowOutsideCorpus)
        .list(o.corpus);
    List<Row> rows = new ArrayList<>(entries.size());
    for (CorpusEntry e : entries) {
      rows.add(RowFactory.create(e.sourcePath(), e.fileName(), e.fileSize(), e.modifiedMillis(), e.kind(),
          e.country(), e.locality(), e.year(), e.language(), e.title(), e.url(), e.listingStatus(), e.listingNote()));
    }
    Dataset<Row> listing = spark.createDataFrame(rows, LISTING).cache();
    String work = new Path(new Path(o.out, "work"), "extracted").toString();
    FileSystem fs = new Path(work).getFileSystem(spark.sparkContext().hadoopConfiguration());
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    Path journal = ExtractJournal.dir(o.out);
    if (o.fresh) {
      fs.delete(new Path(work), true);
      ExtractJournal.clear(journal, conf.get());
    }
    WorkRecovery.recoverJournals(spark, conf, journal, work);
    if (o.verify) {
      WorkRecovery.forgetChanged(spark, conf, listing, work);
    }

    String[] key = {"source_path", "file_size", "modified"};
    Dataset<Row> todo = listing;
    if (fs.exists(new Path(work))) {
      Dataset<Row> done = spark.read().schema(Tables.EXTRACTED.struct()).parquet(work).select(key[0], key[1], key[2]);
      todo = listing.join(done, scala.jdk.javaapi.CollectionConverters.asScala(List.of(key)).toSeq(), "left_anti")
          .selectExpr(LISTING.fieldNames()); // a join puts the key columns first; entry() reads by position
    }
    long tStart = System.nanoTime();
    long pending = todo.count();
    long total = entries.size();
    LOG.info("extract: {} files in corpus, {} already extracted, {} to do", total, total - pending, pending);

    int batches = (int) Math.max(1, (pending + o.batchDocs - 1) / o.batchDocs);
    int partitions = o.partitions > 0 ? o.partitions : 2 * spark.sparkContext().defaultParallelism();
    LongAccumulator progress = spark.sparkContext().longAccumulator("documents extracted");
    Dataset<Row> batched = todo.withColumn("batch", pmod(xxhash64(col("source_path")), lit(batches)));
    for (int b = 0; pending > 0 && b < batches; b++) {
      long t0 = System.nanoTime();
      Dataset<Row> batch = batched.filter(col("batch").equalTo(b)).drop("batch")
          .repartition(Math.min(partitions, Math.max(1, o.batchDocs)), col("source_path"))
          .sortWithinPartitions("source_path");
      batch.mapPartitions(new ExtractPartition(conf, o.limits(), o.isolation, o.workerHeapMb, journal.toString(),
              progress), Encoders.row(Tables.EXTRACTED.struct()))
          .write().mode(SaveMode.Append).parquet(work);
      ExtractJournal.clear(journal, conf.get()); // the batch is in the work table
      LOG.info("extract: batch {}/{} committed; {}/{} documents extracted in this run ({} s)", b + 1, batches,
          progress.value(), pending, (System.nanoTime() - t0) / 1_000_000_000);
    }

    long tTables = System.nanoTime();
    buildTables(spark, listing, work, o.out);
    listing.unpersist();
    return new Result(total, progress.value(), (tTables - tStart) / 1e9, (System.nanoTime() - tTables) / 1e9);
  }

  /** documents and pages from the work table: only files of the current listing, duplicates marked. */
  static void buildTables(SparkSession spark, Dataset<Row> listing, String work, String out) throws IOException {
    Dataset<Row> extracted = spark.read().schema(Tables.EXTRACTED.struct()).parquet(work)
        .join(listing.select("source_path", "file_size", "modified"),
            scala.jdk.javaapi.CollectionConverters.asScala(List.of("source_path", "file_size", "modified")).toSeq())
        .dropDuplicates("source_path", "file_size", "modified");

    // Same bytes: the first path (in path order) is the document, the others say whose copy they are.
    var byId = Window.partitionBy("doc_id").orderBy("source_path");
    Dataset<Row> docs = extracted
        .withColumn("rank", row_number().over(byId))
        .withColumn("first_path", first("source_path").over(byId))
        .withColumn("duplicate_of", when(col("rank").gt(1), col("first_path")))
        .withColumn("status_reason", when(col("rank").gt(1),
            concat_ws("", lit("same bytes as "), col("first_path"), lit("; its rows are under that path")))
            .otherwise(col("status_reason")))
        .withColumn("status", when(col("rank").gt(1), lit("duplicate")).otherwise(col("status")))
        .drop("rank", "first_path")
        .cache();

    Dataset<Row> sameText = sameText(docs.filter(col("status").equalTo("ok")));
    Dataset<Row> documents = docs.join(sameText, docs.col("doc_id").equalTo(sameText.col("st_doc")), "left")
        .withColumn("same_text_as", col("st_other"));
    Spark.writeTable(spark, documents, Tables.DOCUMENTS, out);

    Dataset<Row> pages = docs.filter(col("status").isin(STATUSES_WITH_PAGES.toArray()))
        .select(col("doc_id"), explode(col("pages")).as("p"))
        .select(col("doc_id"), col("p.page_no"), col("p.text"), col("p.language"), col("p.char_count"));
    Spark.writeTable(spark, pages, Tables.PAGES, out);
    docs.unpersist();
  }

  /**
   * Pairs of documents with nearly the same text, by MinHash LSH: signatures cut into bands, documents
   * sharing a band are candidates, and candidates whose signatures agree on at least 80 % of slots are
   * kept. Returns (st_doc, st_other): for each such document, the smallest doc_id of its look-alikes.
   */
  static Dataset<Row> sameText(Dataset<Row> okDocs) {
    int rows = 64 / BANDS;
    Dataset<Row> bands = okDocs.filter(expr("size(text_signature) = 64"))
        .select(col("doc_id"), col("text_signature"), posexplode(expr("sequence(0, " + (BANDS - 1) + ")")))
        .select(col("doc_id"), col("text_signature"), col("pos").as("band"),
            xxhash64(slice(col("text_signature"), expr("pos * " + rows + " + 1"), lit(rows))).as("bucket"));
    Dataset<Row> a = bands.toDF("a_doc", "a_sig", "band", "bucket");
    Dataset<Row> b = bands.toDF("b_doc", "b_sig", "band", "bucket");
    Dataset<Row> pairs = a.join(b, scala.jdk.javaapi.CollectionConverters.asScala(List.of("band", "bucket")).toSeq())
        .filter(col("a_doc").notEqual(col("b_doc")))
        .select("a_doc", "b_doc", "a_sig", "b_sig").dropDuplicates("a_doc", "b_doc")
        .withColumn("similarity", expr("aggregate(zip_with(a_sig, b_sig, (x, y) -> if(x = y, 1, 0)), 0, (s, v) -> s + v) / 64.0"))
        .filter(col("similarity").geq(SAME_TEXT));
    return pairs.groupBy(col("a_doc").as("st_doc"))
        .agg(array_min(org.apache.spark.sql.functions.collect_list("b_doc")).as("st_other"));
  }

  /** Corpus entry from a {@link #LISTING} row. */
  static CorpusEntry entry(Row r) {
    return new CorpusEntry(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3), r.getString(4),
        r.getString(5), r.getString(6), r.isNullAt(7) ? null : r.getInt(7), r.getString(8), r.getString(9),
        r.getString(10), r.getAs("listing_status"), r.getAs("listing_note"));
  }
}
