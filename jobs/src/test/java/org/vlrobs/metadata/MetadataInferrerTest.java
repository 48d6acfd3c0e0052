package org.vlrobs.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vlrobs.corpus.CorpusEntry;

class MetadataInferrerTest {
  private final MetadataInferrer inferrer = new MetadataInferrer();

  private DocumentMetadata infer(String fileName, String... pages) {
    return inferrer.infer(CorpusEntry.bare("file:/c/" + fileName, fileName, 1, 0), List.of(pages), null, "xx");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Voluntary National Review 2022 of the Kingdom of Sweden|VNR",
      "Examen Nacional Voluntario México 2021|VNR",
      "Informe Nacional Voluntario de Costa Rica|VNR",
      "Examen national volontaire du Sénégal 2022|VNR",
      "Relatório Nacional Voluntário de Portugal 2023|VNR",
      "Voluntary Local Review of the City of Los Angeles|VLR",
      "Revisión Local Voluntaria de Valencia|VLR",
      "Informe Local Voluntario de la Ciudad de Buenos Aires|VLR",
      "Examen local volontaire de Strasbourg|VLR",
      "Revue locale volontaire de la Région Occitanie|VLR",
      "Relatório Local Voluntário de São Paulo|VLR",
      "Revisão Local Voluntária do Porto|VLR",
      "Voluntary Subnational Review Kenya 2021|VLR",
      "北九州市 自発的自治体レビュー 2018|VLR",
      "Annual report of the municipal water company 2020|OTHER"})
  void kindFromTheTitlePageInFourLanguagesAndMore(String titlePage, String kind) {
    assertEquals(DocumentKind.valueOf(kind), infer("report.pdf", titlePage).kind());
  }

  @Test
  void aVnrThatMentionsLocalReviewsIsStillAVnr() {
    DocumentMetadata m = infer("x.pdf", """
        Voluntary National Review 2020

        Finland

        This review includes a box on Helsinki's Voluntary Local Review and mentions the VLRs of Espoo and Turku.
        """);
    assertEquals(DocumentKind.VNR, m.kind());
    assertEquals("FIN", m.country());
    assertNull(m.locality(), "a VNR has no locality");
  }

  @Test
  void kindFromLaterPagesAndFromTheFileNameAsLastResort() {
    assertEquals(DocumentKind.VLR, infer("x.pdf", "City of Bonn\n\nSustainability report", "About this Voluntary Local "
        + "Review: it was prepared by the city. The VLR covers all goals.").kind());
    assertEquals(DocumentKind.VNR, infer("ghana-vnr-2022.pdf", "Ghana\n\nReport to the HLPF").kind());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Helsinki Voluntary Local Review 2021|Helsinki|FIN",
      "City of Helsinki Voluntary Local Review 2021|Helsinki|FIN",
      "Helsingin kaupunki - Voluntary Local Review|Helsinki|FIN",
      "Examen local volontaire de Besancon|Besançon|FRA",
      "Revue locale volontaire de la Région Bretagne|Brittany|FRA",
      "Kitakyushu City Voluntary Local Review|Kitakyushu|JPN",
      "Revisión Local Voluntaria de Málaga 2021|Málaga|ESP",
      "Relatório Local Voluntário de Niterói|Niterói|BRA",
      "Informe Local Voluntario de la Ciudad de México|Mexico City|MEX",
      "Voluntary Local Review of Springfield 2022|Springfield|",
      "Bristol and the SDGs: A Voluntary Local Review of Progress 2019|Bristol|GBR"})
  void localityAndCountryOfAVlr(String title, String locality, String country) {
    DocumentMetadata m = infer("doc.pdf", title);
    assertEquals(DocumentKind.VLR, m.kind());
    assertEquals(locality, m.locality());
    assertEquals(country, m.country());
  }

  @Test
  void countryFromNamesInTheDocumentLanguage() {
    assertEquals("COL", infer("a.pdf", "Reporte Nacional Voluntario\n\nColombia 2021").country());
    assertEquals("FRA", infer("a.pdf", "Examen national volontaire de la France").country());
    assertEquals("BRA", infer("a.pdf", "Relatório Nacional Voluntário do Brasil").country());
    assertEquals("ESP", infer("a.pdf", "Examen Nacional Voluntario de España").country());
  }

  @Test
  void yearIsThePublicationYearNotTheAgendaHorizon() {
    assertEquals(2021, infer("a.pdf", "Towards the 2030 Agenda\n\nVoluntary Local Review\n\nJuly 2021").year());
    assertEquals(2019, infer("a.pdf", "Agenda 2030 en Bogotá\n\nInforme 2016-2019").year());
    assertEquals(2022, infer("report-2022.pdf", "Voluntary Local Review").year());
    assertNull(infer("a.pdf", "Voluntary Local Review: our path to 2030").year());
  }

  @Test
  void titleIsTheBlockThatNamesTheReviewNotTheInstitution() {
    DocumentMetadata m = infer("a.pdf", "ALCALDÍA MAYOR DE BOGOTÁ\n\nInforme Local Voluntario de Bogotá 2021\n\n"
        + "Bogotá y los ODS");
    assertEquals("Informe Local Voluntario de Bogotá 2021", m.title());
    assertEquals("inferred", m.sources().get("title"));
  }

  @Test
  void manifestValuesWinAndSourcesSaySo() {
    CorpusEntry e = new CorpusEntry("file:/c/a.pdf", "a.pdf", 1, 0, "VNR", "PRT", null, 2023, "pt", null, null);
    DocumentMetadata m = inferrer.infer(e, List.of("Voluntary Local Review of Lisbon 2019"), null, "en");
    assertEquals(DocumentKind.VNR, m.kind());
    assertEquals("PRT", m.country());
    assertEquals(2023, m.year());
    assertEquals("pt", m.language());
    assertEquals("manifest", m.sources().get("kind"));
    assertEquals("manifest", m.sources().get("year"));
    assertEquals("inferred", m.sources().get("title"));
    assertEquals("none", m.sources().get("locality"));
  }

  @Test
  void embeddedTitlesThatAreFileNamesAreIgnored() {
    DocumentMetadata m = inferrer.infer(CorpusEntry.bare("file:/a.pdf", "a.pdf", 1, 0),
        List.of("Voluntary Local Review of Bonn 2020"), "Microsoft Word - VLR_final_v3.docx", null);
    assertEquals("Voluntary Local Review of Bonn 2020", m.title());
  }

  /** Every national review name of the shared lexicon makes a title page a VNR's, every local one a VLR's. */
  @org.junit.jupiter.api.Test
  void everyReviewNameOfTheLexiconDecidesTheKind() {
    var lex = org.vlrobs.lexicon.ReviewLexicon.shared();
    MetadataInferrer m = new MetadataInferrer();
    for (String name : lex.names(org.vlrobs.lexicon.ReviewLexicon.Family.NATIONAL_REVIEW_NAMES, java.util.List.of("VNR"))) {
      org.junit.jupiter.api.Assertions.assertEquals(DocumentKind.VNR,
          m.inferKind("2021 " + name, java.util.List.of(), "report.pdf"), name);
    }
    for (String name : lex.names(org.vlrobs.lexicon.ReviewLexicon.Family.LOCAL_REVIEW_NAMES, java.util.List.of())) {
      org.junit.jupiter.api.Assertions.assertEquals(DocumentKind.VLR,
          m.inferKind("2021 " + name, java.util.List.of(), "report.pdf"), name);
    }
  }
}
