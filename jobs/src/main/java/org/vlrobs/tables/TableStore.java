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
    LOG.info("wrote table {} to {}", table.name(), target);
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
