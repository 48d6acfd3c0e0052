package org.vlrobs.layout;

import java.util.Locale;

/**
 * What a block of text is on the page. The codes are the values of {@code blocks.role} and
 * {@code passages.role} ({@code title}, {@code heading}, {@code body}, {@code box}, ...).
 */
public enum BlockRole {
  TITLE, HEADING, BODY, BOX, FOOTNOTE, CAPTION, TABLE, HEADER, FOOTER, PAGE_NUMBER, PULL_QUOTE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static BlockRole of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  /** Running furniture repeated on pages (headers, footers, page numbers), not part of the text flow. */
  public boolean furniture() {
    return this == HEADER || this == FOOTER || this == PAGE_NUMBER;
  }
}
