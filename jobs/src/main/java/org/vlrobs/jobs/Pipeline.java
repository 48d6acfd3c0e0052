package org.vlrobs.jobs;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.classify.SdgClassifier;

/**
 * Runs the stages in order, each a thin Spark job over tables under {@code <out>/tables}. Stages not
 * asked for are skipped; their tables from an earlier run stay as they are.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /** A stage of the pipeline. */
  @FunctionalInterface
  interface Stage {
    /** Runs the stage; returns where its report is (report stage) or null. */
    String run(SparkSession spark, ExtractJob.Options options, String runId) throws IOException;
  }

  /** What a run did: its id, and the path of the trend report when the report stage ran. */
  public record Run(String runId, String report) {}

  private static final Map<String, Stage> STAGES = new LinkedHashMap<>();

  static {
    STAGES.put("extract", (spark, options, runId) -> {
      ExtractJob.run(spark, options);
      return null;
    });
    STAGES.put("segment", (spark, options, runId) -> {
      SegmentJob.run(spark, options.out);
      return null;
    });
    STAGES.put("classify", (spark, options, runId) -> {
      ClassifyJob.run(spark, options.out, SdgClassifier.Method.parse(options.sdgMethod));
      return null;
    });
    STAGES.put("link", (spark, options, runId) -> {
      LinkJob.run(spark, options.out, options.ner);
      return null;
    });
    STAGES.put("report", (spark, options, runId) -> ReportJob.run(spark, options.out, options.year, options.out, runId));
  }

  private Pipeline() {}

  public static List<String> stageNames() {
    return List.copyOf(STAGES.keySet());
  }

  /** Runs the stages asked for and writes the run's manifest. */
  public static Run run(SparkSession spark, ExtractJob.Options options, List<String> stages) throws IOException {
    for (String s : stages) {
      if (!STAGES.containsKey(s)) {
        throw new IllegalArgumentException("unknown stage '" + s + "'; stages are " + String.join(", ", STAGES.keySet()));
      }
    }
    Instant start = Instant.now();
    String runId = RunManifest.newRunId(start);
    LOG.info("run {}: stages {}", runId, String.join(", ", stages));
    List<String> done = new java.util.ArrayList<>();
    String report = null;
    for (Map.Entry<String, Stage> e : STAGES.entrySet()) {
      if (stages.contains(e.getKey())) {
        long t0 = System.nanoTime();
        LOG.info("stage {}: start", e.getKey());
        String made = e.getValue().run(spark, options, runId);
        report = made != null ? made : report;
        done.add(e.getKey());
        LOG.info("stage {}: done in {} s", e.getKey(), (System.nanoTime() - t0) / 1_000_000_000);
      }
    }
    RunManifest.write(spark, options.out, runId, start, done, options.corpus);
    return new Run(runId, report);
  }
}
