package org.vlrobs.tables;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tables of one pipeline output folder ({@code <out>/tables/<name>}), read and written by
 * {@link TableSchema}: reads apply the schema (columns matched by name, a column missing on disk reads as
 * null), writes select the schema's columns by name, cast to the schema's types, and replace the table
 * atomically (written to a temporary folder, then renamed over the old one), so that a reader or a killed run
 * never sees half a table.
 */
public final class TableStore {
  private static final Logger LOG = LoggerFactory.getLogger(TableStore.class);

  private final SparkSession spark;
  private final String out;

  public TableStore(SparkSession spark, String out) {
    this.spark = spark;
    this.out = out;
  }

  /** The pipeline output folder. */
  public String out() {
    return out;
  }

  /** Folder of a table under an output folder. */
  public static String path(String out, String table) {
    return new Path(new Path(out, "tables"), table).toString();
  }

  public String path(TableSchema table) {
    return path(out, table.name());
  }

  /** Whether the table has been written. */
  public boolean exists(TableSchema table) throws IOException {
    return exists(spark.sparkContext().hadoopConfiguration(), out, table);
  }

  public static boolean exists(Configuration conf, String out, TableSchema table) throws IOException {
    Path p = new Path(path(out, table.name()));
    return p.getFileSystem(conf).exists(p);
  }

  /** The table, with the schema's columns in the schema's order. */
  public Dataset<Row> read(TableSchema table) {
    return spark.read().schema(table.struct()).parquet(path(table));
  }

  /** Replaces the table with {@code data} (columns found by name; extra columns ignored). */
  public void write(TableSchema table, Dataset<Row> data) throws IOException {
    Path target = new Path(path(table));
    Path tmp = new Path(target.getParent(), "_tmp_" + table.name());
    FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.delete(tmp, true);
    conform(table, data).write().mode(SaveMode.Overwrite).parquet(tmp.toString());
    fs.delete(target, true);
    if (!fs.rename(tmp, target)) {
      throw new IOException("could not move " + tmp + " to " + target);
    }
    refresh(target);
    LOG.info("wrote table {} to {}", table.name(), target);
  }

  /**
   * Replaces the rows of some documents, at a cost proportional to them rather than to the table: rows whose
   * {@code idColumn} is in {@code staleIds} (one column, {@code doc_id}) are removed, {@code rows} are added.
   * Only the Parquet files that hold stale rows are rewritten (without those rows); the new rows go to new
   * files. The change is applied through a journal ({@code tables/_journal_<table>}): the new files are written
   * aside, the journal lists which files to move in and which to delete, then the moves and deletions are done
   * and the journal removed; a run killed in between finishes the journal next time the store opens the table
   * ({@link #recover}), so the table never keeps both old and new rows of a document. A missing table is
   * written whole.
   */
  public void replaceRows(TableSchema table, Dataset<Row> rows, Dataset<Row> staleIds, String idColumn)
      throws IOException {
    replaceRows(table, rows, DocIds.of(staleIds.select("doc_id")), idColumn);
  }

  /**
   * {@link #replaceRows(TableSchema, Dataset, Dataset, String)} with the stale documents as {@link DocIds}: when
   * they are known to be none (only new documents), no file is searched or rewritten. Returns the files the
   * update added to the table: they hold every row of {@code rows} (and the kept rows of rewritten files), the
   * table's other files none of them; a missing table, written whole, returns all its files.
   */
  public List<String> replaceRows(TableSchema table, Dataset<Row> rows, DocIds staleIds, String idColumn)
      throws IOException {
    if (!exists(table)) {
      write(table, rows);
      return dataFiles(table);
    }
    recover(table); // before looking for the stale rows' files: a half-done update changes them
    List<String> affected = staleIds.isEmpty() ? List.of() : filesHolding(table, staleIds, idColumn);
    return replaceRows(table, rows, staleIds, idColumn, affected);
  }

