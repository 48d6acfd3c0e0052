package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.array_min;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
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
import org.vlrobs.extract.isolation.WorkerJit;
import org.vlrobs.tables.RowCodec;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.extract.ocr.PageOcr;
import org.vlrobs.tables.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Stage 1, extract: corpus files → tables {@code documents} and {@code pages}.
 *
 * <p>The driver lists paths (never contents) and hands them out in batches; each partition runs the
 * plain-Java {@link org.vlrobs.extract.DocumentExtractor}. Finished batches are appended to
 * {@code <out>/work/extracted}, so a killed run, started again with the same arguments, skips what is
 * done. The tables are then rebuilt whole from the work table: re-running is idempotent.
 *
 * <p>Reads the corpus (option {@code --corpus}), no table; writes {@code documents} and {@code pages}.
 *
 * <pre>spark-submit --class org.vlrobs.jobs.ExtractJob vlr-jobs.jar --corpus s3a://b/corpus --out s3a://b/out</pre>
 */
public final class ExtractJob implements Stage {
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

  /** Options of the extraction stage. */
  public static final class Options {
    @Option(names = "--corpus", description = "extract stage: corpus directory or manifest CSV (any Hadoop path)")
    public String corpus;

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

    @Option(names = "--ocr", defaultValue = "auto", description = "OCR for PDF pages without a text layer: auto (when "
        + "tesseract is installed), on, off (default ${DEFAULT-VALUE})")
    public PageOcr.Mode ocr;


    @Option(names = "--isolation", defaultValue = "process", description = "where documents are parsed: process (a "
        + "child JVM per task with its own heap, killed on timeout or out-of-memory) or none (in the task, for "
        + "debugging) (default ${DEFAULT-VALUE})")
    public Isolation isolation;

    @Option(names = "--worker-heap-mb", defaultValue = "768",
        description = "heap of each parsing process, MB; a document needing more is too_large (default ${DEFAULT-VALUE})")
    public int workerHeapMb;

    @Option(names = "--worker-jit", defaultValue = "auto", description = "compilers of the parsing processes: auto "
        + "(C1 only while each parses at most " + WorkerJit.C1_MAX_DOCUMENTS_PER_WORKER + " documents: a short-lived "
        + "process does not profit from C2's compilations), c1, tiered (the JVM's default) (default ${DEFAULT-VALUE})")
    public WorkerJit workerJit = WorkerJit.AUTO;

    @Option(names = "--allow-outside-corpus", description = "read manifest paths and follow links that lead outside "
        + "the corpus folder (otherwise they are rows with status outside_corpus)")
    public boolean allowOutsideCorpus;

    /** Options for a corpus, every other option at its documented default. */
    public static Options of(String corpus) {
      Options o = new Options();
      new CommandLine(o).setCaseInsensitiveEnumValuesAllowed(true).parseArgs("--corpus", corpus);
      return o;
    }

    public ExtractionLimits limits() {
      ExtractionLimits d = ExtractionLimits.DEFAULT;
      return new ExtractionLimits(maxMb * 1024 * 1024, maxPages, d.maxCharsPerPage(), d.maxChars(),
          Duration.ofSeconds(timeoutSeconds));
    }
  }

  private final Options options;
  private Result lastResult;

  public ExtractJob() {
    this(new Options());
  }

  public ExtractJob(Options options) {
    this.options = options;
  }

  public static void main(String[] args) {
    System.exit(StageCommand.main(new ExtractJob(), args));
  }

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public String description() {
    return "Extract text, page by page, and metadata from a corpus of VLR/VNR documents (corpus -> documents, pages).";
  }

  @Override
  public List<TableSchema> reads() {
    return List.of();
  }

  @Override
  public List<TableSchema> writes() {
    return List.of(Tables.DOCUMENTS, Tables.PAGES, Tables.BLOCKS, Tables.DOCUMENT_PAGE_LANGUAGES);
  }

