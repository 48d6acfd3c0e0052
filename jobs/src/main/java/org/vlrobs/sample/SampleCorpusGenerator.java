package org.vlrobs.sample;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the bundled sample corpus from the project's own sources: every {@code src/*.md} becomes a PDF
 * (and a DOCX where its front matter asks), the hand-written {@code src/manifest.csv} is copied, and a
 * set of bad inputs is made beside them (truncated, zero-byte, password-protected, image-only, a web
 * page named .pdf, a byte-identical copy). PDFs made from sources are byte-for-byte reproducible.
 */
public final class SampleCorpusGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(SampleCorpusGenerator.class);
  public static final String PASSWORD = "vlr-sample";

  private final DesignedSamples designed;

  /** Prints the designed samples whenever Chromium is found ({@code bin/vlr sample}). */
  public SampleCorpusGenerator() {
    this(DesignedSamples.Render.ANY_CHROMIUM);
  }

  public SampleCorpusGenerator(DesignedSamples.Render render) {
    this.designed = new DesignedSamples(render);
  }

  /** What was done about the designed samples (printed, or committed PDFs kept and why). */
  public String designedNote() {
    return designed.note();
  }

  /** Generates {@code srcDir} into {@code outDir}, the layout set beside it ({@code ../layout}). */
  public List<Path> generate(Path srcDir, Path outDir) throws IOException {
    return generate(srcDir, outDir, outDir.toAbsolutePath().getParent().resolve("layout"));
  }

  /**
   * Generates {@code srcDir} into {@code outDir} (the designed samples of {@code srcDir/designed} into
   * {@code outDir/designed}) and the layout evaluation set into {@code layoutOut}; returns the files written.
   */
  public List<Path> generate(Path srcDir, Path outDir, Path layoutOut) throws IOException {
    Files.createDirectories(outDir.resolve("bad"));
    Files.createDirectories(outDir.resolve("copies"));
    List<Path> written = new ArrayList<>();
    List<Path> sources = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(srcDir, "*.md")) {
      ds.forEach(sources::add);
    }
    sources.sort(null);
    Path firstPdf = null;
    for (Path s : sources) {
      SampleSource src = SampleSource.read(s);
      for (String format : src.formats()) {
        Path out = outDir.resolve(src.name() + "." + format);
        try (OutputStream os = Files.newOutputStream(out)) {
          if (format.equals("pdf")) {
            new PdfRenderer().render(src, os);
          } else if (format.equals("docx")) {
            new DocxRenderer().render(src, os);
          } else {
            throw new IOException(s + ": unknown format " + format);
          }
        }
        written.add(out);
        if (firstPdf == null && format.equals("pdf")) {
          firstPdf = out;
        }
      }
    }
    Path manifest = srcDir.resolve("manifest.csv");
    if (Files.exists(manifest)) {
      written.add(Files.copy(manifest, outDir.resolve("manifest.csv"), StandardCopyOption.REPLACE_EXISTING));
    }
    if (firstPdf != null) {
      written.addAll(badInputs(firstPdf, outDir));
    }
    written.addAll(designed.generate(srcDir, outDir, layoutOut));
    LOG.info("sample corpus: {} files from {} sources in {}", written.size(), sources.size(), outDir);
    return written;
  }

  private List<Path> badInputs(Path goodPdf, Path outDir) throws IOException {
    List<Path> out = new ArrayList<>();
    byte[] good = Files.readAllBytes(goodPdf);

    Path truncated = outDir.resolve("bad/truncated.pdf"); // a download cut off half-way
    Files.write(truncated, java.util.Arrays.copyOf(good, good.length * 2 / 5));
    out.add(truncated);

    Path empty = outDir.resolve("bad/empty.pdf");
    Files.write(empty, new byte[0]);
    out.add(empty);

    Path html = outDir.resolve("bad/not-a-pdf.pdf"); // what a server sends instead of the PDF
    Files.writeString(html, """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>403 Forbidden</title></head>
        <body><h1>Forbidden</h1><p>You don't have permission to access this resource. The document you
        requested may have moved. Please return to the home page and search for the report again.</p>
        <hr><address>Web server at reports.example.org Port 443</address></body></html>
        """, StandardCharsets.UTF_8);
    out.add(html);

    Path protectedPdf = outDir.resolve("bad/protected.pdf");
    SampleSource secret = SampleSource.parse("protected", """
        ---
        title: Draft Voluntary Local Review (restricted)
        ---
        # Restricted draft
        This draft is protected by a password and must not be readable without it.
        """);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    new PdfRenderer().render(secret, plain);
    try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(plain.toByteArray())) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + PASSWORD, PASSWORD, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      d.protect(policy);
      d.save(protectedPdf.toFile());
    }
    out.add(protectedPdf);

    Path scanned = outDir.resolve("bad/scanned.pdf"); // a scan: pages are pictures, no text layer
    try (PDDocument d = new PDDocument()) {
      Random random = new Random(42);
      for (int p = 0; p < 2; p++) {
        BufferedImage img = new BufferedImage(620, 877, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xF4, 0xF2, 0xEC));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(new Color(0x33, 0x33, 0x33));
        for (int line = 0; line < 38; line++) { // dark bars where a scan would show lines of print
          int x = 60;
          while (x < 540) {
            int w = 12 + random.nextInt(50);
            g.fillRect(x, 80 + line * 19, Math.min(w, 560 - x), 8);
            x += w + 6;
          }
        }
        g.dispose();
        PDPage page = new PDPage(PDRectangle.A4);
        d.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(d, img);
        try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
          cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      PdfRenderer.fixDocumentId(d, "scanned");
      d.save(scanned.toFile());
    }
    out.add(scanned);

    Path copy = outDir.resolve("copies/" + goodPdf.getFileName().toString().replace(".pdf", "-copy.pdf"));
    Files.copy(goodPdf, copy, StandardCopyOption.REPLACE_EXISTING); // the same file twice in a corpus
    out.add(copy);
    return out;
  }
}
