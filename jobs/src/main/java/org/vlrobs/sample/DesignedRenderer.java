package org.vlrobs.sample;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Prints a designed sample (HTML + CSS under {@code data/sample/src/designed}) to PDF with headless
 * Chromium, then makes the bytes reproducible with PDFBox: fixed creation and modification dates, a
 * trailer {@code /ID} derived from the document's name, no XMP packet. Chromium's PDFs are tagged
 * (structure tree and marked content); {@link #untag} makes the untagged twin used to evaluate the
 * geometric layout analysis.
 *
 * <p>The same Chromium build gives the same bytes; another build may not (fonts are subset and laid out
 * by the browser), so the build that made the committed files is recorded in
 * {@code designed/RENDERER} and tests re-render only with that build.
 */
public final class DesignedRenderer {
  /** Flags for a print with no network, no profile state and no browser header or footer. */
  static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
      "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-extensions",
      "--disable-sync", "--hide-scrollbars", "--mute-audio");
  private static final long TIMEOUT_SECONDS = 120;

  private final String executable;
  private final String version;

  private DesignedRenderer(String executable, String version) {
    this.executable = executable;
    this.version = version;
  }

  /**
   * The Chromium found on this machine: {@code $VLR_CHROMIUM}, else {@code chromium},
   * {@code chromium-browser}, {@code google-chrome} on the {@code PATH}; empty when there is none.
   */
  public static Optional<DesignedRenderer> find() {
    List<String> candidates = new ArrayList<>();
    String env = System.getenv("VLR_CHROMIUM");
    if (env != null && !env.isBlank()) {
      candidates.add(env);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(p)) {
          candidates.add(p.toString());
          break;
        }
      }
    }
    for (String c : candidates) {
      try {
        Process p = new ProcessBuilder(c, "--version").redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
          String v = new String(out, StandardCharsets.UTF_8).strip();
          if (!v.isEmpty()) {
            return Optional.of(new DesignedRenderer(c, v.lines().reduce((a, b) -> b).orElse(v)));
          }
        }
      } catch (IOException e) {
        // not runnable: try the next one
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The browser's own version line, e.g. "Chromium 156.0.8078.79 built on Debian GNU/Linux 12 (bookworm)". */
  public String version() {
    return version;
  }

  /** Prints {@code html} and returns reproducible PDF bytes (dated 1 June of {@code year}). */
  public byte[] render(Path html, String name, int year) throws IOException {
    Path work = Files.createTempDirectory("vlr-chromium-");
    try {
      Path pdf = work.resolve("out.pdf");
      List<String> cmd = new ArrayList<>();
      cmd.add(executable);
      cmd.addAll(FLAGS);
      cmd.add("--user-data-dir=" + work.resolve("profile"));
      cmd.add("--print-to-pdf=" + pdf);
      cmd.add(html.toAbsolutePath().toUri().toString());
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("log.txt").toFile())
          .start();
      boolean done;
      try {
        done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while printing " + html, e);
      }
      if (!done) {
        p.destroyForcibly();
        throw new IOException("chromium did not print " + html + " within " + TIMEOUT_SECONDS + " s");
      }
      if (!Files.exists(pdf) || Files.size(pdf) == 0) {
        throw new IOException("chromium printed nothing for " + html + " (exit " + p.exitValue() + "): "
            + Files.readString(work.resolve("log.txt"), StandardCharsets.UTF_8).strip());
      }
      return normalise(Files.readAllBytes(pdf), name, year);
    } finally {
      try (var walk = Files.walk(work)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  /** Fixed dates, no XMP, trailer /ID from the name: the same print gives the same bytes. */
  static byte[] normalise(byte[] pdf, String name, int year) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = d.getDocumentInformation();
      Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      date.clear();
      date.set(year, Calendar.JUNE, 1);
      info.setCreationDate(date);
      info.setModificationDate(date);
      d.getDocumentCatalog().setMetadata(null);
      PdfRenderer.fixDocumentId(d, "designed/" + name);
      return save(d);
    }
  }

  /**
   * The same document without tags: no structure tree, no mark-info, no marked-content operators
   * (BDC/BMC/EMC and their properties) in page or form streams, no /StructParent(s) keys. What is drawn is
   * unchanged.
   */
  public static byte[] untag(byte[] pdf, String name) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      COSDictionary catalog = d.getDocumentCatalog().getCOSObject();
      catalog.removeItem(COSName.STRUCT_TREE_ROOT);
      catalog.removeItem(COSName.MARK_INFO);
      catalog.removeItem(COSName.getPDFName("ViewerPreferences"));
      for (PDPage page : d.getPages()) {
        page.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
        page.getCOSObject().removeItem(COSName.getPDFName("Tabs"));
        for (PDAnnotation a : page.getAnnotations()) {
          a.getCOSObject().removeItem(COSName.STRUCT_PARENT);
        }
        PDStream stripped = new PDStream(d);
        try (var os = stripped.createOutputStream(COSName.FLATE_DECODE)) {
          new ContentStreamWriter(os).writeTokens(withoutMarkedContent(page));
        }
        page.setContents(stripped);
        untagForms(page.getResources(), new java.util.HashSet<>());
      }
      PdfRenderer.fixDocumentId(d, "designed/" + name + "-untagged");
      return save(d);
    }
  }

  private static void untagForms(PDResources resources, java.util.Set<COSBase> seen) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName n : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(n);
      if (x instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
        form.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
        form.getCOSObject().removeItem(COSName.STRUCT_PARENT);
        List<Object> tokens = withoutMarkedContent(form);
        try (var os = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
          new ContentStreamWriter(os).writeTokens(tokens);
        }
        untagForms(form.getResources(), seen);
      }
    }
  }

  private static List<Object> withoutMarkedContent(PDContentStream stream) throws IOException {
    List<Object> tokens = new PDFStreamParser(stream).parse();
    List<Object> out = new ArrayList<>(tokens.size());
    List<Object> operands = new ArrayList<>();
    for (Object t : tokens) {
      if (t instanceof Operator op) {
        String name = op.getName();
        if (!(name.equals("BDC") || name.equals("BMC") || name.equals("EMC") || name.equals("MP") || name.equals("DP"))) {
          out.addAll(operands);
          out.add(op);
        }
        operands.clear();
      } else {
        operands.add(t);
      }
    }
    out.addAll(operands);
    return out;
  }

  private static byte[] save(PDDocument d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    d.save(out);
    return out.toByteArray();
  }
}
