package org.vlrobs.extract;

import java.io.Serializable;

/**
 * Text of one page (1-based), its detected language (ISO 639-1, or null when too short to tell), and whether
 * the text was read by OCR from the page's image (the page had no text layer).
 */
public record ExtractedPage(int pageNo, String text, String language, boolean ocr) implements Serializable {
  public ExtractedPage(int pageNo, String text, String language) {
    this(pageNo, text, language, false);
  }

  public int charCount() {
    return text.length();
  }
}
