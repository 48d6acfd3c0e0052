package org.vlrobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;
import org.vlrobs.corpus.CorpusEntry;
import org.vlrobs.metadata.DocumentKind;

class DocumentExtractorTest {
  private static DocumentExtractor extractor;
  private static Path corpus;

  @BeforeAll
  static void setUp() throws IOException {
    extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);
    corpus = TestPaths.generatedCorpus();
  }

  @AfterAll
  static void tearDown() {
    extractor.close();
  }

  static ExtractedDocument extract(DocumentExtractor ex, Path f) throws IOException {
    CorpusEntry e = CorpusEntry.bare(f.toUri().toString(), f.getFileName().toString(), Files.size(f), 0);
    return ex.extract(e, () -> Files.newInputStream(f));
  }

  static ExtractedDocument extract(DocumentExtractor ex, String name, byte[] bytes) {
    CorpusEntry e = CorpusEntry.bare("mem:/" + name, name, bytes.length, 0);
    return ex.extract(e, () -> new ByteArrayInputStream(bytes));
  }

  @Test
  void aPdfReportGivesOnePagePerPageWithTextLanguageAndMetadata() throws IOException {
    ExtractedDocument d = extract(extractor, corpus.resolve("helsinki-vlr-2021.pdf"));
    assertEquals(DocumentStatus.OK, d.status(), d.statusReason());
    assertEquals("application/pdf", d.mediaType());
    assertEquals(7, d.pageCount());
    assertEquals(7, d.pages().size());
    assertTrue(d.pages().get(0).text().contains("Helsinki Voluntary Local Review 2021"));
    assertTrue(d.pages().get(2).text().contains("SDG 4: Quality education"), d.pages().get(2).text());
    assertEquals("en", d.metadata().language());
    assertEquals(DocumentKind.VLR, d.metadata().kind());
    assertEquals("FIN", d.metadata().country());
    assertEquals("Helsinki", d.metadata().locality());
    assertEquals(2021, d.metadata().year());
    assertEquals(64, d.docId().length());
    assertEquals(TextSignature.SIZE, d.textSignature().length);
  }

  @Test
  void pagesKeepParagraphBreaks() throws IOException {
    ExtractedDocument d = extract(extractor, corpus.resolve("malaga-vlr-2021.pdf"));
    String page2 = d.pages().get(1).text();
    assertTrue(page2.contains("\n\n"), page2);
    assertEquals("es", d.pages().get(1).language());
  }

  @Test
  void eachKindOfBadInputGetsItsOwnStatusAndReason() throws IOException {
    assertStatus("bad/empty.pdf", DocumentStatus.EMPTY, "zero bytes");
    assertStatus("bad/truncated.pdf", DocumentStatus.CORRUPT, "PDF parser failed");
    assertStatus("bad/protected.pdf", DocumentStatus.ENCRYPTED, "password");
    // grey bars, no letters: OCR (when tesseract is installed) finds nothing, and the reason says which case it is
    assertStatus("bad/scanned.pdf", DocumentStatus.NO_TEXT, org.vlrobs.extract.ocr.PageOcr.availability().available()
        ? "OCR (eng+spa+fra+por) found no text on 2 pages" : "not OCR'd: tesseract is not installed");
    assertStatus("bad/not-a-pdf.pdf", DocumentStatus.MISLABELLED, "named .pdf but the content is text/html");
  }

  private void assertStatus(String file, DocumentStatus status, String reasonPart) throws IOException {
    ExtractedDocument d = extract(extractor, corpus.resolve(file));
    assertEquals(status, d.status(), file + ": " + d.statusReason());
    assertTrue(d.statusReason().contains(reasonPart), file + ": " + d.statusReason());
    assertTrue(d.pages().isEmpty(), file);
  }

  @Test
  void aMissingFileIsARowNotAnException() {
    CorpusEntry e = CorpusEntry.bare("file:/nowhere/x.pdf", "x.pdf", -1, 0);
    ExtractedDocument d = extractor.extract(e, () -> {
      throw new IOException("should not be opened");
    });
    assertEquals(DocumentStatus.MISSING, d.status());
    assertTrue(d.docId().startsWith("missing:"));
  }

  @Test
  void anUnreadableStreamIsCorruptWithTheReason() {
    CorpusEntry e = CorpusEntry.bare("file:/x.pdf", "x.pdf", 10, 0);
    ExtractedDocument d = extractor.extract(e, () -> {
      throw new IOException("connection reset");
    });
    assertEquals(DocumentStatus.CORRUPT, d.status());
    assertTrue(d.statusReason().contains("connection reset"));
  }

  @Test
  void binaryDataIsUnsupported() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0,
        0, 1, 8, 2, 0, 0, 0};
    ExtractedDocument d = extract(extractor, "figure.pdf", png);
    assertEquals(DocumentStatus.UNSUPPORTED, d.status(), d.statusReason());
    assertTrue(d.statusReason().contains("image/png"), d.statusReason());
  }

  @Test
  void oversizeFilesAreNotParsedButStillIdentified() throws IOException {
    try (DocumentExtractor small = new DocumentExtractor(new ExtractionLimits(1_000, 100, 50_000, 1_000_000,
        Duration.ofSeconds(30)))) {
      ExtractedDocument d = extract(small, corpus.resolve("helsinki-vlr-2021.pdf"));
      assertEquals(DocumentStatus.TOO_LARGE, d.status());
      assertTrue(d.statusReason().contains("over the limit"), d.statusReason());
      ExtractedDocument full = extract(extractor, corpus.resolve("helsinki-vlr-2021.pdf"));
      assertEquals(full.docId(), d.docId(), "the content id covers the whole file");
    }
  }

  @Test
  void thePageLimitKeepsTheFirstPages() throws IOException {
    try (DocumentExtractor small = new DocumentExtractor(new ExtractionLimits(1 << 20, 3, 50_000, 1_000_000,
        Duration.ofSeconds(30)))) {
      ExtractedDocument d = extract(small, corpus.resolve("helsinki-vlr-2021.pdf"));
      assertEquals(DocumentStatus.TOO_LARGE, d.status());
      assertEquals(3, d.pages().size());
      assertEquals(7, d.pageCount(), "the page count is the document's, not what was kept");
      assertTrue(d.statusReason().contains("first 3 pages are kept"), d.statusReason());
    }
  }

  @Test
  void theTimeLimitStopsParsing() throws IOException {
    try (DocumentExtractor hurried = new DocumentExtractor(new ExtractionLimits(1 << 20, 100, 50_000, 1_000_000,
        Duration.ZERO))) {
      ExtractedDocument d = extract(hurried, corpus.resolve("helsinki-vlr-2021.pdf"));
      assertEquals(DocumentStatus.TIMEOUT, d.status(), d.statusReason());
    }
  }

  @Test
  void docxIsCutIntoPageEquivalentsAndLooksLikeItsPdf() throws IOException {
    ExtractedDocument docx = extract(extractor, corpus.resolve("helsinki-vlr-2021.docx"));
    ExtractedDocument pdf = extract(extractor, corpus.resolve("helsinki-vlr-2021.pdf"));
    assertEquals(DocumentStatus.OK, docx.status(), docx.statusReason());
    assertTrue(docx.mediaType().contains("wordprocessingml"));
    assertTrue(docx.statusReason().contains("page-equivalents"));
    assertTrue(docx.pages().size() >= 2);
    assertTrue(docx.pages().stream().allMatch(p -> p.charCount() < 2 * ExtractionLimits.FLOW_PAGE_CHARS));
    assertEquals("Helsinki", docx.metadata().locality());
    double sim = TextSignature.similarity(docx.textSignature(), pdf.textSignature());
    assertTrue(sim >= 0.8, "same report in two formats: " + sim);
    ExtractedDocument other = extract(extractor, corpus.resolve("bristol-vlr-2019.pdf"));
    assertTrue(TextSignature.similarity(other.textSignature(), pdf.textSignature()) < 0.2);
  }

  @Test
  void htmlInChineseAndJapaneseExtractsWithTheRightLanguage() {
    String html = """
        <html><head><meta charset="utf-8"><title>报告</title></head><body>
        <h1>北九州市自愿地方审查报告</h1>
        <p>北九州市于二零一八年发布了第一份自愿地方审查报告，介绍了城市在实现可持续发展目标方面的进展。报告重点关注能源、环境和就业。</p>
        <h1>北九州市 SDGs 自発的自治体レビュー</h1>
        <p>北九州市は二〇一八年に日本で初めての自発的自治体レビューを国連に提出しました。市民や企業と協力して、持続可能な開発目標の達成に取り組んでいます。</p>
        </body></html>
        """;
    ExtractedDocument d = extract(extractor, "kitakyushu.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals(DocumentStatus.OK, d.status(), d.statusReason());
    assertTrue(d.pages().get(0).text().contains("自愿地方审查报告"));
    assertTrue(d.pages().get(0).text().contains("自発的自治体レビュー"));
    assertFalse(d.pages().get(0).text().contains("报告\n\n北九州市自愿"), "the <title> is metadata, not body text");
    LanguageIdentifier li = new LanguageIdentifier();
    assertEquals("zh", li.detect("北九州市于二零一八年发布了第一份自愿地方审查报告，介绍了城市在实现可持续发展目标方面的进展。"));
    assertEquals("ja", li.detect("北九州市は二〇一八年に日本で初めての自発的自治体レビューを国連に提出しました。市民や企業と協力しています。"));
    assertEquals(DocumentKind.VLR, d.metadata().kind());
    assertEquals("Kitakyushu", d.metadata().locality());
  }

  @Test
  void longHtmlIsCutAtParagraphEnds() {
    StringBuilder b = new StringBuilder("<html><body>");
    for (int i = 0; i < 100; i++) {
      b.append("<p>Paragraph ").append(i).append(" of a long web page about local SDG reporting and the review.</p>");
    }
    ExtractedDocument d = extract(extractor, "page.html", b.append("</body></html>").toString()
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(DocumentStatus.OK, d.status());
    assertTrue(d.pages().size() >= 2);
    for (ExtractedPage p : d.pages()) {
      assertTrue(p.text().endsWith("review."), "page ends at a paragraph end: " + p.text());
    }
  }

  @Test
  void nameMismatchIsNotedButADocumentIsStillRead() throws IOException {
    byte[] docx = Files.readAllBytes(corpus.resolve("helsinki-vlr-2021.docx"));
    ExtractedDocument d = extract(extractor, "helsinki.pdf", docx);
    assertEquals(DocumentStatus.OK, d.status());
    assertTrue(d.statusReason().contains("named .pdf but the content is application/vnd.openxmlformats"),
        d.statusReason());
    assertNull(DocumentExtractor.nameMismatch("a.pdf", org.apache.tika.mime.MediaType.application("pdf")));
  }
}
