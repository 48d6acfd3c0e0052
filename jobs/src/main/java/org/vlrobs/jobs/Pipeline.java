package org.vlrobs.jobs;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the stages in order, each a thin Spark job over tables under {@code <out>/tables}. Stages not
 * asked for are skipped; their tables from an earlier run stay as they are.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /** A stage of the pipeline. */
  @FunctionalInterface
  interface Stage {
    void run(SparkSession spark, ExtractJob.Options options) throws IOException;
  }

  private static final Map<String, Stage> STAGES = new LinkedHashMap<>();

  static {
    STAGES.put("extract", (spark, options) -> ExtractJob.run(spark, options));
    STAGES.put("segment", (spark, options) -> SegmentJob.run(spark, options.out));
    STAGES.put("classify", (spark, options) -> ClassifyJob.run(spark, options.out));
    STAGES.put("link", (spark, options) -> LinkJob.run(spark, options.out, options.ner));
  }

  private Pipeline() {}

  public static List<String> stageNames() {
    return List.copyOf(STAGES.keySet());
  }

  public static void run(SparkSession spark, ExtractJob.Options options, List<String> stages) throws IOException {
    for (String s : stages) {
      if (!STAGES.containsKey(s)) {
        throw new IllegalArgumentException("unknown stage '" + s + "'; stages are " + String.join(", ", STAGES.keySet()));
      }
    }
    for (Map.Entry<String, Stage> e : STAGES.entrySet()) {
      if (stages.contains(e.getKey())) {
        long t0 = System.nanoTime();
        LOG.info("stage {}: start", e.getKey());
        e.getValue().run(spark, options);
        LOG.info("stage {}: done in {} s", e.getKey(), (System.nanoTime() - t0) / 1_000_000_000);
      }
    }
  }
}
