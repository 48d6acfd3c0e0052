package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vlrobs.link.VlrCatalog.VlrRef;

class VnrLinkerTest {
  static final VlrCatalog CATALOG = new VlrCatalog(List.of(
      new VlrRef("vlr-malaga-2021", "ESP", "Málaga", 2021, null),
      new VlrRef("vlr-malaga-2023", "ESP", "Malaga", 2023, null),
      new VlrRef("vlr-valencia-2016", "ESP", "València", 2016, null),
      new VlrRef("vlr-besancon", "FRA", "Besancon", 2020, null),
      new VlrRef("vlr-helsinki-2021", null, "City of Helsinki", 2021, null),
      new VlrRef("vlr-niteroi", "BRA", "Niterói", 2020, null)));
  private final VnrLinker linker = new VnrLinker(CATALOG, null);

  private Set<MentionType> types(List<VnrLinker.Evidence> ev) {
    return ev.stream().map(VnrLinker.Evidence::type).collect(Collectors.toSet());
  }

  @Test
  void annexOfReviewsCitesAndResolvesTheRightEditions() {
    List<VnrLinker.Evidence> ev = linker.analyse(
        "Este anexo reúne las revisiones remitidas por los ayuntamientos: Ayuntamiento de Málaga, Ayuntamiento de "
            + "Valencia y Ayuntamiento de Bilbao.", "Anexo II: Revisiones Locales Voluntarias", "es", "ESP", 2022);
    // (lrg, the ayuntamientos remitting their own reviews, is the involvement model's call: it reads them as the
    // reviews' authors, the rules alone as a class of governments taking part)
    assertTrue(types(ev).containsAll(Set.of(MentionType.CITED, MentionType.ANNEXED)), types(ev).toString());
    VnrLinker.Evidence cited = ev.stream().filter(e -> e.type() != MentionType.LRG).findFirst().orElseThrow();
    assertEquals(List.of("Málaga", "Valencia", "Bilbao"), cited.localities());
    assertEquals(List.of("vlr-malaga-2021", "vlr-valencia-2016"), cited.linkedVlrDocIds(),
        "the 2023 edition is later than the VNR; Bilbao has no VLR in the corpus");
  }

  @Test
  void localitiesOnlyFromSentencesThatNameAReview() {
    List<VnrLinker.Evidence> ev = linker.analyse("Floods hit Carlisle and York in 2015. The City of Besançon "
        + "published an examen local volontaire.", "Goal 11", "en", "FRA", 2020);
    assertEquals(List.of("Besançon"), ev.get(0).localities());
    assertEquals(List.of("vlr-besancon"), ev.get(0).linkedVlrDocIds());
  }

  @Test
  void otherCountriesLocalitiesAreLeftOutAndNotLinked() {
    List<VnrLinker.Evidence> ev = linker.analyse("Following New York City and Helsinki, Málaga prepared a "
        + "Voluntary Local Review.", "Localisation", "en", "ESP", 2021);
    assertEquals(List.of("Málaga"), ev.get(0).localities());
  }

  @Test
  void resolutionNeedsTheVlrToPrecedeTheVnr() {
    List<VnrLinker.Evidence> ev = linker.analyse("Helsinki's Voluntary Local Review is the second in Europe.",
        "Box 4: Helsinki's Voluntary Local Review", "en", "FIN", 2020);
    assertTrue(types(ev).contains(MentionType.FEATURED));
    assertEquals(List.of("Helsinki"), ev.get(0).localities());
    assertTrue(ev.get(0).linkedVlrDocIds().isEmpty(), "the corpus's Helsinki VLR (2021) is later than the VNR (2020)");
  }

  @Test
  void lrgEvidenceCarriesNoLocalitiesAndTrapsGiveNothing() {
    List<VnrLinker.Evidence> ev = linker.analyse("La Federación Española de Municipios y Provincias coordinó las "
        + "aportaciones de los gobiernos locales de Madrid y Sevilla.", "Proceso", "es", "ESP", 2021);
    assertEquals(Set.of(MentionType.LRG), types(ev));
    assertTrue(ev.get(0).localities().isEmpty());
    assertTrue(linker.analyse("This Voluntary National Review draws on a local review of procurement rules in Leeds.",
        "Goal 8", "en", "GBR", 2019).isEmpty());
  }

  @Test
  void aReviewNotYetPreparedIsNoCitationAndCitesNoPlace() {
    // (a city with no review is a trap of issue 9: no citation, no locality)
    List<VnrLinker.Evidence> ev = linker.analyse("Cities such as Dhaka and Chattogram have not yet undertaken local "
        + "reviews of the SDGs, though both have adopted SDG-aligned master plans.", "Goal 11", "en", "BGD", 2020);
    assertEquals(Set.of(), types(ev));
    List<VnrLinker.Evidence> done = linker.analyse("Cities such as Dhaka and Chattogram have undertaken local "
        + "reviews of the SDGs.", "Goal 11", "en", "BGD", 2020);
    assertEquals(List.of("Dhaka", "Chattogram"), done.get(0).localities());
  }

  @Test
  void catalogueMatchesFormsAndFillsCountries() {
    assertEquals("vlr-helsinki-2021", CATALOG.resolve("Helsingin kaupunki", "FIN", 2024).docId());
    assertEquals("vlr-malaga-2023", CATALOG.resolve("malaga", "ESP", null).docId());
    assertNull(CATALOG.resolve("Málaga", "PRT", 2024), "same name in another country is another place");
    assertEquals(2, CATALOG.inCountryBefore("ESP", 2021).size());
    assertNull(CATALOG.inCountryBefore(null, 2021));
  }

  @Test
  void aChapterNamingReviewsDoesNotMakeEverySectionAboutThem() {
    List<VnrLinker.Evidence> ev = linker.analyse("The metro of Medellín and the water plan of Málaga cut emissions.",
        "Localisation and Voluntary Local Reviews › Goal 6", "en", "ESP", 2021);
    assertEquals(Set.of(MentionType.CITED), types(ev), "cited through the chapter, but not featured");
    assertTrue(ev.get(0).localities().isEmpty(), "no review is named near these cities");
    List<VnrLinker.Evidence> box = linker.analyse("The city of Málaga reports on 17 goals.",
        "Localisation › Box 2: The Voluntary Local Review of Málaga", "en", "ESP", 2021);
    assertTrue(types(box).contains(MentionType.FEATURED));
    assertEquals(List.of("Málaga"), box.get(0).localities());
  }

  @Test
  void anEditionYearNextToTheNamePicksThatEdition() {
    List<VnrLinker.Evidence> named = linker.analyse("Se adjunta la Revisión Local Voluntaria de Málaga (2021).",
        "Anexo", "es", "ESP", 2024);
    assertEquals(List.of("vlr-malaga-2021"), named.get(0).linkedVlrDocIds());
    List<VnrLinker.Evidence> unnamed = linker.analyse("Se adjunta la Revisión Local Voluntaria de Málaga.",
        "Anexo", "es", "ESP", 2024);
    assertEquals(List.of("vlr-malaga-2023"), unnamed.get(0).linkedVlrDocIds(), "otherwise the latest edition");
    String text = "Helsinki's 2019 review and Espoo (2021)";
    assertEquals(2019, VnrLinker.yearNear(text, text.indexOf("Helsinki"), 8));
    assertEquals(2021, VnrLinker.yearNear(text, text.indexOf("Espoo"), 5));
    assertNull(VnrLinker.yearNear("the review of Turku", 14, 5));
  }
}
