package org.vlrobs.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.tables.Column;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.tables.Tables;

/**
 * Provenance written after each pipeline run: {@code <out>/manifest.json} (the latest run, also kept as
 * {@code <out>/runs/<run_id>.json}) with versions, model ids (SHA-256 of the packaged model files), the
 * stages run, row counts, and per stage ({@code stage_runs}) its seconds and the documents it processed and
 * reused; and {@code <out>/tables/_schema.json}, the table definitions with
 * column descriptions, next to the tables.
 */
public final class RunManifest {
  /** Packaged models whose digests identify them. */
  static final List<String> MODELS = List.of("/models/sdg-classifier/model.tsv.gz",
      "/models/sdg-classifier/ensemble.tsv", "/models/sdg-classifier/targets.tsv.gz",
      "/models/sdg-classifier/keywords.tsv.gz", "/models/sdg-lexicon/lexicon.tsv",
      "/models/sdg-lexicon/targets.tsv", "/models/themes/taxonomy.tsv", "/models/linkage/lrg.tsv",
      "/models/linkage/cited.tsv", "/models/linkage/annexed.tsv", "/models/linkage/integrated.tsv");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunManifest() {}

  /** A new run id: UTC start time to the second plus 6 hex digits. */
  public static String newRunId(Instant start) {
    byte[] r = new byte[3];
    new java.security.SecureRandom().nextBytes(r);
    return start.toString().replaceAll("[-:]", "").replaceAll("\\.\\d+", "") + "-" + HexFormat.of().formatHex(r);
  }

  public static void write(SparkSession spark, String out, String runId, Instant start, List<StageRun> stages,
      java.util.Map<String, String> facts) throws IOException {
    ObjectNode m = JSON.createObjectNode();
    m.put("run_id", runId);
    m.put("started", start.toString());
    m.put("finished", Instant.now().toString());
    m.put("seconds", (Instant.now().toEpochMilli() - start.toEpochMilli()) / 1000.0);
    facts.forEach(m::put);
    m.put("spark_master", spark.sparkContext().master());
    ArrayNode names = m.putArray("stages");
    stages.forEach(s -> names.add(s.stage()));
    ObjectNode versions = m.putObject("versions");
    versions.put("java", System.getProperty("java.version"));
    Properties build = buildProperties();
    for (String k : build.stringPropertyNames().stream().sorted().toList()) {
      versions.put(k, build.getProperty(k));
    }
    ObjectNode models = m.putObject("models");
    for (String model : MODELS) {
      models.put(model.substring("/models/".length()), digest(model));
    }
    ObjectNode counts = m.putObject("row_counts");
    Path tables = new Path(out, "tables");
    FileSystem fs = tables.getFileSystem(spark.sparkContext().hadoopConfiguration());
    fs.setWriteChecksum(false);
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    org.apache.parquet.ParquetReadOptions options = readOptions(conf); // once for every footer
    for (TableSchema t : Tables.all()) {
      Path dir = new Path(tables, t.name());
      if (fs.exists(dir)) {
        counts.put(t.name(), rowCount(fs, dir, conf, options));
      }
    }
    ObjectNode runs = m.putObject("stage_runs");
    for (StageRun s : stages) {
      runs.putObject(s.stage()).put("seconds", Math.round(s.seconds() * 1000) / 1000.0)
          .put("documents_processed", s.documentsProcessed()).put("documents_reused", s.documentsReused());
    }
    byte[] bytes = JSON.writeValueAsBytes(m);
    put(fs, new Path(out, "manifest.json"), bytes);
    put(fs, new Path(new Path(out, "runs"), runId + ".json"), bytes);
    put(fs, new Path(tables, "_schema.json"), JSON.writeValueAsBytes(schema()));
  }

  /** Every table's definition as JSON: name, description, key, columns (name, type, nullable, description). */
  static ArrayNode schema() {
    ArrayNode all = JSON.createArrayNode();
    for (TableSchema t : Tables.all()) {
      ObjectNode n = all.addObject();
      n.put("table", t.name());
      n.put("description", t.description());
      n.put("key", t.key());
      ArrayNode cols = n.putArray("columns");
      for (Column c : t.columns()) {
        cols.addObject().put("name", c.name()).put("type", c.type().simpleString()).put("nullable", c.nullable())
            .put("description", c.description());
      }
    }
    return all;
  }

  static Properties buildProperties() throws IOException {
    Properties p = new Properties();
    try (InputStream in = RunManifest.class.getResourceAsStream("/org/vlrobs/build.properties")) {
      if (in != null) {
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
    }
    return p;
  }

  /** "sha256:" + the first 16 hex digits of the resource's SHA-256, or "missing". */
  static String digest(String resource) throws IOException {
    try (InputStream in = RunManifest.class.getResourceAsStream(resource)) {
      if (in == null) {
        return "missing";
      }
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return "sha256:" + HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Rows of a table from its Parquet files' footers (the row counts of their row groups): no Spark job, no
   * data read. Files as Spark reads them: {@code .parquet} files not starting with {@code _} or {@code .}.
   */
  static long rowCount(FileSystem fs, Path dir, org.apache.hadoop.conf.Configuration conf) throws IOException {
    return rowCount(fs, dir, conf, readOptions(conf));
  }

  /**
   * Options for reading Parquet footers. Made once and given to every file: making them goes through the whole
   * Hadoop configuration, which was most of the time of counting the rows (37 of 44 CPU samples of the row counts
   * in a yearly run's profile; about half a second per run for some 60 files).
   */
  static org.apache.parquet.ParquetReadOptions readOptions(org.apache.hadoop.conf.Configuration conf) {
    return org.apache.parquet.HadoopReadOptions.builder(conf).build();
  }

  /** {@link #rowCount(FileSystem, Path, org.apache.hadoop.conf.Configuration)} with options made once. */
  static long rowCount(FileSystem fs, Path dir, org.apache.hadoop.conf.Configuration conf,
      org.apache.parquet.ParquetReadOptions options) throws IOException {
    long rows = 0;
    for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(dir)) {
      String name = f.getPath().getName();
      if (f.isFile() && name.endsWith(".parquet") && !name.startsWith("_") && !name.startsWith(".")) {
        try (org.apache.parquet.hadoop.ParquetFileReader r = org.apache.parquet.hadoop.ParquetFileReader.open(
            org.apache.parquet.hadoop.util.HadoopInputFile.fromStatus(f, conf), options)) {
          rows += r.getRecordCount();
        }
      }
    }
    return rows;
  }

  private static void put(FileSystem fs, Path p, byte[] bytes) throws IOException {
    try (OutputStream o = fs.create(p, true)) {
      o.write(bytes);
    }
  }
}
