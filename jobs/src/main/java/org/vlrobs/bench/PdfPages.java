package org.vlrobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Page counts of the PDFs of a folder (for benchmarks on a corpus given by folder). */
public final class PdfPages {
  private PdfPages() {}

  /** Pages of every readable PDF directly in {@code dir}; unreadable files count 0. */
  public static long count(Path dir) throws IOException {
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")).toList();
    }
    long pages = 0;
    for (Path f : files) {
      try (PDDocument d = Loader.loadPDF(f.toFile())) {
        pages += d.getNumberOfPages();
      } catch (IOException e) {
        // not a readable PDF: no pages
      }
    }
    return pages;
  }
}
