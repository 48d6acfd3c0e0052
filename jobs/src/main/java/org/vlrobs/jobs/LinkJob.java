package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.link.CoreNlpLocationTagger;
import org.vlrobs.link.IntegrationScorer;
import org.vlrobs.link.MentionType;
import org.vlrobs.link.VlrCatalog;
import org.vlrobs.link.VnrLinker;
import org.vlrobs.metadata.M49;
import org.vlrobs.tables.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Stage 4, link: VNR passages → {@code vlr_mentions}, then per VNR → {@code vnr_integration} and
 * {@code vnr_vlr_links}. The VLR catalogue (one small row of metadata and SDG profile per VLR, no text)
 * is gathered once and broadcast; each partition builds one {@link VnrLinker}; the NER model, when used,
 * is loaded once per executor JVM.
 *
 * <pre>spark-submit --class org.vlrobs.jobs.LinkJob vlr-jobs-cluster.jar --out hdfs:///vlr/out</pre>
 */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = "Find how VNRs cite, feature, annex and integrate local reviews, resolve the cited localities to "
        + "VLRs and score each VNR (passages, documents, document_sdg_profile → vlr_mentions, vnr_integration, "
        + "vnr_vlr_links).")
public final class LinkJob extends TableStage {
  private static final Logger LOG = LoggerFactory.getLogger(LinkJob.class);

  /** Whether English place names are also sought with CoreNLP NER. */
  public enum Ner {
    /** when the CoreNLP models jar is on the classpath */
    AUTO,
    /** always; fail if the model is missing */
    ON,
    /** never: gazetteer and name patterns only */
    OFF;

    boolean enabled() {
      if (this == ON && !CoreNlpLocationTagger.available()) {
        throw new IllegalArgumentException("--ner on, but the CoreNLP models jar (stanford-corenlp-4.5.10-models.jar) "
            + "is not on the classpath; add it (spark-submit --jars) or use --ner auto|off");
      }
      return this == ON || (this == AUTO && CoreNlpLocationTagger.available());
    }
  }

  @Option(names = "--ner", defaultValue = "auto",
      description = "English place names by CoreNLP NER: auto (when the models jar is present), on, off (default ${DEFAULT-VALUE})")
  Ner ner;

