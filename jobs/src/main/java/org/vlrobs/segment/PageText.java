package org.vlrobs.segment;

import java.util.List;

/**
 * A page as the segment stage reads it from the {@code pages} table, with its layout blocks in reading
 * order when it has them (PDFs), else an empty list.
 */
public record PageText(int pageNo, String text, String language, List<BlockText> blocks) {
  public PageText(int pageNo, String text, String language) {
    this(pageNo, text, language, List.of());
  }
}
