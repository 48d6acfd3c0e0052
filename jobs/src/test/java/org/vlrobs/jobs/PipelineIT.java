package org.vlrobs.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;

/**
 * The pipeline in local Spark over the sample corpus: extract (tables, statuses, metadata, idempotence,
 * resume), segment (passages, headings, stable ids), classify (SDGs, themes, profiles) and link (every
 * sample VNR's level, cited localities and linked VLRs).
 */
class PipelineIT {
  private static SparkSession spark;
  private static Path corpus;
  private static Path out;
  private static Map<String, Row> docs;

  @BeforeAll
  static void run() throws Exception {
    spark = SparkTestSupport.local();
    corpus = TestPaths.generatedCorpus();
    out = TestPaths.projectDir().resolve("jobs/target/it-extract");
    SparkTestSupport.delete(out);
    ExtractJob.run(spark, SparkTestSupport.options(corpus, out));
    SegmentJob.run(spark, out.toString());
    ClassifyJob.run(spark, out.toString());
    LinkJob.run(spark, out.toString(), LinkJob.Ner.AUTO);
    docs = SparkTestSupport.documents(spark, out);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyFileAndEveryManifestRowHasExactlyOneRow() throws Exception {
    long files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("manifest.csv")).count();
    }
    assertEquals(files + 1, docs.size(), "files plus the manifest row whose file is missing: " + docs.keySet());
  }

  @Test
  void statusesOfGoodAndBadInputs() {
    Map<String, String> expected = Map.ofEntries(Map.entry("empty.pdf", "empty"), Map.entry("truncated.pdf", "corrupt"),
        Map.entry("protected.pdf", "encrypted"), Map.entry("scanned.pdf", "no_text"),
        Map.entry("not-a-pdf.pdf", "mislabelled"), Map.entry("lisbon-vlr-2023.pdf", "missing"),
        Map.entry("besancon-2020-copy.pdf", "duplicate"));
    for (Map.Entry<String, Row> e : docs.entrySet()) {
      String status = e.getValue().getAs("status");
      assertEquals(expected.getOrDefault(e.getKey(), "ok"), status, e.getKey() + ": " + e.getValue().getAs("status_reason"));
      assertTrue(((String) e.getValue().getAs("status_reason")).length() > 5, e.getKey());
    }
  }

  @Test
  void duplicatesPointToTheFileKeptAndTwoFormatsOfOneReportAreFlagged() {
    Row copy = docs.get("besancon-2020-copy.pdf");
    Row original = docs.get("besancon-2020.pdf");
    assertEquals((String) original.getAs("doc_id"), copy.getAs("doc_id"));
    assertTrue(((String) copy.getAs("duplicate_of")).endsWith("/besancon-2020.pdf"));
    assertNull(original.getAs("duplicate_of"));
    String pdf = docs.get("helsinki-vlr-2021.pdf").getAs("doc_id");
    String docx = docs.get("helsinki-vlr-2021.docx").getAs("doc_id");
    assertEquals(docx, docs.get("helsinki-vlr-2021.pdf").getAs("same_text_as"));
    assertEquals(pdf, docs.get("helsinki-vlr-2021.docx").getAs("same_text_as"));
    assertNull(docs.get("bristol-vlr-2019.pdf").getAs("same_text_as"));
  }

  @Test
  void languagesPerDocument() {
    Map<String, String> lang = Map.ofEntries(Map.entry("helsinki-vlr-2021.pdf", "en"), Map.entry("bristol-vlr-2019.pdf", "en"),
        Map.entry("malaga-vlr-2021.pdf", "es"), Map.entry("bogota-vlr-2021.pdf", "es"), Map.entry("besancon-2020.pdf", "fr"),
        Map.entry("bretagne-vlr-2020.pdf", "fr"), Map.entry("niteroi-vlr-2020.pdf", "pt"), Map.entry("finland-vnr-2020.pdf", "en"),
        Map.entry("spain-vnr-2021.pdf", "es"), Map.entry("france-vnr-2020.pdf", "fr"), Map.entry("brazil-vnr-2024.pdf", "pt"),
        Map.entry("colombia-vnr-2021.pdf", "es"), Map.entry("uk-vnr-2019.pdf", "en"), Map.entry("helsinki-vlr-2021.docx", "en"),
        Map.entry("kisumu-vlr-2023.pdf", "en"), Map.entry("merida-vlr-2023.pdf", "es"), Map.entry("ghana-vnr-2022.pdf", "en"),
        Map.entry("kenya-vnr-2024.pdf", "en"), Map.entry("mexico-vnr-2024.pdf", "es"), Map.entry("accra-vlr-2020.pdf", "en"),
        Map.entry("ghent-vlr-2021.pdf", "en"), Map.entry("belgium-vnr-2023.pdf", "fr"));
    lang.forEach((f, l) -> assertEquals(l, docs.get(f).getAs("language"), f));
    List<Row> pageLangs = spark.read().parquet(Spark.tablePath(out.toString(), "pages"))
        .filter(col("char_count").gt(200)).select("language").distinct().collectAsList();
    assertEquals(Set.of("en", "es", "fr", "pt"), pageLangs.stream().map(r -> r.getString(0)).collect(Collectors.toSet()));
  }

  @Test
  void inferredMetadataWhereTheManifestIsSilent() {
    // file, kind, country, locality, year, and the manifest's share
    assertMeta("bristol-vlr-2019.pdf", "VLR", "GBR", "Bristol", 2019, "inferred", "inferred");
    assertMeta("besancon-2020.pdf", "VLR", "FRA", "Besançon", 2020, "inferred", "inferred");
    assertMeta("bretagne-vlr-2020.pdf", "VLR", "FRA", "Brittany", 2020, "inferred", "inferred");
    assertMeta("niteroi-vlr-2020.pdf", "VLR", "BRA", "Niterói", 2020, "inferred", "inferred");
    assertMeta("bogota-vlr-2021.pdf", "VLR", "COL", "Bogotá", 2021, "inferred", "manifest");
    assertMeta("malaga-vlr-2021.pdf", "VLR", "ESP", "Málaga", 2021, "manifest", "manifest");
    assertMeta("helsinki-vlr-2021.pdf", "VLR", "FIN", "Helsinki", 2021, "manifest", "manifest");
    assertMeta("spain-vnr-2021.pdf", "VNR", "ESP", null, 2021, "inferred", "inferred");
    assertMeta("france-vnr-2020.pdf", "VNR", "FRA", null, 2020, "inferred", "inferred");
    assertMeta("brazil-vnr-2024.pdf", "VNR", "BRA", null, 2024, "manifest", "inferred");
    assertMeta("colombia-vnr-2021.pdf", "VNR", "COL", null, 2021, "inferred", "inferred");
    assertMeta("uk-vnr-2019.pdf", "VNR", "GBR", null, 2019, "inferred", "inferred");
    assertMeta("finland-vnr-2020.pdf", "VNR", "FIN", null, 2020, "manifest", "manifest");
    assertMeta("lisbon-vlr-2023.pdf", "VLR", "PRT", "Lisbon", 2023, "manifest", "manifest");
    assertEquals("Informe Local Voluntario de Bogotá 2021", docs.get("bogota-vlr-2021.pdf").getAs("title"),
        "no embedded title: taken from the title page");
  }

  private void assertMeta(String file, String kind, String country, String locality, Integer year, String kindSource,
      String countrySource) {
    Row r = docs.get(file);
    assertEquals(kind, r.getAs("kind"), file);
    assertEquals(country, r.getAs("country"), file);
    assertEquals(locality, r.getAs("locality"), file);
    assertEquals(year, r.getAs("year"), file);
    scala.collection.Map<String, String> src = r.getAs("metadata_source");
    assertEquals(kindSource, src.apply("kind"), file + " kind source");
    assertEquals(countrySource, src.apply("country"), file + " country source");
  }

  @Test
  void pagesAreNumberedFromOneWithoutGaps() {
    List<Row> perDoc = spark.read().parquet(Spark.tablePath(out.toString(), "pages")).groupBy("doc_id")
        .agg(org.apache.spark.sql.functions.min("page_no"), org.apache.spark.sql.functions.max("page_no"),
            org.apache.spark.sql.functions.count("page_no"))
        .collectAsList();
    assertEquals(22, perDoc.size(),
        "16 sample PDFs from Markdown + 5 designed (Chromium) PDFs + 1 DOCX with text (the copy is not repeated)");
    for (Row r : perDoc) {
      assertEquals(1, r.getInt(1));
      assertEquals((long) r.getInt(2), r.getLong(3));
    }
    Row helsinki = docs.get("helsinki-vlr-2021.pdf");
    long pages = spark.read().parquet(Spark.tablePath(out.toString(), "pages"))
        .filter(col("doc_id").equalTo((String) helsinki.getAs("doc_id"))).count();
    assertEquals((int) helsinki.getAs("page_count"), (int) pages);
  }

  @Test
  void reRunningIsIdempotentAndResumesWithoutDuplicates() throws Exception {
    List<String> before = SparkTestSupport.rows(spark, out, "documents");
    List<String> pagesBefore = SparkTestSupport.rows(spark, out, "pages");
    ExtractJob.run(spark, SparkTestSupport.options(corpus, out));
    assertEquals(before, SparkTestSupport.rows(spark, out, "documents"));
    assertEquals(pagesBefore, SparkTestSupport.rows(spark, out, "pages"));

    // a run that stopped after part of the corpus, then resumed on all of it
    Path partial = TestPaths.projectDir().resolve("jobs/target/it-resume");
    Path half = partial.resolve("corpus");
    SparkTestSupport.delete(partial);
    Files.createDirectories(half);
    for (String f : List.of("helsinki-vlr-2021.pdf", "spain-vnr-2021.pdf")) {
      Files.copy(corpus.resolve(f), half.resolve(f));
    }
    ExtractJob.Options o = SparkTestSupport.options(half, partial.resolve("out"));
    ExtractJob.run(spark, o);
    Set<String> firstParts = parquetParts(partial.resolve("out/work/extracted"));
    for (String f : List.of("malaga-vlr-2021.pdf", "uk-vnr-2019.pdf", "colombia-vnr-2021.pdf")) {
      Files.copy(corpus.resolve(f), half.resolve(f));
    }
    ExtractJob.run(spark, o);
    Set<String> allParts = parquetParts(partial.resolve("out/work/extracted"));
    assertTrue(allParts.containsAll(firstParts), "work already done is kept, not redone");
    long work = spark.read().parquet(partial.resolve("out/work/extracted").toString()).count();
    assertEquals(5, work, "each file extracted once");
    assertEquals(5, SparkTestSupport.documents(spark, partial.resolve("out")).size());
  }

  @Test
  void everyDocumentWithPagesHasPassagesUnderItsHeadings() {
    var passages = spark.read().parquet(Spark.tablePath(out.toString(), "passages"));
    var pages = spark.read().parquet(Spark.tablePath(out.toString(), "pages"));
    assertEquals(pages.select("doc_id").distinct().count(), passages.select("doc_id").distinct().count());
    assertEquals(passages.count(), passages.select("passage_id").distinct().count(), "ids are unique");

    String malaga = docs.get("malaga-vlr-2021.pdf").getAs("doc_id");
    List<Row> water = passages.filter(col("doc_id").equalTo(malaga).and(col("heading").startsWith("ODS 6")))
        .collectAsList();
    assertTrue(water.stream().anyMatch(r -> r.<String>getAs("text").contains("pérdidas en la red")), water.toString());
    assertTrue(water.stream().allMatch(r -> "es".equals(r.getAs("language"))));

    String helsinki = docs.get("helsinki-vlr-2021.pdf").getAs("doc_id");
    List<Row> h = passages.filter(col("doc_id").equalTo(helsinki)).orderBy("ordinal").collectAsList();
    assertTrue(h.stream().noneMatch(r -> r.<String>getAs("text").contains("Helsinki VLR 2021")),
        "the running header is not passage text");
    assertTrue(h.stream().anyMatch(r -> "SDG 4: Quality education › Box 1: Learning recovery after school closures"
        .equals(r.getAs("heading")) && r.<String>getAs("text").contains("10,000 laptops")));
    for (int i = 0; i < h.size(); i++) {
      assertEquals(i + 1, (int) h.get(i).getAs("ordinal"));
    }

    String finland = docs.get("finland-vnr-2020.pdf").getAs("doc_id");
    assertTrue(passages.filter(col("doc_id").equalTo(finland).and(col("heading").contains("Box 4: Helsinki"))).count() >= 1);
  }

  @Test
  void passagesUnderAnSdgChapterAreLabelledWithItAndEveryPassageHasSeventeenDecisions() {
    var passages = spark.read().parquet(Spark.tablePath(out.toString(), "passages"));
    var sdgs = spark.read().parquet(Spark.tablePath(out.toString(), "passage_sdgs"));
    assertEquals(passages.count() * 17, sdgs.count());
    assertEquals(passages.count(), sdgs.select("passage_id").distinct().count());

    String malaga = docs.get("malaga-vlr-2021.pdf").getAs("doc_id");
    List<Row> water = sdgs.join(passages.select("passage_id", "heading"), "passage_id")
        .filter(col("doc_id").equalTo(malaga).and(col("heading").startsWith("ODS 6")).and(col("sdg").equalTo(6)))
        .collectAsList();
    assertTrue(water.size() >= 2, water.toString());
    for (Row r : water) {
      assertTrue(r.<Boolean>getAs("label"), r.toString());
      assertTrue(r.<scala.collection.Seq<String>>getAs("methods").contains("heading"), r.toString());
      assertTrue(r.<String>getAs("evidence").contains("ODS 6"), r.toString());
    }
    String helsinki = docs.get("helsinki-vlr-2021.pdf").getAs("doc_id");
    Row learning = sdgs.join(passages.select("passage_id", "text"), "passage_id")
        .filter(col("doc_id").equalTo(helsinki).and(col("text").contains("10,000 laptops")).and(col("sdg").equalTo(4)))
        .first();
    assertTrue(learning.<Boolean>getAs("label"), "the school-closures box is about SDG 4: " + learning);

    var profile = spark.read().parquet(Spark.tablePath(out.toString(), "document_sdg_profile"));
    assertEquals(passages.select("doc_id").distinct().count() * 17, profile.count());
    Row malaga6 = profile.filter(col("doc_id").equalTo(malaga).and(col("sdg").equalTo(6))).first();
    Row malaga16 = profile.filter(col("doc_id").equalTo(malaga).and(col("sdg").equalTo(16))).first();
    assertTrue(malaga6.<Double>getAs("share_passages") > malaga16.<Double>getAs("share_passages"));
    assertTrue(malaga6.<Double>getAs("weighted_score") > malaga16.<Double>getAs("weighted_score"));
  }

  @Test
  void themesCarryTheirEvidence() {
    var themes = spark.read().parquet(Spark.tablePath(out.toString(), "passage_themes"));
    var passages = spark.read().parquet(Spark.tablePath(out.toString(), "passages"));
    assertTrue(themes.filter(col("label")).select("theme").distinct().count() >= 6, "several themes found in the sample");
    assertEquals(0, themes.filter(col("evidence").startsWith("terms: ").notEqual(true)).count());
    String bogota = docs.get("bogota-vlr-2021.pdf").getAs("doc_id");
    List<Row> data = themes.join(passages.select("passage_id", "heading"), "passage_id")
        .filter(col("doc_id").equalTo(bogota).and(col("theme").equalTo("data_indicators")).and(col("label")))
        .collectAsList();
    assertTrue(data.stream().anyMatch(r -> r.<String>getAs("heading").contains("Datos desagregados")), data.toString());
    String brazil = docs.get("brazil-vnr-2024.pdf").getAs("doc_id");
    assertTrue(themes.filter(col("doc_id").equalTo(brazil).and(col("theme").equalTo("multilevel_governance"))
        .and(col("label"))).count() >= 1, "the Brazilian VNR's preparation with municipalities");
  }

  @Test
  void segmentingAgainGivesTheSamePassages() throws Exception {
    List<String> before = SparkTestSupport.rows(spark, out, "passages");
    SegmentJob.run(spark, out.toString());
    assertEquals(before, SparkTestSupport.rows(spark, out, "passages"));
  }

  @Test
  void everySampleVnrHasItsLevelLocalitiesAndLinks() throws Exception {
    var integration = spark.read().parquet(Spark.tablePath(out.toString(), "vnr_integration"));
    Map<String, Row> byFile = integration.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("file_name"), r -> r));
    Set<String> vnrs = new java.util.TreeSet<>(Set.of("finland-vnr-2020.pdf", "spain-vnr-2021.pdf", "france-vnr-2020.pdf",
        "brazil-vnr-2024.pdf", "colombia-vnr-2021.pdf", "uk-vnr-2019.pdf"));
    // the designed VNRs have a row too; their levels are scored by `bin/vlr eval linkage --truth
    // data/sample/designed-linkage-truth.json`, not asserted here (first-sight evaluation data)
    vnrs.addAll(org.vlrobs.link.LinkageTruth.read(TestPaths.projectDir().resolve("data/sample/designed-linkage-truth.json"))
        .keySet());
    assertEquals(vnrs, new java.util.TreeSet<>(byFile.keySet()), "one row per VNR with status ok");
    Map<String, Integer> levels = Map.of("brazil-vnr-2024.pdf", 5, "spain-vnr-2021.pdf", 4, "finland-vnr-2020.pdf", 3,
        "france-vnr-2020.pdf", 2, "colombia-vnr-2021.pdf", 1, "uk-vnr-2019.pdf", 0);
    Map<String, List<String>> localities = Map.of("finland-vnr-2020.pdf", List.of("Helsinki", "Espoo", "Turku"),
        "spain-vnr-2021.pdf", List.of("Málaga", "Valencia", "Bilbao"), "france-vnr-2020.pdf", List.of("Besançon", "Brittany"),
        "brazil-vnr-2024.pdf", List.of("Niterói", "São Paulo"), "colombia-vnr-2021.pdf", List.of(), "uk-vnr-2019.pdf", List.of());
    for (String f : levels.keySet()) {
      Row r = byFile.get(f);
      assertEquals(levels.get(f), r.<Integer>getAs("level"), f);
      assertEquals(localities.get(f), r.getList(r.fieldIndex("localities")), f);
    }
    Row spain = byFile.get("spain-vnr-2021.pdf");
    assertTrue(spain.<Boolean>getAs("annexed") && spain.<Boolean>getAs("cited") && !spain.<Boolean>getAs("integrated"));
    assertEquals(List.of(docs.get("malaga-vlr-2021.pdf").<String>getAs("doc_id")),
        spain.getList(spain.fieldIndex("linked_vlr_doc_ids")), "Málaga's 2021 VLR; Valencia and Bilbao are not in the corpus");
    Row finland = byFile.get("finland-vnr-2020.pdf");
    assertTrue(finland.getList(finland.fieldIndex("linked_vlr_doc_ids")).isEmpty(),
        "the sample's Helsinki VLR (2021) is later than the VNR (2020)");
    assertEquals(0, finland.<Integer>getAs("vlrs_in_country_before"));
    Row france = byFile.get("france-vnr-2020.pdf");
    assertEquals(2, france.getList(france.fieldIndex("linked_vlr_doc_ids")).size());
    assertEquals(1.0, france.<Double>getAs("share_linked"), 1e-9);
    assertEquals("linked", france.<String>getAs("alignment_basis"));
    double alignment = france.<Double>getAs("sdg_alignment");
    assertTrue(alignment > 0 && alignment <= 1.0 + 1e-9, "cosine in [0, 1]: " + alignment);
    Row uk = byFile.get("uk-vnr-2019.pdf");
    assertEquals(1, uk.<Integer>getAs("vlrs_in_country_before"), "Bristol's 2019 VLR was available");
    assertEquals(0, uk.<Integer>getAs("n_mentions"), "self-reference and a 'local review of procurement rules' are traps");

    var links = spark.read().parquet(Spark.tablePath(out.toString(), "vnr_vlr_links"));
    Row brazilLink = links.filter(col("vnr_doc_id").equalTo(docs.get("brazil-vnr-2024.pdf").<String>getAs("doc_id")))
        .first();
    assertEquals(docs.get("niteroi-vlr-2020.pdf").<String>getAs("doc_id"), brazilLink.getAs("vlr_doc_id"));
    assertEquals("integrated", brazilLink.getAs("link_type"));
    List<String> plainVnrs = Stream.of("finland-vnr-2020.pdf", "spain-vnr-2021.pdf", "france-vnr-2020.pdf",
        "brazil-vnr-2024.pdf", "colombia-vnr-2021.pdf", "uk-vnr-2019.pdf").map(f -> docs.get(f).<String>getAs("doc_id")).toList();
    assertEquals(4, links.filter(col("vnr_doc_id").isin(plainVnrs.toArray())).count(), "France 2, Spain 1, Brazil 1");

    var mentions = spark.read().parquet(Spark.tablePath(out.toString(), "vlr_mentions"));
    assertEquals(0, mentions.filter(col("mention_type").equalTo("lrg").and(functions.size(col("localities")).gt(0))).count());
    assertEquals(mentions.count(), mentions.select("passage_id", "mention_type").distinct().count(), "the table's key");
  }

  @Test
  void linkingAgainGivesTheSameTables() throws Exception {
    List<String> before = SparkTestSupport.rows(spark, out, "vnr_integration");
    List<String> mentionsBefore = SparkTestSupport.rows(spark, out, "vlr_mentions");
    LinkJob.run(spark, out.toString(), LinkJob.Ner.OFF);
    assertEquals(mentionsBefore, SparkTestSupport.rows(spark, out, "vlr_mentions"),
        "the sample's localities are all found without NER");
    assertEquals(before, SparkTestSupport.rows(spark, out, "vnr_integration"));
  }

  @Test
  void theReportHasEveryFigureWithDataInWellFormedHtml() throws Exception {
    String index = ReportJob.run(spark, out.toString(), null, out.toString(), "run-under-test");
    assertTrue(index.endsWith("reports/2024/index.html"), "the latest year of the sample: " + index);
    Path dir = out.resolve("reports/2024");
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document html = factory.newDocumentBuilder().parse(dir.resolve("index.html").toFile());
    var figures = html.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "figure");
    List<Path> csvs;
    try (Stream<Path> s = Files.list(dir)) {
      csvs = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertEquals(csvs.size(), figures.getLength(), "one CSV per figure");
    assertTrue(figures.getLength() >= 15, "figures: " + figures.getLength());
    for (Path csv : csvs) {
      long lines = Files.readAllLines(csv).size();
      if (!csv.getFileName().toString().equals("fig-corpus-undated.csv")) { // every sample document has a year
        assertTrue(lines >= 2, csv + " has no data rows");
      }
    }
    assertTrue(html.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength() >= 12, "inline charts");
    String text = Files.readString(dir.resolve("index.html"));
    assertTrue(text.contains("Run run-under-test"), "run id in the footer");
    assertTrue(java.util.regex.Pattern.compile("(?m)^2024,5,[1-9]\\d*,")
        .matcher(Files.readString(dir.resolve("fig-vnr-levels-by-year.csv"))).find(),
        "Brazil 2024, level 5 (with the designed 2024 VNRs the rules place there, whichever they are)");
    assertTrue(Files.readString(dir.resolve("report.md")).contains("![VNRs by level of integration of local reviews]"));
    String again = ReportJob.run(spark, out.toString(), null, out.toString(), "run-under-test");
    assertEquals(text, Files.readString(Path.of(again)), "same tables, same report");
  }

  @Test
  void everyNotebookQueryRunsOnTheTables() throws Exception {
    java.util.regex.Pattern call = java.util.regex.Pattern.compile("sql\\(\\s*\"\"\"(.*?)\"\"\"\\s*\\)",
        java.util.regex.Pattern.DOTALL);
    int queries = 0;
    List<Path> notebooks;
    try (Stream<Path> s = Files.list(TestPaths.projectDir().resolve("notebooks"))) {
      notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertTrue(notebooks.size() >= 3, notebooks.toString());
    try (org.vlrobs.query.TableSql db = new org.vlrobs.query.TableSql(out)) {
      for (Path nb : notebooks) {
        StringBuilder code = new StringBuilder();
        for (var cell : new com.fasterxml.jackson.databind.ObjectMapper().readTree(nb.toFile()).path("cells")) {
          if ("code".equals(cell.path("cell_type").asText())) {
            cell.path("source").forEach(line -> code.append(line.asText()));
            code.append('\n');
          }
        }
        java.util.regex.Matcher m = call.matcher(code);
        int inThis = 0;
        while (m.find()) {
          try {
            db.query(m.group(1));
          } catch (java.sql.SQLException e) {
            throw new AssertionError(nb.getFileName() + ": query " + (inThis + 1) + " fails: " + e.getMessage(), e);
          }
          inThis++;
        }
        assertTrue(inThis >= 2, nb + " has queries");
        queries += inThis;
      }
    }
    assertTrue(queries >= 9, "queries checked: " + queries);
  }

  private static Set<String> parquetParts(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet")).collect(Collectors.toSet());
    }
  }
}
