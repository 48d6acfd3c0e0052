package org.vlrobs.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OCR for PDF pages that have no text layer (scans, image-only pages): each page is rendered by PDFBox
 * (300 dpi, grey, pixels capped), blank renderings are skipped, and the rest go through Tika's
 * {@link TesseractOCRParser} one page at a time, with the language of the rest of the document (or of the
 * manifest) and the time left of the document's budget as tesseract's timeout (Tika kills the process when
 * it runs over). Built once per extractor and reused; not thread-safe.
 */
public final class PageOcr {
  private static final Logger LOG = LoggerFactory.getLogger(PageOcr.class);
  static final float DPI = 300f;
  /** A larger page (a poster, a map) is rendered at a lower resolution. */
  static final long MAX_PIXELS = 40_000_000L;
  /** Tesseract's languages for ISO 639-1 codes (Debian packages tesseract-ocr-eng, -spa, -fra, -por, ...). */
  static final Map<String, String> TESSERACT_LANGUAGES = Map.ofEntries(Map.entry("en", "eng"), Map.entry("es", "spa"),
      Map.entry("fr", "fra"), Map.entry("pt", "por"), Map.entry("de", "deu"), Map.entry("it", "ita"),
      Map.entry("nl", "nld"), Map.entry("ca", "cat"), Map.entry("sv", "swe"), Map.entry("fi", "fin"),
      Map.entry("pl", "pol"), Map.entry("ru", "rus"), Map.entry("zh", "chi_sim"), Map.entry("ja", "jpn"),
      Map.entry("ko", "kor"), Map.entry("ar", "ara"), Map.entry("id", "ind"), Map.entry("tr", "tur"));
  /** Tried together when nothing says the language: the project's four main languages. */
  static final List<String> DEFAULT_LANGUAGES = List.of("eng", "spa", "fra", "por");

  /** {@code --ocr}: auto = on when tesseract is installed. */
  public enum Mode { AUTO, ON, OFF }

  /** Whether tesseract can be run here, its languages, and why not. */
  public record Availability(boolean available, Set<String> languages, String reason) {}

  private static volatile Availability availability;

  /** What OCR made of a document's pages. */
  public record Outcome(Map<Integer, String> texts, int attempted, int blank, String language, String note) {
    public static final Outcome NONE = new Outcome(Map.of(), 0, 0, null, null);
  }

  /** Detects the language of OCR'd text: ISO 639-1 or null. */
  @FunctionalInterface
  public interface LanguageGuess {
    String detect(String text);
  }

  private final Mode mode;
  private final Availability avail;
  private TesseractOCRParser parser;

  public PageOcr(Mode mode) {
    this.mode = mode;
    this.avail = mode == Mode.OFF ? new Availability(false, Set.of(), "OCR is off (--ocr off)") : availability();
  }

  /** True when pages will be OCR'd. */
  public boolean active() {
    return avail.available();
  }

  /** Why pages are not OCR'd (null when they are). */
  public String inactiveReason() {
    if (avail.available()) {
      return null;
    }
    return mode == Mode.ON ? "OCR was requested (--ocr on) but is unavailable: " + avail.reason() : avail.reason();
  }

  public Mode mode() {
    return mode;
  }

  /** tesseract found on the PATH (checked once per JVM), and its installed languages. */
  public static Availability availability() {
    Availability a = availability;
    if (a == null) {
      synchronized (PageOcr.class) {
        if (availability == null) {
          availability = probe();
        }
        a = availability;
      }
    }
    return a;
  }

  private static Availability probe() {
    try {
      TesseractOCRParser p = new TesseractOCRParser();
      p.initialize(Collections.emptyMap());
      if (!p.hasTesseract()) {
        return new Availability(false, Set.of(), "tesseract is not installed (Debian: apt-get install tesseract-ocr "
            + "tesseract-ocr-eng tesseract-ocr-spa tesseract-ocr-fra tesseract-ocr-por)");
      }
      Set<String> langs = new TreeSet<>(p.getLangs());
      if (langs.isEmpty()) {
        langs.addAll(listLanguages(p.getTesseractPath()));
      }
      langs.remove("osd");
      if (langs.isEmpty()) {
        return new Availability(false, Set.of(), "tesseract has no language data installed");
      }
      LOG.info("OCR: tesseract available with languages {}", langs);
      return new Availability(true, Collections.unmodifiableSet(langs), null);
    } catch (Exception | LinkageError e) {
      return new Availability(false, Set.of(), "tesseract could not be started: " + e.getMessage());
    }
  }

