package org.vlrobs.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.tables.TableStore;

/**
 * What a stage works with: the Spark session, the table store of the output folder, the run's id and
 * options, a logger for progress, and facts for the run's manifest.
 */
public final class StageContext {
  private static final Logger LOG = LoggerFactory.getLogger("org.vlrobs.stage");

  private final SparkSession spark;
  private final TableStore store;
  private final String runId;
  private final boolean fresh;
  private final Map<String, String> facts = new LinkedHashMap<>();
  /** Synchronized: a stage may update several tables at once ({@link DocumentDelta#writeAll}). */
  private final Map<String, Written> written = java.util.Collections.synchronizedMap(new java.util.HashMap<>());

  /**
   * What a stage of this run wrote into a table for some documents: their ids and the files that now hold all
   * their rows (other files of the table hold none of them).
   */
  public record Written(org.vlrobs.tables.DocIds ids, java.util.List<String> files) {}

  public StageContext(SparkSession spark, String out, String runId, boolean fresh) {
    this.spark = spark;
    this.store = new TableStore(spark, out);
    this.runId = runId;
    this.fresh = fresh;
  }

  /**
   * A context for running one stage outside a pipeline run (tests, benchmarks) on every document, as with
   * {@code --fresh}; no recorded run id.
   */
  public static StageContext of(SparkSession spark, String out) {
    return new StageContext(spark, out, "unrecorded", true);
  }

  public SparkSession spark() {
    return spark;
  }

  public TableStore store() {
    return store;
  }

  /** The pipeline output folder. */
  public String out() {
    return store.out();
  }

  public String runId() {
    return runId;
  }

  /** {@code --fresh}: earlier results are not to be reused. */
  public boolean fresh() {
    return fresh;
  }

  /**
   * Settings of small work: no adaptive execution, and interpreted rather than compiled query execution
   * (whole-stage and expression code generation off; with code generation, compiling each query's generated
   * Java was the largest part of a yearly run's CPU time in the driver, more than the work on its rows).
   */
  private static final String[][] SMALL_WORK = {
      {"spark.sql.adaptive.enabled", "false"},
      {"spark.sql.codegen.wholeStage", "false"},
      {"spark.sql.codegen.factoryMode", "NO_CODEGEN"}};
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  /** The session's settings before {@link #smallWork(boolean)} changed them, or null. */
  private String[] beforeSmallWork;

  /**
   * Whether the stage's queries from now on handle little data (one small row per document, or a yearly
   * run's few documents). Small work runs without adaptive execution, without code generation, and shuffles into
   * as many partitions as there are cores: adaptive execution runs each shuffle stage of a query as a Spark job of
   * its own and plans again between them, and code generation compiles Java for every query, which for a few rows
   * costs more than the work (a yearly run's stages made three to ten jobs per query, and spent most of the
   * driver's CPU compiling). {@code false} gives back the session's settings; the pipeline does so after every
   * stage. Results do not depend on it (only how rows are split into tasks and how expressions are evaluated).
   */
  public void smallWork(boolean small) {
    if (spark == null) {
      return;
    }
    org.apache.spark.sql.RuntimeConfig conf = spark.conf();
    if (small && beforeSmallWork == null) {
      beforeSmallWork = new String[SMALL_WORK.length + 1];
      for (int i = 0; i < SMALL_WORK.length; i++) {
        beforeSmallWork[i] = conf.get(SMALL_WORK[i][0]);
        conf.set(SMALL_WORK[i][0], SMALL_WORK[i][1]);
      }
      beforeSmallWork[SMALL_WORK.length] = conf.get(SHUFFLE_PARTITIONS);
      conf.set(SHUFFLE_PARTITIONS, String.valueOf(Math.max(1, spark.sparkContext().defaultParallelism())));
    } else if (!small && beforeSmallWork != null) {
      for (int i = 0; i < SMALL_WORK.length; i++) {
        conf.set(SMALL_WORK[i][0], beforeSmallWork[i]);
      }
      conf.set(SHUFFLE_PARTITIONS, beforeSmallWork[SMALL_WORK.length]);
      beforeSmallWork = null;
    }
  }

  /** Progress and reuse messages, prefixed with the stage. */
  public void progress(String stage, String format, Object... args) {
    LOG.info(stage + ": " + format, args);
  }

  /** A top-level fact for the run's manifest (e.g. the corpus read). */
  public void record(String key, String value) {
    facts.put(key, value);
  }

  /** Records that {@code files} of {@code table} now hold every row of the documents {@code ids}. */
  void wrote(org.vlrobs.tables.TableSchema table, org.vlrobs.tables.DocIds ids, java.util.List<String> files) {
    written.put(table.name(), new Written(ids, java.util.List.copyOf(files)));
  }

  /** Forgets what was written into a table (its files are about to change). */
  void forgetWritten(org.vlrobs.tables.TableSchema table) {
    written.remove(table.name());
  }

  /** What a stage of this run last wrote into the table for some documents, or null. */
  Written written(org.vlrobs.tables.TableSchema table) {
    return written.get(table.name());
  }

  Map<String, String> facts() {
    return facts;
  }
}
