package org.vlrobs.segment;

/**
 * A layout block as the segment stage reads it from the {@code blocks} table: its role
 * ({@code org.vlrobs.layout.BlockRole} code), heading level, text, whether it is a box's title,
 * whether it continues the previous paragraph of its flow, and where it sits.
 */
public record BlockText(int blockNo, String role, int level, String text, boolean boxTitle, boolean continues,
    int column, int region) {}
