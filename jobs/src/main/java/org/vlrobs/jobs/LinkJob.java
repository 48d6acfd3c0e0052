package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.link.CoreNlpLocationTagger;
import org.vlrobs.link.IntegrationScorer;
import org.vlrobs.link.MentionType;
import org.vlrobs.link.VlrCatalog;
import org.vlrobs.link.VnrLinker;
import org.vlrobs.metadata.M49;
import org.vlrobs.tables.RowCodec;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.tables.TableStore;
import org.vlrobs.tables.Tables;
import picocli.CommandLine.Option;

/**
 * Stage 4, link: VNR passages → {@code vlr_mentions}, then per VNR → {@code vnr_integration} and
 * {@code vnr_vlr_links}. The VLR catalogue (one small row of metadata and SDG profile per VLR, no text)
 * is gathered once and broadcast; each partition builds one {@link VnrLinker}; the NER model, when used,
 * is loaded once per executor JVM.
 *
 * <pre>spark-submit --class org.vlrobs.jobs.LinkJob vlr-jobs-cluster.jar --out hdfs:///vlr/out</pre>
 */
public final class LinkJob implements Stage {
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

  /** Options of the link stage. */
  public static final class Options {
    @Option(names = "--ner", defaultValue = "auto", description = "link stage: English place names also by CoreNLP "
        + "NER: auto (when the CoreNLP models jar is on the classpath), on, off (default ${DEFAULT-VALUE})")
    public Ner ner = Ner.AUTO;
  }

  private static final RowCodec MENTION = RowCodec.of(Tables.VLR_MENTIONS);
  private static final RowCodec INTEGRATION = RowCodec.of(Tables.VNR_INTEGRATION);
  private static final RowCodec LINK = RowCodec.of(Tables.VNR_VLR_LINKS);

  private final Options options = new Options();

  public static void main(String[] args) {
    System.exit(StageCommand.main(new LinkJob(), args));
  }

  @Override
  public String name() {
    return "link";
  }

  @Override
  public String description() {
    return "Find how VNRs cite, feature, annex and integrate local reviews, resolve the cited localities to "
        + "VLRs and score each VNR (passages, documents, document_sdg_profile -> vlr_mentions, vnr_integration, "
        + "vnr_vlr_links).";
  }

  @Override
  public List<TableSchema> reads() {
    return List.of(Tables.DOCUMENTS, Tables.PASSAGES, Tables.DOCUMENT_SDG_PROFILE);
  }

  @Override
  public List<TableSchema> writes() {
    return List.of(Tables.VLR_MENTIONS, Tables.VNR_INTEGRATION, Tables.VNR_VLR_LINKS);
  }

  @Override
  public Options options() {
    return options;
  }

  @Override
  public void validate() {
    options.ner.enabled(); // --ner on without the models jar: say so before any stage runs
  }

  /** Runs the stage outside a pipeline run (tests, benchmarks). */
  public static void run(SparkSession spark, String out, Ner nerMode) throws IOException {
    LinkJob job = new LinkJob();
    job.options.ner = nerMode;
    job.run(StageContext.of(spark, out));
  }

