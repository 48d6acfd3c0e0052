package org.vlrobs.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vlrobs.TestPaths;
import org.vlrobs.corpus.CorpusEntry;
import org.vlrobs.extract.DocumentExtractor;
import org.vlrobs.extract.DocumentStatus;
import org.vlrobs.extract.ExtractedDocument;
import org.vlrobs.extract.ExtractedPage;
import org.vlrobs.extract.ExtractionLimits;
import org.vlrobs.sample.SampleSource;
import org.vlrobs.sample.ScanRenderer;

/** OCR of a scanned report (rendered by {@link ScanRenderer}: page images, no text layer). */
class PageOcrTest {
  @TempDir
  static Path tmp;
  static Path scan;

  @BeforeAll
  static void render() throws IOException {
    scan = tmp.resolve("buenos-aires-vlr-2022.pdf");
    try (OutputStream os = Files.newOutputStream(scan)) {
      new ScanRenderer().render(SampleSource.read(TestPaths.sampleSources().resolve("buenos-aires-vlr-2022.md")), os);
    }
  }

  private static CorpusEntry entry(String language) throws IOException {
    return new CorpusEntry(scan.toUri().toString(), scan.getFileName().toString(), Files.size(scan), 0, null, null,
        null, null, language, null, null);
  }

  @Test
  void aScannedReportIsReadByOcrAndItsMetadataInferredFromTheText() throws IOException {
    assumeTrue(PageOcr.availability().available(), () -> "OCR unavailable: " + PageOcr.availability().reason());
    long t0 = System.nanoTime();
    ExtractedDocument d;
    try (DocumentExtractor ex = new DocumentExtractor(ExtractionLimits.DEFAULT, PageOcr.Mode.AUTO)) {
      d = ex.extract(entry("es"), () -> Files.newInputStream(scan)); // the manifest says Spanish
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(DocumentStatus.OK, d.status(), d.statusReason());
    assertEquals(d.pageCount(), d.ocrPages(), "every page read by OCR: " + d.statusReason());
    assertTrue(d.statusReason().contains("read by OCR (spa)"), d.statusReason());
    String all = String.join("\n", d.pages().stream().map(ExtractedPage::text).toList());
    assertTrue(all.contains("Revisión Local Voluntaria de Buenos Aires"), all);
    assertTrue(all.contains("Río de la Plata"), all);
    assertTrue(all.contains("ODS 11"), all);
    assertEquals("es", d.metadata().language());
    assertEquals("VLR", d.metadata().kind().name(), "kind inferred from the OCR'd title page");
    assertEquals(2022, d.metadata().year());
    assertTrue(d.pages().stream().allMatch(ExtractedPage::ocr));
    System.out.printf("OCR: %d pages in %.1f s%n", d.pageCount(), seconds);
  }

  @Test
  void withoutAnyLanguageHintTheFirstPageIsReadInTheFourLanguages() throws IOException {
    assumeTrue(PageOcr.availability().available(), () -> "OCR unavailable: " + PageOcr.availability().reason());
    try (DocumentExtractor ex = new DocumentExtractor(ExtractionLimits.DEFAULT, PageOcr.Mode.ON)) {
      ExtractedDocument d = ex.extract(entry(null), () -> Files.newInputStream(scan));
      assertEquals(DocumentStatus.OK, d.status(), d.statusReason());
      assertTrue(d.statusReason().contains("eng+spa+fra+por"), d.statusReason());
      assertEquals("es", d.metadata().language());
    }
  }

  @Test
  void withOcrOffTheReasonSaysSo() throws IOException {
    try (DocumentExtractor ex = new DocumentExtractor(ExtractionLimits.DEFAULT, PageOcr.Mode.OFF)) {
      ExtractedDocument d = ex.extract(entry("es"), () -> Files.newInputStream(scan));
      assertEquals(DocumentStatus.NO_TEXT, d.status());
      assertTrue(d.statusReason().contains("OCR is off"), d.statusReason());
      assertEquals(0, d.ocrPages());
    }
  }

  @Test
  void ocrStaysWithinTheDocumentsTimeBudget() throws IOException {
    assumeTrue(PageOcr.availability().available(), () -> "OCR unavailable: " + PageOcr.availability().reason());
    ExtractionLimits tight = new ExtractionLimits(1 << 26, 100, 50_000, 1_000_000, Duration.ofSeconds(3));
    long t0 = System.nanoTime();
    ExtractedDocument d;
    try (DocumentExtractor ex = new DocumentExtractor(tight, PageOcr.Mode.ON)) {
      d = ex.extract(entry("es"), () -> Files.newInputStream(scan));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertTrue(seconds < 3 + 5, "bounded by the 3 s budget (plus rendering and process teardown): " + seconds + " s");
    assertTrue(d.ocrPages() < d.pageCount(), "not every page within 3 s: " + d.statusReason());
    assertTrue(d.statusReason().contains("time limit"), d.statusReason());
  }
}
