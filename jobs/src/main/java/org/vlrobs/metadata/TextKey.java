package org.vlrobs.metadata;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for matching: lower case, no accents, punctuation to spaces, single spaces. */
public final class TextKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextKey() {}

  public static String of(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s.replace('ß', 's'), Normalizer.Form.NFD);
    t = MARKS.matcher(t).replaceAll("");
    t = t.toLowerCase(Locale.ROOT);
    t = NON_WORD.matcher(t).replaceAll(" ").trim();
    return t;
  }

  /** Whole-phrase containment on folded text (both sides folded by {@link #of}). */
  public static int indexOfPhrase(String foldedText, String foldedPhrase) {
    return indexOfPhrase(foldedText, foldedPhrase, 0);
  }

  public static int indexOfPhrase(String foldedText, String foldedPhrase, int start) {
    if (foldedPhrase.isEmpty()) {
      return -1;
    }
    int from = start;
    while (true) {
      int i = foldedText.indexOf(foldedPhrase, from);
      if (i < 0) {
        return -1;
      }
      int end = i + foldedPhrase.length();
      boolean startOk = i == 0 || foldedText.charAt(i - 1) == ' ' || isIdeographic(foldedPhrase.charAt(0));
      boolean endOk = end == foldedText.length() || foldedText.charAt(end) == ' '
          || isIdeographic(foldedPhrase.charAt(foldedPhrase.length() - 1));
      if (startOk && endOk) {
        return i;
      }
      from = i + 1;
    }
  }

  public static int countPhrase(String foldedText, String foldedPhrase) {
    int n = 0;
    int from = 0;
    while (true) {
      int i = indexOfPhrase(foldedText, foldedPhrase, from);
      if (i < 0) {
        return n;
      }
      n++;
      from = i + foldedPhrase.length();
      if (from >= foldedText.length()) {
        return n;
      }
    }
  }

  static boolean isIdeographic(char c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
  }
}
