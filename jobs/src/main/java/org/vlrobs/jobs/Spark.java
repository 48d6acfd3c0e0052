package org.vlrobs.jobs;

import java.io.IOException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.tables.TableSchema;

/** Session set-up and table I/O shared by the jobs. */
public final class Spark {
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
        .config("spark.sql.debug.maxToStringFields", "200")
        // local files' permissions without a chmod process per file written (see NioLocalFileSystem)
        .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
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

  /** Table folder under the output directory ({@link org.vlrobs.tables.TableStore#path(String, String)}). */
  public static String tablePath(String out, String table) {
    return org.vlrobs.tables.TableStore.path(out, table);
  }

  /** Replaces a table atomically, columns by name ({@link org.vlrobs.tables.TableStore#write}). */
  public static void writeTable(SparkSession spark, Dataset<Row> data, TableSchema schema, String out)
      throws IOException {
    new org.vlrobs.tables.TableStore(spark, out).write(schema, data);
  }
}
