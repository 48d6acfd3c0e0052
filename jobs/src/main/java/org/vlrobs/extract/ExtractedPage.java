package org.vlrobs.extract;

import java.io.Serializable;
import java.util.List;
import org.vlrobs.layout.LayoutBlock;

/**
 * Text of one page (1-based), its detected language (ISO 639-1, or null when too short to tell), for PDFs
 * its layout blocks in reading order (empty for formats without layout), and whether the text was read by
 * OCR from the page's image (the page had no text layer).
 */
public record ExtractedPage(int pageNo, String text, String language, List<LayoutBlock> blocks, boolean ocr)
    implements Serializable {
  public ExtractedPage(int pageNo, String text, String language) {
    this(pageNo, text, language, List.of(), false);
  }

  public ExtractedPage(int pageNo, String text, String language, List<LayoutBlock> blocks) {
    this(pageNo, text, language, blocks, false);
  }

  public ExtractedPage(int pageNo, String text, String language, boolean ocr) {
    this(pageNo, text, language, List.of(), ocr);
  }

  public int charCount() {
    return text.length();
  }
}
