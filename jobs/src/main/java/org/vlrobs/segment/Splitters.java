package org.vlrobs.segment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Routes text to a sentence splitter by language, building each at most once: CoreNLP for the
 * languages it tokenizes natively (English, Spanish, French, German), ICU for all others (Portuguese,
 * Chinese, Japanese, ...) and for text whose language is unknown. One instance per task.
 */
public final class Splitters {
  static final Set<String> CORENLP = Set.of("en", "es", "fr", "de");
  private final Map<String, SentenceSplitter> cache = new HashMap<>();

  public SentenceSplitter forLanguage(String language) {
    String key = language == null ? "" : language;
    return cache.computeIfAbsent(key, k -> CORENLP.contains(k) ? new CoreNlpSplitter(k) : new IcuSplitter(language));
  }
}
