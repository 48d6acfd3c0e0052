package org.vlrobs.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.report.ReportBuilder;
import org.vlrobs.report.ReportWriter;
import org.vlrobs.report.TrendReport;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.tables.Tables;
import picocli.CommandLine.Option;

/**
 * Stage 5, report: the yearly trend report from the tables, to {@code <out>/reports/<year>/} (index.html,
 * report.md, a CSV and an SVG per figure), or to {@code <report-dir>/reports/<year>/}. Any Hadoop path: the
 * files are written locally and copied.
 *
 * <pre>spark-submit --class org.vlrobs.jobs.ReportJob vlr-jobs-cluster.jar --out hdfs:///vlr/out --year 2024</pre>
 */
public final class ReportJob implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);

  /** Options of the report stage. */
  public static final class Options {
    @Option(names = "--year", description = "report stage: the report's year (default: the latest publication year "
        + "in the corpus)")
    public Integer year;

    @Option(names = "--report-dir", description = "report stage: write reports/<year>/ under this folder instead of "
        + "under --out")
    public String reportDir;
  }

  private final Options options = new Options();

  public static void main(String[] args) {
    System.exit(StageCommand.main(new ReportJob(), args));
  }

  @Override
  public String name() {
    return "report";
  }

  @Override
  public String description() {
    return "Write the yearly trend report (HTML, Markdown, CSV and SVG charts) from the tables "
        + "(all tables -> <out>/reports/<year>/).";
  }

  @Override
  public List<TableSchema> reads() {
    return Tables.all();
  }

  @Override
  public List<TableSchema> writes() {
    return List.of();
  }

  @Override
  public Options options() {
    return options;
  }

  @Override
  public StageResult run(StageContext context) throws IOException {
    String where = run(context.spark(), context.out(), options.year,
        options.reportDir != null ? options.reportDir : context.out(), context.runId());
    Path documentsTable = new Path(context.store().path(Tables.DOCUMENTS)); // rows from the Parquet footers, no job
    long documents = RunManifest.rowCount(documentsTable.getFileSystem(context.spark().sparkContext()
        .hadoopConfiguration()), documentsTable, context.spark().sparkContext().hadoopConfiguration());
    return new StageResult(documents, 0, where);
  }

  /** Builds and writes the report; returns the path of its index.html. */
  public static String run(SparkSession spark, String tablesOut, Integer year, String reportOut, String runId)
      throws IOException {
    Path documents = new Path(Spark.tablePath(tablesOut, org.vlrobs.tables.Tables.DOCUMENTS.name()));
    if (!documents.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(documents)) {
      throw new IllegalArgumentException("no tables under " + tablesOut + " (run the pipeline first: bin/vlr run or demo)");
    }
    Integer y = year != null ? year : ReportBuilder.latestYear(spark, tablesOut);
    if (y == null) {
      throw new IllegalArgumentException("no VLR or VNR with a known year in " + tablesOut + "; give --year");
    }
    TrendReport report = new ReportBuilder(spark, tablesOut, y).build(runId);
    Path target = new Path(new Path(new Path(reportOut), "reports"), String.valueOf(y));
    FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.setWriteChecksum(false); // no .crc files beside the report on local disks
    java.nio.file.Path local = Files.createTempDirectory("vlr-report-");
    try {
      new ReportWriter().write(report, local);
      fs.delete(target, true);
      fs.mkdirs(target);
      try (var files = Files.list(local)) {
        for (java.nio.file.Path f : files.sorted().toList()) {
          fs.copyFromLocalFile(new Path(f.toUri()), new Path(target, f.getFileName().toString()));
        }
      }
    } finally {
      try (var files = Files.list(local)) {
        for (java.nio.file.Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(local);
    }
    Path index = new Path(target, "index.html");
    LOG.info("report for {} written to {}", y, target);
    java.net.URI where = fs.makeQualified(index).toUri();
    return "file".equals(where.getScheme()) ? java.nio.file.Path.of(where).toString() : where.toString();
  }

}
