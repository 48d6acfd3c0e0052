package org.vlrobs.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.report.ReportBuilder;
import org.vlrobs.report.ReportWriter;
import org.vlrobs.report.TrendReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Stage 5, report: the yearly trend report from the tables, to {@code <out>/reports/<year>/} (index.html,
 * report.md, a CSV and an SVG per figure). Any Hadoop path: the files are written locally and copied.
 *
 * <pre>spark-submit --class org.vlrobs.jobs.ReportJob vlr-jobs-cluster.jar --tables hdfs:///vlr/out --year 2024</pre>
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the yearly trend report (HTML, Markdown, CSV and SVG charts) from the tables.")
public final class ReportJob implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);

  @Option(names = "--tables", required = true, description = "pipeline output directory whose tables/ to read")
  String tables;

  @Option(names = "--year", description = "report year (default: the latest publication year in the corpus)")
  Integer year;

  @Option(names = "--out", description = "where reports/<year>/ goes (default: the --tables directory)")
  String out;

  @Option(names = "--master", description = "Spark master; default: as spark-submit sets it, else local[*]")
  String master;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ReportJob()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    SparkSession spark = Spark.session("vlr-report", master);
    try {
      String where = run(spark, tables, year, out != null ? out : tables, runIdOf(spark, tables));
      System.out.println("Report: " + where);
    } finally {
      spark.stop();
    }
    return 0;
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

  /** The run id recorded in {@code <out>/manifest.json}, or "unrecorded". */
  static String runIdOf(SparkSession spark, String out) throws IOException {
    Path manifest = new Path(out, "manifest.json");
    FileSystem fs = manifest.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(manifest)) {
      return "unrecorded";
    }
    try (InputStream in = fs.open(manifest)) {
      return new ObjectMapper().readTree(in).path("run_id").asText("unrecorded");
    }
  }
}
