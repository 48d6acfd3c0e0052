package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
  private static final Lexicon LEXICON = Lexicon.load();

  private static Set<Integer> goals(String text, String language) {
    return LEXICON.match(text, language).stream().map(Lexicon.Hit::goal).collect(Collectors.toSet());
  }

  @Test
  void theCommittedLexiconIsOnTheClasspath() {
    assertTrue(LEXICON.size() > 1000, "terms: " + LEXICON.size());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "en|The city reduced water losses and improved wastewater treatment.|6",
      "en|Rental housing and public transport in the capital region.|11",
      "en|Emissions fell and the city aims to be carbon neutral.|13",
      "es|La ciudad redujo las pérdidas en la red y trata las aguas residuales.|6",
      "es|Los carriles bici y el transporte público de la ciudad.|11",
      "fr|Le réseau de chaleur alimenté par la biomasse et les énergies renouvelables.|7",
      "fr|Les marées vertes touchent plusieurs baies du littoral.|14",
      "pt|A cobertura de esgotamento sanitário e o abastecimento de água.|6",
      "pt|O déficit habitacional e a mobilidade urbana nas cidades.|11",
      "pt|A mortalidade infantil caiu com o programa Médico de Família.|3"})
  void findsTheGoalInEachLanguage(String language, String text, int goal) {
    assertTrue(goals(text, language).contains(goal), goals(text, language) + " for " + text);
  }

  @Test
  void evidenceNamesTheTermAndLongestMatchWins() {
    Lexicon lex = new Lexicon(List.of(
        new Lexicon.Entry("en", 13, TermFolding.term("climate change", "en"), 1.0, "curated", "climate change"),
        new Lexicon.Entry("en", 13, TermFolding.term("climate", "en"), 0.5, "curated", "climate"),
        new Lexicon.Entry("pt", 6, TermFolding.term("saneamento", "pt"), 0.9, "curated", "saneamento")));
    List<Lexicon.Hit> hits = lex.match("Climate Change adaptation and the climate", "en");
    assertEquals(List.of("climate change", "climate"), hits.stream().map(Lexicon.Hit::surface).toList());
    assertEquals(List.of(), lex.match("saneamento", "en"), "Portuguese terms are not matched on English text");
    assertEquals(1, lex.match("Saneamentos", "pt").size(), "plural and case");
    assertEquals(1, lex.match("saneamento", null).size(), "unknown language: all languages");
  }
}
