package org.vlrobs.extract;

import java.io.Serializable;
import java.util.List;
import org.vlrobs.layout.LayoutBlock;

/**
 * Text of one page (1-based), its detected language (ISO 639-1, or null when too short to tell), and
 * for PDFs its layout blocks in reading order (empty for formats without layout).
 */
public record ExtractedPage(int pageNo, String text, String language, List<LayoutBlock> blocks) implements Serializable {
  public ExtractedPage(int pageNo, String text, String language) {
    this(pageNo, text, language, List.of());
  }

  public int charCount() {
    return text.length();
  }
}
