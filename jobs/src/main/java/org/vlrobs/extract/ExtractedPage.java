package org.vlrobs.extract;

import java.io.Serializable;

/** Text of one page (1-based), its detected language (ISO 639-1, or null when too short to tell). */
public record ExtractedPage(int pageNo, String text, String language) implements Serializable {
  public int charCount() {
    return text.length();
  }
}
