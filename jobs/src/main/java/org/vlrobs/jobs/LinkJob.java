package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;
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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
    return List.of(Tables.VLR_MENTIONS, Tables.VNR_INTEGRATION, Tables.VNR_VLR_LINKS, Tables.VNR_INTEGRATION_EVIDENCE);
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
    // the SDG profiles, the VLR catalogue and the fingerprints are a few small rows per document: small work
    // (the delta then decides for the VNRs' passages)
    context.smallWork(true);
    Dataset<Row> docs = store.read(Tables.DOCUMENTS)
        .filter(col("status").equalTo("ok"));
    // one small row per document (17 numbers), used three times: a snapshot, not three scans and aggregations
    Dataset<Row> profiles = store.read(Tables.DOCUMENT_SDG_PROFILE)
        .groupBy("doc_id")
        .agg(expr("transform(sort_array(collect_list(struct(sdg, share_passages))), x -> x.share_passages)").as("profile"))
        .localCheckpoint();

    // One entry per distinct VLR report (of same-text twins, the smallest id): metadata and 17 numbers each.
    Dataset<Row> vlrs = docs.filter(col("kind").equalTo("VLR")
            .and(col("same_text_as").isNull().or(col("doc_id").lt(col("same_text_as")))))
        .join(profiles, scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "left")
        .select("doc_id", "country", "locality", "year", "profile")
        .orderBy("doc_id");
    List<VlrCatalog.VlrRef> refs = new ArrayList<>();
    for (Row r : vlrs.collectAsList()) {
      refs.add(new VlrCatalog.VlrRef(RowCodec.string(r, "doc_id"), RowCodec.string(r, "country"),
          RowCodec.string(r, "locality"), RowCodec.integer(r, "year"), RowCodec.doubles(r, "profile")));
    }
    VlrCatalog catalog = new VlrCatalog(refs);
    Broadcast<VlrCatalog> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(catalog);
    LOG.info("link: {} VLRs in the catalogue; NER {}", refs.size(), useNer ? "on" : "off");

    Dataset<Row> allVnrs = docs.filter(col("kind").equalTo("VNR"))
        .select("doc_id", "file_name", "country", "year", "language");
    DocumentDelta delta = DocumentDelta.of(context, name(), fingerprints(spark, allVnrs, profiles, catalog, refs, useNer),
        List.of(Tables.VLR_MENTIONS, Tables.VNR_INTEGRATION, Tables.VNR_VLR_LINKS, Tables.VNR_INTEGRATION_EVIDENCE));
    if (delta.unchanged()) { // no document new, changed or removed: the tables stay as they are
      return delta.result();
    }
    if (useNer && delta.processed() > 0 && spark.sparkContext().isLocal() && CoreNlpLocationTagger.available()) {
      // a local run's tasks use this JVM's tagger: its model (most of a second to read) is loaded now, in the
      // background, while the driver finds the files to update and plans the linking; a task that needs it first
      // waits for it (class initialisation)
      Thread load = new Thread(() -> {
        try {
          CoreNlpLocationTagger.shared();
        } catch (RuntimeException | Error e) { // the task that needs it reports the failure
          LOG.warn("link: the NER model could not be loaded: {}", e.toString());
        }
      }, "vlr-ner-load");
      load.setDaemon(true);
      load.start();
    }
    // the files of the four tables holding rows of the VNRs re-linked: one search for all four
    java.util.Map<TableSchema, String> idColumns = new java.util.LinkedHashMap<>();
    idColumns.put(Tables.VLR_MENTIONS, "doc_id");
    idColumns.put(Tables.VNR_INTEGRATION_EVIDENCE, "doc_id");
    idColumns.put(Tables.VNR_INTEGRATION, "doc_id");
    idColumns.put(Tables.VNR_VLR_LINKS, "vnr_doc_id");
    delta.locateStale(idColumns);
    Dataset<Row> vnrs = delta.select(allVnrs, "doc_id");
    // Each VNR's passages in order, one document after another in a partition: the linker carries a small
    // context (no passage text) from one passage to the next and starts afresh at each new document.
    Dataset<Row> allPassages = delta.read(Tables.PASSAGES, "doc_id"); // of the VNRs to do (files holding them)
    boolean hasRole = java.util.Arrays.asList(allPassages.columns()).contains("role");
    Dataset<Row> passages = allPassages
        .join(vnrs.select("doc_id", "country", "year"), "doc_id")
        .select(col("passage_id"), col("doc_id"), col("page_no"), col("ordinal"), col("heading"), col("text"),
            col("language"), col("country"), col("year"),
            hasRole ? col("role") : org.apache.spark.sql.functions.lit(null).cast("string").as("role"))
        // a number of partitions, not just a key: adaptive execution would coalesce a few VNRs' passages (a small
        // input, heavy work) into one partition, and link them one after another on one core
        .repartition(Math.max(1, 2 * spark.sparkContext().defaultParallelism()), col("doc_id"))
        .sortWithinPartitions("doc_id", "ordinal");
    org.apache.spark.util.LongAccumulator failed = spark.sparkContext().longAccumulator("passages not analysed");
    MapPartitionsFunction<Row, Row> find = rows -> {
      boolean nerHere = useNer && CoreNlpLocationTagger.available();
      VnrLinker linker = new VnrLinker(shared.value(), nerHere ? CoreNlpLocationTagger.shared() : null);
      String[] doc = {null};
      org.vlrobs.link.MentionRules.Context[] ctx = {null};
      return Partitions.flatMap(rows, p -> {
        String passageId = RowCodec.string(p, "passage_id");
        String docId = RowCodec.string(p, "doc_id");
        if (!docId.equals(doc[0])) {
          doc[0] = docId;
          ctx[0] = org.vlrobs.link.MentionRules.newDocument();
        }
        List<Row> found = new ArrayList<>();
        List<VnrLinker.Evidence> evidence;
        try {
          evidence = linker.analyse(RowCodec.string(p, "text"), RowCodec.string(p, "heading"),
              RowCodec.string(p, "language"), RowCodec.string(p, "role"), ctx[0], RowCodec.string(p, "country"),
              RowCodec.integer(p, "year"));
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
    delta.write(Tables.VLR_MENTIONS, passages.mapPartitions(find, MENTION.encoder()), "doc_id");
    if (failed.value() > 0) {
      LOG.warn("link: {} passages could not be analysed (see the warnings above); their VNRs may be scored low",
          failed.value());
    }

    // evidence in passage order (ordinal first), whatever the order of the table's rows
    Dataset<Row> mentions = delta.read(Tables.VLR_MENTIONS, "doc_id")
        .join(delta.read(Tables.PASSAGES, "doc_id").select("passage_id", "ordinal"), "passage_id");
    Dataset<Row> evidence = mentions
        .groupBy("doc_id")
        .agg(array_sort(collect_list(struct("ordinal", "passage_id", "mention_type", "localities",
            "linked_vlr_doc_ids"))).as("evidence"));
    Dataset<Row> perVnr = vnrs
        .join(profiles, scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "left")
        .join(evidence, scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "left")
        .select("doc_id", "file_name", "country", "year", "language", "profile", "evidence")
        // read by two writes: a snapshot made by the first (not a cached query, which a later run with the same
        // plan would find, and whose scans compile column accessors)
        .localCheckpoint(false);
    // the quotes behind each flag (per VNR, so only the VNRs to do) at the same time as the scores
    link(delta, perVnr, shared, new DocumentDelta.Write(Tables.VNR_INTEGRATION_EVIDENCE, evidenceQuotes(mentions, vnrs),
        "doc_id"));
    delta.commit();
    if (!delta.full()) {
      context.progress(name(), "{} VNRs re-linked (new or changed, or their country's VLRs changed), {} reused",
          delta.processed(), delta.reused());
    }
    return delta.result();
  }

  /**
   * Scores each VNR of the delta and writes vnr_integration (with {@code alongside}, an update that does not read
   * it, at the same time) and vnr_vlr_links.
   */
  private static void link(DocumentDelta delta, Dataset<Row> perVnr, Broadcast<VlrCatalog> shared,
      DocumentDelta.Write alongside) throws IOException {
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
    delta.writeAll(alongside,
        new DocumentDelta.Write(Tables.VNR_INTEGRATION, perVnr.mapPartitions(score, INTEGRATION.encoder()), "doc_id"));

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
    delta.write(Tables.VNR_VLR_LINKS, perVnr.mapPartitions(edges, LINK.encoder()), "vnr_doc_id");
  }

  /**
   * What a VNR's rows depend on: its content id and metadata, its SDG profile, the VLRs of its country (all
   * VLRs when its country is unknown), VLR localities that the packaged gazetteer does not know (they become
   * findable names in every VNR), and whether NER is used. A new VLR therefore re-links the VNRs of its
   * country only, unless it brings a locality name the gazetteer did not have.
   */
  static Dataset<Row> fingerprints(SparkSession spark, Dataset<Row> vnrs, Dataset<Row> profiles, VlrCatalog catalog,
      List<VlrCatalog.VlrRef> refs, boolean ner) {
    java.util.Map<String, List<String>> byCountry = new java.util.TreeMap<>();
    List<String> all = new ArrayList<>();
    java.util.SortedSet<String> newNames = new java.util.TreeSet<>();
    org.vlrobs.metadata.LocalityGazetteer packaged = org.vlrobs.metadata.LocalityGazetteer.shared();
    for (VlrCatalog.VlrRef given : refs) {
      VlrCatalog.VlrRef v = catalog.byId(given.docId()) != null ? catalog.byId(given.docId()) : given;
      String line = v.docId() + "|" + v.locality() + "|" + v.year() + "|" + Arrays.toString(v.sdgProfile());
      all.add(line);
      if (v.country() != null) {
        byCountry.computeIfAbsent(v.country(), k -> new ArrayList<>()).add(line);
      }
      if (given.locality() != null && !given.locality().isBlank()) {
        var known = packaged.lookup(given.locality());
        if (known == null || !java.util.Objects.equals(known.country(), given.country())) {
          newNames.add(given.locality() + "|" + given.country());
        }
      }
    }
    StructType countries = new StructType().add("fp_country", DataTypes.StringType).add("country_fp", DataTypes.StringType);
    RowCodec codec = RowCodec.of(countries);
    List<Row> rows = new ArrayList<>();
    byCountry.forEach((c, lines) -> rows.add(codec.row().set("fp_country", c).set("country_fp", sha256(lines)).build()));
    String allFp = sha256(all);
    String rest = sha256(List.copyOf(newNames)) + "|ner=" + ner + "|rules=" + rulesDigest();
    return vnrs.join(profiles, scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(), "left")
        .join(spark.createDataFrame(rows, countries), col("country").equalTo(col("fp_country")), "left")
        .select(col("doc_id"), sha2(concat_ws("|", col("doc_id"), coalesce(col("country"), lit("")),
            coalesce(col("year").cast("string"), lit("")), coalesce(col("language"), lit("")), col("file_name"),
            coalesce(to_json(col("profile")), lit("")),
            when(col("country").isNull(), lit(allFp)).otherwise(coalesce(col("country_fp"), lit("none"))),
            lit(rest)), 256).as("fingerprint"));
  }

  /**
   * What the link rules' version is made of: the review lexicon's files, the packaged gazetteers, the linkage models
   * ({@code models/linkage/<flag>.tsv}) and the compiled rule and model classes.
   */
  static List<String> rulesResources() {
    List<String> out = new ArrayList<>();
    for (String lang : org.vlrobs.lexicon.ReviewLexicon.LANGUAGES) {
      for (org.vlrobs.lexicon.ReviewLexicon.Family f : org.vlrobs.lexicon.ReviewLexicon.Family.values()) {
        out.add("/org/vlrobs/lexicon/" + lang + "/" + f.file());
      }
    }
    out.addAll(List.of("/org/vlrobs/metadata/localities.tsv", "/org/vlrobs/metadata/country-aliases.tsv",
        "/org/vlrobs/link/MentionRules.class", "/org/vlrobs/link/LocalityFinder.class",
        "/org/vlrobs/link/VnrLinker.class", "/org/vlrobs/link/IntegrationScorer.class",
        "/org/vlrobs/link/PassageModel.class", "/org/vlrobs/lexicon/Tokens.class",
        "/org/vlrobs/lexicon/PhraseSet.class", "/org/vlrobs/lexicon/ReviewLexicon.class"));
    for (org.vlrobs.link.MentionType flag : org.vlrobs.link.PassageModel.FLAGS) {
      out.add(org.vlrobs.link.PassageModel.resource(flag));
    }
    return out;
  }

  /**
   * The link rules' version: the digests of {@link #rulesResources()}. A VNR linked under other rules or models is
   * linked again (a lexicon or linkage model change re-links every VNR, as a model change re-classifies every
   * document).
   */
  static String rulesDigest() {
    List<String> parts = new ArrayList<>();
    try {
      for (String r : rulesResources()) {
        parts.add(RunManifest.digest(r));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return sha256(parts);
  }

  private static String sha256(List<String> lines) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      for (String l : lines) {
        md.update(l.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Up to three quotes per VNR and flag, the most confident first and then in document order, with page and
   * passage: what {@code vnr_integration_evidence} holds. A window over the mentions (with their passages'
   * ordinals) of the VNRs given, in Spark.
   */
  static Dataset<Row> evidenceQuotes(Dataset<Row> mentionsWithOrdinal, Dataset<Row> vnrs) {
    Dataset<Row> mentions = mentionsWithOrdinal.join(vnrs.select("doc_id", "file_name"), "doc_id");
    org.apache.spark.sql.expressions.WindowSpec w = org.apache.spark.sql.expressions.Window
        .partitionBy("doc_id", "mention_type").orderBy(col("confidence").desc(), col("ordinal"), col("passage_id"));
    return mentions.withColumn("rank", org.apache.spark.sql.functions.row_number().over(w))
        .filter(col("rank").leq(3))
        .select(col("doc_id"), col("file_name"), col("mention_type").as("flag"), col("rank"),
            col("matched_text").as("quote"), col("page_no"), col("passage_id"), col("rule"), col("localities"));
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
