package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.vlrobs.classify.SdgClassifier;
import org.vlrobs.classify.SdgLabel;
import org.vlrobs.classify.ThemeClassifier;
import org.vlrobs.tables.RowCodec;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.tables.TableStore;
import org.vlrobs.tables.Tables;
import picocli.CommandLine.Option;

/**
 * Stage 3, classify: {@code passages} → {@code passage_sdgs}, {@code passage_themes} and
 * {@code document_sdg_profile}. One {@link SdgClassifier} (model and lexicon, loaded from the jar; with
 * {@code --sdg-method ensemble}, one ONNX session per JVM for the sentence embeddings) and one
 * {@link ThemeClassifier} per partition; passages are classified in batches of {@link SdgClassifier#BATCH}.
 *
 * <pre>spark-submit --class org.vlrobs.jobs.ClassifyJob vlr-jobs-cluster.jar --out hdfs:///vlr/out</pre>
 */
public final class ClassifyJob implements Stage {
  private static final RowCodec SDG = RowCodec.of(Tables.PASSAGE_SDGS);
  private static final RowCodec THEME = RowCodec.of(Tables.PASSAGE_THEMES);

  /** Options of the classify stage. */
  public static final class Options {
    @Option(names = "--sdg-method", defaultValue = "fast", description = "classify stage: fast (references, lexicon, "
        + "TF-IDF model) or ensemble (plus sentence embeddings, target similarity and keyword systems, for English "
        + "passages: more accurate, slower; see models/sdg-classifier/MODEL_CARD.md) (default ${DEFAULT-VALUE})")
    public SdgClassifier.Method sdgMethod = SdgClassifier.DEFAULT_METHOD;
  }

  private final Options options = new Options();

  public static void main(String[] args) {
    System.exit(StageCommand.main(new ClassifyJob(), args));
  }

  @Override
  public String name() {
    return "classify";
  }

  @Override
  public String description() {
    return "Label every passage with SDGs 1-17 and VLR themes, with scores and evidence "
        + "(passages -> passage_sdgs, passage_themes, document_sdg_profile, document_themes).";
  }

  @Override
  public List<TableSchema> reads() {
    return List.of(Tables.PASSAGES);
  }

  @Override
  public List<TableSchema> writes() {
    return List.of(Tables.PASSAGE_SDGS, Tables.PASSAGE_THEMES, Tables.DOCUMENT_SDG_PROFILE, Tables.DOCUMENT_THEMES);
  }

  @Override
  public Options options() {
    return options;
  }

  /** Runs the stage outside a pipeline run (tests, benchmarks) with the default SDG method. */
  public static void run(SparkSession spark, String out) throws IOException {
    run(spark, out, SdgClassifier.DEFAULT_METHOD);
  }

  /** Runs the stage outside a pipeline run (tests, benchmarks) with an SDG method. */
  public static void run(SparkSession spark, String out, SdgClassifier.Method method) throws IOException {
    ClassifyJob job = new ClassifyJob();
    job.options.sdgMethod = method;
    job.run(StageContext.of(spark, out));
  }

