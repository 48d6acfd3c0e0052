package org.vlrobs.jobs;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.tables.TableSchema;

/** Session set-up and table I/O shared by the jobs. */
public final class Spark {
  private static final Logger LOG = LoggerFactory.getLogger(Spark.class);

  private Spark() {}

  /**
   * A session for a job. {@code master} null means "as spark-submit set it" (or local[*] when nothing did).
   */
  public static SparkSession session(String appName, String master) {
    SparkSession.Builder b = SparkSession.builder().appName(appName)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.parquet.compression.codec", "zstd")
        .config("spark.sql.sources.partitionOverwriteMode", "static")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.debug.maxToStringFields", "200");
    if (master != null) {
      b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    if (System.getenv("SPARK_LOCAL_IP") == null && System.getProperty("spark.driver.host") == null
        && (master == null || master.startsWith("local"))) {
      b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    SparkSession spark = b.getOrCreate();
    if (!spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
      // tables here are per document, not per record: a few partitions per core, not Spark's 200
      int n = Math.max(4, 4 * spark.sparkContext().defaultParallelism());
      spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(n));
    }
    return spark;
  }

  /** Table folder under the output directory. */
  public static String tablePath(String out, String table) {
    return new Path(new Path(out, "tables"), table).toString();
  }

  /**
   * Writes a table by replacing it whole: into a temporary folder, then renamed over the old one, so a
   * reader (or a killed run) never sees half a table and re-running gives the same result.
   */
  public static void writeTable(SparkSession spark, Dataset<Row> data, TableSchema schema, String out)
      throws IOException {
    Path target = new Path(tablePath(out, schema.name()));
    Path tmp = new Path(target.getParent(), "_tmp_" + schema.name());
    FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.delete(tmp, true);
    spark.createDataFrame(data.select(schema.columnNames()[0], tail(schema.columnNames())).rdd(), schema.struct())
        .write().mode(SaveMode.Overwrite).parquet(tmp.toString());
    fs.delete(target, true);
    if (!fs.rename(tmp, target)) {
      throw new IOException("could not move " + tmp + " to " + target);
    }
    LOG.info("wrote table {} to {}", schema.name(), target);
  }

  private static String[] tail(String[] a) {
    return java.util.Arrays.copyOfRange(a, 1, a.length);
  }
}
