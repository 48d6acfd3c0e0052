package org.vlrobs.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Writes a {@link SampleSource} as a DOCX (the same report in a second format, as publishers do). */
public final class DocxRenderer {

  public void render(SampleSource src, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.getProperties().getCoreProperties().setTitle(src.title());
      doc.getProperties().getCoreProperties().setCreator(src.meta().getOrDefault("author", "VLR Observatory sample"));
      if (src.meta().containsKey("author")) {
        run(doc.createParagraph(), src.meta().get("author").toUpperCase(java.util.Locale.ROOT), true, 11);
      }
      run(doc.createParagraph(), src.title(), true, 26);
      if (src.meta().containsKey("subtitle")) {
        run(doc.createParagraph(), src.meta().get("subtitle"), false, 15);
      }
      if (src.meta().containsKey("date")) {
        run(doc.createParagraph(), src.meta().get("date"), false, 12);
      }
      run(doc.createParagraph(), SampleSource.DISCLAIMER, false, 8);
      for (SampleSource.Block b : src.blocks()) {
        if (b instanceof SampleSource.Chapter c) {
          XWPFParagraph p = doc.createParagraph();
          p.setPageBreak(true);
          run(p, c.text(), true, 17);
        } else if (b instanceof SampleSource.Section s) {
          run(doc.createParagraph(), s.text(), true, 12);
        } else if (b instanceof SampleSource.Paragraph p) {
          run(doc.createParagraph(), p.text(), false, 10);
        } else if (b instanceof SampleSource.Box box) {
          XWPFTable t = doc.createTable(1, 1);
          XWPFParagraph first = t.getRow(0).getCell(0).getParagraphs().get(0);
          run(first, box.heading(), true, 10);
          for (String para : box.paragraphs()) {
            run(t.getRow(0).getCell(0).addParagraph(), para, false, 10);
          }
        } else if (b instanceof SampleSource.Table tb) {
          List<List<String>> rows = tb.rows();
          int cols = rows.stream().mapToInt(List::size).max().orElse(1);
          XWPFTable t = doc.createTable(rows.size(), cols);
          for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r);
            for (int c = 0; c < cols; c++) {
              String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
              run(row.getCell(c).getParagraphs().get(0), text, r == 0, 9);
            }
          }
        }
      }
      XWPFParagraph end = doc.createParagraph();
      end.createRun().addBreak(BreakType.TEXT_WRAPPING);
      java.util.Calendar fixed = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
      fixed.clear();
      fixed.set(2021, java.util.Calendar.JANUARY, 1);
      doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(fixed.getTime()));
      doc.getProperties().getCoreProperties().setModified(java.util.Optional.of(fixed.getTime()));
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      doc.write(raw);
      reproducibleZip(raw.toByteArray(), out, fixed.getTimeInMillis());
    }
  }

  /** Re-packs the DOCX with fixed entry times, so that the same source gives the same bytes. */
  private static void reproducibleZip(byte[] zip, OutputStream out, long time) throws IOException {
    ZipOutputStream zos = new ZipOutputStream(out);
    try (ZipInputStream zis = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = zis.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(time);
        zos.putNextEntry(copy);
        zis.transferTo(zos);
        zos.closeEntry();
      }
    }
    zos.finish();
  }

  private static void run(XWPFParagraph p, String text, boolean bold, int size) {
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setBold(bold);
    r.setFontSize(size);
  }
}
