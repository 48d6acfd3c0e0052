package org.vlrobs.segment;

/**
 * A passage: paragraph-sized text (a few sentences) with the page it starts on, its order in the
 * document, the section heading it falls under, and the role of the blocks it comes from
 * ({@code body}, {@code box}, {@code footnote}, {@code table}, {@code caption}, {@code pull_quote}).
 */
public record Passage(String passageId, String docId, int pageNo, int ordinal, String heading, String text,
    String language, int nTokens, String role) {

  public Passage(String passageId, String docId, int pageNo, int ordinal, String heading, String text,
      String language, int nTokens) {
    this(passageId, docId, pageNo, ordinal, heading, text, language, nTokens, "body");
  }
}
