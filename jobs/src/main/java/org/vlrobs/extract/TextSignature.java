package org.vlrobs.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signature of a document's text over word 4-shingles (accents, case, digits and layout
 * ignored), so that the same report extracted from a PDF and from a DOCX, which differ in headers,
 * page numbers and line breaks, still look alike. The Jaccard similarity of two shingle sets is
 * estimated by the share of equal signature slots.
 */
public final class TextSignature {
  public static final int SIZE = 64;
  private static final int SHINGLE = 4;
  private static final int MAX_TOKENS = 50_000;
  private static final long[] SEEDS = new long[SIZE];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      SEEDS[i] = x;
    }
  }

  private TextSignature() {}

  /** The signature, or an empty array when the text has fewer words than one shingle. */
  public static long[] of(List<ExtractedPage> pages) {
    long[] sig = new long[SIZE];
    Arrays.fill(sig, Long.MAX_VALUE);
    long[] window = new long[SHINGLE];
    int tokens = 0;
    boolean any = false;
    outer:
    for (ExtractedPage page : pages) {
      String s = Normalizer.normalize(page.text(), Normalizer.Form.NFD);
      int i = 0;
      while (i < s.length()) {
        int cp = s.codePointAt(i);
        if (!Character.isLetter(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        long h = 0xcbf29ce484222325L;
        int j = i;
        boolean ideograph = isIdeographic(cp);
        while (j < s.length()) {
          int c = s.codePointAt(j);
          if (Character.getType(c) == Character.NON_SPACING_MARK) {
            j += Character.charCount(c);
            continue;
          }
          if (!Character.isLetter(c) || (j > i && (ideograph || isIdeographic(c)))) {
            break;
          }
          h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
          j += Character.charCount(c);
        }
        i = j;
        window[tokens % SHINGLE] = h;
        tokens++;
        if (tokens >= SHINGLE) {
          long sh = 0;
          for (int k = 0; k < SHINGLE; k++) {
            sh = mix(sh * 31 + window[(tokens + k) % SHINGLE]);
          }
          for (int k = 0; k < SIZE; k++) {
            long v = mix(sh ^ SEEDS[k]);
            if (v < sig[k]) {
              sig[k] = v;
            }
          }
          any = true;
        }
        if (tokens >= MAX_TOKENS) {
          break outer;
        }
      }
    }
    return any ? sig : new long[0];
  }

  /** Estimated Jaccard similarity of the two texts' shingle sets, 0 when either is empty. */
  public static double similarity(long[] a, long[] b) {
    if (a == null || b == null || a.length != SIZE || b.length != SIZE) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  private static boolean isIdeographic(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