  @Override
  public StageResult run(StageContext context) throws IOException {
    TableStore store = context.store();
    SdgClassifier.Method method = options.sdgMethod;
    // a document's labels depend on its passages (content id, language, status), the models and the method
    Dataset<Row> docs = store.read(Tables.DOCUMENTS)
        .filter(col("status").isin(ExtractJob.STATUSES_WITH_PAGES.toArray()));
    DocumentDelta delta = DocumentDelta.of(context, name(), docs.select(col("doc_id"),
        sha2(concat_ws("|", col("doc_id"), coalesce(col("language"), lit("")), col("status"), lit(modelDigest(method))), 256)
            .as("fingerprint")), writes());
    if (delta.unchanged()) { // no document new, changed or removed: the tables stay as they are
      return delta.result();
    }
    Dataset<Row> passages = delta.read(Tables.PASSAGES, "doc_id")
        .select("passage_id", "doc_id", "heading", "text", "language");
    MapPartitionsFunction<Row, Row> classify = rows -> {
      SdgClassifier classifier = sdgClassifier(method); // once per JVM (executor), shared by its threads
      return Partitions.flatMap(Partitions.batches(rows, SdgClassifier.BATCH), batch -> {
        List<SdgClassifier.Input> inputs = new ArrayList<>(batch.size());
        for (Row p : batch) {
          inputs.add(new SdgClassifier.Input(RowCodec.string(p, "text"), RowCodec.string(p, "heading"),
              RowCodec.string(p, "language")));
        }
        List<List<SdgLabel>> labels = classifier.classifyAll(inputs);
        List<Row> rows17 = new ArrayList<>(17 * batch.size());
        for (int i = 0; i < batch.size(); i++) {
          Row p = batch.get(i);
          for (SdgLabel l : labels.get(i)) {
            rows17.add(SDG.row().set("passage_id", RowCodec.string(p, "passage_id"))
                .set("doc_id", RowCodec.string(p, "doc_id")).set("sdg", l.sdg()).set("score", l.score())
                .set("label", l.label()).set("methods", l.methods()).set("targets", l.targets())
                .set("evidence", l.evidence()).build());
          }
        }
        return rows17;
      });
    };

    MapPartitionsFunction<Row, Row> themes = rows -> {
      ThemeClassifier classifier = themeClassifier(); // once per JVM (executor), shared by its threads
      return Partitions.flatMap(rows, p -> {
        List<Row> found = new ArrayList<>();
        for (ThemeClassifier.ThemeLabel t : classifier.classify(RowCodec.string(p, "text"),
            RowCodec.string(p, "language"))) {
          found.add(THEME.row().set("passage_id", RowCodec.string(p, "passage_id"))
              .set("doc_id", RowCodec.string(p, "doc_id")).set("theme", t.theme()).set("score", t.score())
              .set("label", t.label()).set("evidence", t.evidence()).build());
        }
        return found;
      });
    };
    delta.writeAll(new DocumentDelta.Write(Tables.PASSAGE_SDGS, passages.mapPartitions(classify, SDG.encoder()), "doc_id"),
        new DocumentDelta.Write(Tables.PASSAGE_THEMES, passages.mapPartitions(themes, THEME.encoder()), "doc_id"));

    Dataset<Row> written = delta.read(Tables.PASSAGE_SDGS, "doc_id");
    Dataset<Row> tokens = delta.read(Tables.PASSAGES, "doc_id").select("passage_id", "n_tokens");
    // sums in passage order, so that the figures do not depend on how the rows were partitioned
    Dataset<Row> profile = written.join(tokens, "passage_id")
        .groupBy("doc_id", "sdg")
        .agg(array_sort(collect_list(struct(col("passage_id"), col("score"), col("label"), col("n_tokens")))).as("ps"))
        .withColumn("n_passages", expr("cast(size(ps) as long)"))
        .withColumn("n_labelled", expr("aggregate(ps, 0L, (a, p) -> a + if(p.label, 1L, 0L))"))
        .withColumn("weighted_score", expr("aggregate(ps, 0D, (a, p) -> a + p.score * p.n_tokens) "
            + "/ aggregate(ps, 0L, (a, p) -> a + p.n_tokens)"))
        .withColumn("share_passages", col("n_labelled").divide(col("n_passages")))
        .drop("ps")
        .na().fill(0.0, new String[] {"weighted_score"});
    // labelled passages per document and theme, from the rows just written ((passage_id, theme) is the key)
    Dataset<Row> documentThemes = delta.read(Tables.PASSAGE_THEMES, "doc_id").filter(col("label"))
        .groupBy("doc_id", "theme").agg(org.apache.spark.sql.functions.count(lit(1)).as("passages"));
    delta.writeAll(new DocumentDelta.Write(Tables.DOCUMENT_SDG_PROFILE, profile, "doc_id"),
        new DocumentDelta.Write(Tables.DOCUMENT_THEMES, documentThemes, "doc_id"));
    delta.commit();
    return delta.result();
  }

  /**
   * The classifiers of this JVM (an executor, or the driver in a local run), read from the jar once per method
   * and shared by the executor's threads: they are immutable once built (final fields, maps filled by their
   * constructors; the ONNX session was already one per JVM). Reading the SDG models costs about a quarter to
   * half a second of CPU (more in a new JVM, where the reading code is still interpreted), a fixed cost of every
   * run however few documents it classifies; a yearly run's two tasks on two cores each read them (one copy per
   * thread until this), which on a small machine takes the CPU from the rest of the run. A task that finds the
   * models being read by another waits for that copy.
   */
  private static final java.util.Map<SdgClassifier.Method, SdgClassifier> SDG_CLASSIFIERS =
      new java.util.EnumMap<>(SdgClassifier.Method.class);
  private static ThemeClassifier themeClassifier;

  private static SdgClassifier sdgClassifier(SdgClassifier.Method method) {
    synchronized (SDG_CLASSIFIERS) {
      return SDG_CLASSIFIERS.computeIfAbsent(method, SdgClassifier::load);
    }
  }

  private static synchronized ThemeClassifier themeClassifier() {
    if (themeClassifier == null) {
      themeClassifier = ThemeClassifier.load();
    }
    return themeClassifier;
  }

  /** Digests of the packaged models, and the SDG method: a new model or method reclassifies every document. */
  static String modelDigest(SdgClassifier.Method method) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String m : RunManifest.MODELS) {
      b.append(RunManifest.digest(m)).append(';');
    }
    return b.append(method).toString();
  }
}
