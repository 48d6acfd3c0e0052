package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplicitReferencesTest {
  private final ExplicitReferences refs = new ExplicitReferences();

  private List<String> codes(String text) {
    return refs.find(text).stream().map(SdgReference::code).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Progress on SDG 11 was mixed.|11",
      "the SDGs 6, 11 and 13 are reviewed|6,11,13",
      "under SDG-6 and SDG7|6,7",
      "Sustainable Development Goal 3 on health|3",
      "ODS 6 y 11 en la ciudad|6,11",
      "el Objetivo de Desarrollo Sostenible 5|5",
      "La meta 6.1 del ODS 6|6.1,6",
      "les ODD 7 et 13 de la feuille de route|7,13",
      "l'objectif de développement durable 15|15",
      "la cible 11.2 concerne les transports|11.2",
      "os ODS 6 e 11 no município|6,11",
      "Objetivo de Desenvolvimento Sustentável 1|1",
      "indicator 11.6.2 on air quality|11.6.2",
      "el indicador 6.3.1 de aguas residuales|6.3.1",
      "l'indicateur 7.2.1|7.2.1",
      "SDG target 11.a on urban-rural links|11.a",
      "SDG 11.3 on participatory planning|11.3",
      "SDGs 1-5 are social|1,2,3,4,5",
      "可持续发展目标11：可持续城市|11",
      "目标6和目标11|6,11",
      "SDGsのゴール11に貢献|11",
      "目標4 質の高い教育|4"})
  void referencesInManyLanguages(String text, String expected) {
    assertEquals(List.of(expected.split(",")), codes(text), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "3.2.1 Results of the review",
      "Goal 18 of the city plan",
      "SDG 0",
      "an increase of 11.3 per cent",
      "the 2030 Agenda and its 17 goals",
      "we reached our target of 50 %",
      "Chapter 6 describes goals",
      "the target 11 is unclear",
      "ODS 12345"})
  void notReferences(String text) {
    assertEquals(List.of(), codes(text), text);
  }

  @Test
  void genericGoalWordsAreWeakerEvidence() {
    List<SdgReference> r = refs.find("Goal 4 of our strategy and SDG 4 of the Agenda");
    assertEquals(2, r.size());
    assertEquals(0.8, r.get(0).confidence());
    assertEquals(1.0, r.get(1).confidence());
    assertTrue(r.get(1).matched().startsWith("SDG 4"), r.get(1).matched());
    assertEquals(27, r.get(1).start());
  }
}
