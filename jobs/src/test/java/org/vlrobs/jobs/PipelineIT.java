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
  private static Pipeline.Run firstRun;

  @BeforeAll
  static void run() throws Exception {
    spark = SparkTestSupport.local();
    corpus = TestPaths.generatedCorpus();
    out = TestPaths.projectDir().resolve("jobs/target/it-extract");
    SparkTestSupport.delete(out);
    firstRun = Pipeline.configure("--corpus", corpus.toString(), "--out", out.toString())
        .run(spark, List.of("extract", "segment", "classify", "link"));
    docs = SparkTestSupport.documents(spark, out);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theRunsManifestRecordsEachStage() throws Exception {
    com.fasterxml.jackson.databind.JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(out.resolve("manifest.json").toFile());
    assertEquals(firstRun.runId(), m.path("run_id").asText());
    assertEquals(corpus.toString(), m.path("corpus").asText());
    for (String stage : List.of("extract", "segment", "classify", "link")) {
      com.fasterxml.jackson.databind.JsonNode r = m.path("stage_runs").path(stage);
      assertTrue(r.path("seconds").isNumber() && r.path("seconds").asDouble() > 0, stage + ": " + r);
      assertTrue(r.path("documents_processed").isIntegralNumber(), stage + ": " + r);
      assertTrue(r.path("documents_reused").isIntegralNumber(), stage + ": " + r);
    }
    long ok = docs.values().stream().filter(r -> ExtractJob.STATUSES_WITH_PAGES.contains(r.<String>getAs("status")))
        .count();
    assertEquals(docs.size(), m.path("stage_runs").path("extract").path("documents_processed").asLong(),
        "every corpus entry (files and the manifest row whose file is missing) handled by the first run");
    assertEquals(0, m.path("stage_runs").path("extract").path("documents_reused").asLong());
    assertEquals(ok, m.path("stage_runs").path("segment").path("documents_processed").asLong(),
        "documents whose status keeps pages");
    assertEquals(firstRun.stage("link").documentsProcessed(),
        m.path("stage_runs").path("link").path("documents_processed").asLong());
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
        Map.entry("besancon-2020-copy.pdf", "duplicate"),
        Map.entry("buenos-aires-vlr-2022.pdf", org.vlrobs.extract.ocr.PageOcr.availability().available() ? "ok" : "no_text"));
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
  void theScannedReviewIsReadByOcrWhenTesseractIsInstalled() {
    Row d = docs.get("buenos-aires-vlr-2022.pdf");
    org.junit.jupiter.api.Assumptions.assumeTrue(org.vlrobs.extract.ocr.PageOcr.availability().available(),
        "tesseract is not installed: " + d.getAs("status_reason"));
    assertEquals(1, (int) d.getAs("ocr_pages"), (String) d.getAs("status_reason"));
    assertEquals("VLR", d.getAs("kind"));
    assertEquals("ARG", d.getAs("country"));
    assertEquals("Buenos Aires", d.getAs("locality"));
    assertEquals(2022, (int) d.getAs("year"));
    assertEquals("es", d.getAs("language"));
    long ocrPages = spark.read().parquet(Spark.tablePath(out.toString(), "pages")).filter(col("ocr")).count();
    assertEquals(1, ocrPages, "only the scanned page is marked ocr");
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
        Map.entry("ghent-vlr-2021.pdf", "en"), Map.entry("belgium-vnr-2023.pdf", "fr"), Map.entry("cascais-vlr-2022.pdf", "pt"),
        Map.entry("cordoba-vlr-2021.pdf", "es"), Map.entry("portugal-vnr-2023.pdf", "pt"), Map.entry("argentina-vnr-2022.pdf", "es"));
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
    boolean ocr = org.vlrobs.extract.ocr.PageOcr.availability().available();
    assertEquals(26 + (ocr ? 1 : 0), perDoc.size(), "18 sample PDFs from Markdown + 7 designed (Chromium) PDFs + 1 DOCX "
        + "with text (the copy is not repeated)" + (ocr ? " + the scanned VLR read by OCR" : ""));
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
    SparkTestSupport.extract(spark, corpus, out);
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
    SparkTestSupport.extract(spark, half, partial.resolve("out"));
    Set<String> firstParts = parquetParts(partial.resolve("out/work/extracted"));
    for (String f : List.of("malaga-vlr-2021.pdf", "uk-vnr-2019.pdf", "colombia-vnr-2021.pdf")) {
      Files.copy(corpus.resolve(f), half.resolve(f));
    }
    SparkTestSupport.extract(spark, half, partial.resolve("out"));
    Set<String> allParts = parquetParts(partial.resolve("out/work/extracted"));
    assertTrue(allParts.containsAll(firstParts), "work already done is kept, not redone");
    long work = spark.read().parquet(partial.resolve("out/work/extracted").toString()).count();
    assertEquals(5, work, "each file extracted once");
    assertEquals(5, SparkTestSupport.documents(spark, partial.resolve("out")).size());
  }

  @Test
  void designedPdfsAreReadByLayout() {
    String ghana = docs.get("ghana-vnr-2022.pdf").getAs("doc_id");
    var passages = spark.read().parquet(Spark.tablePath(out.toString(), "passages")).filter(col("doc_id").equalTo(ghana));
    List<Row> box = passages.filter(col("role").equalTo("box")).orderBy("ordinal").collectAsList();
    assertTrue(!box.isEmpty() && box.get(0).<String>getAs("text").startsWith("Box 3.1 The Accra Voluntary Local Review\n"
        + "In 2020 the Accra Metropolitan Assembly"), box.toString());
    assertTrue(box.stream().allMatch(r -> r.<String>getAs("heading").endsWith("Box 3.1 The Accra Voluntary Local Review")));
    Row assemblies = passages.filter(col("text").startsWith("Metropolitan, Municipal and District Assemblies")).first();
    assertEquals("body", assemblies.getAs("role"));
    assertEquals("3. Localising the SDGs", assemblies.getAs("heading"));
    assertTrue(assemblies.<String>getAs("text").contains("the District Assemblies Common Fund finances projects"),
        "the paragraph continued in the next column is one passage");
    assertEquals(0, passages.filter(col("text").contains("Voluntary National Review 2022 (sample)")).count(),
        "running header");
    assertEquals(0, passages.filter(col("role").equalTo("body").and(col("text").contains("ward-level data on drainage")))
        .count(), "box text never in a body passage");
    var blocks = spark.read().parquet(Spark.tablePath(out.toString(), "blocks")).filter(col("doc_id").equalTo(ghana));
    assertTrue(blocks.filter(col("role").equalTo("footnote")).count() >= 1);
    assertTrue(blocks.filter(col("role").equalTo("table")).count() >= 1);
    assertEquals(2, blocks.filter(col("role").equalTo("page_number")).count());
    assertTrue(blocks.filter(col("structure").equalTo("H2")).count() >= 5, "tagged PDF: headings from the structure tree");
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

  /**
   * The designed VNRs (two columns, boxes, footnotes, a review name cut by a page break; en, es, fr, pt) read
   * through layout analysis and the link rules: level, each flag and the linked VLRs as their hand labels say.
   * Their first-sight score is in the README; from here on this is a regression guard.
   */
  @Test
  void designedVnrsAreReadAsTheirTruthSays() throws Exception {
    var integration = spark.read().parquet(Spark.tablePath(out.toString(), "vnr_integration"));
    Map<String, Row> byFile = integration.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("file_name"), r -> r));
    Map<String, org.vlrobs.link.LinkageEvaluation.Labels> truth = org.vlrobs.link.LinkageTruth.read(
        TestPaths.projectDir().resolve("data/sample/designed-linkage-truth.json"));
    assertTrue(truth.size() >= 6, "six designed VNRs at least");
    for (var e : truth.entrySet()) {
      Row r = byFile.get(e.getKey());
      assertTrue(r != null, "a row for " + e.getKey());
      assertEquals(e.getValue().level(), r.<Integer>getAs("level"), e.getKey());
      for (org.vlrobs.link.MentionType t : org.vlrobs.link.MentionType.values()) {
        assertEquals(e.getValue().flags().contains(t), r.<Boolean>getAs(t.code()), e.getKey() + " " + t.code());
      }
      List<String> found = r.getList(r.fieldIndex("localities"));
      assertTrue(found.containsAll(e.getValue().localities()), e.getKey() + ": " + found);
      Set<String> linked = new java.util.TreeSet<>();
      for (Object id : r.getList(r.fieldIndex("linked_vlr_doc_ids"))) {
        docs.entrySet().stream().filter(d -> id.equals(d.getValue().getAs("doc_id"))).forEach(d -> linked.add(d.getKey()));
      }
      assertEquals(new java.util.TreeSet<>(e.getValue().resolvesTo()), linked, e.getKey());
    }
  }

  @Test
  void everySampleVnrHasItsLevelLocalitiesAndLinks() throws Exception {
    var integration = spark.read().parquet(Spark.tablePath(out.toString(), "vnr_integration"));
    Map<String, Row> byFile = integration.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("file_name"), r -> r));
    Set<String> vnrs = new java.util.TreeSet<>(Set.of("finland-vnr-2020.pdf", "spain-vnr-2021.pdf", "france-vnr-2020.pdf",
        "brazil-vnr-2024.pdf", "colombia-vnr-2021.pdf", "uk-vnr-2019.pdf"));
    // the designed VNRs have a row too; their levels are asserted in designedVnrsAreReadAsTheirTruthSays
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

  /**
   * A yearly run: three documents (a VLR and two VNRs) added to a processed corpus are the only ones extracted,
   * segmented and classified; link re-runs the new VNRs and those of the new VLR's country; every table equals
   * the fresh run's on the whole corpus. Removing them again gives back the first run's tables.
   */
  @Test
  void anIncrementalRunProcessesOnlyWhatIsNewAndEqualsAFreshRun() throws Exception {
    Path base = TestPaths.projectDir().resolve("jobs/target/it-incremental");
    SparkTestSupport.delete(base);
    Path dir = base.resolve("corpus");
    Path aside = base.resolve("aside");
    Path incOut = base.resolve("out");
    Files.createDirectories(aside);
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = dir.resolve(corpus.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    List<String> added = List.of("niteroi-vlr-2020.pdf", "uk-vnr-2019.pdf", "france-vnr-2020.pdf");
    for (String f : added) {
      Files.move(dir.resolve(f), aside.resolve(f));
    }
    List<String> stages = List.of("extract", "segment", "classify", "link");
    Pipeline pipeline = Pipeline.configure("--corpus", dir.toString(), "--out", incOut.toString());
    pipeline.run(spark, stages);
    Map<String, List<String>> baseTables = tables(incOut, dir);

    for (String f : added) {
      Files.move(aside.resolve(f), dir.resolve(f));
    }
    Pipeline.Run second = Pipeline.configure("--corpus", dir.toString(), "--out", incOut.toString()).run(spark, stages);
    for (String stage : List.of("extract", "segment", "classify")) {
      assertEquals(3, second.stage(stage).documentsProcessed(), stage);
    }
    assertEquals(docs.size() - 3, second.stage("extract").documentsReused());
    // link: the two new VNRs, and the VNRs of the new VLR's country (or of unknown country)
    Map<String, Row> now = SparkTestSupport.documents(spark, incOut);
    String vlrCountry = now.get("niteroi-vlr-2020.pdf").getAs("country");
    long expected = now.values().stream().filter(r -> "VNR".equals(r.getAs("kind")) && "ok".equals(r.getAs("status")))
        .filter(r -> added.contains(r.<String>getAs("file_name")) || r.getAs("country") == null
            || vlrCountry.equals(r.getAs("country")))
        .count();
    assertEquals(3, expected, "brazil-vnr-2024 and the two new VNRs");
    long vnrs = now.values().stream().filter(r -> "VNR".equals(r.getAs("kind")) && "ok".equals(r.getAs("status")))
        .count();
    assertEquals(expected, second.stage("link").documentsProcessed());
    assertEquals(vnrs - expected, second.stage("link").documentsReused(), "the other countries' VNRs are reused");
    com.fasterxml.jackson.databind.JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(incOut.resolve("manifest.json").toFile());
    assertEquals(3, m.path("stage_runs").path("segment").path("documents_processed").asLong());
    long withPages = now.values().stream()
        .filter(r -> ExtractJob.STATUSES_WITH_PAGES.contains(r.<String>getAs("status"))).count();
    assertEquals(withPages - 3, m.path("stage_runs").path("segment").path("documents_reused").asLong());

    // table by table, the same as the fresh run on the whole corpus (this class's first run)
    Map<String, List<String>> incremental = tables(incOut, dir);
    Map<String, List<String>> fresh = tables(out, corpus);
    for (String t : fresh.keySet()) {
      assertEquals(fresh.get(t), incremental.get(t), "table " + t);
    }

    // removed again: their rows go, the others stay; equal to the first run's tables
    for (String f : added) {
      Files.move(dir.resolve(f), aside.resolve(f));
    }
    Pipeline.Run third = Pipeline.configure("--corpus", dir.toString(), "--out", incOut.toString()).run(spark, stages);
    // a removal processes nothing again: it only deletes rows (and re-links the removed VLR's country's VNRs)
    for (String stage : List.of("extract", "segment", "classify")) {
      assertEquals(0, third.stage(stage).documentsProcessed(), stage + " after a removal");
    }
    assertEquals(docs.size() - 3, third.stage("extract").documentsReused());
    assertEquals(withPages - 3, third.stage("segment").documentsReused());
    assertEquals(withPages - 3, third.stage("classify").documentsReused());
    assertEquals(expected - 2, third.stage("link").documentsProcessed(), "brazil-vnr-2024 only");
    assertEquals(vnrs - expected, third.stage("link").documentsReused(), "the other countries' VNRs are reused");
    Map<String, List<String>> after = tables(incOut, dir);
    for (String t : baseTables.keySet()) {
      assertEquals(baseTables.get(t), after.get(t), "table " + t + " after removing the documents");
    }
  }

  /**
   * Every public table's rows as sorted strings, the corpus folder replaced by a placeholder (and so the id of
   * a missing file, a hash of its path).
   */
  private static Map<String, List<String>> tables(Path tablesOut, Path corpusDir) {
    Map<String, List<String>> all = new java.util.TreeMap<>();
    String root = corpusDir.toUri().toString().replaceAll("/$", "");
    String plain = corpusDir.toString();
    for (org.vlrobs.tables.TableSchema t : org.vlrobs.tables.Tables.all()) {
      all.put(t.name(), SparkTestSupport.rows(spark, tablesOut, t.name()).stream()
          .map(r -> r.replace(root, "<corpus>").replace("file:" + plain, "<corpus>").replace(plain, "<corpus>")
              .replaceAll("(missing|empty):[0-9a-f]{64}", "$1:<hash of the path>"))
          .sorted().toList());
    }
    return all;
  }

  private static Set<String> parquetParts(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet")).collect(Collectors.toSet());
    }
  }
}
