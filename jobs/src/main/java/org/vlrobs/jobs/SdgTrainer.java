package org.vlrobs.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.classify.SdgModel;
import org.vlrobs.classify.TextFeatures;
import org.vlrobs.tables.RowCodec;

/**
 * Trains the supervised SDG model with Spark MLlib: a vocabulary of folded uni- and bigrams
 * (document frequency ≥ 2), TF-IDF vectors, and one class-balanced binary logistic regression per SDG
 * (L2, no standardisation), so that each SDG gets its own probability and a passage can have several.
 */
public final class SdgTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(SdgTrainer.class);
  static final int MIN_DF = 2;
  static final int MAX_VOCABULARY = 60_000;

  /** A training text and its SDG. */
  public record Example(String text, int goal) {}

  private SdgTrainer() {}

  public static SdgModel train(SparkSession spark, List<Example> examples, double regParam) {
    // vocabulary and IDF (the texts are a few thousand short documents: this is driver-side model fitting)
    Map<String, Integer> df = new HashMap<>();
    List<Map<String, Integer>> counts = new ArrayList<>(examples.size());
    for (Example e : examples) {
      Map<String, Integer> c = TextFeatures.counts(e.text());
      counts.add(c);
      c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    List<String> vocabulary = df.entrySet().stream().filter(e -> e.getValue() >= MIN_DF)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_VOCABULARY).map(Map.Entry::getKey).sorted().toList();
    Map<String, Integer> index = new HashMap<>();
    double[] idf = new double[vocabulary.size()];
    int n = examples.size();
    for (int i = 0; i < vocabulary.size(); i++) {
      index.put(vocabulary.get(i), i);
      idf[i] = Math.log((n + 1.0) / (df.get(vocabulary.get(i)) + 1.0)) + 1;
    }
    float[][] zero = new float[vocabulary.size()][SdgModel.GOALS];
    SdgModel featuriser = new SdgModel(index, idf, zero, new double[SdgModel.GOALS], new double[SdgModel.GOALS]);

    StructType schema = new StructType().add("goal", DataTypes.IntegerType).add("features", SQLDataTypes.VectorType());
    RowCodec codec = RowCodec.of(schema);
    List<Row> rows = new ArrayList<>(n);
    for (Example e : examples) {
      SdgModel.SparseVector v = featuriser.vectorize(e.text());
      rows.add(codec.row().set("goal", e.goal()).set("features", Vectors.sparse(v.size(), v.indices(), v.values()))
          .build());
    }
    Dataset<Row> data = spark.createDataFrame(rows, schema).cache();
    long[] positives = new long[18];
    examples.forEach(e -> positives[e.goal()]++);

    float[][] weights = new float[vocabulary.size()][SdgModel.GOALS];
    double[] intercepts = new double[SdgModel.GOALS];
    double[] thresholds = new double[SdgModel.GOALS];
    for (int g = 1; g <= 17; g++) {
      double pos = positives[g];
      double wPos = n / (2.0 * Math.max(1, pos));
      double wNeg = n / (2.0 * Math.max(1, n - pos));
      Dataset<Row> binary = data.withColumn("label", org.apache.spark.sql.functions.when(
              org.apache.spark.sql.functions.col("goal").equalTo(g), 1.0).otherwise(0.0))
          .withColumn("weight", org.apache.spark.sql.functions.when(
              org.apache.spark.sql.functions.col("goal").equalTo(g), wPos).otherwise(wNeg));
      LogisticRegressionModel m = new LogisticRegression().setRegParam(regParam).setElasticNetParam(0)
          .setStandardization(false).setWeightCol("weight").setMaxIter(200).setTol(1e-7).fit(binary);
      Vector c = m.coefficients();
      for (int i = 0; i < vocabulary.size(); i++) {
        weights[i][g - 1] = (float) c.apply(i);
      }
      intercepts[g - 1] = m.intercept();
      thresholds[g - 1] = 0.5; // class-balanced training: 0.5 is the balanced operating point
      LOG.info("trained SDG {}: {} positive of {} texts", g, (long) pos, n);
    }
    data.unpersist();
    return new SdgModel(index, idf, weights, intercepts, thresholds);
  }
}
