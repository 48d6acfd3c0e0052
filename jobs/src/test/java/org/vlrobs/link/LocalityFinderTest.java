package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vlrobs.metadata.LocalityGazetteer;
import org.vlrobs.metadata.LocalityGazetteer.Locality;

class LocalityFinderTest {
  private final LocalityFinder finder = new LocalityFinder(
      LocalityGazetteer.with(List.of(new Locality("Villa Corpus", "ARG"))), null);

  private List<String> names(String text, String lang) {
    return finder.find(text, lang).stream().map(LocalityFinder.Found::name).toList();
  }

  @Test
  void gazetteerFormsResolveToCanonicalNames() {
    assertEquals(List.of("Besançon", "Brittany"),
        names("comme la ville de Besancon et la Région Bretagne", "fr"));
    assertEquals(List.of("Helsinki"), names("Helsingin kaupunki published its review", "en"));
    assertEquals(List.of("Villa Corpus"), names("the VLR of Villa Corpus", "en"), "corpus VLR localities are known");
  }

  @Test
  void unknownNamesFromGovernmentAndReviewPatterns() {
    assertEquals(List.of("Quillota"), names("the Municipality of Quillota prepared a VLR", "en"));
    assertEquals(List.of("Alcobendas"), names("la Revisión Local Voluntaria de Alcobendas (2022)", "es"));
    assertEquals(List.of("Chefchaouen"), names("Chefchaouen's Voluntary Local Review was presented in 2021", "en"));
    assertEquals(List.of("Cascais"), names("o relatório local voluntário da Prefeitura de Cascais", "pt"));
    assertEquals(List.of("Saint-Brieuc"), names("l'examen local volontaire de la ville de Saint-Brieuc", "fr"));
  }

  @Test
  void coordinatedNamesJoinAKnownOne() {
    assertEquals(List.of("Helsinki", "Vantaa", "Lahti"),
        names("Helsinki, Vantaa and Lahti have each prepared a Voluntary Local Review", "en"));
    assertEquals(List.of("Niterói", "Maricá"),
        names("dados dos relatórios locais voluntários de Niterói e de Maricá", "pt"));
    assertEquals(List.of("Tampere", "Espoo"), names("Tampere and Espoo published reviews", "en"));
  }

  @Test
  void countriesRegionsAndGenericWordsAreNotLocalities() {
    assertTrue(names("Finland's Voluntary National Review, the second in Europe", "en").isEmpty());
    assertTrue(names("the Voluntary Local Review of the Federation of Municipalities", "en").isEmpty());
    assertTrue(names("Revisión Local Voluntaria de España", "es").isEmpty());
  }

  @Test
  void nerNamesAreFilteredAndCanonicalised() {
    LocalityFinder withNer = new LocalityFinder(LocalityGazetteer.shared(),
        text -> List.of("Europe", "Finland", "Oulu", "City of Espoo"));
    assertEquals(List.of("Oulu", "Espoo"),
        withNer.find("whatever the tagger saw", "en").stream().map(LocalityFinder.Found::name).toList());
    assertTrue(withNer.find("whatever", "es").isEmpty(), "NER is for English text only");
  }

  @Test
  void partsOfWorldRegionsAreNeverLocalities() {
    assertTrue(LocalityFinder.isWorldRegion("west africa"));
    assertTrue(LocalityFinder.isWorldRegion("south east asia"));
    assertTrue(LocalityFinder.isWorldRegion("sub saharan africa"));
    assertTrue(LocalityFinder.isWorldRegion("southern europe"));
    assertTrue(LocalityFinder.isWorldRegion("europe"));
    assertTrue(!LocalityFinder.isWorldRegion("west bengal"), "a state, not a world region");
    assertTrue(!LocalityFinder.isWorldRegion("accra"));
  }
}
