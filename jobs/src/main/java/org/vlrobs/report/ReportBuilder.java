package org.vlrobs.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.vlrobs.metadata.M49;
import org.vlrobs.tables.RowCodec;
import org.vlrobs.tables.TableSchema;
import org.vlrobs.tables.Tables;

/**
 * Computes the trend report's figures with Spark SQL over the tables (so it runs where the tables are: a
 * laptop, HDFS or S3). Each query aggregates, so only small results reach the driver; the SQL text shown
 * in the report is exactly what ran. Views: every table by name, {@code docs} (documents with status
 * {@code ok}, kind VLR or VNR, one per distinct text) and {@code m49} (country → region).
 */
public final class ReportBuilder {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportBuilder.class);
  private final SparkSession spark;
  private final String out;
  private final int year;

  public ReportBuilder(SparkSession spark, String out, int year) {
    // a session of its own (same Spark context): the views do not leak into the caller's session, and shuffles
    // of the small aggregates go to one partition, like the small tables they read: a query is a chain of single
    // tasks, and an ORDER BY needs no sampling job to split its few rows into ranges (nor generated code to
    // compare them)
    this.spark = spark.newSession();
    this.spark.conf().set("spark.sql.shuffle.partitions", "1");
    // each query one job: adaptive execution would run every shuffle stage of these small queries as a job of
    // its own (about 55 instead of 20); what it adapts (partition sizes, join strategy) does not matter here,
    // where every shuffle follows an aggregation or a join with the small tables held in memory
    this.spark.conf().set("spark.sql.adaptive.enabled", "false");
    // and interpreted: compiling each query's generated code cost more than running it on these small tables
    this.spark.conf().set("spark.sql.codegen.wholeStage", "false");
    this.spark.conf().set("spark.sql.codegen.factoryMode", "NO_CODEGEN");
    this.out = out;
    this.year = year;
  }

  /** The latest publication year in the documents table (the default report year); null if none. */
  public static Integer latestYear(SparkSession spark, String out) {
    Row r = spark.read().schema(Tables.DOCUMENTS.struct())
        .parquet(new Path(new Path(out, "tables"), Tables.DOCUMENTS.name()).toString())
        .filter("status = 'ok' AND kind IN ('VLR', 'VNR')").agg(org.apache.spark.sql.functions.max("year").as("year")).first();
    return r.<Integer>getAs("year");
  }

  /**
   * Tables with a few rows per document (or per VNR, or per VNR passage naming a review): small at any corpus
   * size, so they are read once into memory, in one partition, and every figure query runs on that copy
   * instead of listing and opening the Parquet files again. The figures read only these: counts over pages
   * and passages come from their per-document summaries ({@code document_page_languages},
   * {@code document_themes}, {@code document_sdg_profile}), so the report's cost does not grow with the text.
   */
  static final List<TableSchema> SMALL_TABLES = List.of(Tables.DOCUMENTS, Tables.DOCUMENT_SDG_PROFILE,
      Tables.DOCUMENT_THEMES, Tables.DOCUMENT_PAGE_LANGUAGES, Tables.VNR_INTEGRATION, Tables.VNR_VLR_LINKS,
      Tables.VLR_MENTIONS, Tables.VNR_INTEGRATION_EVIDENCE);

  /** A section of the report, computed by one of the builder's methods. */
  private interface SectionQuery {
    TrendReport.Section compute() throws IOException;
  }

  /**
   * The report. The sections' queries are small jobs whose time is mostly the driver's (planning, scheduling):
   * the sections are computed by a few threads at once (Spark runs concurrent jobs of one session), longest
   * first, and assembled in the report's order.
   */
  public TrendReport build(String runId) throws IOException {
    registerViews();
    List<SectionQuery> inOrder = List.of(this::corpus, this::sdgCoverage, this::themes, this::integration,
        this::quality, this::methodology);
    // integration has six figures, sdg coverage and corpus four, quality three, themes two, methodology one
    List<Integer> longestFirst = List.of(3, 1, 0, 4, 2, 5);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.max(2, Math.min(4, spark.sparkContext().defaultParallelism() + 1)));
    try {
      java.util.Map<Integer, java.util.concurrent.Future<TrendReport.Section>> running = new java.util.HashMap<>();
      for (int i : longestFirst) {
        running.put(i, pool.submit(inOrder.get(i)::compute));
      }
      List<TrendReport.Section> sections = new ArrayList<>();
      for (int i = 0; i < inOrder.size(); i++) {
        sections.add(result(running.get(i)));
      }
      return new TrendReport(year, runId, new Path(out, "tables").toString(), sections);
    } finally {
      pool.shutdownNow(); // the snapshots of the small tables go with the session's views (Spark's context cleaner)
    }
  }

  private static TrendReport.Section result(java.util.concurrent.Future<TrendReport.Section> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while computing the report", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void registerViews() throws IOException {
    Path tables = new Path(out, "tables");
    FileSystem fs = tables.getFileSystem(spark.sparkContext().hadoopConfiguration());
    for (TableSchema t : Tables.all()) {
      Path p = new Path(tables, t.name());
      if (!fs.exists(p)) {
        throw new IOException("table " + t.name() + " is missing under " + tables + ": run the pipeline's stages first");
      }
      var table = spark.read().schema(t.struct()).parquet(p.toString()); // no inference job
      if (SMALL_TABLES.contains(t)) {
        // a snapshot of the rows in memory, taken by the first figure query that reads it (localCheckpoint, not
        // a cached table: scanning Spark's columnar cache compiles a column accessor class for every list of
        // columns read, about 35 compilations per report, even with code generation off)
        table = table.coalesce(1).localCheckpoint(false);
      }
      table.createOrReplaceTempView(t.name());
    }
    spark.sql(query("view-docs")).createOrReplaceTempView("docs");
    List<Row> regions = new ArrayList<>();
    StructType schema = new StructType().add("country", DataTypes.StringType).add("region", DataTypes.StringType);
    org.vlrobs.tables.RowCodec m49 = org.vlrobs.tables.RowCodec.of(schema);
    M49.all().forEach((c, r) -> regions.add(m49.row().set("country", c).set("region", r).build()));
    spark.createDataFrame(regions, schema).createOrReplaceTempView("m49");
  }

  /**
   * Runs the figure's query ({@code queries/<id>.sql} next to this class, {@code {Y}} standing for the report
   * year), whose result is small (aggregated or limited), and returns it as a figure.
   */
  private Figure figure(String id, String title, Figure.Chart chart, Function<List<Row>, String> reading) {
    String q = query(id).replace("{Y}", String.valueOf(year)).strip();
    long t0 = System.nanoTime();
    var result = spark.sql(q);
    List<String> columns = List.of(result.columns());
    List<Row> collected = result.collectAsList();
    List<List<Object>> rows = new ArrayList<>();
    for (Row r : collected) { // the figure's table: every column, in the query's order, taken by name
      List<Object> row = new ArrayList<>(columns.size());
      for (String c : columns) {
        Object v = r.getAs(c);
        row.add(v instanceof scala.collection.Seq<?> s ? new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(s)) : v);
      }
      rows.add(row);
    }
    LOG.info("report: figure {} in {} ms", id, (System.nanoTime() - t0) / 1_000_000);
    return new Figure(id, title, reading.apply(collected), q, columns, rows, chart);
  }

  /** A query of the report, from {@code queries/<name>.sql}. */
  static String query(String name) {
    try (InputStream in = ReportBuilder.class.getResourceAsStream("queries/" + name + ".sql")) {
      if (in == null) {
        throw new IllegalStateException("no query resource queries/" + name + ".sql");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A numeric column of a result row, by name, as a long (0 when null). */
  private static long num(Row r, String column) {
    Number n = r.getAs(column);
    return n == null ? 0 : n.longValue();
  }

  /** A numeric column of a result row, by name, as a double (0 when null). */
  private static double dbl(Row r, String column) {
    Number n = r.getAs(column);
    return n == null ? 0 : n.doubleValue();
  }

  /** A column of a result row, by name, as text ("null" when null). */
  private static String str(Row r, String column) {
    return String.valueOf(r.<Object>getAs(column));
  }

  private TrendReport.Section corpus() {
    Figure byYear = figure("corpus-by-year", "VLRs and VNRs per year",
        new Figure.Chart(Figure.Type.BAR, "year", "kind", "documents", "documents", Figure.Palette.OKABE_ITO),
        rows -> {
          Map<String, Long> total = new TreeMap<>();
          Map<String, Long> inYear = new TreeMap<>();
          Map<String, Long> before = new TreeMap<>();
          for (Row r : rows) {
            String kind = RowCodec.string(r, "kind");
            total.merge(kind, num(r, "documents"), Long::sum);
            if (num(r, "year") == year) {
              inYear.merge(kind, num(r, "documents"), Long::sum);
            } else if (num(r, "year") == year - 1) {
              before.merge(kind, num(r, "documents"), Long::sum);
            }
          }
          return String.format(Locale.ROOT, "Up to %d the corpus holds %d VLRs and %d VNRs with a known year. "
                  + "Published in %d: %d VLRs and %d VNRs (in %d: %d VLRs, %d VNRs).", year,
              total.getOrDefault("VLR", 0L), total.getOrDefault("VNR", 0L), year, inYear.getOrDefault("VLR", 0L),
              inYear.getOrDefault("VNR", 0L), year - 1, before.getOrDefault("VLR", 0L), before.getOrDefault("VNR", 0L));
        });
    Figure byRegion = figure("corpus-by-region", "VLRs and VNRs per world region (UN M49)",
        new Figure.Chart(Figure.Type.BAR, "region", "kind", "documents", "documents", Figure.Palette.OKABE_ITO),
        rows -> "Documents published up to " + year + " (or of unknown year) by the region of their country: "
            + leaders(rows, "region", "documents") + ".");
    Figure byLanguage = figure("corpus-by-language", "VLRs and VNRs per language",
        new Figure.Chart(Figure.Type.BAR, "language", "kind", "documents", "documents", Figure.Palette.OKABE_ITO),
        rows -> "Dominant language of each document: " + leaders(rows, "language", "documents") + ".");
    Figure undated = figure("corpus-undated", "Documents without a known year", null,
        rows -> rows.isEmpty() ? "Every document has a publication year (from the manifest or inferred)."
            : "These documents are counted by region and language but not by year: " + leaders(rows, "kind", "documents") + ".");
    return new TrendReport.Section("corpus", "The corpus", "Documents with status ok, one per distinct text "
        + "(exact copies and the same report in another format counted once).", List.of(byYear, byRegion, byLanguage,
        undated), List.of());
  }

  /** "Europe 8, Latin America and the Caribbean 4": totals of a value column by a key column, largest first. */
  private static String leaders(List<Row> rows, String key, String value) {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (Row r : rows) {
      totals.merge(str(r, key), num(r, value), Long::sum);
    }
    return listOrNone(totals.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " " + e.getValue()));
  }

  private TrendReport.Section sdgCoverage() {
    Figure heatmap = figure("sdg-heatmap", "SDG coverage of each document",
        new Figure.Chart(Figure.Type.HEATMAP, "document", "sdg", "share_passages", "share of passages", null),
        rows -> {
          Map<String, Double> best = new LinkedHashMap<>();
          for (Row r : rows) {
            best.merge("SDG " + str(r, "sdg"), dbl(r, "share_passages"), Double::sum);
          }
          return "Share of each document's passages labelled with each goal (the 60 most recent documents). "
              + "Goals with the most attention summed over these documents: " + top(best, 3, true) + ".";
        });
    Figure byKind = figure("sdg-by-kind", "Mean SDG coverage, VLRs and VNRs",
        new Figure.Chart(Figure.Type.BAR, "sdg", "kind", "mean_share", "mean share of passages", Figure.Palette.OKABE_ITO),
        rows -> {
          Map<String, Double> vlr = new LinkedHashMap<>();
          Map<String, Double> vnr = new LinkedHashMap<>();
          for (Row r : rows) {
            ("VLR".equals(RowCodec.string(r, "kind")) ? vlr : vnr).put("SDG " + str(r, "sdg"), dbl(r, "mean_share"));
          }
          Map<String, Double> gap = new LinkedHashMap<>();
          vlr.forEach((k, v) -> gap.put(k, v - vnr.getOrDefault(k, 0.0)));
          return "Most covered in VLRs: " + top(vlr, 3, true) + "; least: " + top(vlr, 3, false)
              + ". Most covered in VNRs: " + top(vnr, 3, true) + "; least: " + top(vnr, 3, false)
              + ". Goals cities cover more than national reviews: " + top(gap, 3, true) + ".";
        });
    Figure inYear = figure("sdg-in-year", "Goals addressed by the reviews published in the report year",
        new Figure.Chart(Figure.Type.BAR, "sdg", null, "mean_share", "mean share of passages", Figure.Palette.SDG),
        rows -> {
          Map<String, Double> share = new LinkedHashMap<>();
          rows.forEach(r -> share.put("SDG " + str(r, "sdg"), dbl(r, "mean_share")));
          long docs = rows.isEmpty() ? 0 : num(rows.get(0), "documents");
          return rows.isEmpty() ? "No VLR or VNR in the corpus was published in " + year + "."
              : "Over the " + docs + " reviews published in " + year + ", the goals with most attention: "
                  + top(share, 3, true) + "; least: " + top(share, 3, false) + ".";
        });
    Figure byYear = figure("sdg-by-year", "SDG coverage per year, VLRs and VNRs",
        new Figure.Chart(Figure.Type.HEATMAP, "reviews", "sdg", "mean_share", "mean share of passages", null),
        rows -> {
          Map<String, Double> best = new LinkedHashMap<>();
          for (Row r : rows) {
            best.merge(RowCodec.string(r, "reviews"), dbl(r, "mean_share"), (a, b) -> Math.max(a, b));
          }
          Map<String, String> top = new LinkedHashMap<>();
          for (Row r : rows) {
            String reviews = RowCodec.string(r, "reviews");
            if (dbl(r, "mean_share") == best.get(reviews) && !top.containsKey(reviews)) {
              top.put(reviews, "SDG " + str(r, "sdg"));
            }
          }
          List<String> parts = new ArrayList<>();
          top.forEach((k, v) -> parts.add(k + ": " + v));
          return "Mean share of passages per goal for the VLRs and the VNRs of each year. The goal with most "
              + "attention in each group: " + String.join("; ", parts) + ".";
        });
    return new TrendReport.Section("sdgs", "SDG coverage", "A passage is labelled with a goal when the combined "
        + "classifier's score reaches 0.5 (explicit references, section headings, lexicon and the supervised model); "
        + "a document's coverage of a goal is the share of its passages so labelled.", List.of(inYear, heatmap, byKind, byYear),
        List.of());
  }

  /** "SDG 11 (0.41), SDG 17 (0.20)": the n largest (or smallest) values. */
  private static String top(Map<String, Double> values, int n, boolean largest) {
    Comparator<Map.Entry<String, Double>> by = Map.Entry.comparingByValue();
    return listOrNone(values.entrySet().stream().sorted(largest ? by.reversed() : by).limit(n)
        .map(e -> String.format(Locale.ROOT, "%s (%.2f)", e.getKey(), e.getValue())));
  }

  private static String listOrNone(java.util.stream.Stream<String> parts) {
    String joined = String.join(", ", parts.toList());
    return joined.isEmpty() ? "none" : joined;
  }

  private TrendReport.Section themes() {
    Figure overTime = figure("themes-by-year", "Themes over time",
        new Figure.Chart(Figure.Type.LINE, "year", "theme", "share_passages", "share of passages", Figure.Palette.OKABE_ITO),
        rows -> {
          Map<String, Double> inYear = new LinkedHashMap<>();
          for (Row r : rows) {
            if (num(r, "year") == year) {
              inYear.put(RowCodec.string(r, "theme"), dbl(r, "share_passages"));
            }
          }
          return "Share of all passages of each year's documents (VLRs and VNRs) that carry the theme; the seven most "
              + "frequent themes. In " + year + ": " + top(inYear, 3, true) + ".";
        });
    Figure byKind = figure("themes-by-kind", "Themes in VLRs and VNRs",
        new Figure.Chart(Figure.Type.BAR, "theme", "kind", "documents", "documents", Figure.Palette.OKABE_ITO),
        rows -> "Documents with at least one passage on the theme: " + leaders(rows, "theme", "documents") + ".");
    return new TrendReport.Section("themes", "Themes", "Themes of the VLR guidelines (data and indicators, "
        + "participation, multilevel governance, partnerships, financing, leave no one behind, COVID-19 recovery...) "
        + "found by multilingual term lists (models/themes/taxonomy.tsv); a passage carries a theme at score 0.6.",
        List.of(overTime, byKind), List.of());
  }

  private TrendReport.Section integration() {
    Figure levels = figure("vnr-levels-by-year", "VNRs by level of integration of local reviews",
        new Figure.Chart(Figure.Type.STACKED_BAR, "year", "level", "share_of_year", "share of the year's VNRs",
            Figure.Palette.LEVELS),
        rows -> {
          long all = 0;
          long citing = 0;
          long allY = 0;
          long citingY = 0;
          for (Row r : rows) {
            long n = num(r, "vnrs");
            all += n;
            citing += num(r, "level") >= 2 ? n : 0;
            if (num(r, "year") == year) {
              allY += n;
              citingY += num(r, "level") >= 2 ? n : 0;
            }
          }
          return String.format(Locale.ROOT, "Levels: 0 none, 1 local governments only, 2 cites a local review, "
              + "3 features one, 4 annexes them, 5 integrates their evidence. Up to %d, %d of %d VNRs cite local reviews "
              + "(level 2 or more); in %d, %d of %d.", year, citing, all, year, citingY, allY);
        });
    Figure list = figure("vnr-integration", "Each VNR's integration of local reviews", null,
        rows -> rows.size() + " VNRs. Localities are those whose reviews the VNR cites; linked VLRs are the corpus's "
            + "reports of those localities published no later than the VNR.");
    Figure localities = figure("cited-localities", "Most cited localities",
        new Figure.Chart(Figure.Type.BAR, "locality", null, "citing_vnrs", "VNRs citing", Figure.Palette.OKABE_ITO),
        rows -> rows.isEmpty() ? "No VNR cites a locality's review." : "Localities whose reviews VNRs cite, by number of "
            + "citing VNRs: " + leaders(rows, "locality", "citing_vnrs") + ".");
    Figure share = figure("share-linked", "Share of each country's available VLRs that its VNR links",
        new Figure.Chart(Figure.Type.BAR, "vnr", null, "share_linked", "share linked", Figure.Palette.OKABE_ITO),
        rows -> {
          long none = rows.stream().filter(r -> dbl(r, "share_linked") == 0).count();
          return rows.size() + " VNRs had VLRs of their country in the corpus when they were published; " + none
              + " of them link none of those VLRs.";
        });
    Figure alignment = figure("sdg-alignment", "SDG alignment of VNRs with their countries' VLRs",
        new Figure.Chart(Figure.Type.BAR, "vnr", "alignment_basis", "sdg_alignment", "cosine similarity", Figure.Palette.OKABE_ITO),
        rows -> {
          double mean = rows.stream().mapToDouble(r -> dbl(r, "sdg_alignment")).average().orElse(Double.NaN);
          return rows.isEmpty() ? "No VNR has VLRs of its country to compare with." : String.format(Locale.ROOT,
              "Cosine similarity of SDG coverage profiles: a VNR against its linked VLRs (basis 'linked') or, when it links "
                  + "none, its country's earlier VLRs ('country'). Mean %.2f over %d VNRs; 1 means the same emphasis across "
                  + "goals.", mean, rows.size());
        });
    Figure evidence = figure(ReportWriter.EVIDENCE_FIGURE, "The evidence behind each VNR's flags", null,
        rows -> rows.isEmpty() ? "No VNR has evidence of local reviews or local governments." : String.format(Locale.ROOT,
            "For every VNR and flag that holds, the sentence (or heading) that decided it, with the page of the VNR where "
                + "it stands: %d quotes for %d VNRs. Up to three per flag are in the table vnr_integration_evidence.",
            rows.size(), rows.stream().map(r -> RowCodec.string(r, "file_name")).distinct().count()));
    return new TrendReport.Section("integration", "How VNRs integrate local reviews", "From the link stage: "
        + "multilingual rules find where a VNR involves local governments, cites, features, annexes or integrates local "
        + "reviews; cited localities are resolved to the corpus's VLRs of the same country published no later than the VNR.",
        List.of(levels, list, evidence, localities, share, alignment), List.of());
  }

  private TrendReport.Section quality() {
    Figure status = figure("quality-status", "Documents by status",
        new Figure.Chart(Figure.Type.BAR, "status", null, "documents", "documents", Figure.Palette.OKABE_ITO),
        rows -> "Every input file has a row; files that could not be used say why (documents.status_reason): "
            + leaders(rows, "status", "documents") + ".");
    Figure metadata = figure("quality-metadata", "Where document metadata comes from",
        new Figure.Chart(Figure.Type.STACKED_BAR, "field", "source", "documents", "documents", Figure.Palette.OKABE_ITO),
        rows -> {
          long inferred = rows.stream().filter(r -> "inferred".equals(RowCodec.string(r, "source")))
              .mapToLong(r -> num(r, "documents")).sum();
          long none = rows.stream().filter(r -> "none".equals(RowCodec.string(r, "source")))
              .mapToLong(r -> num(r, "documents")).sum();
          return "Per metadata field of the usable documents: given by the manifest, inferred from the text, or unknown. "
              + inferred + " values were inferred and " + none + " remain unknown.";
        });
    Figure languages = figure("quality-languages", "Pages per language and how fully it is supported", null,
        rows -> {
          long weak = rows.stream().filter(r -> !"full".equals(RowCodec.string(r, "support")))
              .mapToLong(r -> num(r, "pages")).sum();
          long all = rows.stream().mapToLong(r -> num(r, "pages")).sum();
          return weak + " of " + all + " pages are in languages (or too short to detect) that the classifiers and link "
              + "rules do not fully support.";
        });
    return new TrendReport.Section("quality", "Data quality", null, List.of(status, metadata, languages), List.of());
  }

  private TrendReport.Section methodology() throws IOException {
    List<String> notes = new ArrayList<>();
    notes.add("Extraction: Apache Tika, page by page, with language per page; metadata (kind, country, locality, year) "
        + "from the manifest where given, else inferred from titles and first pages. Segmentation: Stanford CoreNLP "
        + "sentence splitting (ICU for other scripts) into paragraph-sized passages with their section headings.");
    notes.add("SDG labels (the pipeline's default method, --sdg-method fast): noisy-OR of explicit references (\"SDG 6\", \"ODS 11\", target and indicator codes) in the "
        + "text and heading, a lexicon built from the official goal, target and indicator wording in several languages, "
        + "and a supervised logistic-regression model trained on the TRAIL22 labelled texts.");
    for (String line : macroRows(org.vlrobs.evaluation.ModelMetrics.SDG_CLASSIFIER)) {
      notes.add("SDG classifier, " + line + " (from models/sdg-classifier/metrics.json).");
    }
    notes.add("Reproduce: bin/vlr eval sdg --held-out --sdg-method fast (SDG labels of the pipeline's default method; "
        + "--sdg-method ensemble for the ensemble), bin/vlr eval linkage --out <output> --truth <json> "
        + "(VNR integration against hand labels), bin/vlr eval mentions (link rules on labelled VNR passages).");
    notes.add("Caveats: the corpus is what was collected, not every review ever published; labels are automatic and "
        + "carry their evidence in the tables (passage_sdgs.evidence, vlr_mentions.matched_text) for checking; a VNR that "
        + "cites a review in words the rules do not know is counted lower than it should be.");
    Figure coverage = figure("corpus-coverage", "Corpus coverage", null,
        rows -> {
          Row r = rows.get(0);
          return String.format(Locale.ROOT, "The tables hold %d input files, %d of them usable: %d VLRs and %d VNRs "
              + "(same-text twins included) from %d countries, published %s to %s. Figures describe this corpus, not "
              + "every review ever published.", num(r, "files"), num(r, "usable"), num(r, "vlrs"), num(r, "vnrs"),
              num(r, "countries"), str(r, "first_year"), str(r, "last_year"));
        });
    return new TrendReport.Section("methodology", "Methodology and caveats", null, List.of(coverage), notes);
  }

  /** "held-out scores, all 1363 texts: macro precision 0.692, ..." per evaluation of a metrics file. */
  static List<String> macroRows(String resource) throws IOException {
    List<String> out = new ArrayList<>();
    org.vlrobs.evaluation.ModelMetrics metrics = org.vlrobs.evaluation.ModelMetrics.resource(resource);
    if (metrics == null) {
      return out;
    }
    for (org.vlrobs.evaluation.ModelMetrics.Evaluation e : metrics.evaluations()) {
      out.add(String.format(Locale.ROOT, "%s: macro precision %.3f, recall %.3f, F1 %.3f, balanced accuracy %.3f",
          e.title().toLowerCase(Locale.ROOT), e.macro().precision(), e.macro().recall(), e.macro().f1(),
          e.macro().balancedAccuracy()));
    }
    return out;
  }
}
