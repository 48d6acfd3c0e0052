package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermFoldingTest {
  @ParameterizedTest(name = "{0}: {1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "en|Cities and Communities|city community",
      "en|the Public TRANSPORT systems|public transport system",
      "en|business|business",
      "es|Ciudades y comunidades sostenibles|ciudad comunidad sostenibl",
      "es|las veces|vez",
      "es|Pérdidas en la red|perdida red",
      "fr|Les réseaux sociaux|reseau social",
      "fr|énergies renouvelables|energie renouvelable",
      "pt|Habitações e saneamentos|habitacao saneamento",
      "pt|ações sociais|acao social",
      "pt|os homens|homem",
      "pt|Mulheres|mulher"})
  void accentsCaseStopWordsAndPlurals(String language, String text, String folded) {
    assertEquals(folded, TermFolding.term(text, language));
  }

  @ParameterizedTest(name = "{0}: {1} ~ {2}")
  @CsvSource(delimiter = '|', value = {
      "en|city|cities", "es|ciudad|ciudades", "pt|habitação|habitações", "pt|mulher|mulheres",
      "fr|social|sociaux", "es|acción climática|acciones climáticas", "es|sostenible|sostenibles",
      "fr|réseau|réseaux", "pt|cidade|cidades", "es|red|redes"})
  void singularAndPluralMeet(String language, String singular, String plural) {
    assertEquals(TermFolding.term(singular, language), TermFolding.term(plural, language));
  }
}
