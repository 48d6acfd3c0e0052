package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

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

  public static void print(SparkSession spark, String out, PrintStream w) {
    w.println();
    w.println("Tables (Parquet) under " + new org.apache.hadoop.fs.Path(out, "tables") + ":");
    for (TableSchema t : Tables.all()) {
      if (!exists(spark, out, t.name())) {
        w.printf("  %-22s (not produced yet: run its stage)%n", t.name());
        continue;
      }
      long n = spark.read().parquet(Spark.tablePath(out, t.name())).count();
      w.printf("  %-22s %8d rows   %s%n", t.name(), n, Spark.tablePath(out, t.name()));
    }
    Dataset<Row> docs = spark.read().parquet(Spark.tablePath(out, Tables.DOCUMENTS.name()));
    for (String dim : List.of("kind", "language", "status")) {
      // grouped counts: a handful of rows, the only thing that comes back to the driver
      List<Row> rows = docs.groupBy(coalesce(col(dim), lit("(unknown)")).as(dim)).count()
          .orderBy(col("count").desc(), col(dim)).collectAsList();
      StringBuilder b = new StringBuilder();
      for (Row r : rows) {
        b.append(b.length() == 0 ? "" : ", ").append(r.<String>getAs(dim)).append(' ').append(r.<Long>getAs("count"));
      }
      w.printf("Documents by %-9s %s%n", dim + ":", b);
    }
    Row ocr = docs.agg(org.apache.spark.sql.functions.sum("ocr_pages").as("pages"),
        org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.when(col("ocr_pages").gt(0), lit(1)))
            .as("documents"))
        .first();
    org.vlrobs.extract.ocr.PageOcr.Availability tesseract = org.vlrobs.extract.ocr.PageOcr.availability();
    w.printf("OCR (scanned pages):   %s%n", tesseract.available()
        ? String.format("%d pages of %d documents read by tesseract %s", RowCodec.isNull(ocr, "pages") ? 0 : RowCodec.longInteger(ocr, "pages"),
            RowCodec.longInteger(ocr, "documents"), tesseract.languages())
        : "not available here, " + tesseract.reason() + "; pages without a text layer stay no_text");
    if (exists(spark, out, Tables.PASSAGE_SDGS.name())) {
      List<Row> bySdg = spark.read().parquet(Spark.tablePath(out, Tables.PASSAGE_SDGS.name())).filter(col("label"))
          .groupBy("sdg").count().orderBy(col("count").desc(), col("sdg")).limit(17).collectAsList();
      StringBuilder b = new StringBuilder();
      for (Row r : bySdg) {
        b.append(b.length() == 0 ? "" : ", ").append("SDG ").append(r.<Integer>getAs("sdg")).append(' ').append(r.<Long>getAs("count"));
      }
      w.printf("Passages labelled per SDG: %s%n", b);
    }
    List<Row> problems = docs.filter(col("status").notEqual("ok")).select("file_name", "status", "status_reason")
        .orderBy("file_name").limit(50).collectAsList();
    if (!problems.isEmpty()) {
      w.println("Documents not ok:");
      for (Row r : problems) {
        w.printf("  %-28s %-12s %s%n", r.<String>getAs("file_name"), r.<String>getAs("status"),
            r.<String>getAs("status_reason"));
      }
    }
  }
}
