package org.vlrobs.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.jobs.Spark;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.tables.Tables;

/**
 * Compares the tables of two pipeline outputs row by row, as multisets (order and file layout ignored):
 * the check that an optimisation left the results as they were. Each row is compared as the JSON of all
 * its columns in the schema's order, so arrays, structs and doubles must be exactly equal. Runs in Spark:
 * nothing but counts and a few differing rows reach the driver.
 */
public final class TableComparison {
  /** One table's verdict: rows on each side, rows only on the left, only on the right, a few examples. */
  public record TableDiff(String table, long leftRows, long rightRows, long onlyLeft, long onlyRight,
      List<String> examples, boolean missing) {
    public boolean equal() {
      return !missing && onlyLeft == 0 && onlyRight == 0;
    }
  }

  private TableComparison() {}

  /** Every public table present in either output, compared. */
  public static List<TableDiff> compare(SparkSession spark, String left, String right) throws IOException {
    List<TableDiff> out = new ArrayList<>();
    for (TableSchema t : Tables.all()) {
      boolean l = exists(spark, left, t);
      boolean r = exists(spark, right, t);
      if (!l && !r) {
        continue;
      }
      if (l != r) {
        out.add(new TableDiff(t.name(), l ? -1 : 0, r ? -1 : 0, 0, 0,
            List.of("only in " + (l ? left : right)), true));
        continue;
      }
      out.add(compare(spark, t, rowsAsJson(spark, left, t), rowsAsJson(spark, right, t)));
    }
    return out;
  }

  static TableDiff compare(SparkSession spark, TableSchema t, Dataset<Row> a, Dataset<Row> b) {
    Dataset<Row> onlyA = a.exceptAll(b).cache();
    Dataset<Row> onlyB = b.exceptAll(a).cache();
    long na = onlyA.count();
    long nb = onlyB.count();
    List<String> examples = new ArrayList<>();
    onlyA.limit(2).collectAsList().forEach(r -> examples.add("left only:  " + r.getString(0)));
    onlyB.limit(2).collectAsList().forEach(r -> examples.add("right only: " + r.getString(0)));
    onlyA.unpersist();
    onlyB.unpersist();
    return new TableDiff(t.name(), a.count(), b.count(), na, nb, examples, false);
  }

  /** The table's rows, each as one JSON string of its schema's columns in order. */
  static Dataset<Row> rowsAsJson(SparkSession spark, String out, TableSchema t) {
    Column[] cols = Arrays.stream(t.columnNames()).map(c -> col(c)).toArray(Column[]::new);
    return spark.read().parquet(Spark.tablePath(out, t.name())).select(to_json(struct(cols)).as("row"));
  }

  private static boolean exists(SparkSession spark, String out, TableSchema t) throws IOException {
    Path p = new Path(Spark.tablePath(out, t.name()));
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    return fs.exists(p);
  }
}