  @Override
  public Options options() {
    return options;
  }

  @Override
  public void validate() {
    if (options.corpus == null) {
      throw new IllegalArgumentException("the extract stage needs --corpus <dir|manifest.csv>");
    }
  }

  @Override
  public StageResult run(StageContext context) throws IOException {
    context.record("corpus", options.corpus);
    Result r = extract(context);
    lastResult = r;
    return StageResult.of(r.extracted(), r.files() - r.extracted());
  }

  /** What the last {@link #run(StageContext)} of this instance did (phase seconds for benchmarks), or null. */
  public Result lastResult() {
    return lastResult;
  }

  /** What a run did: files in the corpus, files extracted by this run, and seconds per phase. */
  public record Result(long files, long extracted, double extractSeconds, double tableSeconds) {}

  /** Runs the stage outside a pipeline run (tests, benchmarks): {@code fresh} as {@code --fresh}. */
  public static Result run(SparkSession spark, Options o, String out, boolean fresh) throws IOException {
    return new ExtractJob(o).extract(new StageContext(spark, out, "unrecorded", fresh));
  }

  /** Extracts what is new and rebuilds documents and pages. */
  Result extract(StageContext context) throws IOException {
    SparkSession spark = context.spark();
    Options o = options;
    // the listing, the work table's keys and documents are one small row per file, and extraction batches are
    // partitioned explicitly: small work until pages and blocks, whose delta decides
    context.smallWork(true);
    List<CorpusEntry> entries = new CorpusLister(spark.sparkContext().hadoopConfiguration(), o.allowOutsideCorpus)
        .list(o.corpus);
    RowCodec listingRow = RowCodec.of(LISTING);
    List<Row> rows = new ArrayList<>(entries.size());
    for (CorpusEntry e : entries) {
      rows.add(listingRow.row().set("source_path", e.sourcePath()).set("file_name", e.fileName())
          .set("file_size", e.fileSize()).set("modified", e.modifiedMillis()).set("m_kind", e.kind())
          .set("m_country", e.country()).set("m_locality", e.locality()).set("m_year", e.year())
          .set("m_language", e.language()).set("m_title", e.title()).set("m_url", e.url())
          .set("listing_status", e.listingStatus()).set("listing_note", e.listingNote()).build());
    }
    // held in memory for the stage's queries: a snapshot (localCheckpoint), not a cached query, so that it never
    // answers for a later run's listing, and its scans need no generated column accessors as Spark's cache does
    Dataset<Row> listing = spark.createDataFrame(rows, LISTING).localCheckpoint(false);
    String work = new Path(new Path(context.out(), "work"), "extracted").toString();
    FileSystem fs = new Path(work).getFileSystem(spark.sparkContext().hadoopConfiguration());
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    Path journal = ExtractJournal.dir(context.out());
    if (context.fresh()) {
      fs.delete(new Path(work), true);
      ExtractJournal.clear(journal, conf.get());
    }
    prestartWorkers(spark, o, conf, fs, new Path(work), entries.size());
    WorkRecovery.recoverJournals(spark, conf, journal, work);
    if (o.verify) {
      WorkRecovery.forgetChanged(spark, conf, listing, work);
    }

    String[] key = {"source_path", "file_size", "modified"};
    Dataset<Row> todo = listing;
    if (fs.exists(new Path(work))) {
      Dataset<Row> done = spark.read().schema(Tables.EXTRACTED.struct()).parquet(work).select(key[0], key[1], key[2]);
      // a snapshot (one small row per file to extract), made by the count below: the batches read it instead of
      // planning and running the comparison with the work table again (a broadcast of its keys and a join each)
      todo = listing.join(done, scala.jdk.javaapi.CollectionConverters.asScala(List.of(key)).toSeq(), "left_anti")
          .selectExpr(LISTING.fieldNames()).localCheckpoint(false);
    }
    long tStart = System.nanoTime();
    long pending = todo.count();
    long total = entries.size();
    LOG.info("extract: {} files in corpus, {} already extracted, {} to do", total, total - pending, pending);

    int batches = (int) Math.max(1, (pending + o.batchDocs - 1) / o.batchDocs);
    int partitions = o.partitions > 0 ? o.partitions : 2 * spark.sparkContext().defaultParallelism();
    LongAccumulator progress = spark.sparkContext().longAccumulator("documents extracted");
    Dataset<Row> batched = todo.withColumn("batch", pmod(xxhash64(col("source_path")), lit(batches)));
    int tasks = tasksPerBatch(partitions, o.batchDocs, (pending + batches - 1) / batches,
        spark.sparkContext().defaultParallelism());
    // the parsing processes' compilers, by the documents each will parse (a process serves its core's tasks)
    WorkerJit jit = workerJit(o, pending, spark.sparkContext().defaultParallelism());
    for (int b = 0; pending > 0 && b < batches; b++) {
      long t0 = System.nanoTime();
      Dataset<Row> batch = batched.filter(col("batch").equalTo(b)).drop("batch");
      // a few documents (a yearly run's): dealt out evenly (from one partition, round robin) to at most one task
      // per core, each task starting one parsing process; more documents: by path over the configured partitions
      batch = (tasks <= spark.sparkContext().defaultParallelism() ? batch.coalesce(1).repartition(tasks)
          : batch.repartition(tasks, col("source_path"))).sortWithinPartitions("source_path");
      batch.mapPartitions(new ExtractPartition(conf, o.limits(), o.isolation, o.workerHeapMb, jit,
              journal.toString(), progress, o.ocr), Encoders.row(Tables.EXTRACTED.struct()))
          .write().mode(SaveMode.Append).parquet(work);
      ExtractJournal.clear(journal, conf.get()); // the batch is in the work table
      LOG.info("extract: batch {}/{} committed; {}/{} documents extracted in this run ({} s)", b + 1, batches,
          progress.value(), pending, (System.nanoTime() - t0) / 1_000_000_000);
    }

    long tTables = System.nanoTime();
    buildTables(context, listing, work);
    return new Result(total, progress.value(), (tTables - tStart) / 1e9, (System.nanoTime() - tTables) / 1e9);
  }

