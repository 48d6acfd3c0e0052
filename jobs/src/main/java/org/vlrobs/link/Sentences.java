package org.vlrobs.link;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a passage into sentences exactly as {@code Pattern.compile(REGEX).split(text)} would, with {@link #REGEX}
 * "(?<=[.!?])\\s+|(?<=[。！？])\\s*(?=\\S)|\\n+": after a Latin sentence end followed by white space (the space
 * dropped), after a CJK sentence end (white space before the next character dropped), and at line breaks. Written
 * out by hand because the link stage splits every passage and the regular expression, with its look-behinds tried at
 * every character, was a noticeable share of the stage's time; {@code SentencesTest} compares the two on random
 * text.
 */
final class Sentences {
  /** The regular expression this class splits like. */
  static final String REGEX = "(?<=[.!?])\\s+|(?<=[。！？])\\s*(?=\\S)|\\n+";

  private Sentences() {}

  /** {@code Pattern.compile(REGEX).split(input)}: trailing empty strings removed, no empty leading one for a zero-width match. */
  static String[] split(String input) {
    List<String> parts = null;
    int index = 0;
    int from = 0;
    int n = input.length();
    while (from <= n) {
      long m = find(input, from);
      if (m < 0) {
        break;
      }
      int start = (int) (m >>> 32);
      int end = (int) m;
      // the next search starts where this match ended, one further after an empty match (as Matcher.find does)
      from = end == start ? end + 1 : end;
      if (index == 0 && start == 0 && end == 0) {
        continue; // no empty leading substring for a zero-width match at the beginning
      }
      if (parts == null) {
        parts = new ArrayList<>();
      }
      parts.add(input.substring(index, start));
      index = end;
    }
    if (index == 0) {
      return new String[] {input};
    }
    parts.add(input.substring(index, n));
    int size = parts.size();
    while (size > 0 && parts.get(size - 1).isEmpty()) {
      size--;
    }
    return parts.subList(0, size).toArray(new String[0]);
  }

  /** The first match at or after {@code from}: start in the high 32 bits, end in the low, or -1. */
  private static long find(String s, int from) {
    int n = s.length();
    for (int p = from; p <= n; p++) {
      char before = p > 0 ? s.charAt(p - 1) : 0;
      // (?<=[.!?])\s+
      if ((before == '.' || before == '!' || before == '?') && p < n && space(s.charAt(p))) {
        int q = p + 1;
        while (q < n && space(s.charAt(q))) {
          q++;
        }
        return ((long) p << 32) | q;
      }
      // (?<=[。！？])\s*(?=\S)
      if (before == '。' || before == '！' || before == '？') {
        int q = p;
        while (q < n && space(s.charAt(q))) {
          q++;
        }
        if (q < n) {
          return ((long) p << 32) | q;
        }
      }
      // \n+
      if (p < n && s.charAt(p) == '\n') {
        int q = p + 1;
        while (q < n && s.charAt(q) == '\n') {
          q++;
        }
        return ((long) p << 32) | q;
      }
    }
    return -1;
  }

  /** Java's {@code \s} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