  /**
   * {@link #replaceRows(TableSchema, Dataset, DocIds, String)} when the files of the table that hold rows of
   * {@code staleIds} are already known ({@code affected}, e.g. found for several tables in one pass by
   * {@link #filesHolding(java.util.Map, DocIds)} after {@link #recover}; the table must not have changed since).
   */
  public List<String> replaceRows(TableSchema table, Dataset<Row> rows, DocIds staleIds, String idColumn,
      List<String> affected) throws IOException {
    if (!exists(table)) {
      write(table, rows);
      return dataFiles(table);
    }
    recover(table);
    Path target = new Path(path(table));
    Path tmp = new Path(target.getParent(), "_tmp_" + table.name());
    FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.delete(tmp, true);
    Dataset<Row> added = conform(table, rows);
    if (!affected.isEmpty()) {
      Dataset<Row> kept = staleIds.drop(spark.read().schema(table.struct()).parquet(affected.toArray(new String[0])),
          idColumn);
      added = added.unionByName(conform(table, kept));
    }
    int parallelism = Math.max(1, spark.sparkContext().defaultParallelism());
    if (added.rdd().getNumPartitions() > parallelism) {
      added = added.coalesce(parallelism); // an update makes a few files, not one per input split
    }
    added.write().mode(SaveMode.Overwrite).parquet(tmp.toString());
    List<String> journal = new java.util.ArrayList<>();
    List<String> moved = new java.util.ArrayList<>();
    for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(tmp)) {
      String name = f.getPath().getName();
      if (name.startsWith("part-")) {
        Path to = new Path(target, name);
        journal.add("move\t" + f.getPath() + "\t" + to);
        moved.add(fs.makeQualified(to).toString());
      }
    }
    for (String f : affected) {
      journal.add("delete\t" + new Path(java.net.URI.create(f)));
    }
    Path j = journal(table);
    Path jTmp = new Path(j.getParent(), j.getName() + ".tmp");
    try (java.io.OutputStream o = fs.create(jTmp, true)) {
      o.write(String.join("\n", journal).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    if (!fs.rename(jTmp, j)) {
      throw new IOException("could not write the journal " + j);
    }
    apply(fs, table);
    refresh(target);
    LOG.info("updated table {}: {} file(s) rewritten, {} file(s) added", table.name(), affected.size(),
        journal.size() - affected.size());
    return List.copyOf(moved);
  }

  /** The table's data files (as Spark reads them: not starting with {@code _} or {@code .}), listed without Spark. */
  public List<String> dataFiles(TableSchema table) throws IOException {
    Path target = new Path(path(table));
    FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
    List<String> files = new java.util.ArrayList<>();
    for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(target)) {
      String name = f.getPath().getName();
      if (f.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
        files.add(fs.makeQualified(f.getPath()).toString());
      }
    }
    return List.copyOf(new java.util.TreeSet<>(files));
  }

  /**
   * Names of the table's Parquet files that hold rows whose {@code idColumn} is one of {@code ids} (a one-column
   * dataset): only the id column is read, and each task returns its distinct file names (a few), so no shuffle.
   */
  public List<String> filesHolding(TableSchema table, Dataset<Row> ids, String idColumn) {
    return filesHolding(table, DocIds.of(ids), idColumn);
  }