  /**
   * In a local run (the driver is the executor) whose listing holds more files than the work table has rows
   * (some files were never extracted), starts the parsing processes the tasks will take (as many as cores, at
   * most one per such file) now, in the background: a worker's start (a JVM, Tika, language profiles, the OCR
   * probe; seconds in a new JVM) then overlaps the driver's listing, recovery and planning instead of following
   * them. Only a head start: which files are to do is decided as before, and a task finding no worker starts its
   * own. The work table's rows come from its Parquet footers (no Spark job).
   */
  private static void prestartWorkers(SparkSession spark, Options o, HadoopConf conf, FileSystem fs, Path work,
      int listed) {
    if (o.isolation != Isolation.PROCESS || !spark.sparkContext().isLocal() || listed == 0) {
      return;
    }
    try {
      long extracted = fs.exists(work) ? RunManifest.rowCount(fs, work, conf.get()) : 0;
      if (listed <= extracted) {
        return;
      }
      int n = parsingProcesses(listed - extracted, spark.sparkContext().defaultParallelism());
      // the compilers the tasks will choose for these files (the pool is keyed by them too)
      WorkerJit jit = workerJit(o, listed - extracted, spark.sparkContext().defaultParallelism());
      // the configuration as a task gets it (deserialized): the pool of workers is keyed by its bytes
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(b)) {
        out.writeObject(conf);
      }
      HadoopConf asInTask;
      try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
          new java.io.ByteArrayInputStream(b.toByteArray()))) {
        asInTask = (HadoopConf) in.readObject();
      }
      org.vlrobs.extract.isolation.SafeExtractor.prestart(o.limits(), o.ocr, o.workerHeapMb, jit, asInTask.get(), n);
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      LOG.debug("no parsing processes started ahead: {}", e.toString());
    }
  }

  /**
   * documents and pages from the work table: only files of the current listing, duplicates marked. documents
   * is rebuilt whole (one small row per file; duplicates and same-text pairs are corpus-wide); pages and blocks
   * only for documents new or changed since the last run ({@link DocumentDelta}). The de-duplication (a
   * window over all documents) runs on the documents' small columns only; pages and blocks are read once more
   * from the work table and joined to the broadcast list of work rows whose pages are kept, so page text is
   * never shuffled or cached.
   */
  static void buildTables(StageContext context, Dataset<Row> listing, String work) throws IOException {
    SparkSession spark = context.spark();
    Dataset<Row> extracted = spark.read().schema(Tables.EXTRACTED.struct()).parquet(work)
        .drop("pages", "blocks")
        .withColumn("work_file", col("_metadata.file_path"))
        .join(listing.select(WORK_KEY[0], WORK_KEY[1], WORK_KEY[2]), seq(WORK_KEY))
        .dropDuplicates(WORK_KEY);

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
        // one small row per file: as many partitions as cores (each later query and the table's files), not
        // one per shuffle partition
        .coalesce(Math.max(1, spark.sparkContext().defaultParallelism()))
        .localCheckpoint(false); // computed once, by the first query that reads it (a snapshot, as the listing)
    buildTables(context, work, docs);
  }

  /** The tables from the de-duplicated documents. */
  private static void buildTables(StageContext context, String work, Dataset<Row> docs) throws IOException {
    SparkSession spark = context.spark();
    Dataset<Row> sameText = sameText(docs.filter(col("status").equalTo("ok")));
    Dataset<Row> documents = docs.join(sameText, docs.col("doc_id").equalTo(sameText.col("st_doc")), "left")
        .withColumn("same_text_as", col("st_other"));
    context.store().write(Tables.DOCUMENTS, documents);

    Dataset<Row> withPages = docs.filter(col("status").isin(STATUSES_WITH_PAGES.toArray()));
    DocumentDelta delta = DocumentDelta.of(context, "extract", withPages.select(col("doc_id"),
        sha2(concat_ws("|", col("doc_id"), col("status")), 256).as("fingerprint")),
        List.of(Tables.PAGES, Tables.BLOCKS, Tables.DOCUMENT_PAGE_LANGUAGES));
    if (delta.unchanged()) { // no document with pages new, changed or removed: pages and blocks stay as they are
      return;
    }
    // the work rows whose pages go to the tables: one small row per document to do, broadcast to the scan
    Dataset<Row> keep = delta.select(withPages, "doc_id")
        .select(col("doc_id"), col(WORK_KEY[0]), col(WORK_KEY[1]), col(WORK_KEY[2]), col("work_file"))
        .localCheckpoint(false);
    String[] files = {work};
    if (!delta.full()) { // read the pages (the bulk of the work table) only from the files holding documents to do
      files = keep.select("work_file").distinct().as(Encoders.STRING()).collectAsList().toArray(new String[0]);
    }
    Dataset<Row> kept = files.length == 0
        ? spark.createDataFrame(List.<Row>of(), Tables.EXTRACTED.struct()).select("doc_id", "pages", "blocks")
        : spark.read().schema(Tables.EXTRACTED.struct()).parquet(files)
            .select(col("doc_id"), col(WORK_KEY[0]), col(WORK_KEY[1]), col(WORK_KEY[2]), col("pages"), col("blocks"))
            .withColumn("work_file", col("_metadata.file_path"))
            .join(broadcast(keep), seq("doc_id", WORK_KEY[0], WORK_KEY[1], WORK_KEY[2], "work_file"), "left_semi");
    Dataset<Row> pages = kept.select(col("doc_id"), explode(col("pages")).as("p"))
        .select(col("doc_id"), col("p.page_no"), col("p.text"), col("p.language"), col("p.char_count"),
            col("p.ocr"));
    // layout blocks (PDFs) of the same documents, one row per block
    Dataset<Row> blocks = kept.select(col("doc_id"), explode(col("blocks")).as("b")).select(col("doc_id"), col("b.*"));
    delta.writeAll(new DocumentDelta.Write(Tables.PAGES, pages, "doc_id"),
        new DocumentDelta.Write(Tables.BLOCKS, blocks, "doc_id"));
    // pages per document and language, from the pages just written (only the language column is read)
    delta.write(Tables.DOCUMENT_PAGE_LANGUAGES, delta.read(Tables.PAGES, "doc_id").groupBy("doc_id", "language")
        .agg(org.apache.spark.sql.functions.count(lit(1)).as("pages")), "doc_id");
    delta.commit();
  }

  /**
   * A parsing process is started for every this many files to extract (up to one per core): a process's start (a
   * JVM, Tika, language profiles, the OCR probe) and its first, cold, document cost seconds of CPU, which on a small
   * machine compete with the driver's own work; the next documents of the same process take a fraction of that.
   * A yearly run's 3 new files are parsed by one process (two before: 1-4 s longer on 2 cores), 5 to 8 by two.
   */
  static final int DOCUMENTS_PER_PROCESS = 4;

  /**
   * Tasks for a batch of about {@code documents} files: the configured partitions (at most one per document of a
   * batch), but one per {@value #DOCUMENTS_PER_PROCESS} documents while there are few. Each task takes a parsing
   * process (one per core at a time, reused by the core's next task), so a yearly run's three documents in three
   * tasks on two cores started a process twice in a row; in one task they are parsed by one process.
   */
  static int tasksPerBatch(int partitions, int batchDocs, long documents, int cores) {
    int configured = Math.min(partitions, Math.max(1, batchDocs));
    long fewDocuments = Math.max(1, (documents + DOCUMENTS_PER_PROCESS - 1) / DOCUMENTS_PER_PROCESS);
    return (int) Math.max(1, Math.min(configured, fewDocuments));
  }

  /** The parsing processes that {@code documents} files to extract take on {@code cores} cores (at least one). */
  static int parsingProcesses(long documents, int cores) {
    return (int) Math.max(1, Math.min(Math.max(1, cores),
        (documents + DOCUMENTS_PER_PROCESS - 1) / DOCUMENTS_PER_PROCESS));
  }

  /**
   * The parsing processes' compilers for {@code pending} files to extract on {@code cores} cores: the files are
   * shared among {@link #parsingProcesses} processes (the same choice for the processes started ahead, which the
   * tasks then find in the pool).
   */
  static WorkerJit workerJit(Options o, long pending, int cores) {
    return o.workerJit.forWork(pending, parsingProcesses(pending, cores));
  }

  /** A file's extraction in the work table: its path, size and modification time. */
  private static final String[] WORK_KEY = {"source_path", "file_size", "modified"};

  private static scala.collection.immutable.Seq<String> seq(String... columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toSeq();
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

  /** Corpus entry from a {@link #LISTING} row (by column name). */
  static CorpusEntry entry(Row r) {
    return new CorpusEntry(RowCodec.string(r, "source_path"), RowCodec.string(r, "file_name"),
        RowCodec.longInteger(r, "file_size"), RowCodec.longInteger(r, "modified"), RowCodec.string(r, "m_kind"),
        RowCodec.string(r, "m_country"), RowCodec.string(r, "m_locality"), RowCodec.integer(r, "m_year"),
        RowCodec.string(r, "m_language"), RowCodec.string(r, "m_title"), RowCodec.string(r, "m_url"),
        RowCodec.string(r, "listing_status"), RowCodec.string(r, "listing_note"));
  }
}
