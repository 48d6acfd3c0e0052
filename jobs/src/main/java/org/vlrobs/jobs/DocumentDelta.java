package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.tables.TableStore;

/**
 * Which documents a stage has to (re)process in this run. Each stage that works per document states, for
 * every document it would process, a fingerprint of its inputs (the content id {@code doc_id} and whatever
 * else its output depends on: language, status, model digests, the VLRs of a VNR's country…). The
 * fingerprints of the last successful run are kept in {@code <out>/work/state/<stage>}. A document whose
 * fingerprint is new or changed is to do; a document no longer present is removed; the others are reused.
 * Without a state, with {@code --fresh}, or when a table of the stage is missing, everything is to do and the
 * tables are written whole ({@link #full()}).
 *
 * <p>The state is committed after the stage's tables are updated, so a run killed in between only makes
 * the next run redo those documents (their old rows are removed first: nothing doubles).
 *
 * <p>The fingerprints and the delta are a snapshot taken when the delta is made ({@code localCheckpoint}), not
 * cached queries: Spark finds cached data by comparing query plans, and the plan of "the documents table against
 * the stored state" is the same in every run on the same folder, while the files under those paths change
 * (tables are replaced by renaming). A cached delta of an earlier run in the same session (tests, benchmarks,
 * notebooks) would be taken for this run's: a run that only removes documents then re-did the documents the
 * previous run had added.
 */
public final class DocumentDelta {
  /** A per-document fingerprint: {@code doc_id}, {@code fingerprint}. */
  public static final StructType FINGERPRINTS = new StructType()
      .add("doc_id", DataTypes.StringType, false).add("fingerprint", DataTypes.StringType, false);

  private static final String TODO = "todo";
  private static final String REMOVED = "removed";
  private static final String REUSED = "reused";

  private final StageContext context;
  private final String stage;
  private final Dataset<Row> current;
  private final boolean full;
  private final Dataset<Row> todo;
  private final Dataset<Row> stale;
  private final long todoCount;
  private final long reusedCount;
  private final long removedCount;
  /** Per table read in this stage, the Parquet files holding rows of the documents to do. */
  private final java.util.Map<String, List<String>> filesToRead = new java.util.HashMap<>();

  private DocumentDelta(StageContext context, String stage, Dataset<Row> current, boolean full, Dataset<Row> todo,
      Dataset<Row> stale, long todoCount, long reusedCount, long removedCount) {
    this.context = context;
    this.stage = stage;
    this.current = current;
    this.full = full;
    this.todo = todo;
    this.stale = stale;
    this.todoCount = todoCount;
    this.reusedCount = reusedCount;
    this.removedCount = removedCount;
  }

  /**
   * The delta of a stage: {@code current} holds {@code doc_id} and {@code fingerprint} of every document the
   * stage covers now; {@code outputs} are the stage's per-document tables.
   */
  public static DocumentDelta of(StageContext context, String stage, Dataset<Row> current, List<TableSchema> outputs)
      throws IOException {
    Path state = path(context, stage);
    FileSystem fs = state.getFileSystem(context.spark().sparkContext().hadoopConfiguration());
    boolean full = context.fresh() || !fs.exists(state);
    for (TableSchema t : outputs) {
      full |= !context.store().exists(t);
    }
    if (full) {
      Dataset<Row> now = current.select(col("doc_id"), col("fingerprint")).localCheckpoint();
      long n = now.count();
      return new DocumentDelta(context, stage, now, true, now.select("doc_id"), now.select("doc_id").limit(0), n, 0, 0);
    }
    Dataset<Row> stored = context.spark().read().schema(FINGERPRINTS).parquet(state.toString())
        .withColumnRenamed("doc_id", "s_doc_id").withColumnRenamed("fingerprint", "s_fingerprint");
    // one snapshot of every document's change: new or changed (todo), gone (removed), the same (reused)
    Dataset<Row> changes = current.select(col("doc_id"), col("fingerprint"))
        .join(stored, col("doc_id").equalTo(col("s_doc_id")), "full_outer")
        .select(coalesce(col("doc_id"), col("s_doc_id")).as("doc_id"), col("fingerprint"),
            when(col("doc_id").isNull(), lit(REMOVED))
                .when(col("s_doc_id").isNull().or(col("fingerprint").notEqual(col("s_fingerprint"))), lit(TODO))
                .otherwise(lit(REUSED)).as("change"))
        .localCheckpoint();
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    for (Row r : changes.groupBy("change").count().collectAsList()) { // at most three rows
      counts.put(r.getAs("change"), r.getAs("count"));
    }
    long todoCount = counts.getOrDefault(TODO, 0L);
    long removedCount = counts.getOrDefault(REMOVED, 0L);
    long reused = counts.getOrDefault(REUSED, 0L);
    Dataset<Row> todo = changes.filter(col("change").equalTo(TODO)).select("doc_id");
    context.progress(stage, "{} documents to process (new or changed), {} reused from earlier runs, {} removed",
        todoCount, reused, removedCount);
    if (todoCount > 0 && todoCount <= 20) { // a yearly run's few documents, named
      context.progress(stage, "to process: {}", todo.as(Encoders.STRING()).collectAsList());
    }
    return new DocumentDelta(context, stage, changes.filter(col("change").notEqual(REMOVED)).select("doc_id",
        "fingerprint"), false, todo, changes.filter(col("change").notEqual(REUSED)).select("doc_id"), todoCount,
        reused, removedCount);
  }

