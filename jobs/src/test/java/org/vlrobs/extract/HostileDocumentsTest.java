package org.vlrobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;
import org.vlrobs.hostile.HostileCorpus;

/** The engine on single hostile documents (the whole corpus, bombs included, is in HostileCorpusIT). */
class HostileDocumentsTest {
  private static DocumentExtractor extractor;

  @BeforeAll
  static void setUp() {
    extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);
  }

  @AfterAll
  static void tearDown() {
    extractor.close();
  }

  private static ExtractedDocument extract(String name, byte[] bytes) {
    return DocumentExtractorTest.extract(extractor, name, bytes);
  }

  @Test
  void aCyclicPageTreeGivesEachPageOnce() {
    ExtractedDocument d = extract("cyclic.pdf", HostileCorpus.cyclicTreePdf());
    assertEquals(DocumentStatus.OK, d.status(), d.statusReason());
    assertEquals(2, d.pageCount(), d.statusReason());
    assertEquals(2, d.pages().size());
    assertTrue(d.pages().get(0).text().contains("first page"), d.pages().get(0).text());
    assertTrue(d.pages().get(1).text().contains("second page"), d.pages().get(1).text());
  }

  @Test
  void aFalsePageCountIsNotBelieved() {
    ExtractedDocument d = extract("million.pdf", HostileCorpus.millionPagesPdf());
    assertEquals(DocumentStatus.OK, d.status(), d.statusReason());
    assertEquals(1, d.pageCount());
    assertTrue(d.statusReason().contains("declares 1,000,000 pages but lists 1"), d.statusReason());
  }

  @Test
  void aTruncatedPdfIsPartialAndSaysHowManyPagesWereLost() {
    byte[] ten = HostileCorpus.textPdf(10, "Truncated report page");
    ExtractedDocument d = extract("truncated.pdf", Arrays.copyOf(ten, ten.length * 45 / 100));
    assertEquals(DocumentStatus.PARTIAL, d.status(), d.statusReason());
    assertTrue(d.pageCount() < 10 && d.pageCount() > 0, d.statusReason());
    assertTrue(d.statusReason().contains("of the 10 pages"), d.statusReason());
    assertEquals(d.pageCount(), d.pages().size());
    ExtractedDocument whole = extract("whole.pdf", ten);
    assertEquals(DocumentStatus.OK, whole.status(), whole.statusReason());
    assertEquals(10, whole.pageCount());
  }

  @Test
  void whitespaceOnlyPagesAreNotCalledScans() {
    ExtractedDocument d = extract("blank.pdf", HostileCorpus.whitespacePdf());
    assertEquals(DocumentStatus.NO_TEXT, d.status());
    assertTrue(d.statusReason().contains("no images"), d.statusReason());
    assertFalse(d.statusReason().contains("scanned"), d.statusReason());
  }

  @Test
  void theSampleScanIsStillCalledAScan() throws Exception {
    ExtractedDocument d = DocumentExtractorTest.extract(extractor, TestPaths.generatedCorpus().resolve("bad/scanned.pdf"));
    assertEquals(DocumentStatus.NO_TEXT, d.status());
    assertTrue(d.statusReason().contains("needs OCR"), d.statusReason());
  }

  @Test
  void aOneLineTextIsCutIntoPagesUpToTheCharacterLimit() {
    String line = "sustainable development goals local review ".repeat(30_000); // 1.3 M characters, no newline
    try (DocumentExtractor small = new DocumentExtractor(new ExtractionLimits(1 << 26, 3000, 50_000, 500_000,
        java.time.Duration.ofSeconds(60)))) {
      ExtractedDocument d = DocumentExtractorTest.extract(small, "one-line.txt", line.getBytes(StandardCharsets.UTF_8));
      assertEquals(DocumentStatus.TOO_LARGE, d.status(), d.statusReason());
      assertTrue(d.statusReason().contains("character limit"), d.statusReason());
      assertTrue(d.pages().size() > 50, "cut into page-equivalents: " + d.pages().size());
      assertTrue(d.charCount() >= 490_000, "kept up to the limit: " + d.charCount());
    }
  }

  @Test
  void archivesSayWhatTheyHold() throws Exception {
    byte[] pdf = HostileCorpus.textPdf(1, "Inside an archive");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      for (String n : new String[] {"a-vlr.pdf", "b-vnr.pdf"}) {
        z.putNextEntry(new ZipEntry(n));
        z.write(pdf);
        z.closeEntry();
      }
    }
    ExtractedDocument d = extract("two.zip", zip.toByteArray());
    assertEquals(DocumentStatus.UNSUPPORTED, d.status());
    assertTrue(d.statusReason().contains("2 files (a-vlr.pdf, b-vnr.pdf)"), d.statusReason());
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(pdf);
    }
    ExtractedDocument g = extract("report.pdf.gz", gz.toByteArray());
    assertEquals(DocumentStatus.UNSUPPORTED, g.status());
    assertTrue(g.statusReason().contains("gzip-compressed application/pdf (report.pdf)"), g.statusReason());
  }

  @Test
  void everyStatusIsDocumentedInTheDataDictionary() {
    String doc = org.vlrobs.tables.Tables.DOCUMENTS.columns().stream().filter(c -> c.name().equals("status"))
        .findFirst().orElseThrow().description();
    for (DocumentStatus s : DocumentStatus.values()) {
      assertTrue(doc.contains("`" + s.code() + "`"), s.code());
    }
  }
}
