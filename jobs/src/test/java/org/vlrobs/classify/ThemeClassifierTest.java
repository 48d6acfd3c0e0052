package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeClassifierTest {
  private static final ThemeClassifier THEMES = ThemeClassifier.load();

  private static Map<String, ThemeClassifier.ThemeLabel> labels(String text, String language) {
    return THEMES.classify(text, language).stream().filter(ThemeClassifier.ThemeLabel::label)
        .collect(Collectors.toMap(ThemeClassifier.ThemeLabel::theme, l -> l));
  }

  @Test
  void atLeastTwelveThemes() {
    assertTrue(THEMES.themes().size() >= 12, THEMES.themes().toString());
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
      "en|Indicators are disaggregated by district and published as open data.|data_indicators",
      "es|La Secretaría trabajó con el Instituto Nacional de Estadística para desagregar los datos.|data_indicators",
      "fr|Un questionnaire en ligne et des ateliers dans les quartiers ont recueilli 600 contributions.|participation",
      "pt|O relatório foi elaborado com a participação de estados e municípios, por meio da Confederação Nacional de Municípios.|multilevel_governance",
      "en|The Association of Finnish Municipalities was consulted for the Voluntary National Review.|multilevel_governance",
      "es|El ingreso mínimo garantizado busca que ningún hogar quede atrás.|leave_no_one_behind",
      "en|During the pandemic all schools moved to distance learning.|covid19_recovery",
      "pt|Durante a pandemia, o município adotou testagem em massa.|covid19_recovery",
      "fr|La ville s'engage à partager son expérience avec les autres collectivités.|peer_learning"})
  void themesInFourLanguagesWithEvidence(String language, String text, String theme) {
    Map<String, ThemeClassifier.ThemeLabel> l = labels(text, language);
    assertTrue(l.containsKey(theme), l.keySet() + " for " + text);
    assertTrue(l.get(theme).evidence().startsWith("terms: "), l.get(theme).evidence());
  }

  @Test
  void aSingleWeakTermDoesNotLabel() {
    List<ThemeClassifier.ThemeLabel> l = THEMES.classify("The recovery of the river banks.", "en");
    assertEquals(1, l.size(), l.toString());
    assertFalse(l.get(0).label(), l.toString());
    assertEquals(0.5, l.get(0).score());
  }
}
