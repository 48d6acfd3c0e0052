package org.vlrobs.sample;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out a {@link SampleSource} as a report-like A4 PDF: a title page, chapters on new pages,
 * running header and page-number footer, shaded boxes, ruled tables. Output is byte-for-byte
 * reproducible (fixed dates and document id).
 */
public final class PdfRenderer {
  private static final float MARGIN = 64;
  private static final float WIDTH = PDRectangle.A4.getWidth();
  private static final float HEIGHT = PDRectangle.A4.getHeight();
  private static final float BODY = 10.5f;
  private static final float LEADING = 14.5f;

  private PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
  /** TrueType files (regular, bold, italic) embedded as subsets, as office software does; null: the standard 14 fonts. */
  private final java.nio.file.Path[] trueType;

  /** Renders with the standard 14 fonts (not embedded). */
  public PdfRenderer() {
    this.trueType = null;
  }

  /** Renders with these TrueType fonts, embedded as subsets in every document (as office software does). */
  public PdfRenderer(java.nio.file.Path regularTtf, java.nio.file.Path boldTtf, java.nio.file.Path italicTtf) {
    this.trueType = new java.nio.file.Path[] {regularTtf, boldTtf, italicTtf};
  }

  private PDDocument doc;
  private PDPageContentStream cs;
  private float y;
  private int pageNo;
  private String header;

  /** Pages of the last document rendered. */
  public int pageCount() {
    return pageNo;
  }

  public void render(SampleSource src, OutputStream out) throws IOException {
    try (PDDocument d = new PDDocument()) {
      doc = d;
      if (trueType != null) {
        regular = org.apache.pdfbox.pdmodel.font.PDType0Font.load(d, trueType[0].toFile());
        bold = org.apache.pdfbox.pdmodel.font.PDType0Font.load(d, trueType[1].toFile());
        italic = org.apache.pdfbox.pdmodel.font.PDType0Font.load(d, trueType[2].toFile());
      }
      header = src.meta().getOrDefault("header", src.title());
      pageNo = 0;
      titlePage(src);
      for (SampleSource.Block b : src.blocks()) {
        if (b instanceof SampleSource.Chapter c) {
          newPage();
          heading(c.text(), 17, 10);
        } else if (b instanceof SampleSource.Section s) {
          need(LEADING * 3);
          y -= 6;
          heading(s.text(), 12.5f, 4);
        } else if (b instanceof SampleSource.Paragraph p) {
          paragraph(p.text(), regular, BODY, MARGIN, WIDTH - 2 * MARGIN);
        } else if (b instanceof SampleSource.Box box) {
          box(box);
        } else if (b instanceof SampleSource.Table t) {
          table(t);
        }
      }
      closePage();
      PDDocumentInformation info = d.getDocumentInformation();
      if (src.embedTitle()) {
        info.setTitle(src.title());
      }
      info.setAuthor(src.meta().getOrDefault("author", "VLR Observatory sample"));
      info.setProducer("VLR Observatory sample generator");
      Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      date.clear();
      java.util.regex.Matcher year = java.util.regex.Pattern.compile("\\d{4}").matcher(src.meta().getOrDefault("date", ""));
      date.set(year.find() ? Integer.parseInt(year.group()) : 2021, Calendar.JANUARY, 1);
      info.setCreationDate(date);
      info.setModificationDate(date);
      fixDocumentId(d, src.name());
      d.save(out);
    }
  }

  private void titlePage(SampleSource src) throws IOException {
    newPage();
    y = HEIGHT - 220;
    String author = src.meta().get("author");
    if (author != null) {
      paragraph(author.toUpperCase(java.util.Locale.ROOT), bold, 11, MARGIN, WIDTH - 2 * MARGIN);
      y -= 30;
    }
    paragraph(src.title(), bold, 26, MARGIN, WIDTH - 2 * MARGIN);
    y -= 14;
    String subtitle = src.meta().get("subtitle");
    if (subtitle != null) {
      paragraph(subtitle, regular, 15, MARGIN, WIDTH - 2 * MARGIN);
    }
    y = 150;
    String date = src.meta().get("date");
    if (date != null) {
      paragraph(date, regular, 12, MARGIN, WIDTH - 2 * MARGIN);
    }
    y -= 10;
    paragraph(SampleSource.DISCLAIMER, italic, 8, MARGIN, WIDTH - 2 * MARGIN);
  }

  private void heading(String text, float size, float after) throws IOException {
    paragraph(text, bold, size, MARGIN, WIDTH - 2 * MARGIN);
    y -= after;
  }

  private void paragraph(String text, PDFont font, float size, float x, float width) throws IOException {
    float leading = size * 1.38f;
    for (String line : wrap(text, font, size, width)) {
      need(leading);
      write(line, font, size, x, y - size);
      y -= leading;
    }
    y -= leading * 0.45f;
  }

