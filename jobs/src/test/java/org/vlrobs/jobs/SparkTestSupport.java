package org.vlrobs.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Helpers for the Spark integration tests (test data is tiny: collecting it is fine here). */
final class SparkTestSupport {
  private SparkTestSupport() {}

  static SparkSession local() {
    return SparkSession.builder().master("local[2]").appName("vlr-it")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  /** The extract stage alone, resuming what an earlier run into {@code out} did. */
  static ExtractJob.Result extract(SparkSession spark, Path corpus, Path out) throws IOException {
    return ExtractJob.run(spark, ExtractJob.Options.of(corpus.toString()), out.toString(), false);
  }

  static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  /** documents rows by file name. */
  static Map<String, Row> documents(SparkSession spark, Path out) {
    Map<String, Row> m = new TreeMap<>();
    for (Row r : spark.read().parquet(Spark.tablePath(out.toString(), "documents")).collectAsList()) {
      m.put(r.getAs("file_name"), r);
    }
    return m;
  }

  /** A table as sorted strings, for comparing two runs. */
  static List<String> rows(SparkSession spark, Path out, String table) {
    return spark.read().parquet(Spark.tablePath(out.toString(), table)).collectAsList().stream()
        .map(Row::toString).sorted().toList();
  }
}