  public static void main(String[] args) {
    System.exit(new CommandLine(new LinkJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }

  @Override
  String appName() {
    return "vlr-link";
  }

  @Override
  void run(SparkSession spark) throws IOException {
    run(spark, out, ner);
  }

  public static void run(SparkSession spark, String out, Ner nerMode) throws IOException {
    boolean useNer = nerMode.enabled();
    Dataset<Row> docs = spark.read().parquet(Spark.tablePath(out, Tables.DOCUMENTS.name()))
        .filter(col("status").equalTo("ok"));
    Dataset<Row> profiles = spark.read().parquet(Spark.tablePath(out, Tables.DOCUMENT_SDG_PROFILE.name()))
        .groupBy("doc_id")
        .agg(expr("transform(sort_array(collect_list(struct(sdg, share_passages))), x -> x.share_passages)").as("profile"));

    // One entry per distinct VLR report (of same-text twins, the smallest id): metadata and 17 numbers each.
    Dataset<Row> vlrs = docs.filter(col("kind").equalTo("VLR")
            .and(col("same_text_as").isNull().or(col("doc_id").lt(col("same_text_as")))))
        .join(profiles, scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "left")
        .select("doc_id", "country", "locality", "year", "profile");
    List<VlrCatalog.VlrRef> refs = new ArrayList<>();
    for (Row r : vlrs.collectAsList()) {
      refs.add(new VlrCatalog.VlrRef(r.getString(0), r.getString(1), r.getString(2),
          r.isNullAt(3) ? null : r.getInt(3), profile(r, 4)));
    }
    VlrCatalog catalog = new VlrCatalog(refs);
    Broadcast<VlrCatalog> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(catalog);
    LOG.info("link: {} VLRs in the catalogue; NER {}", refs.size(), useNer ? "on" : "off");

    Dataset<Row> vnrs = docs.filter(col("kind").equalTo("VNR"))
        .select("doc_id", "file_name", "country", "year", "language");
    // Each VNR's passages in order, one document after another in a partition: the linker carries a small
    // context (no passage text) from one passage to the next and starts afresh at each new document.
    Dataset<Row> allPassages = spark.read().parquet(Spark.tablePath(out, Tables.PASSAGES.name()));
    boolean hasRole = java.util.Arrays.asList(allPassages.columns()).contains("role");
    Dataset<Row> passages = allPassages
        .join(vnrs.select("doc_id", "country", "year"), "doc_id")
        .select(col("passage_id"), col("doc_id"), col("page_no"), col("ordinal"), col("heading"), col("text"),
            col("language"), col("country"), col("year"),
            hasRole ? col("role") : org.apache.spark.sql.functions.lit(null).cast("string").as("role"))
        .repartition(col("doc_id"))
        .sortWithinPartitions("doc_id", "ordinal");
    org.apache.spark.util.LongAccumulator failed = spark.sparkContext().longAccumulator("passages not analysed");
    MapPartitionsFunction<Row, Row> find = rows -> {
      boolean nerHere = useNer && CoreNlpLocationTagger.available();
      VnrLinker linker = new VnrLinker(shared.value(), nerHere ? CoreNlpLocationTagger.shared() : null);
      String[] doc = {null};
      org.vlrobs.link.MentionRules.Context[] ctx = {null};
      return flatMap(rows, p -> {
        String docId = p.getAs("doc_id");
        if (!docId.equals(doc[0])) {
          doc[0] = docId;
          ctx[0] = org.vlrobs.link.MentionRules.newDocument();
        }
        String passageId = p.getAs("passage_id");
        Integer year = p.getAs("year");
        List<Row> found = new ArrayList<>();
        List<VnrLinker.Evidence> evidence;
        try {
          evidence = linker.analyse(p.getAs("text"), p.getAs("heading"), p.getAs("language"), p.getAs("role"), ctx[0],
              p.getAs("country"), year);
        } catch (RuntimeException | StackOverflowError e) { // one odd passage must not stop the corpus
          LOG.warn("link: passage {} of {} not analysed: {}", passageId, docId, e.toString());
          failed.add(1);
          return found;
        }
        int page = p.<Integer>getAs("page_no");
        for (VnrLinker.Evidence e : evidence) {
          found.add(RowFactory.create(docId, passageId, page, e.type().code(), e.matchedText(),
              e.localities().toArray(new String[0]), e.linkedVlrDocIds().toArray(new String[0]), e.confidence(), e.rule()));
        }
        return found;
      });
    };
    Spark.writeTable(spark, passages.mapPartitions(find, Encoders.row(Tables.VLR_MENTIONS.struct())),
        Tables.VLR_MENTIONS, out);
    if (failed.value() > 0) {
      LOG.warn("link: {} passages could not be analysed (see the warnings above); their VNRs may be scored low",
          failed.value());
    }

    Dataset<Row> evidence = spark.read().parquet(Spark.tablePath(out, Tables.VLR_MENTIONS.name()))
        .join(spark.read().parquet(Spark.tablePath(out, Tables.PASSAGES.name())).select("passage_id", "ordinal"), "passage_id")
        .groupBy("doc_id")
        .agg(collect_list(struct("passage_id", "ordinal", "mention_type", "localities", "linked_vlr_doc_ids")).as("evidence"));
    Dataset<Row> perVnr = vnrs
        .join(profiles, scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "left")
        .join(evidence, scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "left")
        .select("doc_id", "file_name", "country", "year", "language", "profile", "evidence")
        .cache();

    MapPartitionsFunction<Row, Row> score = rows -> {
      IntegrationScorer scorer = new IntegrationScorer(shared.value());
      return flatMap(rows, r -> {
        IntegrationScorer.Integration i = scorer.score(vnr(r), found(r));
        return List.of(RowFactory.create(i.docId(), r.getString(1), i.country(), M49.region(i.country()), i.year(),
            r.getString(4),
            i.has(MentionType.LRG), i.has(MentionType.CITED), i.has(MentionType.FEATURED), i.has(MentionType.ANNEXED),
            i.has(MentionType.INTEGRATED), i.level(), i.localities().toArray(new String[0]),
            i.linkedVlrDocIds().toArray(new String[0]), i.nMentions(), i.vlrsInCountryBefore(), i.shareLinked(),
            i.sdgAlignment(), i.alignmentBasis()));
      });
    };
    Spark.writeTable(spark, perVnr.mapPartitions(score, Encoders.row(Tables.VNR_INTEGRATION.struct())),
        Tables.VNR_INTEGRATION, out);

    Spark.writeTable(spark, evidenceQuotes(spark, out, vnrs), Tables.VNR_INTEGRATION_EVIDENCE, out);

    MapPartitionsFunction<Row, Row> edges = rows -> {
      IntegrationScorer scorer = new IntegrationScorer(shared.value());
      VlrCatalog c = shared.value();
      return flatMap(rows, r -> {
        List<Row> links = new ArrayList<>();
        for (IntegrationScorer.Link l : scorer.links(vnr(r), found(r))) {
          VlrCatalog.VlrRef vlr = c.byId(l.vlrDocId());
          links.add(RowFactory.create(l.vnrDocId(), l.vlrDocId(), l.locality(), l.linkType().code(),
              l.evidencePassageId(), r.getString(2), r.isNullAt(3) ? null : r.getInt(3), vlr == null ? null : vlr.year()));
        }
        return links;
      });
    };
    Spark.writeTable(spark, perVnr.mapPartitions(edges, Encoders.row(Tables.VNR_VLR_LINKS.struct())),
        Tables.VNR_VLR_LINKS, out);
    perVnr.unpersist();
  }

  /**
   * Up to three quotes per VNR and flag, the most confident first and then in document order, with page and
   * passage: what {@code vnr_integration_evidence} holds. A window over the mentions, in Spark.
   */
  static Dataset<Row> evidenceQuotes(SparkSession spark, String out, Dataset<Row> vnrs) {
    Dataset<Row> mentions = spark.read().parquet(Spark.tablePath(out, Tables.VLR_MENTIONS.name()))
        .join(spark.read().parquet(Spark.tablePath(out, Tables.PASSAGES.name())).select("passage_id", "ordinal"),
            "passage_id")
        .join(vnrs.select("doc_id", "file_name"), "doc_id");
    org.apache.spark.sql.expressions.WindowSpec w = org.apache.spark.sql.expressions.Window
        .partitionBy("doc_id", "mention_type").orderBy(col("confidence").desc(), col("ordinal"), col("passage_id"));
    return mentions.withColumn("rank", org.apache.spark.sql.functions.row_number().over(w))
        .filter(col("rank").leq(3))
        .select(col("doc_id"), col("file_name"), col("mention_type").as("flag"), col("rank"),
            col("matched_text").as("quote"), col("page_no"), col("passage_id"), col("rule"), col("localities"));
  }

  private static double[] profile(Row r, int i) {
    if (r.isNullAt(i)) {
      return null;
    }
    List<Double> values = r.getList(i);
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static IntegrationScorer.Vnr vnr(Row r) {
    return new IntegrationScorer.Vnr(r.getString(0), r.getString(2), r.isNullAt(3) ? null : r.getInt(3), profile(r, 5));
  }

  private static List<IntegrationScorer.Found> found(Row r) {
    if (r.isNullAt(6)) {
      return List.of();
    }
    List<IntegrationScorer.Found> out = new ArrayList<>();
    for (Row e : r.<Row>getList(6)) {
      out.add(new IntegrationScorer.Found(e.getString(0), e.getInt(1),
          MentionType.valueOf(e.getString(2).toUpperCase(Locale.ROOT)),
          Arrays.asList(strings(e, 3)), Arrays.asList(strings(e, 4))));
    }
    return out;
  }

  private static String[] strings(Row r, int i) {
    return r.getList(i).stream().map(Object::toString).toArray(String[]::new);
  }
}
