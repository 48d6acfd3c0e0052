package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.vlrobs.tables.DocIds;
import org.vlrobs.tables.RowCodec;
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
 * <p>The state is committed after the stage's tables are updated. While a stage updates its tables, a marker
 * ({@code work/state/_pending_<stage>}) says so; a run that finds the marker (the last one was killed between
 * updating the tables and committing) also removes the rows of the documents it takes for new, since that run
 * may have written some: nothing doubles. Without the marker a new document has no rows yet, so an update that
 * only adds documents rewrites no file.
 *
 * <p>A yearly run's few documents (at most {@link #IDS_ON_DRIVER}) are held on the driver as a list of ids
 * ({@link DocIds}): tables are then filtered by a literal {@code IN} list, without a join, and the files a stage
 * wrote for them are remembered in the {@link StageContext}, so the next stage reads exactly those files without
 * searching the table. Larger deltas go through joins with the snapshot.
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

  /** Deltas of at most this many documents (to do plus removed) are held on the driver as lists of ids. */
  static final int IDS_ON_DRIVER = 2000;

  private static final String NEW = "new";
  private static final String CHANGED = "changed";
  private static final String REMOVED = "removed";
  private static final String REUSED = "reused";

  private final StageContext context;
  private final String stage;
  private final Dataset<Row> current;
  private final boolean full;
  private final DocIds todo;
  private final DocIds stale;
  private final long todoCount;
  private final long reusedCount;
  private final long removedCount;
  /** Per table read in this stage, the Parquet files holding rows of the documents to do. */
  private final java.util.Map<String, List<String>> filesToRead =
      java.util.Collections.synchronizedMap(new java.util.HashMap<>());

  private DocumentDelta(StageContext context, String stage, Dataset<Row> current, boolean full, DocIds todo,
      DocIds stale, long todoCount, long reusedCount, long removedCount) {
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
    Path pending = pending(context, stage);
    boolean interrupted = fs.exists(pending);
    if (full) {
      context.smallWork(false); // every document: the session's settings
      Dataset<Row> now = current.select(col("doc_id"), col("fingerprint")).localCheckpoint();
      long n = now.count();
      markPending(fs, pending);
      return new DocumentDelta(context, stage, now, true, DocIds.of(now.select("doc_id")), DocIds.of(List.of()), n, 0,
          0);
    }
    // one small row per document, and usually a yearly run's few documents to do: small work (a large delta
    // gives the session's settings back below)
    context.smallWork(true);
    Dataset<Row> stored = context.spark().read().schema(FINGERPRINTS).parquet(state.toString())
        .withColumnRenamed("doc_id", "s_doc_id").withColumnRenamed("fingerprint", "s_fingerprint");
    // one snapshot of every document's change: new, changed, gone (removed), the same (reused)
    Dataset<Row> changes = current.select(col("doc_id"), col("fingerprint"))
        .join(stored, col("doc_id").equalTo(col("s_doc_id")), "full_outer")
        .select(coalesce(col("doc_id"), col("s_doc_id")).as("doc_id"), col("fingerprint"),
            when(col("doc_id").isNull(), lit(REMOVED))
                .when(col("s_doc_id").isNull(), lit(NEW))
                .when(col("fingerprint").notEqual(col("s_fingerprint")), lit(CHANGED))
                .otherwise(lit(REUSED)).as("change"))
        .localCheckpoint();
    // one job, no shuffle: each task counts its rows per change (at most four values) and returns the ids of its
    // documents not reused while they are few (at most IDS_ON_DRIVER + 1 per task, so a task's memory is bounded);
    // the driver sums the counts and, when the documents to do and removed are few, has all their ids
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    List<String[]> notReused = new ArrayList<>();
    for (ChangeSummary part : changes.select("doc_id", "change").javaRDD()
        .mapPartitions(ChangeSummary::of).collect()) {
      part.counts.forEach((change, n) -> counts.merge(change, n, Long::sum));
      notReused.addAll(part.notReused);
    }
    long added = counts.getOrDefault(NEW, 0L);
    long todoCount = added + counts.getOrDefault(CHANGED, 0L);
    long removedCount = counts.getOrDefault(REMOVED, 0L);
    long reused = counts.getOrDefault(REUSED, 0L);
    // rows to remove: of changed and removed documents; of new ones only when a killed run may have written some
    List<String> staleChanges = interrupted ? List.of(NEW, CHANGED, REMOVED) : List.of(CHANGED, REMOVED);
    DocIds todo;
    DocIds stale;
    if (todoCount + removedCount <= IDS_ON_DRIVER) { // a yearly run's few documents: their ids on the driver
      List<String> todoIds = new ArrayList<>();
      List<String> staleIds = new ArrayList<>();
      for (String[] r : notReused) { // every document not reused: their number is at most IDS_ON_DRIVER
        String change = r[1];
        if (!change.equals(REMOVED)) {
          todoIds.add(r[0]);
        }
        if (staleChanges.contains(change)) {
          staleIds.add(r[0]);
        }
      }
      todo = DocIds.of(todoIds);
      stale = DocIds.of(staleIds);
    } else {
      context.smallWork(false); // many documents to do: the session's settings
      todo = DocIds.of(changes.filter(col("change").isin(NEW, CHANGED)).select("doc_id"));
      stale = DocIds.of(changes.filter(col("change").isin(staleChanges.toArray())).select("doc_id"));
    }
    context.progress(stage, "{} documents to process ({} new, {} changed), {} reused from earlier runs, {} removed{}",
        todoCount, added, todoCount - added, reused, removedCount,
        interrupted ? "; the last run of this stage did not finish: rows it may have written are replaced" : "");
    if (todo.known() != null && todoCount > 0 && todoCount <= 20) { // a yearly run's few documents, named
      context.progress(stage, "to process: {}", todo.known());
    }
    if (todoCount + removedCount > 0) { // an unchanged stage writes nothing (see unchanged())
      markPending(fs, pending);
    }
    return new DocumentDelta(context, stage, changes.filter(col("change").notEqual(REMOVED)).select("doc_id",
        "fingerprint"), false, todo, stale, todoCount, reused, removedCount);
  }

  /** What one task of the delta found: rows per change, and the (doc_id, change) of its rows not reused, if few. */
  private static final class ChangeSummary implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final java.util.Map<String, Long> counts = new java.util.HashMap<>();
    final List<String[]> notReused = new ArrayList<>();

    static java.util.Iterator<ChangeSummary> of(java.util.Iterator<Row> rows) {
      ChangeSummary s = new ChangeSummary();
      while (rows.hasNext()) {
        Row r = rows.next();
        String change = RowCodec.string(r, "change");
        s.counts.merge(change, 1L, Long::sum);
        if (!change.equals(REUSED) && s.notReused.size() <= IDS_ON_DRIVER) {
          s.notReused.add(new String[] {RowCodec.string(r, "doc_id"), change});
        }
      }
      return List.of(s).iterator();
    }
  }

  private static Path path(StageContext context, String stage) {
    return new Path(new Path(new Path(context.out(), "work"), "state"), stage);
  }

  private static Path pending(StageContext context, String stage) {
    return new Path(new Path(new Path(context.out(), "work"), "state"), "_pending_" + stage);
  }

  private static void markPending(FileSystem fs, Path pending) throws IOException {
    fs.create(pending, true).close();
  }

  /**
   * Nothing to do: no document is new, changed or removed (and the tables are there). The stage's tables and
   * state stay as they are: the stage writes nothing and does not {@link #commit()}.
   */
  public boolean unchanged() {
    return !full && todoCount == 0 && removedCount == 0;
  }

  /** Everything is processed and the tables are written whole. */
  public boolean full() {
    return full;
  }

  /** The documents to process. */
  public DocIds todo() {
    return todo;
  }

  /** {@code data} restricted to the documents to process (all of it in a full run). */
  public Dataset<Row> select(Dataset<Row> data, String idColumn) {
    return full ? data : todo.keep(data, idColumn);
  }

  /**
   * The rows of a per-document table for the documents to process (the whole table in a full run). Only the
   * Parquet files that hold such rows are read: the files an earlier stage of this run wrote for these documents
   * when it covered them all, else the files found from the id column alone, so an incremental run does not read
   * the text of the whole corpus to find a few documents' rows (an update puts the rows of new documents in new
   * files).
   */
  public Dataset<Row> read(TableSchema table, String idColumn) {
    TableStore store = context.store();
    if (full) {
      return store.read(table);
    }
    List<String> files = filesToRead.get(table.name());
    if (files == null) {
      StageContext.Written w = context.written(table);
      files = w != null && w.ids().containsAll(todo) ? w.files() : store.filesHolding(table, todo, idColumn);
      filesToRead.put(table.name(), files);
    }
    Dataset<Row> rows = files.isEmpty()
        ? context.spark().createDataFrame(List.of(), table.struct())
        : context.spark().read().schema(table.struct()).parquet(files.toArray(new String[0]));
    return select(rows, idColumn);
  }

  /**
   * Finds, in one Spark job, the files of each of these tables (table → id column) that hold rows of the stale
   * documents (changed or removed), for the {@link #write}s of those tables that follow, instead of one search
   * per table. Call it before writing any of them (a table written since would have other files). Nothing to do
   * in a full run or when only new documents are to do.
   */
  public void locateStale(java.util.Map<TableSchema, String> idColumns) throws IOException {
    if (full || stale.isEmpty()) {
      return;
    }
    TableStore store = context.store();
    for (TableSchema t : idColumns.keySet()) {
      if (store.exists(t)) {
        store.recover(t); // a half-done update changes the table's files: finish it first
      }
    }
    staleFiles.putAll(store.filesHolding(idColumns, stale));
  }

  /** Per table, the files holding rows of the stale documents, found by {@link #locateStale}; used once. */
  private final java.util.Map<String, List<String>> staleFiles =
      java.util.Collections.synchronizedMap(new java.util.HashMap<>());

  /** Writes a per-document table: whole in a full run, else the rows of the stale documents replaced. */
  public void write(TableSchema table, Dataset<Row> rows, String idColumn) throws IOException {
    filesToRead.remove(table.name()); // the table's files change
    context.forgetWritten(table);
    List<String> located = staleFiles.remove(table.name());
    if (full) {
      context.store().write(table, rows);
    } else {
      // every row of the documents to do is now in the files this update added (their old rows were stale)
      List<String> added = located != null
          ? context.store().replaceRows(table, rows, stale, idColumn, located)
          : context.store().replaceRows(table, rows, stale, idColumn);
      filesToRead.put(table.name(), added);
      context.wrote(table, todo, added);
    }
  }

  /** One table's update for {@link #writeAll}: as {@link #write}. */
  public record Write(TableSchema table, Dataset<Row> rows, String idColumn) {}

  /**
   * Updates several per-document tables that do not read one another, each as {@link #write} does. In an
   * incremental run they are updated at the same time, from a driver thread each: a yearly run's update of a
   * table is a small Spark job or two, and most of its time is the driver's (planning the query, listing, moving
   * and journalling files), which for one table can then overlap the other's job instead of following it. In a
   * full run (every document: large jobs that use every core) they are written one after the other. The tables'
   * contents do not depend on it. Throws the first failure after every update has ended.
   */
  public void writeAll(Write... writes) throws IOException {
    if (full || writes.length < 2) {
      for (Write w : writes) {
        write(w.table(), w.rows(), w.idColumn());
      }
      return;
    }
    List<Thread> threads = new ArrayList<>();
    Throwable[] failures = new Throwable[writes.length];
    for (int i = 0; i < writes.length; i++) {
      Write w = writes[i];
      int at = i;
      // a new thread inherits the stage's Spark job group (Spark's local properties are inherited)
      Thread t = new Thread(() -> {
        try {
          write(w.table(), w.rows(), w.idColumn());
        } catch (IOException | RuntimeException | Error e) {
          failures[at] = e;
        }
      }, "vlr-update-" + w.table().name());
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while updating tables", e);
      }
    }
    for (Throwable f : failures) {
      if (f instanceof IOException io) {
        throw io;
      } else if (f instanceof RuntimeException r) {
        throw r;
      } else if (f instanceof Error e) {
        throw e;
      }
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
    fs.delete(pending(context, stage), false);
    context.spark().catalog().refreshByPath(state.toString()); // nothing cached may outlive the old state
  }

  /** The result to report for the stage. */
  public StageResult result() {
    return StageResult.of(todoCount, reusedCount);
  }
}
