package org.vlrobs.segment;

/** A page as the segment stage reads it from the {@code pages} table. */
public record PageText(int pageNo, String text, String language) {}