  private static Path path(StageContext context, String stage) {
    return new Path(new Path(new Path(context.out(), "work"), "state"), stage);
  }

  /** Everything is processed and the tables are written whole. */
  public boolean full() {
    return full;
  }

  /** {@code doc_id} of the documents to process. */
  public Dataset<Row> todo() {
    return todo;
  }

  /** {@code doc_id} of the documents whose rows are to be removed (changed, gone, or about to be redone). */
  public Dataset<Row> stale() {
    return stale;
  }

  /** {@code data} restricted to the documents to process (all of it in a full run). */
  public Dataset<Row> select(Dataset<Row> data, String idColumn) {
    if (full) {
      return data;
    }
    return data.join(todo.withColumnRenamed("doc_id", "_todo_id"),
        col(idColumn).equalTo(col("_todo_id")), "left_semi");
  }

  /**
   * The rows of a per-document table for the documents to process (the whole table in a full run). Only the
   * Parquet files that hold such rows are read: their names are found from the id column alone, so an
   * incremental run does not read the text of the whole corpus to find a few documents' rows (an update puts
   * the rows of new documents in new files).
   */
  public Dataset<Row> read(TableSchema table, String idColumn) {
    TableStore store = context.store();
    if (full) {
      return store.read(table);
    }
    List<String> files = filesToRead.computeIfAbsent(table.name(), t -> store.filesHolding(table, todo, idColumn));
    Dataset<Row> rows = files.isEmpty()
        ? context.spark().createDataFrame(List.of(), table.struct())
        : context.spark().read().schema(table.struct()).parquet(files.toArray(new String[0]));
    return select(rows, idColumn);
  }

  /** Writes a per-document table: whole in a full run, else the rows of the stale documents replaced. */
  public void write(TableSchema table, Dataset<Row> rows, String idColumn) throws IOException {
    filesToRead.remove(table.name()); // the table's files change
    if (full) {
      context.store().write(table, rows);
    } else {
      context.store().replaceRows(table, rows, stale, idColumn);
    }
  }

  public long processed() {
    return todoCount;
  }

  public long reused() {
    return reusedCount;
  }

  public long removed() {
    return removedCount;
  }

  /** Records the fingerprints of this run (after the stage's tables are written). */
  public void commit() throws IOException {
    Path state = path(context, stage);
    Path tmp = new Path(state.getParent(), "_tmp_" + stage);
    FileSystem fs = state.getFileSystem(context.spark().sparkContext().hadoopConfiguration());
    fs.delete(tmp, true);
    current.coalesce(1).write().mode(SaveMode.Overwrite).parquet(tmp.toString());
    fs.delete(state, true);
    if (!fs.rename(tmp, state)) {
      throw new IOException("could not move " + tmp + " to " + state);
    }
    context.spark().catalog().refreshByPath(state.toString()); // nothing cached may outlive the old state
  }

  /** The result to report for the stage. */
  public StageResult result() {
    return StageResult.of(todoCount, reusedCount);
  }
}
