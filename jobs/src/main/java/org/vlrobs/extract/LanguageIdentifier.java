package org.vlrobs.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Page-level language identification (Tika's Optimaize detector, 70 languages). Chinese and Japanese
 * are decided by script first: a page dominated by kana is Japanese, by Han ideographs alone Chinese,
 * which is more reliable than n-gram profiles on short CJK pages. Not thread-safe: one per task.
 */
public final class LanguageIdentifier {
  /** Pages with fewer content characters than this get no language. */
  public static final int MIN_CHARS = 40;
  /** Characters of a page given to the n-gram detector: enough for a stable answer (the cost is mostly per call). */
  private static final int SAMPLE_CHARS = 1_500;

  private final LanguageDetector detector;

  public LanguageIdentifier() {
    detector = new OptimaizeLangDetector().loadModels();
  }

  /** ISO 639-1 code, or null when the text is too short or the detector is unsure. */
  public String detect(String text) {
    if (TextCleaner.contentChars(text) < MIN_CHARS) {
      return null;
    }
    String script = byScript(text);
    if (script != null) {
      return script;
    }
    detector.reset();
    detector.addText(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
    List<LanguageResult> results = detector.detectAll();
    if (results.isEmpty() || results.get(0).isUnknown() || results.get(0).getRawScore() < 0.5f) {
      return null;
    }
    return normalise(results.get(0).getLanguage());
  }

  /** The language covering most characters over all pages (weighted by page length). */
  public static String dominant(List<ExtractedPage> pages) {
    Map<String, Long> weight = new HashMap<>();
    for (ExtractedPage p : pages) {
      if (p.language() != null) {
        weight.merge(p.language(), (long) p.charCount(), Long::sum);
      }
    }
    return weight.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
  }

  static String normalise(String tag) {
    int dash = tag.indexOf('-');
    String lang = dash > 0 ? tag.substring(0, dash) : tag;
    return lang.length() == 2 ? lang : null;
  }

  private static String byScript(String text) {
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int letters = 0;
    int limit = Math.min(text.length(), SAMPLE_CHARS);
    for (int i = 0; i < limit; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      switch (s) {
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        default -> { }
      }
    }
    if (letters == 0) {
      return null;
    }
    if (kana > 0 && (kana + han) * 2 > letters && kana * 20 > han) {
      return "ja";
    }
    if (hangul * 2 > letters) {
      return "ko";
    }
    if (han * 2 > letters) {
      return "zh";
    }
    return null;
  }
}
