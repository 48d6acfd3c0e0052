package org.vlrobs.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CountryGazetteerTest {
  private final CountryGazetteer g = CountryGazetteer.shared();

  @ParameterizedTest
  @CsvSource({"FIN,FIN", "fi,FIN", "Finland,FIN", "Finlandia,FIN", "Finlande,FIN", "Brasil,BRA", "Brésil,BRA",
      "España,ESP", "Espagne,ESP", "Espanha,ESP", "Türkiye,TUR", "Viet Nam,VNM", "Côte d'Ivoire,CIV",
      "Cote d'Ivoire,CIV", "México,MEX", "Mexique,MEX", "Estados Unidos,USA", "Royaume-Uni,GBR", "日本,JPN",
      "Colombie,COL", "République démocratique du Congo,COD"})
  void namesAndCodesInManyLanguages(String value, String iso3) {
    assertEquals(iso3, g.toIso3(value));
  }

  @Test
  void unknownIsNull() {
    assertNull(g.toIso3("Atlantis"));
    assertNull(g.toIso3(""));
  }

  @Test
  void findsLongestNameAndSkipsEverydayWords() {
    var hits = g.find("Cooperation between Papua New Guinea and the Dominican Republic; a turkey for Jordan.");
    assertEquals(2, hits.size(), hits.toString());
    assertEquals("PNG", hits.get(0).value());
    assertEquals("DOM", hits.get(1).value());
    assertTrue(g.find("la République française").stream().anyMatch(h -> h.value().equals("FRA")));
  }
}