  /** {@link #filesHolding(TableSchema, Dataset, String)} for {@link DocIds} (no Spark job when known empty). */
  public List<String> filesHolding(TableSchema table, DocIds ids, String idColumn) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> names = ids.keep(read(table).select(functions.col(idColumn),
            functions.col("_metadata.file_path").as("_file")), idColumn)
        .select("_file").as(org.apache.spark.sql.Encoders.STRING())
        .mapPartitions((org.apache.spark.api.java.function.MapPartitionsFunction<String, String>) it -> {
          java.util.Set<String> seen = new java.util.LinkedHashSet<>();
          it.forEachRemaining(seen::add);
          return seen.iterator();
        }, org.apache.spark.sql.Encoders.STRING())
        .collectAsList(); // file names only
    return List.copyOf(new java.util.TreeSet<>(names));
  }

  /**
   * {@link #filesHolding(TableSchema, DocIds, String)} for several tables at once (table → its id column), in one
   * Spark job over the id columns of all of them: the files of each table that hold rows of {@code ids}, by table
   * name (an empty list for a table without such rows). Tables not yet written hold none.
   */
  public java.util.Map<String, List<String>> filesHolding(java.util.Map<TableSchema, String> idColumns, DocIds ids)
      throws IOException {
    java.util.Map<String, java.util.SortedSet<String>> found = new java.util.TreeMap<>();
    Dataset<Row> all = null;
    for (java.util.Map.Entry<TableSchema, String> t : idColumns.entrySet()) {
      found.put(t.getKey().name(), new java.util.TreeSet<>());
      if (ids.isEmpty() || !exists(t.getKey())) {
        continue;
      }
      Dataset<Row> one = ids.keep(read(t.getKey()).select(functions.col(t.getValue()),
          functions.col("_metadata.file_path").as("_file")), t.getValue())
          .select(functions.lit(t.getKey().name()).as("_table"), functions.col("_file"));
      all = all == null ? one : all.union(one);
    }
    if (all != null) {
      List<Row> names = all.mapPartitions((org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) it -> {
        java.util.Set<Row> seen = new java.util.LinkedHashSet<>();
        it.forEachRemaining(seen::add);
        return seen.iterator();
      }, org.apache.spark.sql.Encoders.row(all.schema())).collectAsList(); // (table, file) names only
      for (Row r : names) {
        found.get(RowCodec.string(r, "_table")).add(RowCodec.string(r, "_file"));
      }
    }
    java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
    found.forEach((t, files) -> out.put(t, List.copyOf(files)));
    return out;
  }

  /** Finishes an update of the table that a killed run left half done, or drops one that never started. */
  public void recover(TableSchema table) throws IOException {
    Path target = new Path(path(table));
    FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (fs.exists(journal(table))) {
      LOG.warn("table {}: finishing an update an earlier run left half done", table.name());
      apply(fs, table);
    } else {
      fs.delete(new Path(target.getParent(), "_tmp_" + table.name()), true);
    }
  }

  /**
   * Drops what Spark cached from the table's old files. Spark finds cached data by query plan, and a table is
   * replaced by renaming files, which Spark does not see: without this, a query cached before the change would
   * still answer for the new files.
   */
  private void refresh(Path target) {
    spark.catalog().refreshByPath(target.toString());
  }

  private Path journal(TableSchema table) {
    return new Path(new Path(out, "tables"), "_journal_" + table.name());
  }

  /** Does what the journal says (idempotent), then removes it and the temporary folder. */
  private void apply(FileSystem fs, TableSchema table) throws IOException {
    Path j = journal(table);
    String text;
    try (java.io.InputStream in = fs.open(j)) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    for (String line : text.split("\n")) {
      String[] f = line.split("\t");
      if (f[0].equals("move") && fs.exists(new Path(f[1])) && !fs.rename(new Path(f[1]), new Path(f[2]))) {
        throw new IOException("could not move " + f[1] + " to " + f[2]);
      } else if (f[0].equals("delete")) {
        fs.delete(new Path(f[1]), false);
      }
    }
    fs.delete(j, false);
    Path target = new Path(path(table));
    fs.delete(new Path(target.getParent(), "_tmp_" + table.name()), true);
  }

  /**
   * {@code data} as the table: the schema's columns selected by name, in its order, with its types and
   * nullability; fails naming the columns {@code data} lacks.
   */
  public Dataset<Row> conform(TableSchema table, Dataset<Row> data) {
    Set<String> have = Arrays.stream(data.columns()).collect(Collectors.toSet());
    List<String> missing = table.columns().stream().map(org.vlrobs.tables.Column::name)
        .filter(c -> !have.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("table " + table.name() + ": data lacks column(s) " + missing
          + " (has " + Arrays.toString(data.columns()) + ")");
    }
    Column[] cols = table.columns().stream()
        .map(c -> functions.col(c.name()).cast(c.type()).as(c.name())).toArray(Column[]::new);
    Dataset<Row> selected = data.select(cols);
    // the schema's nullability and column comments: same rows, schema applied by name-ordered position
    return spark.createDataFrame(selected.rdd(), table.struct());
  }
}
