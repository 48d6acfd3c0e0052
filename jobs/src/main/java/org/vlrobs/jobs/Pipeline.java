package org.vlrobs.jobs;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.tables.TableSchema;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The stages, in order, and runs of them. {@link #standardStages()} is the one list of the pipeline's stages
 * (checked once, when this class loads: unique names, every table a stage reads written by an earlier stage).
 * A run takes any subset of the stages, always in pipeline order, and refuses to start when a stage would read
 * a table that neither an earlier stage of the run writes nor the output folder holds. After the run,
 * {@code manifest.json} records, per stage, its seconds and the documents it processed and reused.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /** The pipeline's stages, in order, as fresh instances with default options. */
  public static List<Stage> standardStages() {
    return List.of(new ExtractJob(), new SegmentJob(), new ClassifyJob(), new LinkJob(), new ReportJob());
  }

  private static final List<String> STAGE_NAMES;

  static {
    List<Stage> stages = standardStages();
    checkOrder(stages);
    STAGE_NAMES = stages.stream().map(Stage::name).toList();
  }

  /** What a run did: its id, the trend report's path when the report stage ran, and each stage's figures. */
  public record Run(String runId, String report, List<StageRun> stageRuns) {
    /** The figures of one stage of the run, or null when it did not run. */
    public StageRun stage(String name) {
      return stageRuns.stream().filter(s -> s.stage().equals(name)).findFirst().orElse(null);
    }
  }

  private final PipelineOptions options;
  private final List<Stage> stages;

  /** A pipeline of these stages (in this order) with these shared options. */
  public Pipeline(PipelineOptions options, List<Stage> stages) {
    if (stages.stream().map(Stage::name).distinct().count() != stages.size()) {
      throw new IllegalArgumentException("two stages with the same name in " + stages.stream().map(Stage::name).toList());
    }
    this.options = options;
    this.stages = List.copyOf(stages);
  }

  /**
   * The standard pipeline configured from command-line arguments (shared options and every stage's), e.g.
   * {@code configure("--corpus", dir, "--out", out, "--batch-docs", "10")}.
   */
  public static Pipeline configure(String... args) {
    PipelineOptions o = new PipelineOptions();
    List<Stage> stages = standardStages();
    CommandSpec spec = CommandSpec.create();
    addOptions(spec, o, stages);
    new CommandLine(spec).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
    return new Pipeline(o, stages);
  }

  /** Adds the shared options and each stage's options (picocli mixins named after the stages) to a command. */
  public static void addOptions(CommandSpec spec, PipelineOptions options, List<Stage> stages) {
    spec.addMixin("pipeline", CommandSpec.forAnnotatedObject(options));
    for (Stage s : stages) {
      if (s.options() != null) {
        spec.addMixin(s.name(), CommandSpec.forAnnotatedObject(s.options()));
      }
    }
  }

  /** Names of the pipeline's stages, in order. */
  public static List<String> stageNames() {
    return STAGE_NAMES;
  }

  public PipelineOptions options() {
    return options;
  }

  public List<Stage> stages() {
    return stages;
  }

  /** A stage of this pipeline by type (to read or set its options). */
  public <T extends Stage> T stage(Class<T> type) {
    return stages.stream().filter(type::isInstance).map(type::cast).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no stage " + type.getSimpleName()));
  }

  /** Every stage, in order. */
  public Run run(SparkSession spark) throws IOException {
    return run(spark, stages.stream().map(Stage::name).toList());
  }

  /** The stages named (any order; they run in pipeline order), then the run's manifest. */
  public Run run(SparkSession spark, List<String> names) throws IOException {
    String out = options.out;
    List<Stage> plan = plan(names, t -> {
      try {
        return org.vlrobs.tables.TableStore.exists(spark.sparkContext().hadoopConfiguration(), out, t);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Instant start = Instant.now();
    String runId = RunManifest.newRunId(start);
    LOG.info("run {}: stages {}{}", runId, String.join(", ", plan.stream().map(Stage::name).toList()),
        options.fresh ? " (fresh)" : "");
    StageContext context = new StageContext(spark, out, runId, options.fresh);
    Run run = execute(plan, context);
    RunManifest.write(spark, out, runId, start, run.stageRuns(), context.facts());
    return run;
  }

  /**
   * Checks the options of every stage of the plan before any runs (a mistake in the last stage's options must
   * not cost the first stage's work), then runs the stages in the plan's order, timing each. A stage that fails
   * ends the run: the stages after it do not run and nothing is recorded.
   */
  static Run execute(List<Stage> plan, StageContext context) throws IOException {
    plan.forEach(Stage::validate);
    List<StageRun> done = new ArrayList<>();
    String report = null;
    for (Stage stage : plan) {
      long t0 = System.nanoTime();
      LOG.info("stage {}: start", stage.name());
      StageResult r;
      if (context.spark() != null) { // the stage's Spark jobs carry its name (Spark UI, listeners)
        context.spark().sparkContext().setJobGroup(stage.name(), "stage " + stage.name() + " of run "
            + context.runId(), false);
      }
      try {
        r = stage.run(context);
      } finally {
        context.smallWork(false); // the next stage starts with the session's settings
        if (context.spark() != null) {
          context.spark().sparkContext().clearJobGroup();
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      report = r.output() != null ? r.output() : report;
      done.add(new StageRun(stage.name(), seconds, r.documentsProcessed(), r.documentsReused()));
      LOG.info("stage {}: done in {} s; {} documents processed, {} reused", stage.name(),
          String.format(java.util.Locale.ROOT, "%.1f", seconds), r.documentsProcessed(), r.documentsReused());
    }
    return new Run(context.runId(), report, List.copyOf(done));
  }

  /**
   * The stages named, in pipeline order, after checking that each exists and that every table each reads
   * is written by an earlier stage of the plan or {@code present}. Throws IllegalArgumentException saying
   * what is missing otherwise; nothing has run then.
   */
  public List<Stage> plan(List<String> names, Predicate<TableSchema> present) {
    Set<String> known = new LinkedHashSet<>(stages.stream().map(Stage::name).toList());
    for (String n : names) {
      if (!known.contains(n)) {
        throw new IllegalArgumentException("unknown stage '" + n + "'; stages are " + String.join(", ", known));
      }
    }
    List<Stage> plan = stages.stream().filter(s -> names.contains(s.name())).toList();
    Set<String> written = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Stage s : plan) {
      for (TableSchema t : s.reads()) {
        if (!written.contains(t.name()) && !present.test(t)) {
          String by = standardStages().stream().filter(w -> w.writes().contains(t)).map(Stage::name).findFirst().orElse("?");
          problems.add("stage " + s.name() + " reads table " + t.name() + ", which no earlier stage of this run "
              + "writes and which is not in " + options.out + "/tables (run stage " + by + " first)");
        }
      }
      s.writes().forEach(t -> written.add(t.name()));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return plan;
  }

  /** Unique names, and every table a stage reads is written by an earlier stage of the list. */
  static void checkOrder(List<Stage> stages) {
    Set<String> names = new HashSet<>();
    Set<String> written = new HashSet<>();
    for (Stage s : stages) {
      if (!names.add(s.name())) {
        throw new IllegalStateException("two stages named " + s.name());
      }
      for (TableSchema t : s.reads()) {
        if (!written.contains(t.name())) {
          throw new IllegalStateException("stage " + s.name() + " reads " + t.name()
              + " but no stage before it writes it");
        }
      }
      for (TableSchema t : s.writes()) {
        if (!written.add(t.name())) {
          throw new IllegalStateException("table " + t.name() + " written by two stages");
        }
      }
    }
  }
}
