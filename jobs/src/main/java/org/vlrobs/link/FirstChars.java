package org.vlrobs.link;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the characters (and pairs of characters) a match of it can start with, so that a search
 * tries the expression only at those positions: the same matches as {@link Matcher#find()}, in the same order, for a
 * fraction of the work when the expression is a long alternation (the review names) or starts with a capital letter
 * (place names), which most positions of a text cannot start. Which characters can start a match is derived from the
 * expression itself, for each character the first time a text has it: the character is tried on its own, after
 * nothing, after a letter, a digit and an underscore (for {@code \b} and negative look-behinds, the only look-behinds
 * allowed), and kept when it matches or when the engine asked for more input ({@link Matcher#hitEnd()}); a character
 * for which neither ever holds cannot start a match. The same is decided for the first two characters together when
 * both are below U+0100 (Latin text): "re" may start a review name, "ro" may not, though "r" may. Positions in
 * surrogate pairs are always tried. For expressions that match at least one character. Thread-safe (threads racing on
 * a new character decide the same).
 */
final class FirstChars {
  private final Pattern pattern;

  FirstChars(Pattern pattern) {
    this.pattern = pattern;
    if (pattern.pattern().contains("(?<=") || pattern.matcher("").lookingAt()) {
      throw new IllegalArgumentException("positive look-behind or empty match: search it in full: " + pattern);
    }
  }

  /**
   * Whether a match can start with the character, decided the first time the character is met (a text has few
   * distinct characters) and kept: 0 not known yet, 1 no, 2 yes. Threads that race on a character decide the same.
   */
  private final byte[] state = new byte[Character.MAX_VALUE + 1];
  /** The same for two characters below U+0100, indexed {@code first << 8 | second}. */
  private final byte[] pairState = new byte[1 << 16];

  /** What a match may follow: nothing (or a space, or punctuation), a letter, a digit, an underscore. */
  private static final String[] BEFORE = {"", "a", "1", "_"};

  private boolean mayStart(char c) {
    byte s = state[c];
    if (s == 0) {
      s = Character.isSurrogate(c) || decide(String.valueOf(c)) ? (byte) 2 : (byte) 1;
      state[c] = s;
    }
    return s == 2;
  }

  private boolean mayStart(char c, char d) {
    if (c >= 0x100 || d >= 0x100) {
      return true; // decided on the first character alone
    }
    int i = c << 8 | d;
    byte s = pairState[i];
    if (s == 0) {
      s = decide(new String(new char[] {c, d})) ? (byte) 2 : (byte) 1;
      pairState[i] = s;
    }
    return s == 2;
  }

  /** A match starts with these characters, or the engine wanted to read past them, after any of {@link #BEFORE}. */
  private boolean decide(String start) {
    for (String before : BEFORE) {
      Matcher m = pattern.matcher(before + start).useTransparentBounds(true).useAnchoringBounds(before.isEmpty())
          .region(before.length(), before.length() + start.length());
      if (m.lookingAt() || m.hitEnd()) {
        return true;
      }
    }
    return false;
  }

  Pattern pattern() {
    return pattern;
  }

  /** A matcher over the text whose {@link Search#find()} finds what {@code pattern.matcher(text).find()} would. */
  Search search(String text) {
    return new Search(text);
  }

  /** One search over one text. */
  final class Search {
    private final String text;
    private final Matcher m;
    private int from;

    private Search(String text) {
      this.text = text;
      this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The next match, as {@link Matcher#find()}: tried at each position from the end of the last (one on after an empty one). */
    boolean find() {
      int n = text.length();
      for (int p = from; p < n; p++) {
        char c = text.charAt(p);
        if (!mayStart(c) || (p + 1 < n && !mayStart(c, text.charAt(p + 1)))) {
          continue;
        }
        m.region(p, n);
        if (m.lookingAt()) {
          from = m.end() == m.start() ? m.end() + 1 : m.end();
          return true;
        }
      }
      from = n + 1;
      return false;
    }

    Matcher matcher() {
      return m;
    }
  }
}
