package org.vlrobs.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplittersTest {
  private final Splitters splitters = new Splitters();

  private List<Sentence> split(String lang, String text) {
    return splitters.forLanguage(lang).split(text);
  }

  @Test
  void routesByLanguage() {
    assertEquals("corenlp:en", splitters.forLanguage("en").name());
    assertEquals("corenlp:es", splitters.forLanguage("es").name());
    assertEquals("corenlp:fr", splitters.forLanguage("fr").name());
    assertEquals("icu:pt", splitters.forLanguage("pt").name());
    assertEquals("icu:zh", splitters.forLanguage("zh").name());
    assertEquals("icu:und", splitters.forLanguage(null).name());
    assertTrue(splitters.forLanguage("en") == splitters.forLanguage("en"), "built once");
  }

  @Test
  void englishAbbreviationsDoNotEndSentences() {
    List<Sentence> s = split("en", "Dr. Smith arrived at 5 p.m. in the U.S. capital. He left, e.g. by train. Done.");
    assertEquals(3, s.size(), s.toString());
    assertEquals("Dr. Smith arrived at 5 p.m. in the U.S. capital.", s.get(0).text());
  }

  @Test
  void spanishAndFrench() {
    List<Sentence> es = split("es", "El Sr. García presentó la revisión. ¿Por qué ahora? Porque la ciudad avanzó del 23 % al 15 %.");
    assertEquals(3, es.size(), es.toString());
    assertEquals("¿Por qué ahora?", es.get(1).text());
    List<Sentence> fr = split("fr", "M. Dupont a présenté l'examen local volontaire. C'est la première fois. Bravo !");
    assertEquals(3, fr.size(), fr.toString());
  }

  @Test
  void portugueseWithIcuKnowsCommonAbbreviations() {
    List<Sentence> pt = split("pt", "O Sr. Silva apresentou o relatório. A cidade cresceu 5,2 % em 2020. Fim.");
    assertEquals(3, pt.size(), pt.toString());
    assertEquals(6, pt.get(0).tokens(), "words, not punctuation: " + pt.get(0));
  }

  @Test
  void chineseAndJapaneseSplitIntoSentencesAndWordsNotCharacters() {
    List<Sentence> zh = split("zh", "北九州市发布了自愿地方审查报告。城市在可持续发展目标方面取得了进展！居民积极参与。");
    assertEquals(3, zh.size(), zh.toString());
    int chars = zh.get(0).text().length() - 1;
    assertTrue(zh.get(0).tokens() > 3 && zh.get(0).tokens() < chars, "dictionary words: " + zh.get(0).tokens());
    List<Sentence> ja = split("ja", "北九州市は日本で初めての自発的自治体レビューを提出しました。市民や企業が協力しています。");
    assertEquals(2, ja.size(), ja.toString());
    assertTrue(ja.get(0).tokens() > 5 && ja.get(0).tokens() < ja.get(0).text().length() - 1, ja.get(0).toString());
  }
}
