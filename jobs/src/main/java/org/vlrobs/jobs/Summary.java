package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.PrintStream;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.tables.RowCodec;
import org.vlrobs.tables.Tables;

/** The short account printed after a run: where the tables are and documents per kind, language, status. */
public final class Summary {
  private Summary() {}

  private static boolean exists(SparkSession spark, String out, String table) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(Spark.tablePath(out, table));
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /**
   * Prints the account. Cheap whatever the corpus' size, as it follows every run: row counts from the Parquet
   * footers (no Spark job), documents per kind, language and status and the OCR counts from one grouped query
   * over {@code documents} (a few rows per combination), passages per SDG summed from
   * {@code document_sdg_profile} (its {@code n_labelled}, 17 rows per document) rather than by scanning
   * {@code passage_sdgs}, and the documents not ok listed only when there are some. Its queries run as small
   * work (no adaptive execution, no code generation).
   */
  public static void print(SparkSession spark, String out, PrintStream w) {
    StageContext small = new StageContext(spark, out, "summary", false);
    small.smallWork(true);
    try {
      printAccount(spark, out, w);
    } finally {
      small.smallWork(false);
    }
  }

  private static void printAccount(SparkSession spark, String out, PrintStream w) {
    w.println();
    w.println("Tables (Parquet) under " + new org.apache.hadoop.fs.Path(out, "tables") + ":");
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    org.apache.parquet.ParquetReadOptions options = RunManifest.readOptions(conf);
    for (TableSchema t : Tables.all()) {
      if (!exists(spark, out, t.name())) {
        w.printf("  %-22s (not produced yet: run its stage)%n", t.name());
        continue;
      }
      org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(Spark.tablePath(out, t.name()));
      long n;
      try {
        n = RunManifest.rowCount(dir.getFileSystem(conf), dir, conf, options);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      w.printf("  %-22s %8d rows   %s%n", t.name(), n, Spark.tablePath(out, t.name()));
    }
    Dataset<Row> docs = spark.read().schema(Tables.DOCUMENTS.struct())
        .parquet(Spark.tablePath(out, Tables.DOCUMENTS.name()));
    List<String> dims = List.of("kind", "language", "status");
    // one row per combination of kind, language and status: a handful, the only thing that comes back
    List<Row> groups = docs.groupBy(coalesce(col("kind"), lit("(unknown)")).as("kind"),
            coalesce(col("language"), lit("(unknown)")).as("language"),
            coalesce(col("status"), lit("(unknown)")).as("status"))
        .agg(org.apache.spark.sql.functions.count(lit(1)).as("count"),
            org.apache.spark.sql.functions.sum("ocr_pages").as("pages"),
            org.apache.spark.sql.functions.count(when(col("ocr_pages").gt(0), lit(1))).as("documents"))
        .collectAsList();
    for (String dim : dims) {
      java.util.Map<String, Long> counts = new java.util.TreeMap<>();
      for (Row r : groups) {
        counts.merge(RowCodec.string(r, dim), RowCodec.longInteger(r, "count"), Long::sum);
      }
      StringBuilder b = new StringBuilder();
      counts.entrySet().stream()
          .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()
              .thenComparing(java.util.Map.Entry.comparingByKey()))
          .forEach(e -> b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
      w.printf("Documents by %-9s %s%n", dim + ":", b);
    }
    long ocrPages = 0;
    long ocrDocuments = 0;
    boolean notOk = false;
    for (Row r : groups) {
      ocrPages += RowCodec.isNull(r, "pages") ? 0 : RowCodec.longInteger(r, "pages");
      ocrDocuments += RowCodec.longInteger(r, "documents");
      notOk |= !"ok".equals(RowCodec.string(r, "status"));
    }
    org.vlrobs.extract.ocr.PageOcr.Availability tesseract = org.vlrobs.extract.ocr.PageOcr.availability();
    w.printf("OCR (scanned pages):   %s%n", tesseract.available()
        ? String.format("%d pages of %d documents read by tesseract %s", ocrPages, ocrDocuments,
            tesseract.languages())
        : "not available here, " + tesseract.reason() + "; pages without a text layer stay no_text");
    if (exists(spark, out, Tables.DOCUMENT_SDG_PROFILE.name())) {
      List<Row> bySdg = spark.read().schema(Tables.DOCUMENT_SDG_PROFILE.struct())
          .parquet(Spark.tablePath(out, Tables.DOCUMENT_SDG_PROFILE.name()))
          .groupBy("sdg").agg(org.apache.spark.sql.functions.sum("n_labelled").as("count"))
          .filter(col("count").gt(0)).orderBy(col("count").desc(), col("sdg")).limit(17).collectAsList();
      StringBuilder b = new StringBuilder();
      for (Row r : bySdg) {
        b.append(b.length() == 0 ? "" : ", ").append("SDG ").append(RowCodec.integer(r, "sdg")).append(' ')
            .append(RowCodec.longInteger(r, "count"));
      }
      w.printf("Passages labelled per SDG: %s%n", b);
    }
    List<Row> problems = !notOk ? List.of() : docs.filter(col("status").notEqual("ok"))
        .select("file_name", "status", "status_reason").orderBy("file_name").limit(50).collectAsList();
    if (!problems.isEmpty()) {
      w.println("Documents not ok:");
      for (Row r : problems) {
        w.printf("  %-28s %-12s %s%n", r.<String>getAs("file_name"), r.<String>getAs("status"),
            r.<String>getAs("status_reason"));
      }
    }
  }
}