  private void box(SampleSource.Box box) throws IOException {
    float inner = WIDTH - 2 * MARGIN - 24;
    List<String> head = wrap(box.heading(), bold, BODY + 0.5f, inner);
    List<List<String>> paras = new ArrayList<>();
    float height = head.size() * LEADING + 22;
    for (String p : box.paragraphs()) {
      List<String> lines = wrap(p, regular, BODY - 0.5f, inner);
      paras.add(lines);
      height += lines.size() * (LEADING - 1) + 6;
    }
    need(Math.min(height, HEIGHT - 2 * MARGIN - 40));
    float top = y;
    cs.setNonStrokingColor(new Color(0xE8, 0xF1, 0xF8));
    cs.addRect(MARGIN, top - height, WIDTH - 2 * MARGIN, height);
    cs.fill();
    cs.setStrokingColor(new Color(0x1F, 0x5A, 0x8C));
    cs.setLineWidth(1.2f);
    cs.addRect(MARGIN, top - height, WIDTH - 2 * MARGIN, height);
    cs.stroke();
    cs.setNonStrokingColor(Color.BLACK);
    y -= 12;
    for (String l : head) {
      write(l, bold, BODY + 0.5f, MARGIN + 12, y - BODY);
      y -= LEADING;
    }
    y -= 4;
    for (List<String> p : paras) {
      for (String l : p) {
        write(l, regular, BODY - 0.5f, MARGIN + 12, y - BODY);
        y -= LEADING - 1;
      }
      y -= 6;
    }
    y = top - height - 12;
  }

  private void table(SampleSource.Table t) throws IOException {
    int cols = t.rows().stream().mapToInt(List::size).max().orElse(1);
    float tableWidth = WIDTH - 2 * MARGIN;
    float first = cols == 1 ? tableWidth : tableWidth * 0.42f;
    float other = cols == 1 ? 0 : (tableWidth - first) / (cols - 1);
    float size = BODY - 1.5f;
    boolean headerRow = true;
    for (List<String> row : t.rows()) {
      List<List<String>> cells = new ArrayList<>();
      int lines = 1;
      for (int c = 0; c < cols; c++) {
        String text = c < row.size() ? row.get(c) : "";
        List<String> w = wrap(text, headerRow ? bold : regular, size, (c == 0 ? first : other) - 8);
        cells.add(w);
        lines = Math.max(lines, w.size());
      }
      float h = lines * (size + 3) + 8;
      need(h);
      float x = MARGIN;
      cs.setStrokingColor(new Color(0x99, 0x99, 0x99));
      cs.setLineWidth(0.5f);
      for (int c = 0; c < cols; c++) {
        float w = c == 0 ? first : other;
        if (headerRow) {
          cs.setNonStrokingColor(new Color(0xDD, 0xDD, 0xDD));
          cs.addRect(x, y - h, w, h);
          cs.fill();
          cs.setNonStrokingColor(Color.BLACK);
        }
        cs.addRect(x, y - h, w, h);
        cs.stroke();
        float ty = y - 4 - size;
        for (String l : cells.get(c)) {
          write(l, headerRow ? bold : regular, size, x + 4, ty);
          ty -= size + 3;
        }
        x += w;
      }
      y -= h;
      headerRow = false;
    }
    y -= 12;
  }

  private void need(float h) throws IOException {
    if (y - h < MARGIN + 20) {
      newPage();
    }
  }

  private void newPage() throws IOException {
    closePage();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
    pageNo++;
    y = HEIGHT - MARGIN;
    if (pageNo > 1) {
      write(header, italic, 8, MARGIN, HEIGHT - 36);
      String footer = String.valueOf(pageNo);
      write(footer, regular, 9, (WIDTH - regular.getStringWidth(footer) / 1000 * 9) / 2, 30);
    }
  }

  private void closePage() throws IOException {
    if (cs != null) {
      cs.close();
      cs = null;
    }
  }

  private void write(String text, PDFont font, float size, float x, float baseline) throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, baseline);
    cs.showText(encodable(text, font));
    cs.endText();
  }

  private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (font.getStringWidth(encodable(candidate, font)) / 1000 * size > width && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Standard 14 fonts cover WinAnsi (all Western European accents); anything else becomes '?'. */
  static String encodable(String s, PDFont font) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      try {
        font.encode(String.valueOf(c));
        b.append(c);
      } catch (IllegalArgumentException | IOException e) {
        b.append('?');
      }
    }
    return b.toString();
  }

  static void fixDocumentId(PDDocument d, String seed) {
    try {
      byte[] id = MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      d.getDocument().getTrailer().setItem(COSName.ID, ids);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
