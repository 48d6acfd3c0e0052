package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  void batchTwentyTheBoxesSubjectAndAnUrbanCommune() {
    assertEquals(List.of("Toamasina"), names("Encadré 2.3 – Toamasina : la revue locale volontaire de 2024", "fr"));
    assertEquals(List.of("Nacala"), names("Caixa 3 «Nacala 2030»: o primeiro relatório local voluntário da cidade", "pt"));
    assertEquals(List.of("Toliara"), names("la Commune Urbaine de Toliara a réalisé sa revue locale volontaire", "fr"));
    assertEquals(List.of("Nacala"), names("«Nacala 2030»: o que revela o primeiro relatório local voluntário", "pt"));
    // traps: a box about a topic, a quoted slogan, and a table's title, name no place
    assertTrue(names("«Agua para todos»: el informe local voluntario", "es").isEmpty());
    assertTrue(names("Box 4: Measuring informal work – the Voluntary Local Review", "en").isEmpty());
    assertTrue(names("Cuadro 6.1 Cobertura de agua: informe local voluntario", "es").isEmpty());
  }

  @Test
  void batchNineNamesWithParticlesListsBetweenDashesAndCouncils() {
    assertEquals(List.of("Santa Cruz de la Sierra"), names("Recuadro 4.1 La Revisión Local Voluntaria de Santa Cruz de la Sierra", "es"));
    // German and Dutch particles inside a name
    assertEquals(List.of("Freiburg im Breisgau", "Kiel"), names("Freiburg im Breisgau and Kiel have published Voluntary Local "
        + "Reviews.", "en"));
    assertEquals(List.of("Maputo", "Quelimane", "Pemba"),
        names("Três municípios moçambicanos — Maputo, Quelimane e Pemba — elaboraram Relatórios Locais Voluntários.", "pt"));
    assertEquals(List.of("Kanifing", "Banjul"),
        names("as shown by the local SDG reviews of Kanifing Municipal Council and Banjul City Council", "en"));
    assertEquals(List.of("Lima"), names("el reporte local voluntario de la Municipalidad Metropolitana de Lima", "es"));
    assertEquals(List.of("Douala", "Yaoundé"),
        names("quartiers de Douala et de Yaoundé, tirés des revues locales volontaires de Yaoundé", "fr"));
    // traps: a name that ends in a qualifier of its own is not cut, and a dash after a lower-case clause lists nothing
    assertEquals(List.of("Kanifing"), names("the Voluntary Local Review of Kanifing was published", "en"));
    assertTrue(names("municipalities in general — and the regions as well — prepared plans", "en").isEmpty());
  }

  @Test
  void countriesRegionsAndGenericWordsAreNotLocalities() {
    assertTrue(names("Finland's Voluntary National Review, the second in Europe", "en").isEmpty());
    assertTrue(names("the Voluntary Local Review of the Federation of Municipalities", "en").isEmpty());
    assertTrue(names("Revisión Local Voluntaria de España", "es").isEmpty());
  }

  @Test
  void reviewWordsAndActorWordsOfTheLexiconAreNeverLocalities() {
    // the two spurious localities of the designed sample VNRs (Kenya, Portugal)
    assertEquals(List.of("Kisumu", "Marsabit"),
        names("Source: County Government of Kisumu and County Government of Marsabit, Voluntary Local Reviews.", "en"));
    assertEquals(List.of("Porto"), names("Câmara Municipal do Porto, Relatório Local Voluntário, 2021.", "pt"));
    assertTrue(names("Relatório Local Voluntário", "pt").isEmpty());
    assertTrue(names("the Prefecture Government of Counties, Voluntary Reviews", "en").isEmpty());
    assertTrue(LocalityFinder.allGeneric("voluntario"));
    assertTrue(LocalityFinder.allGeneric("county"));
    assertTrue(!LocalityFinder.allGeneric("marsabit county"));
    assertEquals(List.of("Kathmandu"), names("the 2022 local review of Kathmandu Metropolitan City", "en"));
  }

  @Test
  void placesListedOrCreditedInAReviewSentence() {
    assertEquals(List.of("Recife", "Vitória", "Florianópolis"),
        names("14 cidades elaboraram Relatórios Locais Voluntários, entre as quais Recife, Vitória e Florianópolis.", "pt"));
    assertEquals(List.of("Lusaka", "Ndola"), names("Voluntary Local Reviews were published by Lusaka and Ndola in 2022.", "en"));
    assertEquals(List.of("Loja", "Manta"), names("the voluntary local reviews prepared by Loja and Manta", "en"));
    assertEquals(List.of("Abidjan"), names("Le District autonome d'Abidjan a publié sa revue locale volontaire.", "fr"));
    assertTrue(names("Voluntary Local Reviews were prepared by the Ministry of Planning.", "en").isEmpty());
    assertTrue(names("several reviews, including Voluntary Local Reviews and Voluntary Subnational Reviews", "en").isEmpty());
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

  /** Batch 8: places named elliptically, in lists after a plural place word, in relative clauses, after a plain review noun. */
  @Test
  void ellipticListedAndRelativePlaces() {
    assertEquals(List.of("Punjab", "Khyber Pakhtunkhwa"), names(
        "Two Voluntary Provincial Reviews have been published: Punjab's, in 2021, and that of Khyber Pakhtunkhwa, in 2023.", "en"));
    assertEquals(List.of("Neuquén", "Salta"), names(
        "Entre las revisiones subnacionales voluntarias figuran la de Neuquén y la de Salta.", "es"));
    assertEquals(List.of("Souss-Massa", "Marrakech-Safi", "Rabat-Salé-Kénitra"), names(
        "Trois revues infranationales volontaires ont été réalisées par des régions – Souss-Massa, Marrakech-Safi et "
            + "Rabat-Salé-Kénitra –, la première dès 2021.", "fr"));
    assertEquals(List.of("Asunción", "Encarnación"), names(
        "Se prevé incluir las revisiones locales voluntarias que preparan Asunción y Encarnación.", "es"));
    assertEquals(List.of("Praia", "Mindelo"), names(
        "O Governo tenciona anexar os relatórios locais voluntários que a Praia e o Mindelo estão a preparar.", "pt"));
    assertEquals(List.of("Braga", "Guimarães", "Lagoa"), names(
        "Os relatórios de Braga, Guimarães e Lagoa encontram-se reproduzidos no Anexo IV.", "pt"));
    // traps: a table or map reference after a plural place word, the government after "que", a lower-case word
    assertEquals(List.of(), names("ward-level poverty rates for both counties (Map 1.2)", "en"));
    assertEquals(List.of(), names("las revisiones que presentó el Gobierno en 2023", "es"));
    assertEquals(List.of(), names("the city's, the region's and the state's reviews", "en"));
  }

  @Test
  void batchElevenPlacesAsSubjectsWithYearsAsLabelsAndCityStates() {
    assertEquals(List.of("Sfax", "Sousse", "La Marsa"),
        names("Sfax, Sousse et La Marsa ont publié des revues locales volontaires entre 2019 et 2021.", "fr"));
    assertEquals(List.of("Curridabat"), names("Curridabat publicó en 2020 el primer Informe Local Voluntario del país.", "es"));
    assertEquals(List.of("Arequipa", "Trujillo", "Cusco"),
        names("Compendio de Informes Locales Voluntarios: Arequipa (2023), Trujillo (2024) y Cusco (2024).", "es"));
    assertEquals(List.of("Kigali", "Musanze"), names("Kigali and Musanze: Voluntary Local Reviews published in 2023.", "en"));
    assertEquals(List.of("Djibouti"), names("les chiffres communiqués par la ville de Djibouti dans sa revue locale volontaire", "fr"));
    assertEquals(List.of("Kópavogur"), names("Annex Kópavogur's Voluntary Local Reviews (2023) to the next VNR.", "en"));
    assertEquals(List.of("Yucatán"), names("a) Revisión Estatal Voluntaria de Yucatán (2022), resumen ejecutivo", "es"));
    // traps: a source label, a country's cities, a national body publishing, a country after a plural place word
    assertEquals(List.of(), names("Source: Voluntary Local Reviews of the two cities (2023).", "en"));
    assertEquals(List.of(), names("Anexo III: Revisiones Locales Voluntarias", "es"));
    assertEquals(List.of(), names("with support from the Union of Towns and Cities of Slovakia, which published a VLR guide", "en"));
    assertEquals(List.of(), names("The Government published a Voluntary Local Review guide.", "en"));
    assertEquals(List.of(), names("Statistics Norway published the municipal indicators used by the local reviews.", "en"));
  }

  @Test
  void namesWithQualifiersArticlesAppositionsAndGappedClauses() {
    // a known name with more of another place's name after it; a generic word after the name; a month inside a name
    assertEquals(List.of("Victoria Falls"), names("the Victoria Falls Municipal Council's Voluntary Local Review", "en"));
    assertEquals(List.of("Viken"), names("Box 5.2 What Viken County's Voluntary Local Review tells us", "en"));
    assertEquals(List.of("Chiang Mai"), names("Chiang Mai Municipality (2024), Voluntary Local Review.", "en"));
    // an article after "de", "d'" without a space, an apposition with an ordinal in a title
    assertEquals(List.of("Comunitat Valenciana"),
        names("La Revisión Voluntaria Subnacional de la Comunitat Valenciana y la medición de la pobreza", "es"));
    assertEquals(List.of("La Paz"), names("Según la Revisión Local Voluntaria de La Paz, el 92 % de los hogares", "es"));
    assertEquals(List.of("Antsirabe"), names("Étude de cas 2 – La revue locale volontaire d'Antsirabe : recenser", "fr"));
    assertEquals(List.of("Porto-Novo"), names("Encadré 3 : Porto-Novo, premier examen local volontaire (ELV) du Bénin", "fr"));
    // generic words and a particle before the name; an adverb after the conjunction; a clause with its verb left out
    assertEquals(List.of("Príncipe"), names("Em 2023, a Região Autónoma do Príncipe publicou o seu primeiro "
        + "Relatório Regional Voluntário.", "pt"));
    assertEquals(List.of("Skopje", "Bitola", "Strumica"), names("Skopje, and more recently Bitola and Strumica, have followed "
        + "the same path, each publishing a voluntary review of the 2030 Agenda at the local level.", "en"));
    assertEquals(List.of("Beira", "Nampula", "Matola"), names("No plano urbano, a Beira e Nampula publicaram Relatórios Locais "
        + "Voluntários em 2022, e a Matola em 2023.", "pt"));
    // traps: a heading's last name and the text's first are two names, not one; no ordinal, no apposition; a gapped
    // clause needs a place found before it; an extension that is generic is not another place
    assertEquals(List.of("Bonn"), names("Box 3.2: The Voluntary Local Review of Bonn Bonn presented its first VLR in 2020", "en"));
    assertEquals(List.of(), names("Moreover, the Voluntary Local Review covers all goals.", "en"));
    assertEquals(List.of(), names("The Ministry published the guide in 2020 and the Observatory in 2021.", "en"));
    assertEquals(List.of("Bonn"), names("Bonn City Council's Voluntary Local Review", "en"));
  }

  @Test
  void placesOpeningATitleOrSentenceAndGovernmentsBeforeThem() {
    // batch 17: a place labelling its review after a colon with an article; called a city in apposition; where the
    // review was made, opening the sentence; a government word before "del" / "de"
    assertEquals(List.of("Santa Cruz de la Sierra"), names("Recuadro 2. Santa Cruz de la Sierra: un informe local "
        + "voluntario construido desde los distritos", "es"));
    assertEquals(List.of("Dschang"), names("Encadré 3 : Dschang, une ville moyenne face aux ODD — enseignements de sa "
        + "revue locale volontaire", "fr"));
    assertEquals(List.of("São Vicente"), names("Em São Vicente, o relatório local voluntário elaborado pela Câmara "
        + "Municipal em 2023 aponta uma taxa de abandono de 11,8 %.", "pt"));
    assertEquals(List.of("Distrito Central"), names("la Alcaldía Municipal del Distrito Central (AMDC) publicó en 2023 su "
        + "primer Informe Local Voluntario", "es"));
    assertEquals(List.of("Quelimane"), names("o Conselho Municipal de Quelimane concluiu o seu Relatório Local Voluntário "
        + "em 2024", "pt"));
    // traps: a comma after a place not called a city; a place opening a sentence about something else
    assertEquals(List.of(), names("Encadré 3 : Montagne, un enjeu pour les ODD", "fr"));
    assertEquals(List.of(), names("Em Portugal, o relatório nacional voluntário foi aprovado em 2023.", "pt"));
  }

  @Test
  void chineseAndJapaneseNamesBeforeAReviewOrListedWithOne() {
    assertEquals(List.of("成都市"), names("专栏4 成都市自愿地方审查报告中的公园城市实践", "zh"));
    assertEquals(List.of("桂林市"), names("2015—2020年桂林市漓江流域水质。资料来源：《桂林市地方自愿陈述（2020）》。", "zh"));
    assertEquals(List.of("景洪市"), names("在云南省景洪市的自愿地方审查中", "zh"));
    assertEquals(List.of("成都市", "洛阳市", "洛沙市"), names("成都市、洛阳市和洛沙市的自愿地方审查报告", "zh"));
    assertEquals(List.of("Hamamatsu", "鎌倉市", "岡山市"), names("浜松市、鎌倉市、岡山市の自発的自治体レビュー", "ja"));
    // traps: a generic word or a one-character name after a function character; a name too long to tell; no review
    assertEquals(List.of(), names("城市自愿地方审查和各省自愿地方审查", "zh"));
    assertEquals(List.of(), names("新疆维吾尔自治区自愿地方审查", "zh"));
    assertEquals(List.of(), names("云南省景洪市共同完成区域中期审议", "zh"));
  }

  @Test
  void anAdverbOpeningTheSentenceIsNoPlace() {
    List<String> found = names("Separately, Pokhara Metropolitan City and Dhulikhel Municipality each published a Voluntary "
        + "Local Review in 2024.", "en");
    assertFalse(found.contains("Separately"), found.toString());
    assertTrue(found.contains("Dhulikhel"), found.toString());
  }
}

