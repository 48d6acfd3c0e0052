package org.vlrobs.sample;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a sample source as a <em>scanned</em> report: every page is a 300 dpi black-and-white picture of
 * the text (slightly skewed, with specks, as a scanner makes it) and the PDF has no text layer, so only OCR
 * can read it. Byte-for-byte reproducible: glyphs are drawn from their outlines in the Liberation Sans font
 * bundled with PDFBox (no system fonts, no font hinting), without anti-aliasing, and the noise is seeded.
 */
public final class ScanRenderer {
  static final int DPI = 300;
  private static final int W = Math.round(PDRectangle.A4.getWidth() / 72f * DPI);
  private static final int H = Math.round(PDRectangle.A4.getHeight() / 72f * DPI);
  private static final int MARGIN = DPI; // one inch
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private TrueTypeFont font;
  private CmapLookup cmap;
  private float unitsPerEm;
  private final List<BufferedImage> pages = new ArrayList<>();
  private Graphics2D g;
  private float y;

  public void render(SampleSource src, OutputStream out) throws IOException {
    try (InputStream in = ScanRenderer.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IOException("font not found on the classpath: " + FONT);
      }
      font = new TTFParser().parse(new RandomAccessReadBuffer(in));
    }
    try {
      cmap = font.getUnicodeCmapLookup();
      unitsPerEm = font.getUnitsPerEm();
      newPage();
      String author = src.meta().get("author");
      if (author != null) {
        text(author, 12, 0);
        y += pt(10);
      }
      text(src.title(), 22, 0);
      y += pt(8);
      if (src.meta().get("subtitle") != null) {
        text(src.meta().get("subtitle"), 14, 0);
      }
      if (src.meta().get("date") != null) {
        text(src.meta().get("date"), 12, 0);
      }
      y += pt(16);
      text(SampleSource.DISCLAIMER, 9, 0);
      y += pt(18);
      for (SampleSource.Block b : src.blocks()) {
        if (b instanceof SampleSource.Chapter c) {
          y += pt(10);
          text(c.text(), 15, 0);
          y += pt(4);
        } else if (b instanceof SampleSource.Section s) {
          y += pt(6);
          text(s.text(), 13, 0);
        } else if (b instanceof SampleSource.Paragraph p) {
          text(p.text(), 11, 0);
          y += pt(6);
        } else if (b instanceof SampleSource.Box box) {
          y += pt(6);
          text(box.heading(), 12, pt(18));
          for (String para : box.paragraphs()) {
            text(para, 11, pt(18));
          }
          y += pt(6);
        } else if (b instanceof SampleSource.Table t) {
          for (List<String> row : t.rows()) {
            text(String.join("   ", row), 10, pt(6));
          }
          y += pt(6);
        }
      }
      g.dispose();
      try (PDDocument d = new PDDocument()) {
        for (BufferedImage img : pages) {
          PDPage page = new PDPage(PDRectangle.A4);
          d.addPage(page);
          PDImageXObject image = LosslessFactory.createFromImage(d, scanned(img, d.getNumberOfPages()));
          try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
            cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
          }
        }
        PdfRenderer.fixDocumentId(d, src.name());
        d.save(out);
      }
    } finally {
      font.close();
    }
  }

  private static float pt(float points) {
    return points / 72f * DPI;
  }

  private void newPage() {
    if (g != null) {
      g.dispose();
    }
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
    pages.add(img);
    g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setColor(Color.BLACK);
    y = MARGIN;
  }

  /** Lays out one paragraph at the given size (points), wrapping at the margins, breaking pages. */
  private void text(String s, float sizePt, float indent) throws IOException {
    float em = pt(sizePt);
    float scale = em / unitsPerEm;
    float lineHeight = em * 1.4f;
    float width = W - 2 * MARGIN - indent;
    List<String> words = List.of(s.strip().split("\\s+"));
    StringBuilder line = new StringBuilder();
    float lineWidth = 0;
    float space = advance(" ") * scale;
    for (String w : words) {
      float ww = advance(w) * scale;
      if (line.length() > 0 && lineWidth + space + ww > width) {
        drawLine(line.toString(), scale, indent, lineHeight, em);
        line.setLength(0);
        lineWidth = 0;
      }
      if (line.length() > 0) {
        line.append(' ');
        lineWidth += space;
      }
      line.append(w);
      lineWidth += ww;
    }
    if (line.length() > 0) {
      drawLine(line.toString(), scale, indent, lineHeight, em);
    }
  }

  private void drawLine(String s, float scale, float indent, float lineHeight, float em) throws IOException {
    if (y + lineHeight > H - MARGIN) {
      newPage();
    }
    float baseline = y + em;
    float x = MARGIN + indent;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int gid = cmap.getGlyphId(cp);
      GlyphData glyph = font.getGlyph().getGlyph(gid);
      if (glyph != null) {
        GeneralPath path = glyph.getPath();
        AffineTransform at = new AffineTransform();
        at.translate(x, baseline);
        at.scale(scale, -scale);
        Shape shape = at.createTransformedShape(path);
        g.fill(shape);
      }
      x += font.getAdvanceWidth(gid) * scale;
    }
    y += lineHeight;
  }

  private float advance(String s) throws IOException {
    float a = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      a += font.getAdvanceWidth(cmap.getGlyphId(cp));
    }
    return a;
  }

  /** The page as a scanner gives it back: turned by a fraction of a degree, binarised, with specks. */
  private static BufferedImage scanned(BufferedImage page, int pageNo) {
    BufferedImage out = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D s = out.createGraphics();
    s.setColor(Color.WHITE);
    s.fillRect(0, 0, W, H);
    s.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    s.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    s.rotate(Math.toRadians(pageNo % 2 == 0 ? 0.35 : -0.25), W / 2.0, H / 2.0);
    s.drawImage(page, 0, 0, null);
    s.setTransform(new AffineTransform());
    Random random = new Random(1000 + pageNo);
    s.setColor(Color.BLACK);
    for (int i = 0; i < 400; i++) {
      int r = 1 + random.nextInt(3);
      s.fillRect(random.nextInt(W), random.nextInt(H), r, r);
    }
    s.dispose();
    return out;
  }
}
