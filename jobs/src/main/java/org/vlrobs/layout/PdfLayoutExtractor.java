package org.vlrobs.layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.vlrobs.layout.PageAnalyzer.Block;
import org.vlrobs.layout.PageAnalyzer.Page;

/**
 * Layout-aware text of a PDF: one pass over each page's content (PDFBox) gives glyphs, painted boxes
 * and marked content; lines, blocks, columns and reading order come from the geometry, or from the
 * structure tree when the PDF is tagged and the tree covers the page's text; roles (title, heading
 * with level, body, box, footnote, caption, table, header, footer, page number, pull quote) are
 * decided for the whole document. Plain Java: no Spark, no Tika. Not thread-safe; cheap to build.
 */
public final class PdfLayoutExtractor {
  /** Below this share of a page's glyphs tied to the structure tree, the page is read by geometry alone. */
  private static final double TREE_COVERAGE = 0.6;

  /** What came out: pages in order (possibly fewer than declared when a limit or damage stopped reading). */
  public record Result(List<LayoutPage> pages, int declaredPages, boolean tagged, String title, boolean timedOut,
      Exception failure) {}

  private final PageAnalyzer analyzer = new PageAnalyzer();
  private final boolean useStructureTree;

  /** Uses the structure tree of tagged PDFs. */
  public PdfLayoutExtractor() {
    this(true);
  }

  /** {@code useStructureTree = false}: geometry alone, also for tagged PDFs (for comparison and tests). */
  public PdfLayoutExtractor(boolean useStructureTree) {
    this.useStructureTree = useStructureTree;
  }

  /** Reads a PDF file, keeping at most {@code maxMainMemory} bytes of its streams in memory (the rest in scratch files). */
  public Result extract(Path file, int maxPages, long deadlineNanos, long maxMainMemory) throws IOException {
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
        MemoryUsageSetting.setupMixed(maxMainMemory).streamCache)) {
      return extract(doc, maxPages, deadlineNanos);
    }
  }

  /** Analyses an open document: pages 1..maxPages, until the deadline ({@link System#nanoTime()}) passes. */
  public Result extract(PDDocument doc, int maxPages, long deadlineNanos) throws IOException {
    StructureTree tree = useStructureTree ? StructureTree.of(doc) : null;
    List<Page> pages = new ArrayList<>();
    int[] tagged = new int[1];
    PageReader reader = new PageReader((pageNo, width, height, glyphs, shapes) -> {
      boolean useTree = tree != null && coverage(glyphs) >= TREE_COVERAGE;
      if (!useTree) {
        for (int i = 0; i < glyphs.size(); i++) {
          Glyph g = glyphs.get(i);
          if (g.element >= 0) {
            glyphs.set(i, new Glyph(g.x, g.base, g.w, g.h, g.size, g.bold, g.italic, g.text, -1));
            glyphs.get(i).spaceBefore = g.spaceBefore;
          }
        }
      } else {
        tagged[0]++;
      }
      Page page = analyzer.analyse(pageNo, width, height, glyphs, shapes, useTree,
          e -> useTree && "Table".equals(tree.get(e).type()));
      List<Block> ordered = ReadingOrder.order(page.blocks());
      if (useTree) {
        ordered = treeOrder(ordered, height);
      }
      pages.add(new Page(pageNo, width, height, ordered, page.boxes(), page.rules()));
    }, tree, deadlineNanos);
    int declared = doc.getNumberOfPages();
    reader.setStartPage(1);
    reader.setEndPage(Math.min(declared, maxPages));
    boolean timedOut = false;
    Exception failure = null;
    try {
      reader.getText(doc);
    } catch (PageReader.Deadline e) {
      timedOut = true;
    } catch (IOException | RuntimeException e) {
      failure = e;
    }
    List<LayoutPage> out = DocumentLayout.finish(pages, tree);
    PDDocumentInformation info = doc.getDocumentInformation();
    String title = info == null ? null : info.getTitle();
    return new Result(out, declared, tagged[0] > 0, title, timedOut, failure);
  }

  /** Share of a page's glyphs (artifacts aside) that belong to an element of the structure tree. */
  private static double coverage(List<Glyph> glyphs) {
    int content = 0;
    int mapped = 0;
    for (Glyph g : glyphs) {
      if (g.element == -2) {
        continue;
      }
      content++;
      if (g.element >= 0) {
        mapped++;
      }
    }
    return content == 0 ? 0 : (double) mapped / content;
  }

  /**
   * Reading order of a tagged page: the structure tree's order, pieces of one element in geometric
   * order; text outside the tree (artifacts: running headers, page numbers) where the geometry puts it.
   */
  private static List<Block> treeOrder(List<Block> geometric, float height) {
    List<Block> tagged = new ArrayList<>();
    for (Block b : geometric) {
      if (b.element >= 0) {
        tagged.add(b);
      }
    }
    tagged.sort(Comparator.comparingInt((Block b) -> b.element).thenComparingInt(b -> b.order));
    List<Block> out = new ArrayList<>(geometric.size());
    int next = 0;
    for (Block b : geometric) {
      if (b.element >= 0) {
        out.add(tagged.get(next++));
      } else {
        out.add(b);
      }
    }
    // untagged blocks keep their geometric slot among the tagged ones; headers before, footers after
    List<Block> head = new ArrayList<>();
    List<Block> tail = new ArrayList<>();
    List<Block> middle = new ArrayList<>();
    for (Block b : out) {
      if (b.element < 0 && b.y1 <= height * 0.12f) {
        head.add(b);
      } else if (b.element < 0 && b.y0 >= height * 0.88f) {
        tail.add(b);
      } else {
        middle.add(b);
      }
    }
    List<Block> result = new ArrayList<>(out.size());
    result.addAll(head);
    result.addAll(middle);
    result.addAll(tail);
    for (int i = 0; i < result.size(); i++) {
      result.get(i).order = i;
    }
    return result;
  }
}
