package org.vlrobs.extract;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Light, lossless-in-meaning clean-up of extracted page text. Segmentation does the real work later. */
public final class TextCleaner {
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+\\n");
  private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final Pattern LIGATURES = Pattern.compile("[\\uFB00-\\uFB06]");

  private TextCleaner() {}

  public static String cleanPage(String raw) {
    String s = raw;
    if (LIGATURES.matcher(s).find()) {
      // PDF ligatures (ﬁ, ﬂ) become plain letters; NFKC would also fold CJK full-width forms, so only these.
      s = LIGATURES.matcher(s).replaceAll(m -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC));
    }
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    s = TRAILING_SPACE.matcher(s).replaceAll("\n");
    s = MANY_BLANK_LINES.matcher(s).replaceAll("\n\n");
    return s.strip();
  }

  /** Characters that carry content (letters, digits, ideographs), for deciding whether a page has text. */
  public static int contentChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }
}
