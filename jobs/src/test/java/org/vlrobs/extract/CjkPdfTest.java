package org.vlrobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * Chinese and Japanese PDFs extract page by page with the right language. Needs a CJK font to make
 * the PDF (Debian's fonts-wqy-microhei, which .ci/run installs); skipped where there is none.
 */
class CjkPdfTest {
  private static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

  @Test
  void chineseAndJapanesePagesExtract() throws Exception {
    assumeTrue(FONT.exists(), "no CJK font installed (apt-get install fonts-wqy-microhei)");
    String zh = "北九州市自愿地方审查报告。北九州市于二零一八年发布了第一份自愿地方审查报告，介绍了城市在实现可持续发展目标方面的进展。";
    String ja = "北九州市SDGs自発的自治体レビュー。北九州市は二〇一八年に日本で初めての自発的自治体レビューを国連に提出しました。";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT)) {
      TrueTypeFont[] fonts = new TrueTypeFont[1];
      ttc.processAllFonts(f -> {
        if (fonts[0] == null) {
          fonts[0] = f;
        }
      });
      PDType0Font font = PDType0Font.load(doc, fonts[0], true);
      for (String text : new String[] {zh, ja}) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 11);
          cs.newLineAtOffset(50, 700);
          cs.showText(text.substring(0, 30));
          cs.newLineAtOffset(0, -16);
          cs.showText(text.substring(30));
          cs.endText();
        }
      }
      doc.save(out);
    }
    try (DocumentExtractor ex = new DocumentExtractor(ExtractionLimits.DEFAULT)) {
      ExtractedDocument d = DocumentExtractorTest.extract(ex, "kitakyushu.pdf", out.toByteArray());
      assertEquals(DocumentStatus.OK, d.status(), d.statusReason());
      assertEquals(2, d.pages().size());
      assertTrue(d.pages().get(0).text().replace("\n", "").contains("自愿地方审查报告"), d.pages().get(0).text());
      assertTrue(d.pages().get(1).text().replace("\n", "").contains("自発的自治体レビュー"), d.pages().get(1).text());
      assertEquals("zh", d.pages().get(0).language());
      assertEquals("ja", d.pages().get(1).language());
    }
  }
}
