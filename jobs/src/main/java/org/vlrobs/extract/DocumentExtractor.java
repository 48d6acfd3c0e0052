package org.vlrobs.extract;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.corpus.CorpusEntry;
import org.vlrobs.metadata.DocumentMetadata;
import org.vlrobs.metadata.MetadataInferrer;

/**
 * The extraction engine: one input file in, one {@link ExtractedDocument} out, whatever the file is.
 * Heavy objects (Tika's parser, the language detector) are built once per instance; build one per task
 * or partition and reuse it for every document. Never throws for a bad document: every failure
 * becomes a status with a reason. Not thread-safe.
 */
public final class DocumentExtractor implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentExtractor.class);
  private static final Set<String> NO_TEXT_FAMILIES = Set.of("image", "audio", "video");
  /** Below this many content characters over the whole document, a paginated file has no text layer. */
  private static final int MIN_DOCUMENT_CHARS = 20;

  /** Opens the file's bytes; called once per document. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  private final ExtractionLimits limits;
  private final TikaConfig tika;
  private final AutoDetectParser parser;
  private final LanguageIdentifier languages;
  private final MetadataInferrer inferrer = new MetadataInferrer();
  private ExecutorService worker;

  public DocumentExtractor(ExtractionLimits limits) {
    this.limits = limits;
    this.tika = TikaConfig.getDefaultConfig();
    this.parser = new AutoDetectParser(tika);
    this.languages = new LanguageIdentifier();
    this.worker = newWorker();
  }

  public ExtractedDocument extract(CorpusEntry entry, Source source) {
    if (!entry.exists()) {
      return failed(entry, "missing:" + sha256(entry.sourcePath()), null, DocumentStatus.MISSING,
          "listed in the manifest but no such file: " + entry.sourcePath());
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile("vlr-extract-", ".bin");
      String docId;
      long size;
      try (InputStream in = source.open()) {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
          size = copy(in, out, entry.fileSize() > limits.maxBytes() ? 0 : limits.maxBytes() + 1);
        }
        if (entry.fileSize() > limits.maxBytes() || size > limits.maxBytes()) {
          // hash the rest without keeping it, so a too-large file still has its content id
          byte[] buf = new byte[1 << 16];
          int n;
          long total = size;
          while ((n = in.read(buf)) > 0) {
            sha.update(buf, 0, n);
            total += n;
          }
          return failed(entry, HexFormat.of().formatHex(sha.digest()), null, DocumentStatus.TOO_LARGE,
              String.format("%,d bytes is over the limit of %,d bytes; not parsed", total, limits.maxBytes()));
        }
        docId = HexFormat.of().formatHex(sha.digest());
      }
      if (size == 0) {
        return failed(entry, docId, null, DocumentStatus.EMPTY, "the file has zero bytes");
      }
      return parse(entry, docId, tmp);
    } catch (IOException e) {
      return failed(entry, "unreadable:" + sha256(entry.sourcePath()), null, DocumentStatus.CORRUPT,
          "could not read the file: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          LOG.warn("could not delete {}", tmp, e);
        }
      }
    }
  }

  private ExtractedDocument parse(CorpusEntry entry, String docId, Path file) throws IOException {
    MediaType type;
    try (TikaInputStream tis = TikaInputStream.get(file)) {
      type = tika.getDetector().detect(tis, new Metadata()).getBaseType(); // content only, no file name
    }
    String mediaType = type.toString();
    String nameNote = nameMismatch(entry.fileName(), type);
    if (nameNote != null && "text".equals(type.getType()) && claimsBinaryDocument(entry.fileName())) {
      return failed(entry, docId, mediaType, DocumentStatus.MISLABELLED,
          nameNote + ": a web page or text file (often what a server sends instead of the document), not the report");
    }
    if (ArchiveContents.isArchive(type)) {
      return failed(entry, docId, mediaType, DocumentStatus.UNSUPPORTED,
          ArchiveContents.describe(file, entry.fileName(), type, tika.getDetector()));
    }
    if (NO_TEXT_FAMILIES.contains(type.getType()) || MediaType.OCTET_STREAM.equals(type)
        || !parser.getSupportedTypes(new ParseContext()).contains(type)) {
      return failed(entry, docId, mediaType, DocumentStatus.UNSUPPORTED,
          join("no text parser for content of type " + mediaType, nameNote));
    }

    long deadline = System.nanoTime() + limits.timeout().toNanos();
    PageSplittingHandler handler = new PageSplittingHandler(limits, deadline);
    Metadata metadata = new Metadata();
    Future<Throwable> job = worker.submit(() -> runParser(file, handler, metadata));
    Throwable failure;
    try {
      failure = job.get(limits.timeout().toMillis() + 10_000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // the parser ignored the cooperative deadline: abandon its thread and start a fresh one
      job.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return failed(entry, docId, mediaType, DocumentStatus.TIMEOUT,
          join("parsing did not finish within " + limits.timeout().toSeconds() + " s", nameNote));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      failure = e.getCause();
    }

    if (handler.stop() != null) {
      failure = handler.stop(); // whatever the parser did with the exception, a limit was hit
    }
    DocumentStatus status = DocumentStatus.OK;
    String reason = null;
    if (failure instanceof PageSplittingHandler.StopParsing stop) {
      status = stop.timedOut ? DocumentStatus.TIMEOUT : DocumentStatus.TOO_LARGE;
      reason = stop.timedOut
          ? "parsing passed the time limit of " + limits.timeout().toSeconds() + " s; the first "
              + handler.pages().size() + " pages are kept"
          : stop.getMessage() + "; the first " + handler.pages().size() + " pages are kept";
    } else if (failure != null) {
      Throwable root = rootCause(failure);
      if (failure instanceof EncryptedDocumentException || root instanceof EncryptedDocumentException
          || String.valueOf(root.getMessage()).toLowerCase().contains("password")) {
        return failed(entry, docId, mediaType, DocumentStatus.ENCRYPTED,
            join("password-protected: the text cannot be read without the password", nameNote));
      }
      if (handler.pages().isEmpty() || !(failure instanceof TikaException || failure instanceof IOException)) {
        return failed(entry, docId, mediaType, DocumentStatus.CORRUPT,
            join("the " + shortType(mediaType) + " parser failed: " + message(root), nameNote));
      }
      status = DocumentStatus.CORRUPT;
      reason = "damaged after page " + handler.pages().size() + " (" + message(root) + "); the pages before are kept";
    }

    List<String> texts = handler.pages();
    int declaredPages = metadata.getInt(PagedText.N_PAGES) == null ? 0 : metadata.getInt(PagedText.N_PAGES);
    int pageCount = Math.max(texts.size(), declaredPages);
    // PDFs: pages as the page tree really holds them (a declared count can lie; cyclic trees repeat pages)
    PdfPageTree tree = "application/pdf".equals(mediaType) ? PdfPageTree.inspect(file) : null;
    List<String> pageNotes = new ArrayList<>();
    if (tree != null) {
      int parsed = texts.size();
      texts = tree.withoutRepeats(texts);
      if (texts.size() < parsed) {
        pageNotes.add((parsed - texts.size()) + " repeated page" + (parsed - texts.size() == 1 ? "" : "s")
            + " of a cyclic page tree removed");
      }
      declaredPages = tree.distinct();
      pageCount = Math.max(texts.size(), tree.distinct());
      if (tree.declared() >= 0 && tree.declared() != tree.references()) {
        pageNotes.add(String.format("the page tree declares %,d pages but lists %,d", tree.declared(), tree.references()));
      }
      if (status == DocumentStatus.OK && tree.missing() > 0) {
        status = DocumentStatus.PARTIAL;
        reason = String.format("%d of the %d pages listed in the page tree could be read; %d are missing from the "
            + "file (damaged)", tree.distinct(), tree.references(), tree.missing());
      } else if (status == DocumentStatus.OK && tree.truncated() && tree.countBeforeRepair() != tree.distinct()) {
        status = DocumentStatus.PARTIAL;
        reason = tree.countBeforeRepair() > tree.distinct()
            ? String.format("the file is truncated (no end-of-file marker): %d of the %d pages its page tree declared "
                + "could be read", tree.distinct(), tree.countBeforeRepair())
            : "the file is truncated (no end-of-file marker): " + tree.distinct() + " pages could be read, "
                + "pages after the cut, if any, are lost";
      } else if (tree.truncated()) {
        pageNotes.add("the file is truncated (no end-of-file marker) but all its pages were read");
      }
    }
    if (status == DocumentStatus.TOO_LARGE && handler.hitPageLimit() && declaredPages == texts.size()) {
      status = DocumentStatus.OK; // exactly at the limit
      reason = null;
    }
    long content = 0;
    int emptyPages = 0;
    for (String t : texts) {
      int c = TextCleaner.contentChars(t);
      content += c;
      if (c == 0) {
        emptyPages++;
      }
    }
    if (texts.isEmpty() && pageCount == 0) {
      return failed(entry, docId, mediaType, DocumentStatus.EMPTY, join("the document has no content", nameNote));
    }
    if (content < MIN_DOCUMENT_CHARS && status == DocumentStatus.OK) {
      if (handler.paginated()) {
        String pages = pageCount + " page" + (pageCount == 1 ? "" : "s");
        String why = tree == null ? pages + " but no extractable text: scanned or image-only, needs OCR"
            : tree.pagesWithImages() == 0 ? pages + " with no extractable text and no images: blank or whitespace-only"
            : pages + " with no extractable text, " + tree.pagesWithImages() + " of them with images: scanned, needs OCR";
        return failed(entry, docId, mediaType, DocumentStatus.NO_TEXT, join(why, nameNote), pageCount);
      }
      return failed(entry, docId, mediaType, DocumentStatus.EMPTY, join("the document has no text", nameNote));
    }

    List<ExtractedPage> pages = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      pages.add(new ExtractedPage(i + 1, texts.get(i), languages.detect(texts.get(i))));
    }
    String language = LanguageIdentifier.dominant(pages);
    DocumentMetadata meta = inferrer.infer(entry, texts.subList(0, Math.min(MetadataInferrer.PAGES_READ, texts.size())),
        metadata.get(TikaCoreProperties.TITLE), language);
    if (reason == null) {
      long chars = texts.stream().mapToLong(String::length).sum();
      reason = String.format("%d page%s, %,d characters", pageCount, pageCount == 1 ? "" : "s", chars);
      if (emptyPages > 0 && handler.paginated()) {
        reason += "; " + emptyPages + " page" + (emptyPages == 1 ? " has" : "s have") + " no text layer";
      }
      if (!handler.paginated()) {
        reason += " (no pages in this format: cut into page-equivalents of about "
            + ExtractionLimits.FLOW_PAGE_CHARS + " characters)";
      }
      if (handler.truncatedPage()) {
        reason += "; some pages were cut at " + limits.maxCharsPerPage() + " characters";
      }
    }
    for (String n : pageNotes) {
      reason += "; " + n;
    }
    return new ExtractedDocument(entry, docId, mediaType, status, join(reason, nameNote), meta, pageCount, pages,
        TextSignature.of(pages));
  }

  private Throwable runParser(Path file, PageSplittingHandler handler, Metadata metadata) {
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractAnnotationText(false);
    pdf.setMaxMainMemoryBytes(64L * 1024 * 1024); // PDFBox spills to scratch files beyond this
    context.set(PDFParserConfig.class, pdf);
    context.set(Parser.class, new org.apache.tika.parser.EmptyParser()); // no recursion into attachments
    try (TikaInputStream tis = TikaInputStream.get(file)) {
      parser.parse(tis, handler, metadata, context);
      return null;
    } catch (WriteLimitReachedException e) {
      return null;
    } catch (Throwable t) {
      Throwable c = t;
      while (c != null) {
        if (c instanceof PageSplittingHandler.StopParsing) {
          return c;
        }
        c = c.getCause();
      }
      return t;
    }
  }

  private ExtractedDocument failed(CorpusEntry entry, String docId, String mediaType, DocumentStatus status,
      String reason) {
    return failed(entry, docId, mediaType, status, reason, 0);
  }

  private ExtractedDocument failed(CorpusEntry entry, String docId, String mediaType, DocumentStatus status,
      String reason, int pageCount) {
    DocumentMetadata meta = inferrer.infer(entry, List.of(), null, null);
    return new ExtractedDocument(entry, docId, mediaType, status, reason, meta, pageCount, List.of(), new long[0]);
  }

  /** "named .pdf but the content is text/html", or null when the name fits the content. */
  static String nameMismatch(String fileName, MediaType detected) {
    MediaType byName = MimeTypes.getDefaultMimeTypes().getMimeType(fileName).getType().getBaseType();
    if (MediaType.OCTET_STREAM.equals(byName) || byName.equals(detected)) {
      return null;
    }
    if (MediaType.TEXT_PLAIN.equals(byName) && "text".equals(detected.getType())) {
      return null;
    }
    int dot = fileName.lastIndexOf('.');
    String ext = dot >= 0 ? fileName.substring(dot) : fileName;
    return "named " + ext + " but the content is " + detected;
  }

  private static boolean claimsBinaryDocument(String fileName) {
    String n = fileName.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".pdf") || n.endsWith(".docx") || n.endsWith(".doc") || n.endsWith(".odt")
        || n.endsWith(".rtf") || n.endsWith(".pptx") || n.endsWith(".epub");
  }

  private static String shortType(String mediaType) {
    return switch (mediaType) {
      case "application/pdf" -> "PDF";
      case "text/html" -> "HTML";
      default -> mediaType;
    };
  }

  private static String join(String reason, String note) {
    return note == null ? reason : reason + " (" + note + ")";
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 200 ? m.substring(0, 200) : m));
  }

  private static long copy(InputStream in, OutputStream out, long max) throws IOException {
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int n;
    while (total < max && (n = in.read(buf, 0, (int) Math.min(buf.length, max - total))) > 0) {
      out.write(buf, 0, n);
      total += n;
    }
    return total;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "vlr-tika-parse");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
