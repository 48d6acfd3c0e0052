package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.classify.SdgClassifier;
import org.vlrobs.classify.SdgLabel;
import org.vlrobs.classify.ThemeClassifier;
import org.vlrobs.tables.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Stage 3, classify: {@code passages} → {@code passage_sdgs}, {@code passage_themes} and
 * {@code document_sdg_profile}. One {@link SdgClassifier} (model and lexicon, loaded from the jar) and
 * one {@link ThemeClassifier} per partition.
 *
 * <pre>spark-submit --class org.vlrobs.jobs.ClassifyJob vlr-jobs-cluster.jar --out hdfs:///vlr/out</pre>
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Label every passage with SDGs 1-17 and VLR themes, with scores and evidence "
        + "(passages → passage_sdgs, passage_themes, document_sdg_profile).")
public final class ClassifyJob extends TableStage {

  public static void main(String[] args) {
    System.exit(new CommandLine(new ClassifyJob()).execute(args));
  }

  @Override
  String appName() {
    return "vlr-classify";
  }

  @Option(names = "--sdg-method", defaultValue = "fast", description = "fast or ensemble (default ${DEFAULT-VALUE})")
  String sdgMethod;

  @Override
  void run(SparkSession spark) throws IOException {
    run(spark, out, SdgClassifier.Method.parse(sdgMethod));
  }

  /** With the default SDG method. */
  public static void run(SparkSession spark, String out) throws IOException {
    run(spark, out, SdgClassifier.DEFAULT_METHOD);
  }

  public static void run(SparkSession spark, String out, SdgClassifier.Method method) throws IOException {
    Dataset<Row> passages = spark.read().parquet(Spark.tablePath(out, Tables.PASSAGES.name()))
        .select("passage_id", "doc_id", "heading", "text", "language");
    MapPartitionsFunction<Row, Row> classify = rows -> {
      SdgClassifier classifier = SdgClassifier.load(method); // once per partition; one ONNX session per JVM
      return flatMap(batches(rows, SdgClassifier.BATCH), batch -> {
        List<SdgClassifier.Input> inputs = new ArrayList<>(batch.size());
        for (Row p : batch) {
          inputs.add(new SdgClassifier.Input(p.getString(3), p.getString(2), p.getString(4)));
        }
        List<List<SdgLabel>> labels = classifier.classifyAll(inputs);
        List<Row> rows17 = new ArrayList<>(17 * batch.size());
        for (int i = 0; i < batch.size(); i++) {
          Row p = batch.get(i);
          for (SdgLabel l : labels.get(i)) {
            rows17.add(RowFactory.create(p.getString(0), p.getString(1), l.sdg(), l.score(), l.label(),
                l.methods().toArray(new String[0]), l.targets().toArray(new String[0]), l.evidence()));
          }
        }
        return rows17;
      });
    };
    Dataset<Row> labels = passages.mapPartitions(classify, Encoders.row(Tables.PASSAGE_SDGS.struct()));
    Spark.writeTable(spark, labels, Tables.PASSAGE_SDGS, out);

    MapPartitionsFunction<Row, Row> themes = rows -> {
      ThemeClassifier classifier = ThemeClassifier.load(); // once per partition
      return flatMap(rows, p -> {
        List<Row> found = new ArrayList<>();
        for (ThemeClassifier.ThemeLabel t : classifier.classify(p.getString(3), p.getString(4))) {
          found.add(RowFactory.create(p.getString(0), p.getString(1), t.theme(), t.score(), t.label(), t.evidence()));
        }
        return found;
      });
    };
    Spark.writeTable(spark, passages.mapPartitions(themes, Encoders.row(Tables.PASSAGE_THEMES.struct())),
        Tables.PASSAGE_THEMES, out);

    Dataset<Row> written = spark.read().parquet(Spark.tablePath(out, Tables.PASSAGE_SDGS.name()));
    Dataset<Row> tokens = spark.read().parquet(Spark.tablePath(out, Tables.PASSAGES.name())).select("passage_id", "n_tokens");
    Dataset<Row> profile = written.join(tokens, "passage_id")
        .groupBy("doc_id", "sdg")
        .agg(count(lit(1)).as("n_passages"),
            sum(when(col("label"), 1).otherwise(0)).cast("long").as("n_labelled"),
            sum(col("score").multiply(col("n_tokens"))).divide(sum(col("n_tokens"))).as("weighted_score"))
        .withColumn("share_passages", col("n_labelled").divide(col("n_passages")))
        .na().fill(0.0, new String[] {"weighted_score"});
    Spark.writeTable(spark, profile, Tables.DOCUMENT_SDG_PROFILE, out);
  }

  /** The rows in consecutive lists of at most {@code size} (bounded memory: one batch at a time). */
  static java.util.Iterator<List<Row>> batches(java.util.Iterator<Row> rows, int size) {
    return new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public List<Row> next() {
        List<Row> b = new ArrayList<>(size);
        while (rows.hasNext() && b.size() < size) {
          b.add(rows.next());
        }
        return b;
      }
    };
  }
}
