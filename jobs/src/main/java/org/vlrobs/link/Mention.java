package org.vlrobs.link;

/**
 * Evidence in one passage: what kind of mention, the text that matched, the rule that fired and how
 * sure the rule is.
 */
public record Mention(MentionType type, String matchedText, String rule, double confidence) {}
