package org.vlrobs.segment;

/**
 * A passage: paragraph-sized text (a few sentences) with the page it starts on, its order in the
 * document, and the section heading it falls under.
 */
public record Passage(String passageId, String docId, int pageNo, int ordinal, String heading, String text,
    String language, int nTokens) {}