  /** {@code tesseract --list-langs}: one language per line after a header line. */
  private static Set<String> listLanguages(String tesseractDir) throws IOException, InterruptedException {
    String exe = tesseractDir == null || tesseractDir.isBlank() ? "tesseract"
        : Path.of(tesseractDir).resolve("tesseract").toString();
    Process process = new ProcessBuilder(exe, "--list-langs").redirectErrorStream(true).start();
    Set<String> langs = new TreeSet<>();
    try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
        java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.matches("[A-Za-z_]+")) {
          langs.add(line.strip());
        }
      }
    }
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return langs;
  }

  /** The tesseract language string for an ISO 639-1 code, among those installed; null when none fits. */
  String tesseractLanguage(String iso) {
    if (iso == null) {
      return null;
    }
    String t = TESSERACT_LANGUAGES.get(iso.toLowerCase(Locale.ROOT));
    return t != null && avail.languages().contains(t) ? t : null;
  }

  private String defaultLanguages() {
    List<String> l = new ArrayList<>();
    for (String t : DEFAULT_LANGUAGES) {
      if (avail.languages().contains(t)) {
        l.add(t);
      }
    }
    return l.isEmpty() ? avail.languages().iterator().next() : String.join("+", l);
  }

  /**
   * OCRs the given pages (1-based) of a PDF, in order, until the deadline ({@link System#nanoTime()}).
   *
   * @param languageHint ISO 639-1 code from the rest of the document or the manifest; null when unknown (the
   *                     first page is then read with eng+spa+fra+por and its language used for the rest)
   */
  public Outcome ocrPdf(Path pdf, List<Integer> pageNos, String languageHint, long deadlineNanos,
      LanguageGuess guess) {
    if (!active() || pageNos.isEmpty()) {
      return Outcome.NONE;
    }
    Map<Integer, String> texts = new LinkedHashMap<>();
    int attempted = 0;
    int blank = 0;
    String lang = tesseractLanguage(languageHint);
    boolean guessed = lang == null;
    String note = null;
    try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()), "",
        MemoryUsageSetting.setupMixed(64L * 1024 * 1024).streamCache)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int pageNo : pageNos) {
        long left = deadlineNanos - System.nanoTime();
        if (left < TimeUnit.SECONDS.toNanos(1)) {
          note = "the time limit was reached after " + attempted + " of " + pageNos.size() + " pages";
          break;
        }
        if (pageNo < 1 || pageNo > doc.getNumberOfPages()) {
          continue;
        }
        attempted++;
        BufferedImage image = render(renderer, doc.getPage(pageNo - 1), pageNo - 1);
        if (isBlank(image)) {
          blank++;
          continue;
        }
        String text = recognise(image, lang != null ? lang : defaultLanguages(),
            (int) Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadlineNanos - System.nanoTime())));
        if (text == null) {
          note = "tesseract passed the time limit on page " + pageNo;
          break;
        }
        texts.put(pageNo, text);
        if (lang == null && guess != null) {
          lang = tesseractLanguage(guess.detect(text)); // the rest in the first page's language
        }
      }
    } catch (IOException | RuntimeException e) {
      note = "OCR failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      LOG.warn("OCR of {} failed", pdf, e);
    }
    String used;
    if (!guessed) {
      used = lang;
    } else if (lang != null && texts.size() > 1) {
      used = defaultLanguages() + ", then " + lang + " (detected)";
    } else {
      used = defaultLanguages();
    }
    return new Outcome(texts, attempted, blank, used, note);
  }

  private static BufferedImage render(PDFRenderer renderer, PDPage page, int index) throws IOException {
    PDRectangle box = page.getCropBox();
    double inches2 = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
    float dpi = DPI;
    if (inches2 * DPI * DPI > MAX_PIXELS) {
      dpi = (float) Math.max(36, Math.sqrt(MAX_PIXELS / Math.max(inches2, 1e-6)));
    }
    return renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
  }

  /** Nearly no dark pixel on a sampling grid: a blank page, not worth a tesseract run. */
  static boolean isBlank(BufferedImage image) {
    Raster r = image.getRaster();
    int step = Math.max(1, Math.min(image.getWidth(), image.getHeight()) / 400);
    long dark = 0;
    long seen = 0;
    int[] px = new int[r.getNumBands()];
    for (int y = 0; y < image.getHeight(); y += step) {
      for (int x = 0; x < image.getWidth(); x += step) {
        r.getPixel(x, y, px);
        if (px[0] < 128) {
          dark++;
        }
        seen++;
      }
    }
    return dark * 2000 < seen; // under 0.05 %
  }

  /** Text of one page image, or null when tesseract ran over its timeout (Tika kills the process). */
  private String recognise(BufferedImage image, String language, int timeoutSeconds) throws IOException {
    if (parser == null) {
      parser = new TesseractOCRParser();
      try {
        parser.initialize(Collections.emptyMap());
      } catch (org.apache.tika.exception.TikaConfigException e) {
        throw new IOException(e);
      }
    }
    TesseractOCRConfig config = new TesseractOCRConfig();
    config.setLanguage(language);
    config.setTimeoutSeconds(timeoutSeconds);
    config.setPageSegMode("1"); // automatic page segmentation with orientation and script detection
    config.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.TXT);
    ParseContext context = new ParseContext();
    context.set(TesseractOCRConfig.class, config);
    BodyContentHandler handler = new BodyContentHandler(-1);
    // an uncompressed TIFF on local disk: quick to write, read by tesseract's leptonica (Tika's parse(Image)
    // variant hands tesseract an image it reads as blank)
    java.nio.file.Path tiff = java.nio.file.Files.createTempFile("vlr-ocr-", ".tif");
    try {
      if (!javax.imageio.ImageIO.write(image, "tiff", tiff.toFile())) {
        throw new IOException("no TIFF writer");
      }
      try (org.apache.tika.io.TikaInputStream in = org.apache.tika.io.TikaInputStream.get(tiff)) {
        parser.parse(in, handler, new Metadata(), context);
      }
    } catch (org.apache.tika.exception.TikaException e) {
      if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("timeout")) {
        return null;
      }
      throw new IOException("tesseract: " + e.getMessage(), e);
    } catch (org.xml.sax.SAXException e) {
      throw new IOException(e);
    } finally {
      java.nio.file.Files.deleteIfExists(tiff);
    }
    return handler.toString().strip();
  }
}
