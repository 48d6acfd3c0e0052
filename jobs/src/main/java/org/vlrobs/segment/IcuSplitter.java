package org.vlrobs.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ICU sentence and word breaking: dictionary-based words for Chinese, Japanese, Thai, Khmer...; sentence
 * ends at 。！？ as well as . ! ?; with the locale's abbreviation list where ICU has one ({@code @ss=standard},
 * e.g. Portuguese "Sr.", "Dra."). The fallback for every language CoreNLP is not routed for.
 */
final class IcuSplitter implements SentenceSplitter {
  /** Abbreviations after which a full stop does not end a sentence, where ICU's own data has none. */
  private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
      "*", List.of("Dr.", "Prof.", "No.", "Nr.", "Vol.", "p.", "pp.", "e.g.", "i.e.", "cf.", "St."),
      "pt", List.of("Sr.", "Sra.", "Srs.", "Sras.", "Dra.", "Profa.", "Av.", "Exmo.", "Exma.", "art.", "arts.", "n.",
          "nº.", "ex.", "Sto.", "Sta.", "Eng.", "Arq."),
      "it", List.of("Sig.", "Sigg.", "Dott.", "Dott.ssa", "Ing.", "Avv.", "pag.", "art.", "es.", "ecc."),
      "ca", List.of("Sr.", "Sra.", "pàg.", "núm.", "art."),
      "nl", List.of("dhr.", "mevr.", "blz.", "bijv.", "nr.", "art."));
  private final BreakIterator sentences;
  private final BreakIterator words;
  private final String language;

  IcuSplitter(String language) {
    this.language = language == null ? "und" : language;
    ULocale locale = new ULocale(language == null ? "" : language + "@ss=standard");
    FilteredBreakIteratorBuilder filter = FilteredBreakIteratorBuilder.getInstance(locale);
    for (String abbreviation : ABBREVIATIONS.getOrDefault(this.language, List.of())) {
      filter.suppressBreakAfter(abbreviation);
    }
    for (String abbreviation : ABBREVIATIONS.get("*")) {
      filter.suppressBreakAfter(abbreviation);
    }
    sentences = filter.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    words = BreakIterator.getWordInstance(new ULocale(language == null ? "" : language));
  }

  @Override
  public List<Sentence> split(String paragraph) {
    List<Sentence> out = new ArrayList<>();
    sentences.setText(paragraph);
    int start = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
      String s = paragraph.substring(start, end).strip();
      if (!s.isEmpty()) {
        out.add(new Sentence(s, countWords(s)));
      }
    }
    return out;
  }

  int countWords(String s) {
    words.setText(s);
    int n = 0;
    words.first();
    for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
      if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
        n++;
      }
    }
    return n;
  }

  @Override
  public String name() {
    return "icu:" + language;
  }
}
