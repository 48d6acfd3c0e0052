package org.vlrobs.segment;

/** A sentence of a paragraph and its number of word tokens (punctuation not counted for CJK/ICU). */
public record Sentence(String text, int tokens) {}