  @Override
  public StageResult run(StageContext context) throws IOException {
    SparkSession spark = context.spark();
    TableStore store = context.store();
    boolean useNer = options.ner.enabled();
    Dataset<Row> docs = store.read(Tables.DOCUMENTS)
        .filter(col("status").equalTo("ok"));
    Dataset<Row> profiles = store.read(Tables.DOCUMENT_SDG_PROFILE)
        .groupBy("doc_id")
        .agg(expr("transform(sort_array(collect_list(struct(sdg, share_passages))), x -> x.share_passages)").as("profile"));

    // One entry per distinct VLR report (of same-text twins, the smallest id): metadata and 17 numbers each.
    Dataset<Row> vlrs = docs.filter(col("kind").equalTo("VLR")
            .and(col("same_text_as").isNull().or(col("doc_id").lt(col("same_text_as")))))
        .join(profiles, scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "left")
        .select("doc_id", "country", "locality", "year", "profile");
    List<VlrCatalog.VlrRef> refs = new ArrayList<>();
    for (Row r : vlrs.collectAsList()) {
      refs.add(new VlrCatalog.VlrRef(RowCodec.string(r, "doc_id"), RowCodec.string(r, "country"),
          RowCodec.string(r, "locality"), RowCodec.integer(r, "year"), RowCodec.doubles(r, "profile")));
    }
    VlrCatalog catalog = new VlrCatalog(refs);
    Broadcast<VlrCatalog> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(catalog);
    LOG.info("link: {} VLRs in the catalogue; NER {}", refs.size(), useNer ? "on" : "off");

    Dataset<Row> vnrs = docs.filter(col("kind").equalTo("VNR"))
        .select("doc_id", "file_name", "country", "year", "language");
    Dataset<Row> passages = store.read(Tables.PASSAGES)
        .join(vnrs.select("doc_id", "country", "year"), "doc_id")
        .select("passage_id", "doc_id", "page_no", "heading", "text", "language", "country", "year");
    org.apache.spark.util.LongAccumulator failed = spark.sparkContext().longAccumulator("passages not analysed");
    MapPartitionsFunction<Row, Row> find = rows -> {
      boolean nerHere = useNer && CoreNlpLocationTagger.available();
      VnrLinker linker = new VnrLinker(shared.value(), nerHere ? CoreNlpLocationTagger.shared() : null);
      return Partitions.flatMap(rows, p -> {
        List<Row> found = new ArrayList<>();
        List<VnrLinker.Evidence> evidence;
        String passageId = RowCodec.string(p, "passage_id");
        String docId = RowCodec.string(p, "doc_id");
        try {
          evidence = linker.analyse(RowCodec.string(p, "text"), RowCodec.string(p, "heading"),
              RowCodec.string(p, "language"), RowCodec.string(p, "country"), RowCodec.integer(p, "year"));
        } catch (RuntimeException | StackOverflowError e) { // one odd passage must not stop the corpus
          LOG.warn("link: passage {} of {} not analysed: {}", passageId, docId, e.toString());
          failed.add(1);
          return found;
        }
        for (VnrLinker.Evidence e : evidence) {
          found.add(MENTION.row().set("doc_id", docId).set("passage_id", passageId)
              .set("page_no", RowCodec.intValue(p, "page_no")).set("mention_type", e.type().code())
              .set("matched_text", e.matchedText()).set("localities", e.localities())
              .set("linked_vlr_doc_ids", e.linkedVlrDocIds()).set("confidence", e.confidence()).set("rule", e.rule())
              .build());
        }
        return found;
      });
    };
    store.write(Tables.VLR_MENTIONS, passages.mapPartitions(find, MENTION.encoder()));
    if (failed.value() > 0) {
      LOG.warn("link: {} passages could not be analysed (see the warnings above); their VNRs may be scored low",
          failed.value());
    }

    Dataset<Row> evidence = store.read(Tables.VLR_MENTIONS)
        .join(store.read(Tables.PASSAGES).select("passage_id", "ordinal"), "passage_id")
        .groupBy("doc_id")
        .agg(collect_list(struct("passage_id", "ordinal", "mention_type", "localities", "linked_vlr_doc_ids")).as("evidence"));
    Dataset<Row> perVnr = vnrs
        .join(profiles, scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "left")
        .join(evidence, scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "left")
        .select("doc_id", "file_name", "country", "year", "language", "profile", "evidence")
        .cache();

    MapPartitionsFunction<Row, Row> score = rows -> {
      IntegrationScorer scorer = new IntegrationScorer(shared.value());
      return Partitions.flatMap(rows, r -> {
        IntegrationScorer.Integration i = scorer.score(vnr(r), found(r));
        return List.of(INTEGRATION.row().set("doc_id", i.docId()).set("file_name", RowCodec.string(r, "file_name"))
            .set("country", i.country()).set("region", M49.region(i.country())).set("year", i.year())
            .set("language", RowCodec.string(r, "language"))
            .set("lrg", i.has(MentionType.LRG)).set("cited", i.has(MentionType.CITED))
            .set("featured", i.has(MentionType.FEATURED)).set("annexed", i.has(MentionType.ANNEXED))
            .set("integrated", i.has(MentionType.INTEGRATED)).set("level", i.level())
            .set("localities", i.localities()).set("linked_vlr_doc_ids", i.linkedVlrDocIds())
            .set("n_mentions", i.nMentions()).set("vlrs_in_country_before", i.vlrsInCountryBefore())
            .set("share_linked", i.shareLinked()).set("sdg_alignment", i.sdgAlignment())
            .set("alignment_basis", i.alignmentBasis()).build());
      });
    };
    store.write(Tables.VNR_INTEGRATION, perVnr.mapPartitions(score, INTEGRATION.encoder()));

    MapPartitionsFunction<Row, Row> edges = rows -> {
      IntegrationScorer scorer = new IntegrationScorer(shared.value());
      VlrCatalog c = shared.value();
      return Partitions.flatMap(rows, r -> {
        List<Row> links = new ArrayList<>();
        for (IntegrationScorer.Link l : scorer.links(vnr(r), found(r))) {
          VlrCatalog.VlrRef vlr = c.byId(l.vlrDocId());
          links.add(LINK.row().set("vnr_doc_id", l.vnrDocId()).set("vlr_doc_id", l.vlrDocId())
              .set("locality", l.locality()).set("link_type", l.linkType().code())
              .set("evidence_passage_id", l.evidencePassageId()).set("vnr_country", RowCodec.string(r, "country"))
              .set("vnr_year", RowCodec.integer(r, "year")).set("vlr_year", vlr == null ? null : vlr.year()).build());
        }
        return links;
      });
    };
    store.write(Tables.VNR_VLR_LINKS, perVnr.mapPartitions(edges, LINK.encoder()));
    perVnr.unpersist();
    return StageResult.of(store.read(Tables.VNR_INTEGRATION).count(), 0);
  }

  private static IntegrationScorer.Vnr vnr(Row r) {
    return new IntegrationScorer.Vnr(RowCodec.string(r, "doc_id"), RowCodec.string(r, "country"),
        RowCodec.integer(r, "year"), RowCodec.doubles(r, "profile"));
  }

  private static List<IntegrationScorer.Found> found(Row r) {
    List<Row> evidence = RowCodec.list(r, "evidence");
    if (evidence == null) {
      return List.of();
    }
    List<IntegrationScorer.Found> out = new ArrayList<>();
    for (Row e : evidence) {
      out.add(new IntegrationScorer.Found(RowCodec.string(e, "passage_id"), RowCodec.intValue(e, "ordinal"),
          MentionType.valueOf(RowCodec.string(e, "mention_type").toUpperCase(Locale.ROOT)),
          RowCodec.strings(e, "localities"), RowCodec.strings(e, "linked_vlr_doc_ids")));
    }
    return out;
  }
}
