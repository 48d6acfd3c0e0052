package org.vlrobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;

/** A real published PDF (a browser print of the 2030 Agenda web page), from ../shared when it is there. */
class Agenda2030PdfTest {
  @Test
  void extractsEveryPageInEnglish() throws Exception {
    Path shared = TestPaths.shared();
    assumeTrue(shared != null, "../shared is not present");
    Path pdf = shared.resolve("data/sdg-framework/Agenda2030.pdf");
    assumeTrue(Files.exists(pdf), "Agenda2030.pdf is not present");
    try (DocumentExtractor ex = new DocumentExtractor(ExtractionLimits.DEFAULT)) {
      ExtractedDocument d = DocumentExtractorTest.extract(ex, pdf);
      assertEquals(DocumentStatus.OK, d.status(), d.statusReason());
      int pages;
      try (var pd = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
        pages = pd.getNumberOfPages(); // 33 (a browser print on A3), whatever notes say
      }
      assertEquals(pages, d.pageCount());
      assertEquals(pages, d.pages().size());
      assertTrue(d.metadata().title().startsWith("Transforming our world"), d.metadata().title());
      assertEquals("en", d.metadata().language());
      String all = String.join("\n", d.pages().stream().map(ExtractedPage::text).toList());
      assertTrue(all.contains("Sustainable Development"), all.substring(0, 300));
      long withText = d.pages().stream().filter(p -> p.charCount() > 200).count();
      assertTrue(withText >= pages - 1, withText + " of " + pages + " pages have text");
    }
  }
}
