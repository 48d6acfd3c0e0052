package org.vlrobs.hostile;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes, at test time, a corpus of hostile and messy files of the kinds real review collections and
 * careless downloads contain: decompression bombs (a DOCX whose XML inflates past 1 GB while staying
 * under POI's zip-bomb ratio, a PDF whose content stream inflates past 1 GB), broken PDFs (cyclic page
 * tree, a false page count, truncated, whitespace only), a 31 M-character one-line text, empty files,
 * archives, a named pipe, an odd name, symbolic-link cycles to the parent and to the root, dangling and
 * looping links, and a manifest with a BOM, CRLF line ends, an unbalanced quote, wrong column counts,
 * repeated rows, paths outside the corpus, a folder, NFD spelling, a backslash and another case.
 *
 * <p>Layout: {@code <base>/corpus} (the corpus, with {@code manifest.csv}) and {@code <base>/outside}
 * (a file the manifest points to with {@code ../outside/x.pdf}; it must never be read).
 */
public final class HostileCorpus {
  /** Text that appears only in the file outside the corpus: it must not show up in any table. */
  public static final String OUTSIDE_MARKER = "OUTSIDE-THE-CORPUS-SECRET";
  public static final String NFC_NAME = Normalizer.normalize("Málaga-revisión-2021.pdf", Normalizer.Form.NFC);

  private final Path base;
  private final long bombBytes;
  /** Corpus-relative path (or manifest path) -> what a truthful row says, as "status" or "status1|status2". */
  private final Map<String, String> expected = new LinkedHashMap<>();

  /**
   * @param bombBytes how far the two bombs inflate (the issue's corpus: over 1 GB)
   */
  public HostileCorpus(Path base, long bombBytes) {
    this.base = base;
    this.bombBytes = bombBytes;
  }

  public Path corpus() {
    return base.resolve("corpus");
  }

  public Path outside() {
    return base.resolve("outside");
  }

  /**
   * Expected statuses by path relative to the corpus ({@code ../outside/x.pdf} and {@code /etc/hostname} for
   * the rows of manifest paths outside it, {@code manifest.csv#line=N} for manifest lines that name no file).
   */
  public Map<String, String> expected() {
    return expected;
  }

