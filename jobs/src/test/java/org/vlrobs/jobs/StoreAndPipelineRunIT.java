package org.vlrobs.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;
import org.vlrobs.tables.Column;
import org.vlrobs.tables.RowCodec;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.tables.TableStore;
import org.vlrobs.tables.Tables;

/** The table store (by-name write and read, atomic replace) and Pipeline.run with stand-in stages, in local Spark. */
class StoreAndPipelineRunIT {
  private static SparkSession spark;
  private static Path out;

  @BeforeAll
  static void start() throws Exception {
    spark = SparkTestSupport.local();
    out = TestPaths.projectDir().resolve("jobs/target/it-store");
    SparkTestSupport.delete(out);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Row passage(RowCodec codec, String id) {
    return codec.row().set("passage_id", id).set("doc_id", "d").set("page_no", 1).set("ordinal", 1)
        .set("heading", "the heading of " + id).set("text", "the text of " + id).set("language", "en")
        .set("n_tokens", 4).set("role", "body").build();
  }

  @Test
  void rowsSurviveAColumnSwapOnEitherSide() throws Exception {
    TableStore store = new TableStore(spark, out.toString());
    TableSchema swapped = swapped(Tables.PASSAGES, "heading", "text");
    RowCodec codec = RowCodec.of(swapped);
    // a producer whose columns are in another order than the table's: written by name
    Dataset<Row> data = spark.createDataFrame(List.of(passage(codec, "p1"), passage(codec, "p2")), swapped.struct());
    store.write(Tables.PASSAGES, data);
    List<Row> back = store.read(Tables.PASSAGES).orderBy("passage_id").collectAsList();
    assertEquals(2, back.size());
    assertEquals("the heading of p1", RowCodec.string(back.get(0), "heading"));
    assertEquals("the text of p1", RowCodec.string(back.get(0), "text"));
    // reading with a schema in another column order still finds columns by name
    Row r = new TableStore(spark, out.toString()).read(swapped).orderBy("passage_id").first();
    assertEquals("the text of p1", RowCodec.string(r, "text"));

    // what positional code did: the same values handed over by position land in the wrong columns
    List<Row> positional = new ArrayList<>();
    for (Row p : data.collectAsList()) {
      Object[] values = new Object[p.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = p.get(i);
      }
      positional.add(RowFactory.create(values));
    }
    Row corrupted = spark.createDataFrame(positional, Tables.PASSAGES.struct()).orderBy("passage_id").first();
    assertEquals("the text of p1", corrupted.getAs("heading"), "the bug the codec removes");
  }

  @Test
  void aReplacedTableIsWholeAndMissingColumnsAreNamed() throws Exception {
    TableStore store = new TableStore(spark, out.resolve("replace").toString());
    RowCodec codec = RowCodec.of(Tables.PASSAGES);
    store.write(Tables.PASSAGES, spark.createDataFrame(List.of(passage(codec, "a"), passage(codec, "b")),
        Tables.PASSAGES.struct()));
    store.write(Tables.PASSAGES, spark.createDataFrame(List.of(passage(codec, "c")), Tables.PASSAGES.struct()));
    assertEquals(List.of("c"), store.read(Tables.PASSAGES).select("passage_id").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertFalse(Files.exists(out.resolve("replace/tables/_tmp_passages")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.write(Tables.PASSAGES,
        store.read(Tables.PASSAGES).drop("n_tokens")));
    assertTrue(e.getMessage().contains("n_tokens"), e.getMessage());
  }

  @Test
  void replacingSomeDocumentsRowsRewritesOnlyTheirFilesAndAHalfDoneUpdateIsFinished() throws Exception {
    Path dir = out.resolve("partial");
    TableStore store = new TableStore(spark, dir.toString());
    RowCodec codec = RowCodec.of(Tables.PASSAGES);
    // two files: one per document
    store.write(Tables.PASSAGES, spark.createDataFrame(List.of(passage(codec, "a1"), passage(codec, "a2")),
        Tables.PASSAGES.struct()).coalesce(1));
    Dataset<Row> b = spark.createDataFrame(List.of(passage(codec, "b1")), Tables.PASSAGES.struct())
        .withColumn("doc_id", org.apache.spark.sql.functions.lit("e"));
    store.replaceRows(Tables.PASSAGES, b, spark.createDataFrame(List.of(), DocumentDelta.FINGERPRINTS).select("doc_id"),
        "doc_id");
    Set<String> before = parts(dir);
    assertEquals(2, before.size(), "the new document's rows in a new file, the old file untouched");
    // document "d" changed: its two rows replaced by one; document "e" untouched
    Dataset<Row> stale = spark.createDataFrame(List.of(RowCodec.of(DocumentDelta.FINGERPRINTS).row().set("doc_id", "d")
        .set("fingerprint", "x").build()), DocumentDelta.FINGERPRINTS).select("doc_id");
    store.replaceRows(Tables.PASSAGES, spark.createDataFrame(List.of(passage(codec, "a3")), Tables.PASSAGES.struct()),
        stale, "doc_id");
    assertEquals(List.of("a3", "b1"), ids(store));
    Set<String> after = parts(dir);
    assertEquals(1, before.stream().filter(after::contains).count(), "e's file kept as it was");
    assertFalse(Files.exists(dir.resolve("tables/_journal_passages")));

    // a run killed after writing the journal: the next one finishes the update
    Path tmp = dir.resolve("tables/_tmp_passages");
    spark.createDataFrame(List.of(passage(codec, "a4")), Tables.PASSAGES.struct()).coalesce(1).write()
        .parquet(tmp.toString());
    String part = parts(tmp).iterator().next();
    StringBuilder journal = new StringBuilder("move\t" + tmp.resolve(part).toUri() + "\t"
        + dir.resolve("tables/passages").resolve(part).toUri());
    for (String f : after) {
      if (!before.contains(f)) { // the file holding d's row
        journal.append("\ndelete\t").append(dir.resolve("tables/passages").resolve(f).toUri());
      }
    }
    Files.writeString(dir.resolve("tables/_journal_passages"), journal);
    new TableStore(spark, dir.toString()).recover(Tables.PASSAGES);
    assertEquals(List.of("a4", "b1"), ids(store));
    assertFalse(Files.exists(dir.resolve("tables/_journal_passages")));
    assertFalse(Files.exists(tmp));
  }

  private static List<String> ids(TableStore store) {
    return store.read(Tables.PASSAGES).select("passage_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList()
        .stream().sorted().toList();
  }

  private static Set<String> parts(Path dir) throws Exception {
    Path table = dir.getFileName().toString().startsWith("_tmp") ? dir : dir.resolve("tables/passages");
    try (var s = Files.list(table)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("part-"))
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  /** A stage that writes nothing and records that it ran. */
  static final class Probe implements Stage {
    static final List<String> RAN = new ArrayList<>();
    private final String name;
    private final List<TableSchema> reads;
    private final List<TableSchema> writes;

    Probe(String name, List<TableSchema> reads, List<TableSchema> writes) {
      this.name = name;
      this.reads = reads;
      this.writes = writes;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return name;
    }

    @Override
    public List<TableSchema> reads() {
      return reads;
    }

    @Override
    public List<TableSchema> writes() {
      return writes;
    }

    @Override
    public StageResult run(StageContext context) {
      RAN.add(name);
      return StageResult.of(name.length(), 2);
    }
  }

  @Test
  void aRunRunsItsStagesInOrderAndRecordsEachInTheManifest() throws Exception {
    Path runOut = out.resolve("run");
    PipelineOptions o = new PipelineOptions();
    o.out = runOut.toString();
    Pipeline p = new Pipeline(o, List.of(new Probe("first", List.of(), List.of(Tables.DOCUMENTS)),
        new Probe("second", List.of(Tables.DOCUMENTS), List.of(Tables.PASSAGES)),
        new Probe("third", List.of(Tables.PASSAGES), List.of())));
    Probe.RAN.clear();
    Pipeline.Run run = p.run(spark, List.of("third", "first", "second"));
    assertEquals(List.of("first", "second", "third"), Probe.RAN);
    JsonNode m = new ObjectMapper().readTree(runOut.resolve("manifest.json").toFile());
    assertEquals(run.runId(), m.path("run_id").asText());
    for (String s : List.of("first", "second", "third")) {
      JsonNode r = m.path("stage_runs").path(s);
      assertTrue(r.path("seconds").isNumber(), s);
      assertEquals(s.length(), r.path("documents_processed").asLong());
      assertEquals(2, r.path("documents_reused").asLong());
    }

    // refused before anything runs: "second" alone, no documents table in this folder
    Probe.RAN.clear();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.run(spark, List.of("second")));
    assertTrue(e.getMessage().contains("documents"), e.getMessage());
    assertEquals(List.of(), Probe.RAN);
    assertNotEquals(null, run.stage("second"));
  }

  /** A stage that declares small work and leaves it on; records the session's settings it ran with. */
  static final class Small implements Stage {
    final List<String> seen = new ArrayList<>();

    @Override
    public String name() {
      return "small";
    }

    @Override
    public String description() {
      return "small";
    }

    @Override
    public List<TableSchema> reads() {
      return List.of();
    }

    @Override
    public List<TableSchema> writes() {
      return List.of();
    }

    @Override
    public StageResult run(StageContext context) {
      context.smallWork(true);
      context.smallWork(true); // twice: still one saved setting
      seen.add(context.spark().conf().get("spark.sql.adaptive.enabled"));
      seen.add(context.spark().conf().get("spark.sql.shuffle.partitions"));
      seen.add(context.spark().conf().get("spark.sql.codegen.wholeStage"));
      return StageResult.of(0, 0);
    }
  }

  @Test
  void smallWorkChangesTheSessionOnlyUntilTheStageEnds() throws Exception {
    String aqe = spark.conf().get("spark.sql.adaptive.enabled");
    String partitions = spark.conf().get("spark.sql.shuffle.partitions");
    PipelineOptions o = new PipelineOptions();
    o.out = out.resolve("small").toString();
    Small small = new Small();
    new Pipeline(o, List.of(small)).run(spark, List.of("small"));
    String wholeStage = spark.conf().get("spark.sql.codegen.wholeStage");
    assertEquals(List.of("false", String.valueOf(spark.sparkContext().defaultParallelism()), "false"), small.seen);
    assertEquals(wholeStage, spark.conf().get("spark.sql.codegen.wholeStage"), "given back after the stage");
    assertEquals(aqe, spark.conf().get("spark.sql.adaptive.enabled"), "given back after the stage");
    assertEquals(partitions, spark.conf().get("spark.sql.shuffle.partitions"), "given back after the stage");

    StageContext c = new StageContext(spark, out.toString(), "r", false);
    c.smallWork(true);
    c.smallWork(false);
    c.smallWork(false);
    assertEquals(aqe, spark.conf().get("spark.sql.adaptive.enabled"));
    assertEquals(partitions, spark.conf().get("spark.sql.shuffle.partitions"));
  }

  static TableSchema swapped(TableSchema t, String x, String y) {
    List<Column> cols = new ArrayList<>(t.columns());
    int i = t.struct().fieldIndex(x);
    int j = t.struct().fieldIndex(y);
    Column c = cols.get(i);
    cols.set(i, cols.get(j));
    cols.set(j, c);
    return new TableSchema(t.name(), t.description(), t.key(), cols);
  }
}
