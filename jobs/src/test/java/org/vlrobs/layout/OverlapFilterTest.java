package org.vlrobs.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash-grid duplicate filter keeps and drops exactly the glyphs PDFBox's own rule keeps and drops. */
class OverlapFilterTest {

  /** PDFBox's rule as PDFTextStripper writes it: sorted maps of x, then y, per text. */
  private static final class Reference {
    private final Map<String, TreeMap<Float, TreeSet<Float>>> byText = new HashMap<>();

    boolean duplicate(String text, float x, float y, float width) {
      TreeMap<Float, TreeSet<Float>> same = byText.computeIfAbsent(text, k -> new TreeMap<>());
      float tolerance = width / text.length() / 3.0f;
      SortedMap<Float, TreeSet<Float>> xs = same.subMap(x - tolerance, x + tolerance);
      for (TreeSet<Float> ys : xs.values()) {
        if (!ys.subSet(y - tolerance, y + tolerance).isEmpty()) {
          return true;
        }
      }
      same.computeIfAbsent(x, k -> new TreeSet<>()).add(y);
      return false;
    }
  }

  @Test
  void decidesAsPdfBoxOnRandomPagesWithFakeBoldAndHugeGlyphs() {
    Random random = new Random(7);
    String[] texts = {"a", "e", "o", "T", "fi", "1"};
    int duplicates = 0;
    for (int page = 0; page < 40; page++) {
      OverlapFilter filter = new OverlapFilter();
      Reference reference = new Reference();
      float[] last = null;
      for (int i = 0; i < 3000; i++) {
        String text = texts[random.nextInt(texts.length)];
        float width = random.nextInt(50) == 0 ? 200 + random.nextFloat() * 400 : 3 + random.nextFloat() * 6;
        float x;
        float y;
        if (last != null && random.nextInt(4) == 0) { // fake bold: the previous glyph again, a little off
          x = last[0] + (random.nextFloat() - 0.5f) * 3;
          y = last[1] + (random.nextFloat() - 0.5f) * 3;
          text = texts[(int) last[2]];
        } else {
          x = random.nextFloat() * 600 - 20; // some off the page, left of zero
          y = random.nextFloat() * 800;
        }
        int t = java.util.Arrays.asList(texts).indexOf(text);
        boolean expected = reference.duplicate(text, x, y, width);
        assertEquals(expected, filter.duplicate(text, x, y, width),
            "page " + page + " glyph " + i + " '" + text + "' at " + x + "," + y + " width " + width);
        duplicates += expected ? 1 : 0;
        last = new float[] {x, y, t};
      }
    }
    assertTrue(duplicates > 5000, "the random pages exercise the duplicate branch: " + duplicates);
  }

  @Test
  void noWidthMeansNoToleranceAndEachPageStartsEmpty() {
    OverlapFilter filter = new OverlapFilter();
    assertFalse(filter.duplicate("a", 10, 10, 0));
    assertFalse(filter.duplicate("a", 10, 10, 0), "a zero tolerance box is empty, as in PDFBox");
    assertTrue(filter.duplicate("a", 10.5f, 10, 6));
    filter.clear();
    assertFalse(filter.duplicate("a", 10.5f, 10, 6));
    assertFalse(filter.duplicate("a", Float.NaN, 10, 6));
  }

  @Test
  void fakeBoldTextIsReadOnceAsByPdfBox(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("fake-bold.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (float dx : new float[] {0f, 0.35f, 0.7f}) { // the heading painted three times, as fake bold
          cs.beginText();
          cs.setFont(font, 16);
          cs.newLineAtOffset(72 + dx, 760);
          cs.showText("Localising the Goals");
          cs.endText();
        }
        cs.beginText();
        cs.setFont(font, 11);
        cs.newLineAtOffset(72, 730);
        cs.showText("Municipalities were consulted on every chapter of this review.");
        cs.endText();
      }
      doc.save(pdf.toFile());
    }
    PdfLayoutExtractor.Result r = new PdfLayoutExtractor(false).extract(pdf, 10, System.nanoTime() + 60_000_000_000L,
        16L << 20);
    String text = r.pages().get(0).text();
    assertTrue(text.contains("Localising the Goals"), text);
    assertFalse(text.contains("LLo") || text.contains("Goalss"), text);
    assertEquals(1, text.split("Localising", -1).length - 1, text);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper pdfbox = new PDFTextStripper();
      pdfbox.setSuppressDuplicateOverlappingText(true);
      assertEquals(pdfbox.getText(doc).replaceAll("\\s+", " ").trim(), text.replaceAll("\\s+", " ").trim());
    }
  }
}