  /** Writes the corpus; {@code samples} is a folder of ordinary PDFs and a DOCX (the sample corpus). */
  public HostileCorpus write(Path samples) throws IOException, InterruptedException {
    Path c = corpus();
    Files.createDirectories(c);
    Files.createDirectories(outside());

    // Ordinary documents: must come out exactly as in a normal corpus.
    for (String name : List.of("helsinki-vlr-2021.pdf", "malaga-vlr-2021.pdf", "finland-vnr-2020.pdf",
        "helsinki-vlr-2021.docx")) {
      copy(samples.resolve(name), c.resolve("good/" + name));
      expected.put("good/" + name, "ok");
    }
    copy(samples.resolve("bogota-vlr-2021.pdf"), c.resolve("odd/Report: 2021.pdf"));
    expected.put("odd/Report: 2021.pdf", "ok");
    copy(samples.resolve("bristol-vlr-2019.pdf"), c.resolve("odd/" + NFC_NAME));
    expected.put("odd/" + NFC_NAME, "ok");
    copy(samples.resolve("niteroi-vlr-2020.pdf"), c.resolve("odd/Case-Sensitive.pdf"));
    expected.put("odd/Case-Sensitive.pdf", "ok");
    copy(samples.resolve("colombia-vnr-2021.pdf"), c.resolve("odd/back/slash.pdf"));
    expected.put("odd/back/slash.pdf", "ok");
    copy(samples.resolve("uk-vnr-2019.pdf"), c.resolve("odd/extra-columns.pdf"));
    expected.put("odd/extra-columns.pdf", "ok");
    copy(samples.resolve("spain-vnr-2021.pdf"), c.resolve("odd/repeated.pdf"));
    expected.put("odd/repeated.pdf", "ok");

    // Bombs.
    docxBomb(c.resolve("bombs/docx-bomb.docx"), bombBytes);
    expected.put("bombs/docx-bomb.docx", "too_large|timeout");
    pdfBomb(c.resolve("bombs/pdf-bomb.pdf"), bombBytes);
    expected.put("bombs/pdf-bomb.pdf", "too_large|timeout|partial");

    // Broken PDFs.
    Files.createDirectories(c.resolve("pdf"));
    Files.write(c.resolve("pdf/cyclic-tree.pdf"), cyclicTreePdf());
    expected.put("pdf/cyclic-tree.pdf", "ok");
    Files.write(c.resolve("pdf/million-pages.pdf"), millionPagesPdf());
    expected.put("pdf/million-pages.pdf", "ok|partial");
    byte[] ten = textPdf(10, "Truncated report page");
    Files.write(c.resolve("pdf/truncated.pdf"), Arrays.copyOf(ten, ten.length * 45 / 100));
    expected.put("pdf/truncated.pdf", "partial|corrupt");
    Files.write(c.resolve("pdf/whitespace.pdf"), whitespacePdf());
    expected.put("pdf/whitespace.pdf", "no_text");

    // 31 million characters on one line.
    Files.createDirectories(c.resolve("text"));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(c.resolve("text/one-line.txt")), 1 << 20)) {
      byte[] word = "sustainable development goals local review ".getBytes(StandardCharsets.US_ASCII);
      for (long n = 0; n < 31_000_000L; n += word.length) {
        out.write(word);
      }
    }
    expected.put("text/one-line.txt", "too_large|partial");

    // Two empty files (the second must not be a duplicate of the first).
    Files.createDirectories(c.resolve("empty"));
    Files.write(c.resolve("empty/a.txt"), new byte[0]);
    Files.write(c.resolve("empty/b.pdf"), new byte[0]);
    expected.put("empty/a.txt", "empty");
    expected.put("empty/b.pdf", "empty");

    // Archives.
    Files.createDirectories(c.resolve("archives"));
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(c.resolve("archives/two-pdfs.zip")))) {
      for (String name : List.of("bretagne-vlr-2020.pdf", "brazil-vnr-2024.pdf")) {
        z.putNextEntry(new ZipEntry(name));
        z.write(Files.readAllBytes(samples.resolve(name)));
        z.closeEntry();
      }
    }
    expected.put("archives/two-pdfs.zip", "unsupported");
    try (OutputStream g = new GZIPOutputStream(Files.newOutputStream(c.resolve("archives/report.pdf.gz")))) {
      g.write(Files.readAllBytes(samples.resolve("france-vnr-2020.pdf")));
    }
    expected.put("archives/report.pdf.gz", "unsupported");

    // A named pipe: opening it blocks forever.
    Files.createDirectories(c.resolve("special"));
    Process p = new ProcessBuilder("mkfifo", c.resolve("special/pipe.pdf").toString()).inheritIO().start();
    if (p.waitFor() == 0) {
      expected.put("special/pipe.pdf", "not_a_file");
    }

    // Links: cycles to the parent and to the root, dangling, looping, a file link.
    Path links = Files.createDirectories(c.resolve("links"));
    Files.createSymbolicLink(links.resolve("to-parent"), Paths.get(".."));
    expected.put("links/to-parent", "not_a_file");
    Files.createSymbolicLink(links.resolve("to-root"), Paths.get("/"));
    expected.put("links/to-root", "outside_corpus");
    Files.createSymbolicLink(links.resolve("dangling.pdf"), Paths.get("no-such-file.pdf"));
    expected.put("links/dangling.pdf", "not_a_file");
    Files.createSymbolicLink(links.resolve("loop-a.pdf"), Paths.get("loop-b.pdf"));
    Files.createSymbolicLink(links.resolve("loop-b.pdf"), Paths.get("loop-a.pdf"));
    expected.put("links/loop-a.pdf", "not_a_file");
    expected.put("links/loop-b.pdf", "not_a_file");
    Files.createSymbolicLink(links.resolve("outside-link.pdf"), outside().resolve("x.pdf"));
    expected.put("links/outside-link.pdf", "outside_corpus");

    // A file edited later with the same size and modification time (see editSameSize).
    Files.createDirectories(c.resolve("edited"));
    Files.writeString(c.resolve("edited/same-size.txt"), editedText('A'));
    Files.setLastModifiedTime(c.resolve("edited/same-size.txt"), FileTime.fromMillis(1_600_000_000_000L));
    expected.put("edited/same-size.txt", "ok");

    // Outside the corpus: must never be read.
    Files.write(outside().resolve("x.pdf"), textPdf(1, OUTSIDE_MARKER));

    writeManifest(c.resolve("manifest.csv"));
    return this;
  }

  /** Text of the file edited in place: the same length whatever the letter. */
  public static String editedText(char letter) {
    return ("Voluntary Local Review of Sample City, edition " + letter + ". ").repeat(20);
  }

  /** Rewrites the edited file with other text of the same size and puts its modification time back. */
  public void editSameSize(char letter) throws IOException {
    Path f = corpus().resolve("edited/same-size.txt");
    FileTime t = Files.getLastModifiedTime(f);
    Files.writeString(f, editedText(letter));
    Files.setLastModifiedTime(f, t);
  }

  private void writeManifest(Path file) throws IOException {
    String nfd = Normalizer.normalize("odd/" + NFC_NAME, Normalizer.Form.NFD);
    List<String> lines = new ArrayList<>();
    lines.add("path,kind,country,locality,year,language,title,url");
    lines.add("good/helsinki-vlr-2021.pdf,VLR,FIN,Helsinki,2021,en,Helsinki VLR 2021,https://example.org/h.pdf");
    lines.add("good/malaga-vlr-2021.pdf,VLR,ESP,Málaga,2021,es,,");
    lines.add(nfd + ",VLR,GBR,Bristol,2019,en,NFD spelled title,");
    lines.add("odd\\back\\slash.pdf,VNR,COL,,2021,es,Backslash title,");
    lines.add("ODD/case-sensitive.PDF,VLR,BRA,Niterói,2020,pt,Other case title,");
    lines.add("odd/extra-columns.pdf,VNR,GBR,,2019,en,Title, with a comma,https://x.org,surplus");
    lines.add("odd/repeated.pdf,VNR,ESP,,2021,es,First row,");
    lines.add("odd/repeated.pdf,VNR,ESP,,2021,es,Second row,");
    lines.add("good/finland-vnr-2020.pdf,VNR");
    lines.add("../outside/x.pdf,VLR,,,,,,");
    expected.put("../outside/x.pdf", "outside_corpus");
    lines.add("/etc/hostname,VLR,,,,,,");
    expected.put("/etc/hostname", "outside_corpus");
    lines.add("good,VLR,,,,,,");
    expected.put("good", "not_a_file");
    lines.add("manifest.csv,VLR,,,,,,");
    expected.put("manifest.csv", "not_a_file");
    lines.add("missing/not-here.pdf,VLR,FIN,,2020,,,");
    expected.put("missing/not-here.pdf", "missing");
    lines.add(",VLR,FIN,,2020,,Row without a path,");
    expected.put("manifest.csv#line=16", "invalid_manifest_row");
    lines.add("\"unbalanced.pdf,VLR,FIN,,2020,,Quote never closed,");
    expected.put("manifest.csv#line=17", "invalid_manifest_row");
    lines.add("good/helsinki-vlr-2021.docx,VLR,FIN,Helsinki,2021,en,After the broken row,");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(bom);
    b.write((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    Files.write(file, b.toByteArray());
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to);
  }

  /**
   * A DOCX whose word/document.xml inflates to {@code bytes}: paragraphs of text with a varying token
   * every few hundred bytes, so that it compresses about 50:1, under POI's 100:1 bomb ratio.
   */
  public static void docxBomb(Path file, long bytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (ZipOutputStream z = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
      z.setLevel(Deflater.BEST_SPEED);
      entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
          + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
      entry(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
          + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
      Random rnd = new Random(14);
      byte[] para = "<w:p><w:r><w:t>The city reports progress on every goal of the 2030 Agenda XXXXXXXX</w:t></w:r></w:p>"
          .getBytes(StandardCharsets.US_ASCII);
      int tok = para.length - "</w:t></w:r></w:p>".length() - 8;
      byte[] chunk = new byte[para.length * 64];
      long written = 0;
      while (written < bytes) {
        for (int i = 0; i < 64; i++) {
          System.arraycopy(para, 0, chunk, i * para.length, para.length);
        }
        for (int j = 0; j < 3; j++) { // a few random letters per chunk keep the ratio under 100:1
          chunk[(rnd.nextInt(64)) * para.length + tok + rnd.nextInt(8)] = (byte) ('a' + rnd.nextInt(26));
        }
        z.write(chunk);
        written += chunk.length;
      }
      z.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
  }

  private static void entry(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  /** A one-page PDF whose content stream (Flate) inflates to {@code bytes} of text-showing operators. */
  public static void pdfBomb(Path file, long bytes) throws IOException {
    Files.createDirectories(file.getParent());
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
    try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, d, 1 << 16)) {
      byte[] ops = "BT /F1 12 Tf 72 720 Td (Sustainable development goals local review) Tj ET\n"
          .repeat(2000).getBytes(StandardCharsets.US_ASCII);
      for (long n = 0; n < bytes; n += ops.length) {
        out.write(ops);
      }
    }
    d.end();
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        + "/Resources << /Font << /F1 5 0 R >> >> >>");
    pdf.addStream("/Filter /FlateDecode", compressed.toByteArray());
    pdf.add(RawPdf.FONT);
    Files.write(file, pdf.bytes(1));
  }

  /** Pages root -> [page A, node N]; N -> [page A again, the root]: a cycle and a repeated page. */
  public static byte[] cyclicTreePdf() {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R 6 0 R 7 0 R] /Count 4 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        + "/Resources << /Font << /F1 5 0 R >> >> >>");
    pdf.addStream("", RawPdf.text("Cyclic page tree: first page of the report"));
    pdf.add(RawPdf.FONT);
    pdf.add("<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 2 0 R] /Count 2 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 8 0 R "
        + "/Resources << /Font << /F1 5 0 R >> >> >>");
    pdf.addStream("", RawPdf.text("Cyclic page tree: second page of the report"));
    return pdf.bytes(1);
  }

  /** One page, but the page tree declares 1,000,000. */
  public static byte[] millionPagesPdf() {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1000000 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        + "/Resources << /Font << /F1 5 0 R >> >> >>");
    pdf.addStream("", RawPdf.text("The only page of a report that claims a million pages"));
    pdf.add(RawPdf.FONT);
    return pdf.bytes(1);
  }

  /** {@code n} pages of text; the page objects come first so a cut loses the last pages. */
  public static byte[] textPdf(int n, String text) {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < n; i++) {
      kids.append(4 + 2 * i).append(" 0 R ");
    }
    pdf.add("<< /Type /Pages /Kids [" + kids + "] /Count " + n + " >>");
    pdf.add(RawPdf.FONT);
    for (int i = 0; i < n; i++) {
      pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + (5 + 2 * i) + " 0 R "
          + "/Resources << /Font << /F1 3 0 R >> >> >>");
      pdf.addStream("", RawPdf.text(text + " " + (i + 1) + ". " + "Progress on the goals of the 2030 Agenda. ".repeat(3)));
    }
    return pdf.bytes(1);
  }

  /** Two pages whose only text is spaces; no images. */
  public static byte[] whitespacePdf() {
    RawPdf pdf = new RawPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        + "/Resources << /Font << /F1 5 0 R >> >> >>");
    pdf.addStream("", RawPdf.text("                                        "));
    pdf.add(RawPdf.FONT);
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        + "/Resources << /Font << /F1 5 0 R >> >> >>");
    return pdf.bytes(1);
  }

  /** Writes a PDF by hand (objects numbered from 1 in the order added, a correct xref table). */
  static final class RawPdf {
    static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    private final List<byte[]> objects = new ArrayList<>();

    static byte[] text(String s) {
      return ("BT /F1 12 Tf 72 720 Td (" + s.replace("(", "\\(").replace(")", "\\)") + ") Tj ET\n")
          .getBytes(StandardCharsets.ISO_8859_1);
    }

    void add(String dict) {
      objects.add(dict.getBytes(StandardCharsets.ISO_8859_1));
    }

    void addStream(String dictEntries, byte[] data) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.writeBytes(("<< " + dictEntries + " /Length " + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
      b.writeBytes(data);
      b.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
      objects.add(b.toByteArray());
    }

    byte[] bytes(int root) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      b.writeBytes("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
      long[] offsets = new long[objects.size()];
      for (int i = 0; i < objects.size(); i++) {
        offsets[i] = b.size();
        b.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(objects.get(i));
        b.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
      }
      long xref = b.size();
      StringBuilder s = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
      for (long o : offsets) {
        s.append(String.format("%010d 00000 n \n", o));
      }
      s.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root ").append(root)
          .append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
      b.writeBytes(s.toString().getBytes(StandardCharsets.ISO_8859_1));
      return b.toByteArray();
    }
  }

  /** Writes the corpus to a folder: {@code HostileCorpus <base> [bomb-bytes]}. */
  public static void main(String[] args) throws Exception {
    Path base = Paths.get(args[0]);
    long bomb = args.length > 1 ? Long.parseLong(args[1]) : 1_100_000_000L;
    Path samples = Paths.get(System.getProperty("vlr.samples", "data/sample/corpus"));
    long t0 = System.nanoTime();
    new HostileCorpus(base, bomb).write(samples);
    System.out.printf("hostile corpus written to %s in %.1f s%n", base, (System.nanoTime() - t0) / 1e9);
  }
}
