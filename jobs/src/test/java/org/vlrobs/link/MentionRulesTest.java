package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vlrobs.lexicon.ReviewLexicon;

class MentionRulesTest {
  /** The rules alone (the involvement model is tested with them in PassageModelTest). */
  private final MentionRules rules = new MentionRules(ReviewLexicon.shared());

  private Set<String> types(String heading, String text) {
    return rules.find(text, heading.isEmpty() ? null : heading).stream().map(m -> m.type().code())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      // cited, four languages and CJK
      "|Helsinki, Espoo and Turku have each prepared a Voluntary Local Review.|cited",
      "|Varias ciudades, como Valencia, han presentado su Revisión Local Voluntaria.|cited",
      "|Plusieurs collectivités ont publié leur propre examen local volontaire, comme Besançon.|cited,lrg",
      "|Niterói e São Paulo publicaram relatórios locais voluntários em 2020 e 2021.|cited",
      "|Four VLRs were published by cities in 2022.|cited,lrg",
      "|北九州市は2018年に自発的自治体レビューを公表した。|cited",
      "|德清县发布了自愿地方审查报告。|cited",
      "|Mannheim's SDG report was discussed with the ministry.|cited",
      // featured: a box or section on one review
      "Goal 11 › Box 4: Helsinki's Voluntary Local Review|The City of Helsinki published its first review in 2019.|cited,featured",
      "ODS 11 › Recuadro 2: La Revisión Local Voluntaria de Málaga|La ciudad evaluó 80 indicadores.|cited,featured",
      "Encadré 3 : Un exemple local|L'examen local volontaire de Besançon couvre les dix-sept objectifs.|cited,featured",
      // annexed
      "Anexo III: Revisiones Locales Voluntarias|Este anexo reúne las revisiones remitidas por los gobiernos locales.|annexed,cited,lrg",
      "|The voluntary local reviews of Bristol and Liverpool are annexed to this report.|annexed,cited",
      "|Les examens locaux volontaires de trois villes sont publiés en annexe au rapport, joints au présent examen.|annexed,cited,lrg",
      // integrated
      "ODS 6|A análise deste objetivo utiliza dados dos relatórios locais voluntários de Niterói e de São Paulo.|cited,integrated",
      "|Data from the voluntary local reviews of Bonn and Mannheim were used for the assessment of Goal 6.|cited,integrated",
      "|Los indicadores de las revisiones locales voluntarias fueron incorporados al análisis nacional.|cited,integrated",
      "|Em um processo conjunto, os relatórios locais voluntários foram compilados como insumo.|cited,integrated",
      // local and regional governments only
      "|The Association of Finnish Municipalities was consulted during the preparation.|lrg",
      "|La Federación Colombiana de Municipios participó en las mesas de trabajo.|lrg",
      "|Les associations d'élus ont été consultées lors de la préparation du présent examen.|lrg",
      "|O relatório contou com a Confederação Nacional de Municípios e a Frente Nacional de Prefeitos.|lrg"})
  void flagsInManyLanguages(String heading, String text, String expected) {
    assertEquals(Set.of(expected.split(",")), types(heading == null ? "" : heading, text), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "This Voluntary National Review sets out how the United Kingdom is delivering the goals.",
      "A local review of procurement rules in 2018 made it easier for small businesses to bid.",
      "The local review board approved the new bus lanes.",
      "Severe weather flooded homes in Carlisle, York and Leeds.",
      "El presente Examen Nacional Voluntario recoge los avances del país.",
      "Le présent examen national volontaire a été préparé par le gouvernement.",
      "Este Relatório Nacional Voluntário apresenta os avanços do país.",
      "The municipal water company reported a loss in 2019.",
      "Files were named vlr-2021-final.pdf by the web team.",
      "The local review of the procurement law was completed in 2019.",
      "La revisión local de los precios se hizo en 2020."})
  void trapsAreNotEvidence(String text) {
    assertEquals(Set.of(), types("", text), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"lrg|1", "cited|2", "featured|3", "annexed|4", "integrated|5"})
  void levelsFollowTheOrder(String type, int level) {
    assertEquals(level, MentionType.valueOf(type.toUpperCase()).level());
  }

  @org.junit.jupiter.api.Test
  void evidenceNamesTheRuleAndText() {
    var m = rules.find("Data from the voluntary local reviews of Bonn were used for Goal 6.", null);
    assertTrue(m.stream().anyMatch(x -> x.type() == MentionType.INTEGRATED
        && java.util.Set.of("review-evidence-used", "review-as-source").contains(x.rule())
        && x.matchedText().startsWith("Data from")), m.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The VLR (variable lending rate) of commercial banks rose to 7 per cent.|",
      "The VLRs of Mannheim and Stuttgart are published online.|cited",
      "富山市は2023年にVLRを公表した。|cited",
      "Bonn's first VLR appeared in 2020.|cited",
      "The VLR is a tool of the city.|cited"})
  void aBareAcronymNeedsContext(String text, String expected) {
    assertEquals(expected == null ? Set.of() : Set.of(expected), types("", text), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "广州市发布了可持续发展目标地方自愿陈述报告。",
      "浜松市は自発的地方レビューを作成した。",
      "Ten cities are preparing local reviews of SDG implementation.",
      "Subnational reviews by the states were presented in 2021.",
      "Las revisiones subnacionales de las provincias se publicaron en 2022.",
      "Les examens infranationaux des régions ont été publiés.",
      "the SDG report of the City of Rosario shows progress",
      "Data from the local reviews of Bonn and Mannheim were used for Goal 6.",
      "Las revisiones locales de Valencia y Bilbao se publicaron en 2021.",
      "The local reviews prepared by Kitakyushu were presented in New York."})
  void otherNamesOfLocalReviewsAreCited(String text) {
    assertTrue(types("", text).contains("cited"), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Subnational reviews by the states of Jalisco and Nuevo León fed into this chapter.",
      "Table 6.2: Access to safe water (source: VLRs of Accra and Kumasi).",
      "Las revisiones locales voluntarias de los municipios alimentaron el diagnóstico nacional."})
  void reviewsUsedAsSourcesAreIntegrated(String text) {
    assertTrue(types("", text).contains("integrated"), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Municipalities and regions participated in the national consultations.",
      "Les communes et les régions ont été consultées.",
      "Los gobiernos autónomos descentralizados participaron en los talleres.",
      "Os municípios participaram das oficinas regionais.",
      "Subnational governments are responsible for water services."})
  void localGovernmentsTakingPartAreLrg(String text) {
    assertEquals(Set.of("lrg"), types("", text), text);
  }
  /** The passage's mention types are those listed, comma-separated ({@code null}: none). */
  private void assertTypes(String lang, String heading, String text, String expected) {
    Set<String> want = expected == null ? Set.of() : Set.of(expected.split(","));
    assertEquals(want, types(heading, text, lang), text);
  }

  private Set<String> types(String heading, String text, String lang) {
    return rules.find(text, heading, lang, null, MentionRules.newDocument()).stream().map(m -> m.type().code())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Involvement negated after the actor ("were not consulted"), in four languages; one cue left standing keeps it. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "en|Local governments were not consulted in the preparation of this review.|",
      "es|Los gobiernos municipales no fueron consultados durante la elaboración de este informe.|",
      "fr|Faute de temps, les collectivités territoriales n'ont pas été consultées sur le projet de rapport.|",
      "pt|As autarquias locais não participaram na elaboração do relatório.|",
      "en|Local governments, which implement the SDGs, were not consulted on the draft.|lrg",
      "es|El Consejo no cuenta con representación de los gobiernos subnacionales en la Agenda 2030.|lrg",
      "en|Local authorities met the minister.|lrg"})
  void strongActorsWithOnlyNegatedCuesAreNotLrg(String lang, String text, String expected) {
    assertEquals(expected == null ? Set.of() : Set.of(expected.split(",")), types(null, text, lang), text);
  }

  /** Actor traps and actors that are also offices or places: they need a cue (elections are none). */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "en|Pasig City trained its staff with the Local Government Academy in 2023.|",
      "en|The Local Government Code of 1991 was amended.|",
      "es|Las elecciones locales de 2023 renovaron 1.102 alcaldías y 32 gobernaciones.|",
      "es|Las gobernaciones y las alcaldías incorporaron metas de los ODS en sus planes.|lrg",
      "en|Governorates have set up local SDG committees chaired by the governor.|lrg",
      "en|Oblast administrations adopted regional SDG action plans in 2021.|lrg",
      "en|The share of prefectures and municipalities that have incorporated the SDGs into their plans rose.|lrg",
      "en|The South African Local Government Association (SALGA) met the minister.|lrg",
      "fr|La Fédération canadienne des municipalités a été entendue.|lrg",
      "pt|Os governos provinciais elaboraram planos provinciais.|lrg",
      "pt|Os contributos da ANMP foram recebidos.|lrg",
      "en|Local unemployment rates are highest in the northern districts.|",
      "en|The national household survey covered all provinces and districts in 2021.|",
      "en|The review surveyed 32 urban councils on how they localise the goals.|lrg",
      "en|The national police force conducted a local review of crime statistics in 14 districts.|",
      "en|To date, 23 cities and two regions have produced Voluntary Local Reviews.|cited,lrg",
      "en|To date, 23 cities and two regions have produced maps.|"})
  void actorsTrapsAndPluralAcronymCues(String lang, String text, String expected) {
    assertEquals(expected == null ? Set.of() : Set.of(expected.split(",")), types(null, text, lang), text);
  }

  /** Evidence quoted from a review: source phrases per language, a 'Data:' label, 'reproduced from', reliance direction. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "en|Poverty headcounts for two cities, as reported in their voluntary local reviews, are shown in Table 1.2.|cited,integrated",
      "en|Rents rose, as the Voluntary Local Review of Dublin notes; this chapter uses its estimates of housing need.|cited,integrated",
      "es|Tal como recoge el Informe Local Voluntario de Córdoba, la tasa de egreso pasó del 61 % al 68 %.|cited,integrated",
      "fr|Comme le souligne l'examen local volontaire de Rabat, la consommation a baissé de 18 %.|cited,integrated",
      "pt|Conforme o Relatório Local Voluntário de Lisboa, a cobertura atingiu 94 %.|cited,integrated",
      "en|Data: city VLRs (Kampala 2021, Entebbe 2022); national average from UBOS.|cited,integrated",
      "en|Box: the VLR of Kampala was presented in 2021.|cited",
      "en|Data on care work are reproduced from the 2022 local review of Kathmandu.|cited,integrated",
      "en|The full Voluntary Local Review of Kathmandu is reproduced in this annex.|annexed,cited",
      "en|This chapter draws on the Voluntary Local Review of Bonn.|cited,integrated",
      "en|The Voluntary Local Review of Bonn draws on a survey of residents.|cited",
      "fr|Le District d'Abidjan a publié sa revue locale volontaire, qui couvre 12 ODD et s'appuie sur 85 indicateurs.|cited",
      "fr|L'analyse de l'ODD 11 s'appuie sur les données des examens locaux volontaires de Dakar.|cited,integrated"})
  void evidenceQuotedFromReviews(String lang, String text, String expected) {
    assertEquals(Set.of(expected.split(",")), types(null, text, lang), text);
  }

  /** "Their assessment", "sus cifras", "leurs indicateurs", "os seus dados" refer back to the reviews of the passage before. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "en|Voluntary Local Reviews were published by Lusaka and Ndola in 2022.|Their assessment of waste collection was adopted as the baseline for indicator 11.6.1.",
      "es|Las Revisiones Locales Voluntarias de Bogotá y Cali fueron publicadas en 2021.|Sus cifras de cobertura se incorporaron al diagnóstico de este capítulo.",
      "fr|Les examens locaux volontaires de Sfax et de Sousse ont été présentés en 2022.|Leurs indicateurs sur les espaces verts ont servi de référence pour la cible 11.7.",
      "pt|Os Relatórios Locais Voluntários de Santos e de Jundiaí foram apresentados em 2021.|Os seus dados sobre habitação serviram de base ao diagnóstico deste capítulo."})
  void possessivesBeforeEvidenceReferBack(String lang, String first, String second) {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find(first, "ODS 11", lang, null, ctx);
    assertEquals(Set.of("cited", "integrated"), rules.find(second, "ODS 11", lang, null, ctx).stream()
        .map(m -> m.type().code()).collect(Collectors.toSet()), second);
    assertEquals(Set.of(), types("ODS 11", second, lang), "on its own: " + second);
  }

  /**
   * Mechanisms added with batch 7 (each with a trap): intentions for a later report, reviews cited by their
   * count, headings that name evidence taken from a review, and a negation that governs a cue placed first.
   */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "en|Section 3|The Government will support regions that prepare a Voluntary Local Review, to annex it to the next national report.|cited,lrg",
      "en|Section 3|The Voluntary Local Review of Bonn is annexed to this report.|cited,annexed",
      "es|Próximos pasos|Los datos del Informe Local Voluntario de Rosario deberán incorporarse al próximo informe nacional.|cited",
      "es|ODS 6|Los datos del Informe Local Voluntario de Rosario se incorporaron al diagnóstico.|cited,integrated",
      "pt|Próximos passos|Os dados dos Relatórios Locais Voluntários deverão alimentar o próximo Relatório Nacional Voluntário.|cited",
      "en|Preparation|For the first time, the VNR and five local reviews were prepared as a single process.|cited,integrated",
      "en|Preparation|Five local projects were prepared as a single process.|",
      "en|Goal 6 – evidence from the Voluntary Subnational Review|Its survey found 38 per cent of the schemes non-functional.|cited,integrated",
      "en|Box 2: The Voluntary Local Review of Bonn|Bonn reported on all 17 goals.|cited,featured",
      "es|Participación|No fue posible realizar consultas con los gobiernos municipales debido a la emergencia.|",
      "es|Participación|Se realizaron consultas con los gobiernos municipales en todo el país.|lrg",
      "en|Leaving no one behind|The ministry trained 1,200 barangay officials to identify households.|lrg",
      "en|Box 9: Local review of the land titling programme|The review found that 40 per cent of titles are held jointly.|"})
  void batchSevenMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /**
   * Mechanisms added with batch 8 (each with a trap that must stay negative): negated predicates of the actor
   * ("had no seat", "quedaron al margen", "n'ont pas été"), election sentences, places pointed back to ("both counties"),
   * a cue negated before the actor for class actors too, a review's own use of data, data drawn from another source,
   * tables that reproduce review data (not annexes), reviews named after the sub-national level, reliance and source
   * phrases ('mirrors the findings of', 'se nutre de', 'bebe', 'comme valeur de référence'), local reviews of a project.
   */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "en|Stakeholders|Local authorities had no seat on the coordination team, and their views were not sought.|",
      "en|Stakeholders|Local authorities had a seat on the coordination team and commented on the draft.|lrg",
      "en|Stakeholders|We will keep working with local governments not only on planning but on budgets.|lrg",
      "es|Participación|Las alcaldías quedaron al margen del proceso de elaboración del informe.|",
      "es|Participación|Las alcaldías participaron en el proceso de elaboración del informe.|lrg",
      "fr|Limites|Aucune concertation avec les collectivités n'a pu être organisée dans les délais.|",
      "fr|Élaboration|Une concertation avec les collectivités a été organisée dans chaque région.|lrg",
      "pt|Participação|Continuaremos a trabalhar com todas as esferas de governo para não deixar ninguém para trás.|lrg",
      "pt|Relatórios|Foram os primeiros relatórios elaborados por governos estaduais no país.|lrg",
      "pt|ODS 5|Nas eleições municipais de 2024, as mulheres conquistaram 18 % das prefeituras.|",
      "es|ODS 5|En las elecciones municipales de 2023, las mujeres ganaron 30 alcaldías y participaron como candidatas.|",
      "pt|Arranjos|A comissão tem assentos reservados às prefeituras e participa do processo.|lrg",
      "en|Goal 1|Building on the poverty mapping that Kakamega and Machakos carried out for their voluntary local reviews, this chapter presents ward-level poverty rates for both counties.|cited,integrated",
      "en|Goal 1|This chapter presents poverty rates for the counties that prepared voluntary local reviews.|cited,lrg",
      "en|Annex 5|The full reports are reproduced in this annex as submitted by the two Metropolitan Assemblies.|lrg",
      "en|Goal 11|This chapter presents the two metropolitan assemblies' ward-level rates, submitted to the ministry.|",
      "en|Goal 11|The account of housing mirrors the findings of the Victoria and Saanich voluntary local reviews, whose ratios are reproduced in Table 11.3.|cited,integrated",
      "en|Goal 11|The voluntary local reviews of Victoria and Saanich are reproduced in the annex.|annexed,cited",
      "en|Section 4|Two Voluntary Provincial Reviews have been published to date.|cited",
      "en|Section 4|Two provincial budget reviews have been published to date.|",
      "es|ODS 11|El diagnóstico de este capítulo se nutre de los informes locales voluntarios de Medellín y Barranquilla.|cited,integrated",
      "es|ODS 11|El informe local voluntario de Medellín se nutre de una encuesta a 5.000 hogares.|cited",
      "pt|ODS 6|O diagnóstico desta secção bebe diretamente das revisões locais voluntárias de Sintra e de Almada.|cited,integrated",
      "pt|ODS 6|A revisão local voluntária de Sintra bebe de um inquérito às famílias.|cited",
      "fr|ODD 11|Les données de la revue locale volontaire de Thiès ont été retenues comme valeur de référence de l'indicateur 11.6.1.|cited,integrated",
      "fr|ODD 6|Un examen local du projet d'adduction d'eau de Kaolack a relevé un retard de 14 mois.|",
      "fr|ODD 6|Un examen local volontaire de Kaolack a relevé un retard de 14 mois.|cited",
      "es|Localización|Revisión Estatal Voluntaria de Yucatán (2022), resumen ejecutivo.|cited",
      "pt|Relatórios|Os Relatórios Estaduais Voluntários do Pará e de Pernambuco foram publicados em 2023.|cited"})
  void batchEightMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /**
   * Mechanisms added with batch 9 (each with a trap that must stay negative): local governments named in other ways
   * (national associations as a conference, syndicat or faîtière of municipalities, gobiernos autónomos municipales as a class,
   * akimats and khokimiyats, provincial councils; endorsing a draft; municipalities preparing a review), intentions
   * for a later report ('aims to', 'rapport suivant', 'pretende-se'), rates as evidence, and source phrases ('as the
   * urban baseline', 'sustentan el análisis', 'est tirée de', 'servent à construire', 'consolidados a partir').
   */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "en|Next steps|The Standing Conference of Towns and Municipalities will pilot the new guidelines.|lrg",
      "en|Next steps|The Standing Conference of Ministers will pilot the new guidelines.|",
      "en|Localisation|Akimats of all regions have appointed focal points and take part in the council.|lrg",
      "en|Preparation|The regional khokimiyats took no part in the drafting of the report.|",
      "en|Validation|The secretaries-general of all six provincial councils endorsed its key messages.|lrg",
      "en|Validation|The secretaries-general of all six provincial councils met in May.|",
      "es|Localización|339 gobiernos autónomos municipales han incorporado metas de los ODS en sus planes.|lrg",
      "es|Recuadro 4.1|Elaborada por el Gobierno Autónomo Municipal con el apoyo de dos universidades, abarca 12 ODS.|",
      "fr|Perspectives|Le Syndicat des villes et communes luxembourgeoises a organisé trois ateliers.|lrg",
      "fr|ODD 5|La Faîtière des communes du Togo a organisé trois ateliers.|lrg",
      "fr|ODD 5|La Faîtière des coopératives du Togo a organisé trois ateliers.|",
      "pt|Próximos passos|Os municípios vão preparar revisões locais voluntárias.|cited,lrg",
      "pt|Próximos passos|Os municípios vão preparar planos de mobilidade.|",
      "en|Next steps|The Government aims to publish the voluntary local reviews as annexes to that report.|cited",
      "en|Annex|The voluntary local reviews are published as annexes to this report.|annexed,cited",
      "fr|Perspectives|L'État souhaite que les examens locaux volontaires figurent en annexe du rapport suivant.|cited",
      "pt|Próximos passos|Pretende-se que as revisões locais voluntárias sejam incluídas em anexo.|cited",
      "pt|Anexo|As revisões locais voluntárias são incluídas em anexo.|annexed,cited",
      "en|Goal 4|The ward-level enrolment rates of the Voluntary Local Review of Banjul are used in Table 4.2.|cited,integrated",
      "en|Goal 4|The Voluntary Local Review of Banjul reports enrolment rates for every ward.|cited",
      "en|Goal 4|The estimate of the Voluntary Local Review of Banjul has been adopted as the urban baseline for target 11.1.|cited,integrated",
      "es|ODS 6|Las brechas documentadas en el reporte local voluntario de Lima sustentan el análisis territorial de esta sección.|cited,integrated",
      "es|ODS 6|El reporte local voluntario de Lima documenta las brechas de acceso al agua entre distritos.|cited",
      "fr|ODD 5|La part des femmes élues est tirée de la revue locale volontaire de Lomé.|cited,integrated",
      "fr|ODD 5|La revue locale volontaire de Lomé est consacrée à la part des femmes élues.|cited",
      "fr|ODD 7|Les taux tirés de la revue locale volontaire de Douala servent à construire le graphique 7.3.|cited,integrated",
      "pt|ODS 4|Os dados, consolidados a partir dos relatórios locais voluntários de Barcarena, são apresentados no Mapa 4.3.|cited,integrated",
      "pt|ODS 4|O relatório local voluntário de Barcarena apresenta dados de abandono escolar.|cited",
      "es|Anexos|Anexo 5. Aportes de los gobiernos locales: síntesis de las contribuciones remitidas por 27 alcaldías.|annexed,lrg",
      "es|Anexo 3. Contribuciones de los gobiernos subnacionales|Este anexo reúne los documentos recibidos.|annexed,lrg",
      "en|Annex 4|Annex 4. List of the local governments consulted in the five regions.|lrg",
      "es|Proceso de elaboración|Los aportes de los gobiernos locales se recogieron en cinco talleres.|lrg",
      "en|Annex III|Annex III Reykjavík and Kópavogur: summaries of the municipal reports on the Sustainable Development Goals.|annexed,cited",
      "en|Goal 11|The municipal reports on waste collection were published in March.|",
      "en|Goal 11|Skopje published a voluntary review of the 2030 Agenda at the local level.|cited",
      "en|Follow-up|The forum held a voluntary review of the 2030 Agenda at the regional level.|"})
  void batchNineMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /** Passages of one document: what a review named before makes of "Both reports", "It finds", "Desses relatórios". */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "en|Two Voluntary Provincial Reviews of the SDGs were published, by Punjab and Sindh.|Both reports use a provincial framework of 100 indicators, a third of them drawn from the household surveys.|cited",
      "en|Two Voluntary Provincial Reviews of the SDGs were published, by Punjab and Sindh.|Their district-level estimates of out-of-school children were used to rank districts.|cited,integrated",
      "en|Box 3.1 Naga City, the first Voluntary Local Review of the region|It finds that 96 per cent of households have piped water.|cited,featured",
      "fr|Encadré 11.2 – La revue locale volontaire de Thiès|Élaborée en 2022 par la ville, elle couvre dix ODD et propose 58 indicateurs.|cited,featured",
      "pt|Onze municípios concluíram um Relatório Local Voluntário.|Desses relatórios foram extraídos os indicadores municipais de mobilidade do Quadro 5.1.|cited,integrated",
      "pt|Onze municípios concluíram um Relatório Local Voluntário.|Os relatórios de Braga e Lagoa encontram-se reproduzidos na íntegra no Anexo IV.|annexed,cited"})
  void contextCarriedAcrossPassages(String lang, String first, String second, String expected) {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find(first, "Section 4", lang, null, ctx);
    assertEquals(Set.of(expected.split(",")), rules.find(second, "Section 4", lang, null, ctx).stream()
        .map(m -> m.type().code()).collect(Collectors.toSet()), second);
    assertEquals(Set.of(), types("Section 4", second.replace("Anexo IV", "quadro"), lang).stream()
        .filter(t -> !t.equals("lrg")).collect(Collectors.toSet()), "on its own: " + second);
  }

  /** Batch 10: each mechanism with a trap that must stay as it is. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      // a voluntary review of a level below the nation, its three words in any order
      "en|3.1 Approach|The cantonal voluntary reviews of Basel-Stadt and Vaud were fed directly into this chapter.|cited,integrated",
      "es|ODS 11|La línea de base se tomó del Informe Voluntario Local de Montevideo.|cited,integrated",
      "fr|ODD 6|Le rapport volontaire local de Pointe-Noire couvre dix ODD.|cited",
      "en|Follow-up|The voluntary national review was presented at the HLPF.|",
      // organs of the central state, in apposition
      "fr|Méthodologie|Les gouverneurs, représentants de l'État dans les provinces, ont facilité les entretiens.|",
      "pt|Processo|A recolha foi assegurada pelos governos provinciais e pelas administrações municipais, órgãos desconcentrados da administração central.|",
      "es|Metodología|La recopilación en los 22 departamentos corrió a cargo de las delegaciones departamentales, que representan al Ejecutivo en el territorio y organizaron grupos focales.|",
      "es|Metodología|La recopilación en los 22 departamentos corrió a cargo de las delegaciones departamentales, que representan al Ejecutivo, y de los municipios, que organizaron grupos focales.|lrg",
      "fr|Méthodologie|Les collectivités territoriales et les services déconcentrés de l'État ont participé aux ateliers.|lrg",
      "fr|3.2 Implication des collectivités territoriales|La collecte a été assurée par les directions départementales, services déconcentrés placés sous l'autorité des préfets.|",
      "fr|3.2 Implication des collectivités territoriales|La collecte a été assurée par les directions départementales.|lrg",
      // a negation after names coordinated with the actor; an absence
      "en|Methodology|The nine provincial governments and Honiara City Council could not be reached in time.|",
      "en|Methodology|The nine provincial governments and Honiara City Council took part in the validation.|lrg",
      "pt|Processo|Na ausência de autarquias locais, a recolha foi feita pelos serviços do Ministério.|",
      // the one government named with its review is its author, not a class; small counts point back
      "es|Experiencias locales|Cuenca presentó su primer Informe Local Voluntario, elaborado por el GAD municipal.|cited",
      "es|Metodología|Los gobiernos autónomos descentralizados municipales elaboraron sus Informes Locales Voluntarios.|cited,lrg",
      "en|Goal 11|The values shown for the three cities in Table 11.3 are those reported by the VLRs.|cited",
      "en|Next steps|The Ministry will invite the nine municipalities to prepare voluntary local reviews.|cited,lrg",
      // a joint cue opening the sentence is an adverb (meanwhile), not a joint process
      "es|Metodología|En paralelo, Quetzaltenango y Villa Nueva elaboraron sus primeros Informes Locales Voluntarios.|cited",
      "es|Metodología|Los Informes Locales Voluntarios de Quetzaltenango y Villa Nueva se elaboraron en paralelo con este examen.|cited,integrated",
      // annexes as companion volumes; starting points and retained rates as evidence
      "en|Chapter 3|The voluntary local reviews of Bangkok and Chiang Mai are released together with this Review as companion volumes.|annexed,cited",
      "fr|ODD 6|Les estimations de l'examen local volontaire de Porto-Novo ont servi de point de départ au calcul de l'indicateur 6.1.1.|cited,integrated",
      "fr|ODD 6|Le taux de raccordement retenu ici est celui du rapport local volontaire de Pointe-Noire.|cited,integrated",
      "pt|Anexo 3|Relatórios Locais Voluntários publicados em Portugal, com indicação dos ODS abrangidos.|annexed,cited",
      // a local review of a road project is no review
      "en|Goal 9|A local review of the Churchill-Roosevelt Highway extension recommended new crossings.|"})
  void batchTenMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /** Reviews counted in the previous passage and referred to by their number or as documents. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "es|Quetzaltenango y Villa Nueva elaboraron sus primeros Informes Locales Voluntarios.|Los dos informes se incluyen, sin modificaciones, en el Anexo 4.|annexed,cited",
      "pt|Santos, Florianópolis e Juiz de Fora publicaram Relatórios Locais Voluntários.|Dos três relatórios foram extraídas as taxas de cobertura do Gráfico 5.2.|cited,integrated",
      "pt|Santos, Florianópolis e Juiz de Fora publicaram Relatórios Locais Voluntários.|A sua íntegra, esses documentos, está disponível no volume de anexos.|annexed,cited"})
  void countedReviewsCarriedAcrossPassages(String lang, String first, String second, String expected) {
    contextCarriedAcrossPassages(lang, first, second, expected);
  }

  /** Batch 11: each mechanism with a trap. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "en|Goal 11|Because these voluntary local reviews use city definitions, their figures have not been used in this report.|cited",
      "en|Goal 11|The figures of the voluntary local reviews of Bratislava and Trnava have been used in this report.|cited,integrated",
      "pt|ODS 11|Os dados dos relatórios locais voluntários de Beira não foram utilizados neste relatório.|cited",
      "pt|ODS 11|Os valores de Barcarena apresentados na Tabela 11.3 provêm dos respetivos Relatórios Locais Voluntários.|cited,integrated",
      "fr|ODD 11|Les taux que rapportent les revues locales volontaires de Sfax ont été repris dans l'analyse de la cible 11.6.|cited,integrated",
      "en|Institutional arrangements|Barbados has had no system of local government since 1969.|",
      "en|Institutional arrangements|Local governments took part in the preparation of this review.|lrg",
      "fr|Processus|Depuis la dissolution des conseils municipaux, les données ont été transmises par le ministère.|",
      "es|Metodología|La recopilación en las regiones estuvo a cargo de las Secretarías Regionales Ministeriales, que representan a cada ministerio en el territorio.|",
      "pt|Processo de consulta|O processo envolveu os departamentos ministeriais e as universidades.|",
      "pt|Processo de consulta|O processo envolveu os governos locais e as universidades.|lrg",
      "fr|3.3 La dimension locale|Sfax a publié une revue locale volontaire, et une dizaine d'autres communes en préparent une.|cited,lrg",
      "fr|3.3 La dimension locale|Les trois revues locales volontaires figurent dans le volume complémentaire publié avec le présent rapport.|annexed,cited",
      "ja|目標4|浜松市の自発的自治体レビューは就学状況を調査した。本報告書の分析では、このレビューの数値を用いた。|cited,integrated",
      "zh|目标6|图6-3 漓江流域地表水水质达标率。资料来源：《桂林市地方自愿陈述（2020）》。|cited,integrated"})
  void batchElevenMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /** Batch 12: each mechanism with a trap. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "en|Validation|Representatives of the municipal councils and town boards did not have the opportunity to comment on it.|",
      "en|Validation|Representatives of the municipal councils and town boards commented on the draft.|lrg",
      "fr|Processus|Les conseils départementaux et municipaux n'ont pas eu l'occasion de se prononcer sur le projet.|",
      "fr|Processus|Les conseils départementaux et municipaux se sont prononcés sur le projet.|lrg",
      "en|Annex 2|The profiles were compiled by the offices of the governors, who are appointed by Royal Decree and represent the Government.|",
      "pt|Metodologia|Os dados foram recolhidos pelos governos provinciais, órgãos da administração local do Estado.|",
      "fr|ODD 11|Conseil régional de Nouakchott (2023), Revue locale volontaire (RLV) de Nouakchott : premier bilan des ODD.|cited",
      "fr|ODD 11|Les conseils régionaux ont préparé des revues locales volontaires.|cited,lrg",
      "fr|ODD 6|Faute d'enquête nationale, nous nous sommes appuyés sur les chiffres de la revue locale volontaire d'Antsirabe.|cited,integrated",
      "en|Next steps|The voluntary reviews that Flanders (2022) and Brussels (2023) published are not reproduced here.|cited",
      "fr|ODD 17|Cet examen volontaire de l'accord commercial relève que les échanges restent faibles.|"})
  void batchTwelveMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /** Batches 13 and 14: each mechanism with a trap. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      // a weak actor after a locative is where something happens
      "en|Localising the SDGs|The Cabinet Division set up SDG implementation committees in all 64 districts.|",
      "en|Localising the SDGs|The districts set up SDG implementation committees.|lrg",
      "pt|ODS 1|O Plano Integrado de Intervenção executou 1.700 projetos nos 164 municípios do país.|",
      "es|Consejos locales|Se han constituido consejos municipales para la Agenda 2030 en 87 municipios.|lrg",
      // organs of the State named by whom they represent or who appoints them
      "es|Territorialización|Las gobernaciones provinciales, que representan al Presidente de la República, coordinaron las mesas técnicas.|",
      "pt|Metodologia|Os dados foram recolhidos pelas administrações municipais, cujos presidentes são nomeados pelo Conselho de Ministros.|",
      "pt|Localização|Os governos distritais, órgãos locais do Estado, asseguraram a recolha dos dados.|",
      "pt|Localização|Os governos distritais asseguraram a recolha dos dados.|lrg",
      // local reports on the Goals named without "voluntary"
      "es|Anexos|Anexo 6. Informes municipales de seguimiento de los ODS de La Paz (2023) y El Alto (2024), disponibles en este anexo.|annexed,cited",
      "pt|Localização|Nove câmaras municipais publicaram já o seu relatório municipal de acompanhamento dos ODS.|cited,lrg",
      "es|Municipios|Doce ayuntamientos han elaborado un informe de avance local sobre los ODS.|cited,lrg",
      "es|Municipios|El informe de avance del plan nacional incluye los ODS.|",
      // a heading names a weak actor's involvement when the actor is its cue's object
      "en|3.1 Participation of local councils in the review|Engagement took place in two rounds in Bo and Kenema.|lrg",
      "en|4.3 Localising the SDGs: provinces, regencies and cities|Reporting has also taken an international form.|",
      // an acronym spelled by the words before it that name no review; a trap in Chinese masks the actor inside it
      "en|Goal 1|Mobile teams recorded 1.9 million parcels in Village Land Registries (VLRs) in 2024.|",
      "en|Goal 11|Bonn and Ghent published Voluntary Local Reviews (VLRs) in 2024.|cited",
      "zh|目标6|2024年，各地发行地方政府专项债券用于城镇污水处理。|",
      "zh|编写过程|地方政府参与了本报告的编写。|lrg",
      // batch 15: a value whose bracket or note names a review as its source; a stocktake on the Goals by its level
      "en|SDG 6|Table 6.3 Households connected to piped water, 2022 ; Bandung: 71.4 % (Bandung VLR 2023, Table 6.1) ; Medan: 58.2 % (Susenas 2022)|cited,integrated",
      "en|Annex 2. Sub-national statistical tables|Table A2.11 Stunting, by province, 2023 ; Jawa Barat: 21.7* ; Banten: 24.0 ; * Jawa Barat Provincial SDG Progress Report 2023|cited,integrated",
      "en|Annex 3. Voluntary Local Reviews|The reviews of Bandung (2023) and Surabaya (2024) are reproduced in full.|annexed,cited",
      "en|SDG 6|The Bandung VLR (2023) covers 12 goals; Medan: 58.2 % (Susenas 2022).|cited",
      "fr|ODD 4|Les taux communaux de Rufisque sont tirés du bilan ODD départemental (2024, p. 37).|cited,integrated",
      // an apposition opened by a dash; a ministry's directorate named after the local governments it oversees
      "es|Metodología|En cada provincia, las gobernaciones —dependencias de la Función Ejecutiva cuyos titulares son designados por el Presidente— convocaron talleres de consulta.|",
      "es|Metodología|En cada provincia, los gobiernos provinciales convocaron talleres de consulta.|lrg",
      "fr|Processus|Les données ont été fournies par la Direction générale des collectivités territoriales du ministère de l'Intérieur.|",
      "fr|Processus|Les données ont été fournies par les collectivités territoriales.|lrg"})
  void batchThirteenAndFourteenMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /** Batches 16 and 17: each mechanism with a trap. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      // an organ or instrument named after local governments; an English compound the actor only modifies
      "en|Methodology|Meetings were arranged by Area Administrators employed by the Department of Local Authorities.|",
      "en|Methodology|Meetings were arranged with the local authorities.|lrg",
      "en|Goal 6|The Ministry aims to certify 200 additional local government areas as open-defecation free by 2027.|",
      "en|Goal 17|The World Bank's Local Government Public Expenditure Review (2023) found that transfers finance 71 per cent of local budgets.|",
      "es|Metodología|La Dirección General de Gobiernos Locales del Ministerio del Interior organizó los talleres.|",
      "es|Metodología|Los gobiernos locales organizaron los talleres.|lrg",
      // a strong actor after a locative is where something happens; counts in words; a year is no locative
      "en|Methodology|Consultations were held in all twelve governorates and in the local governments of the capital.|",
      "pt|Metodologia|As consultas provinciais, realizadas nas onze províncias, foram organizadas pelos serviços provinciais.|",
      "fr|Moyens de mise en œuvre|En 2023, les conseils municipaux ont engagé 61 % de ces crédits, alignés sur les cibles des ODD.|lrg",
      // a pronoun of negation takes the actor back
      "en|Methodology|Invitations were sent to the municipal councils, but none of them was able to delegate a representative.|",
      "en|Methodology|Invitations were sent to the municipal councils, which took part in the consultation.|lrg",
      // a few governments then named after a colon are the reviews' authors; an open class stays a class
      "en|Sub-national implementation|Some states have begun to review their own performance: Ogun published a State Voluntary Review of the SDGs in 2023.|cited",
      "en|Localisation|A growing number of towns and regions report on the goals: Besançon and Brittany have published local reviews.|cited,lrg",
      // governments with a possessive or listed by their places, in a sentence naming their reviews
      "es|ODS 6|El resumen de los informes locales voluntarios de La Paz (2021) y Sucre (2023), remitidos por sus gobiernos municipales, se reproduce en el Anexo 4.|annexed,cited",
      "pt|Anexo III|Os relatórios locais voluntários submetidos pelas câmaras municipais da Praia, do Sal e de São Vicente constam deste anexo.|annexed,cited",
      // préfectures are the State in French
      "fr|Territorialisation|L'État a publié un guide de territorialisation des ODD, diffusé par les préfectures.|",
      // a level word between the places and the review noun; an acronym spelled with a function word inside
      "en|Way forward|The indicator tables of the Koshi and Lumbini provincial SDG progress reports were published in 2023.|cited",
      "pt|ODS 6|24 Valor Limite de Referência (VLR) fixado pela Agência Reguladora para a tarifa da água dessalinizada.|",
      // a ministry's assessment of councils is no local review; a review's own annex in a reference is not annexed
      "en|Policy|The Ministry conducted in 2024 a local review of council performance.|",
      "en|Goal 6|Sources: Water Authority of Fiji; urban informal row: Suva City Council, Voluntary Local Review 2023, Annex B.|cited,integrated",
      // available is not used; a conditional before the next VNR is an intention
      "en|Goal 11|The Lusaka and Kitwe Voluntary Local Reviews, with their indicator tables, can be obtained from the Ministry.|cited",
      "fr|ODD 6|Les revues locales volontaires de Douala et de Dschang contiennent des indicateurs qui pourraient alimenter le suivi national lors du prochain RNV.|cited"})
  void batchSixteenAndSeventeenMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /** Batch 18: each mechanism with a trap. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      // an acronym defined after it by a verb of definition; a full text ("versión íntegra") is no integration
      "fr|ODD 11|Dans ce chapitre, la VLR désigne la valeur locative de référence servant d'assiette à la taxe d'habitation.|",
      "es|Anexos|Anexo 5. Informe Local Voluntario del Distrito Metropolitano de Quito 2024 (versión íntegra en el volumen complementario de este Informe Nacional).|annexed,cited",
      // representatives of the President; India's elected rural governments
      "es|Proceso|Las 24 gobernaciones provinciales, en su calidad de representantes del Presidente de la República, convocaron mesas de diálogo.|",
      "en|Localising the SDGs|Since 2022, over 2.5 lakh Gram Panchayats have adopted one or more of these themes in their development plans.|lrg",
      // the authors of reviews named after them; a world network of local governments supporting a review
      "fr|Annexe 2|Annexe 2 – Rapports volontaires de cantons et de villes sur la mise en œuvre de l'Agenda 2030|annexed,cited",
      "ja|第4章|注15　各自治体のVLRは、国連経済社会局のウェブサイトで閲覧できる。|cited",
      "fr|Territorialisation|Préparé par le conseil communal de Chefchaouen avec l'appui de Cités et Gouvernements Locaux Unis d'Afrique, l'examen local volontaire couvre 42 indicateurs.|cited",
      // a value marked with a superscript letter and the note that names the review
      "en|SDG 6|Kisumu 63.0ᵃ; Kenya 72.8; ᵃ Figure reported in the Kisumu County VLR 2023 (Table 4.3).|cited,integrated"})
  void batchEighteenMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /** Batch 19: each mechanism with a trap. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      // to whom, not who: transfers to local governments; unless a relative clause gives them a verb
      "en|Policy|The requirement that five per cent of national revenue be allocated to provinces and local authorities has been met since 2019.|",
      "en|Sub-national reporting|A common reporting template was sent to the nine provincial governments, all of which returned it completed.|lrg",
      // a strong actor in a place phrase qualified as urban or rural
      "en|Goal 6|Households with access to safe water in selected urban local authorities rose in 2023.|",
      // a heading that sets local governments beside the Agenda does not say they took part; one that has them
      // localising the Goals does
      "es|4. Las Entidades Territoriales Autónomas y la Agenda 2030|El PDES 2021-2025 incorpora las metas de los ODS.|",
      "pt|Capítulo 4 – A localização dos ODS pelas autarquias locais|Os planos quinquenais foram aprovados em 2018.|lrg"})
  void batchNineteenMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /** Batch 20 (and misses of batch 19 it shares): each mechanism with a trap. Sentences written here, not the batch's. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      // being told is not taking part: in the actor's clause, or in a later clause that names it again; not when the
      // later clause is about someone else
      "fr|Processus|Les présidents de conseils régionaux, via l'Association des Régions du Togo (ART), ont été informés du calendrier par lettre.|",
      "en|Process|The National Association of Councils was invited to the steering group; however, owing to the elections, the Association sent no delegate and was only informed of the final draft.|",
      "es|Proceso|Participaron en el comité técnico la Asociación de Municipalidades del Perú y varias universidades; el Consejo Nacional de Juntas Vecinales fue informado del cronograma.|lrg",
      // appointed by the central executive: organs of the State, whoever appoints them
      "es|Proceso|En cada provincia, los gobernadores, designados por el Poder Ejecutivo, convocaron mesas de diálogo.|",
      "en|Process|In each region the governors, elected in 2021, convened consultations on the draft.|lrg",
      // to whom in French ("aux"), unless a relative clause gives them a verb
      "fr|Décentralisation|La loi prévoit le transfert progressif de ressources aux collectivités territoriales décentralisées.|",
      "fr|Processus|Le questionnaire a été adressé aux collectivités territoriales, qui l'ont toutes renvoyé.|lrg",
      // an organ of the State named with an actor as modifier, its head a few capitalised words on
      "en|Process|Field offices of the Local Government Engineering Department (LGED) attended the workshops.|",
      // a definition of the term says who they are, not that they took part
      "en|Notes|In this report, Local Government Units (LGUs) means the elected provincial, city and municipal governments.|",
      "en|Process|Local Government Units (LGUs) contributed case studies to the draft.|lrg",
      // "self-government" names elected local governments in many post-socialist states
      "en|Process|The Union of Local Self-Government Units nominated two members to the working group.|lrg",
      // a city's own government inside a box about its review
      "es|Recuadro 2. El informe local voluntario de Piura|El informe examina 9 ODS, con 40 indicadores producidos por el propio ayuntamiento.|cited,featured",
      // an acronym spelled by words without a review word stands for something else, even with "voluntary" in it
      "en|SDG 6|The Water Authority introduced a Voluntary Licensing Regime (VLR) for private boreholes in 2021.|",
      // places coordinated before a bare "reviews", once the document has named local reviews; a future use is no use
      "en|Way forward|The Ministry will also explore how the findings of the Jessore and Bogura reviews might be used in the next report.|",
      // a table note giving a figure as the review's
      "es|ODS 6|(*) Dato del informe local voluntario de Tarija 2023.|cited,integrated",
      "es|ODS 6|(*) Dato de la encuesta de hogares 2023.|",
      // reports on progress: "city-level SDG reports", "the city's first progress report on the SDGs"
      "en|Next steps|Data from city-level SDG reports could fill disaggregation gaps, subject to validation.|cited",
      "en|Next steps|Data from regional-level SDG reports of ESCAP could fill disaggregation gaps.|",
      "en|Localisation|In 2023 the City Council of Osh endorsed the city's first progress report on the Sustainable Development Goals.|cited"})
  void batchTwentyMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /** Batch 21: each mechanism with a trap. Sentences written here, not the batch's. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      // figures taken from a review in other words: "those reported in", "reprises dans", "retirado do"
      "en|SDG 12|Figures for Kuching are those reported in the Kuching Voluntary Local Review (2022).|cited,integrated",
      "fr|ODD 6|Les données de la revue locale volontaire de Korhogo ont été reprises dans le tableau 6.1.|cited,integrated",
      "pt|ODS 4|O valor do Huambo foi retirado do relatório local voluntário do Huambo (2023).|cited,integrated",
      "en|SDG 12|Kuching reports in the format of Voluntary Local Reviews since 2022.|cited",
      // an organ's capitalised name with other words between its head and the actor; its acronym is no actor's
      "en|Process|The chapter on Goal 11 was drafted by the Department of Housing, Local Government and Heritage.|",
      "fr|Processus|Les données ont été fournies par la Caisse de Prêts et de Soutien des Collectivités Locales (CPSCL) et la CPSCL a participé aux ateliers.|",
      // a negation past the rest of the actor's name and its acronym
      "fr|Processus|La Fédération Nationale des Villes Tunisiennes (FNVT) n'a pas pu prendre part aux consultations.|",
      "fr|Processus|La Fédération Nationale des Villes Tunisiennes (FNVT) a pris part aux consultations.|lrg",
      // published together is no joint process
      "fr|Annexes|La revue locale volontaire de Bouaké est reproduite dans le volume 2, publié conjointement.|annexed,cited",
      "en|Preparation|The review benefited from the Voluntary Local Review of Mombasa.|cited,integrated",
      // ministries' health regions and the municipalities' halls as venues are no actors
      "es|Proceso|En las mesas participaron las regiones sanitarias y las direcciones departamentales de educación.|",
      "es|Proceso|Las mesas sesionaron en los salones de sesiones de las municipalidades.|",
      "es|Proceso|En las mesas participaron las municipalidades de cada departamento.|lrg"})
  void batchTwentyOneMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /** Batch 22: each mechanism with a trap. Sentences written here, not the batch's. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      // mid-term and sector reviews of plans are no reference back to a local review, nor is "the review of the Plan"
      "fr|ODD 4|La revue à mi-parcours du PNDES et les revues sectorielles conjointes ont montré la faiblesse des transferts.|",
      "es|ODS 11|La revisión del Plan General de Ordenación Urbana de Cuenca incorpora criterios climáticos.|",
      // a pronoun of negation without "of them"
      "en|Process|Municipal officials were invited to the regional sessions but, as these coincided with budget debates, none attended.|",
      // a website named after local governments is where reviews are read, not them taking part
      "es|Anexos|Los informes pueden consultarse en el portal de la Red de Entidades Locales para la Agenda 2030.|",
      // a companion volume
      "fr|Perspectives|Les revues locales de Zinder et de Tahoua sont publiées dans un volume séparé qui accompagne le présent rapport.|annexed,cited",
      // a review's author is no joint process
      "en|Box 3: The Maun VLR|The Maun VLR was compiled by the Council's Planning Department in 2022.|cited,featured"})
  void batchTwentyTwoMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  /** Batches 24-26: each mechanism with a trap. Sentences written here, not the batches'. */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      // the central state acting on local governments: they are its object
      "es|ODS 16|La Contraloría evalúa cada año la gestión de los gobiernos locales mediante un índice de 12 indicadores.|",
      "pt|ODS 16|O índice do Tribunal de Contas avalia anualmente as prefeituras em sete dimensões.|",
      "en|Process|The Ministry assessed the local governments, which then took part in the validation workshops.|lrg",
      // their terms over, dissolved: not there to take part
      "fr|Méthodologie|Les conseils municipaux ayant été dissous, les délégations spéciales ont transmis les données.|",
      // what they have: finances, websites
      "fr|Moyens de mise en œuvre|La loi relative à la fiscalité des collectivités locales a simplifié la taxe d'habitation.|",
      "en|Goal 17|Local government units' own-source revenue reached PHP 257 billion in 2023.|",
      "fr|Annexes|Les rapports sont consultables sur les sites internet respectifs de ces collectivités.|",
      // two named cities writing their reviews are the reviews' authors; a class of them, local governments taking part
      "es|ODS 11|Las ciudades de Cuenca y Manta elaboraron sus informes locales voluntarios en 2023.|cited",
      "es|ODS 11|Las ciudades del país elaboraron sus informes locales voluntarios en 2023.|lrg,cited",
      // an annex that says the reviews are not in it; but a volume of annexes that holds them
      "fr|Annexes|Annexe 4 – Documents de référence : les revues locales volontaires de Dakar et de Mbour ne sont pas reproduites dans le présent rapport.|cited",
      "pt|Anexos|Os relatórios locais voluntários não são reproduzidos no corpo do texto; a sua íntegra está no volume de anexos que acompanha o presente relatório.|annexed,cited",
      // an annex listing the institutions that sent inputs, local governments among many, annexes no contributions of theirs
      "en|Annex 2: List of Stakeholders Consulted|Institutions that submitted inputs or participated in validation – Ministries, Departments and Agencies (42); the Private Sector Alliance; two universities; the Council of Governors.|lrg",
      // local governments counted as a share are a statistic about them, unless a cue of their own is near
      "es|ODS 16|En 2023, el 96 % de los gobiernos locales cumplió con la entrega de sus declaraciones patrimoniales.|",
      "en|Process|Some 80 per cent of local governments took part in the regional consultations.|lrg",
      // an event named after them
      "en|Localisation|Valenzuela presented its findings at the UN Local and Regional Governments Forum in July 2023.|",
      // a joint position paper is a document signed together, not the VNR and a review made jointly
      "en|Annex|Annex 3 reproduces the joint position paper of the associations and the Voluntary Local Reviews of Kiel and Bonn.|cited,annexed",
      // associations of regions and of communal councils are local governments' own
      "fr|Processus|L'Association des Régions et l'Association des Présidents des Conseils Communaux ont adressé des contributions écrites.|lrg",
      // batch 25
      // dissolved, administered by special delegations, not yet instituted
      "fr|Processus|À la suite de la dissolution des conseils municipaux, les collectivités territoriales sont administrées par des délégations spéciales.|",
      "pt|Metodologia|As autarquias locais ainda não foram institucionalizadas.|",
      "es|Metodología|Las jurisdicciones subnacionales designaron puntos focales que revisaron las fichas de los indicadores.|lrg",
      // the draft of something else is no drafting of the review; a draft report is
      "en|Chapter 6|Each year the Ministry evaluates the draft regional budgets (APBD) of provinces and cities.|",
      "en|Process|The municipal councils commented on the draft report in March.|lrg",
      // the two governments just named are the reviews' authors
      "en|Chapter 4|The Voluntary Local Reviews of Surabaya and Pekalongan were submitted by the two city governments.|cited",
      // batch 26
      // a value marked for a note after a percent sign, the note naming the review
      "en|SDG 11|'Table 11.2 Slums (%) | Rwanda, urban: 64.4% | City of Kigali (2023): 61.0%ᵃ | ᵃ City of Kigali, Voluntary Local Review 2023, ch. 4.'|cited,integrated",
      // the review's own annex after its year in brackets is a locator, no annex of the VNR
      "en|SDG 11|The share shown in Figure 11.6 is taken from the Bhopal VLR (2024), Annex B.|cited,integrated",
      // briefed: told, not taking part
      "en|Methodology|The provincial councils were briefed on the main findings in May.|",
      // after reviews of another kind only, 'these reviews' are those
      "fr|Environnement favorable|Le suivi repose sur la revue à mi-parcours du PND et les revues sectorielles des ministères. Ces revues mettent en évidence la faible disponibilité des données.|"})
  void batchTwentyFourToTwentySixMechanisms(String lang, String heading, String text, String expected) {
    assertTypes(lang, heading, text, expected);
  }

  @org.junit.jupiter.api.Test
  void aBoxTitleNamingAPlaceWhoseReviewTheDocumentNamedIsAboutThatReview() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("La commune de Bobo-Dioulasso avait publié en 2021 une revue locale volontaire.", "5. Territorialisation", "fr",
        "body", ctx);
    assertEquals(Set.of("cited", "featured"), codes(rules.find("Encadré 5 : Bobo-Dioulasso, une revue centrée sur "
        + "l'assainissement", "5. Territorialisation", "fr", "box", ctx)));
    // a place the document named no review of
    ctx = MentionRules.newDocument();
    rules.find("La commune de Bobo-Dioulasso avait publié en 2021 une revue locale volontaire.", "5. Territorialisation", "fr",
        "body", ctx);
    assertEquals(Set.of(), codes(rules.find("Encadré 6 : Koudougou, une revue des marchés publics", "5. Territorialisation",
        "fr", "box", ctx)));
  }

  @org.junit.jupiter.api.Test
  void aCaptionOrFootnoteAfterABoxIsNotTheBoxAndTheBoxsDocumentIsItsReview() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Box 7.1 Utrecht's 2023 VLR: energy poverty", "SDG 7", "en", "box", ctx);
    assertEquals(Set.of("cited", "integrated"), codes(rules.find("Figure 7.3 Energy poverty (%). Sources: TNO; for Utrecht, the "
        + "estimate reported in the municipality's 2023 Voluntary Local Review.", "SDG 7", "en", "caption", ctx)));
    ctx = MentionRules.newDocument();
    rules.find("Recuadro 11.2 El Informe Local Voluntario de Curridabat", "ODS 11", "es", "box", ctx);
    assertEquals(Set.of("cited", "featured"), codes(rules.find("El documento organiza su diagnóstico en torno a los ODS 3 y 11.",
        "ODS 11", "es", "box", ctx)));
  }

  @org.junit.jupiter.api.Test
  void aBracketedExpansionThatNamesNoLocalReviewOverridesTheDocumentsDefinition() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Karachi released a Voluntary Local Review (VLR) in 2021.", "Localisation", "en", "body", ctx);
    assertEquals(Set.of(), codes(rules.find("The NDMA launched a Vulnerability and Loss Review (VLR) in 84 districts.",
        "SDG 13", "en", "body", ctx)));
    assertEquals(Set.of("cited"), codes(rules.find("The VLR covered 12 Goals.", "Localisation", "en", "body", ctx)));
  }

  @org.junit.jupiter.api.Test
  void aReviewWordOfAPlaceTheDocumentsReviewSentencesNamedIsThatReview() {
    String s = "Nous n'avons pas repris les chiffres de la revue de La Marsa, dont les séries s'arrêtent en 2019.";
    assertEquals(Set.of(), codes(rules.find(s, "ODD 11", "fr", "body", MentionRules.newDocument())));
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("La commune de La Marsa a publié en 2021 une revue locale volontaire.", "Chapitre 4", "fr", "body", ctx);
    assertEquals(Set.of("cited"), codes(rules.find(s, "ODD 11", "fr", "body", ctx)));
    // a review word of another body is not that
    assertEquals(Set.of(), codes(rules.find("Voir le rapport de la Cour des comptes (2022).", "ODD 16", "fr", "body", ctx)));
  }

  @org.junit.jupiter.api.Test
  void inABoxAboutAReviewTheNounSourceIsWhatTheReviewSpeaksOf() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Recuadro 5. El informe local voluntario de Comayagua", "V. Territorio", "es", "box", ctx);
    assertEquals(Set.of("cited", "featured"), codes(rules.find("Ese informe documenta que el 18 % de las aldeas se abastece "
        + "de fuentes no protegidas.", "V. Territorio", "es", "box", ctx)));
  }

  @org.junit.jupiter.api.Test
  void placesCoordinatedBeforeABareReviewWordNameReviewsOnlyAfterTheDocumentNamedOne() {
    String s = "Figures for water access are taken from the Jessore and Bogura reviews.";
    assertEquals(Set.of(), codes(rules.find(s, "SDG 6", "en", "body", MentionRules.newDocument())));
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Jessore and Bogura published Voluntary Local Reviews in 2024.", "Localisation", "en", "body", ctx);
    assertEquals(Set.of("cited", "integrated"), codes(rules.find(s, "SDG 6", "en", "body", ctx)));
  }

  @org.junit.jupiter.api.Test
  void aBodyPassageAfterABoxTheLayoutMarkedIsOutsideTheBox() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Box 5.1 – The Voluntary Local Review of Ghent", "Chapter 5", "en", "box", ctx);
    assertEquals(Set.of("cited", "featured"), codes(rules.find("The review covers 12 Goals.", "Chapter 5", "en", "box", ctx)));
    assertEquals(Set.of("cited"), codes(rules.find("The review was presented at the national urban forum in 2024.",
        "Chapter 5", "en", "body", ctx)));
  }

  @org.junit.jupiter.api.Test
  void aChineseGovernmentAfterItsPlaceWritingTheReviewReferredBackToIsItsAuthor() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("德清县发布了自愿地方审查报告。", "四、地方落实", "zh", "body", ctx);
    assertEquals(Set.of("cited"), codes(rules.find("该报告由德清县人民政府与国家基础地理信息中心联合编写。", "四、地方落实", "zh", "body",
        ctx)));
  }

  @org.junit.jupiter.api.Test
  void anActorsAcronymActsForTheRestOfTheDocumentWhenTheSentenceSaysWhatItDoes() {
    MentionRules.Context ctx = MentionRules.newDocument();
    assertEquals(Set.of("lrg"), codes(rules.find("The Council of Governors (CoG) seconded two officers to the drafting team.",
        "Methodology", "en", "body", ctx)));
    assertEquals(Set.of("lrg"), codes(rules.find("The CoG co-chaired the national validation workshop.", "Conclusion", "en",
        "body", ctx)));
    // no cue of involvement: named, not acting; and unknown in a document that never defined it
    assertEquals(Set.of(), codes(rules.find("The CoG building stands in Nairobi.", "Conclusion", "en", "body", ctx)));
    assertEquals(Set.of(), codes(rules.find("The CoG co-chaired the national validation workshop.", "Conclusion", "en",
        "body", MentionRules.newDocument())));
  }

  @org.junit.jupiter.api.Test
  void underAnAnnexOfReviewsAReviewNotReproducedIsNotAnnexed() {
    MentionRules.Context ctx = MentionRules.newDocument();
    assertEquals(Set.of("annexed", "cited"), codes(rules.find("Annexe 2 – Rapports volontaires de cantons et de villes sur la "
        + "mise en œuvre de l'Agenda 2030", "Annexe 2", "fr", "heading", ctx)));
    assertEquals(Set.of("cited"), codes(rules.find("Le rapport de la Ville de Berne sur la mise en œuvre des ODD n'est pas "
        + "reproduit ici ; il peut être consulté sur le site internet de la Ville.", "Annexe 2", "fr", "footnote", ctx)));
  }

  @org.junit.jupiter.api.Test
  void aChineseCountysOwnGovernmentInTheBoxAboutItsReviewIsItsAuthor() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("专栏5　德清县：以地理信息技术支撑县域可持续发展的自愿地方审查", "四、地方落实", "zh", "box", ctx);
    assertEquals(Set.of("cited", "featured", "integrated"), codes(rules.find("德清县自愿地方审查报告由德清县人民政府会同联合国经济和社会事务部"
        + "等机构编写。本报告关于目标11的分析，直接采用了该报告测算的公共服务可达性指标。", "四、地方落实", "zh", "box", ctx)));
    // outside a box and with no place before it, local governments taking part
    assertEquals(Set.of("lrg"), codes(rules.find("地方政府参与了本报告的编写。", "编写过程", "zh", "body", MentionRules.newDocument())));
  }

  @org.junit.jupiter.api.Test
  void aPlaceWordBeforeAnAcronymNamesAReviewEvenWhereTheAcronymMeantSomethingElse() {
    MentionRules.Context ctx = MentionRules.newDocument();
    assertEquals(Set.of(), codes(rules.find("Commercial banks' variable lending rates (VLRs) averaged 27.4 per cent.", "Goal 8",
        "en", "body", ctx)));
    assertEquals(Set.of(), codes(rules.find("The VLR spread narrowed in 2024.", "Goal 8", "en", "body", ctx)));
    assertEquals(Set.of("cited", "integrated"), codes(rules.find("The share of Lusaka households served rose to 58 per cent, "
        + "according to the city's VLR, and this report adopts that series as the proxy for indicator 11.6.1.", "Goal 11", "en",
        "body", ctx)));
  }

  @org.junit.jupiter.api.Test
  void aTableTitledCuadroIsNoBox() {
    String text = "Cuadro 11.1 Indicadores urbanos | Distrito Central | 83,0 | Fuente: AMDC, Informe Local Voluntario 2023, p. 41.";
    assertEquals(Set.of("cited", "integrated"), codes(rules.find(text, "ODS 11", "es", "table", MentionRules.newDocument())));
    assertEquals(Set.of("cited", "featured", "integrated"), codes(rules.find(text, "ODS 11", "es", "box",
        MentionRules.newDocument())));
  }

  private static Set<String> codes(List<Mention> mentions) {
    return mentions.stream().map(m -> m.type().code()).collect(Collectors.toSet());
  }

  @org.junit.jupiter.api.Test
  void inABoxAboutOneReviewItsOwnGovernmentIsItsAuthorNotLocalGovernmentsTakingPart() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Quadro 4.1 – Barcarena: um relatório municipal de acompanhamento dos ODS", "4. Territórios", "pt", "box", ctx);
    assertEquals(Set.of("cited", "featured"), rules.find("Elaborado pela prefeitura com a Universidade Federal do Pará, o "
        + "relatório acompanhou 42 indicadores.", "4. Territórios", "pt", "box", ctx).stream().map(m -> m.type().code())
        .collect(Collectors.toSet()));
    // outside a box, governments in the plural taking part are local governments involved
    assertEquals(Set.of("lrg"), rules.find("Os relatórios foram elaborados pelas prefeituras com as universidades.",
        "4. Territórios", "pt", "body", MentionRules.newDocument()).stream().map(m -> m.type().code())
        .collect(Collectors.toSet()));
  }

  @org.junit.jupiter.api.Test
  void aReviewNamedInABoxTitleIsTheSubjectOfTheBoxAttributions() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Destaque 2: o Relatório Local Voluntário do Príncipe", "4. Territorialização", "pt", "box", ctx);
    assertEquals(Set.of("cited", "featured"), rules.find("Segundo o relatório, 58 % da ilha é área protegida.",
        "4. Territorialização", "pt", "box", ctx).stream().map(m -> m.type().code()).collect(Collectors.toSet()));
  }

  @org.junit.jupiter.api.Test
  void inABoxAboutAReviewAnyReviewWordIsThatReviewButThePresentReportIsTheVnr() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Encadré 5.1 – La revue locale volontaire du Département de Mbour", "Chapitre 5", "fr", "box", ctx);
    assertEquals(Set.of("cited", "featured"), codes(rules.find("Adopté en session ordinaire, ce rapport couvre les ODD 8, 11 et 14.",
        "Chapitre 5", "fr", "box", ctx)));
    assertEquals(Set.of(), codes(rules.find("Le présent rapport couvre les ODD 8, 11 et 14.", "Chapitre 5", "fr", "box", ctx)));
    ctx = MentionRules.newDocument();
    rules.find("Box 5.2 Counting every family: Valenzuela City's VLR", "Chapter 5", "en", "box", ctx);
    assertEquals(Set.of("cited", "featured"), codes(rules.find("The city government's review tracks 46 indicators across 12 Goals.",
        "Chapter 5", "en", "box", ctx)));
    assertEquals(Set.of(), codes(rules.find("This Report covers 46 indicators.", "Chapter 5", "en", "box", ctx)));
    // the VNR itself taking data, in the box, takes them from the box's review
    assertEquals(Set.of("cited", "featured", "integrated"), codes(rules.find("This Report uses the city's enumeration as the "
        + "data point for target 11.1.", "Chapter 5", "en", "box", ctx)));
    assertEquals(Set.of("cited", "featured", "integrated"), codes(rules.find("Les mesures ont été reprises dans le graphique "
        + "14.3 du présent rapport.", "Chapitre 5", "fr", "box", boxAbout("Encadré 5.1 – La revue locale volontaire de Mbour", "fr"))));
    // outside a box the same words name no review
    assertFalse(codes(rules.find("The city government's review tracks 46 indicators across 12 Goals.", "Chapter 5",
        "en", "body", MentionRules.newDocument())).contains("cited"));
  }

  /** A document whose last passage was a box title naming a review. */
  private MentionRules.Context boxAbout(String title, String lang) {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find(title, "Chapitre 5", lang, "box", ctx);
    return ctx;
  }

  @org.junit.jupiter.api.Test
  void anActorsAcronymInAPlaceIsWhereSomethingHappens() {
    MentionRules.Context ctx = MentionRules.newDocument();
    assertEquals(Set.of("lrg"), codes(rules.find("Los Gobiernos Autónomos Descentralizados (GAD) participaron en los talleres.",
        "Proceso", "es", "body", ctx)));
    assertEquals(Set.of(), codes(rules.find("La Contraloría, con la participación de la ciudadanía, ejecutó exámenes especiales en "
        + "74 GAD municipales.", "ODS 16", "es", "body", ctx)));
  }

  private Set<String> noteTypes(String lang, String heading, String text, String role) {
    return codes(rules.find(text, heading, lang, role, MentionRules.newDocument()));
  }

  private Set<String> in(String text, String lang, String role) {
    return codes(rules.find(text, "Chapter 4", lang, role, MentionRules.newDocument()));
  }

  @org.junit.jupiter.api.Test
  void theirMoneyOrTheStatesChecksWithNoCueOfTheirsIsNoInvolvement() {
    assertEquals(Set.of(), in("Revenue collection by county governments rose by 12 per cent in 2023.", "en", "body"));
    assertEquals(Set.of(), in("The Auditor-General's review of the financial statements of all 150 local authorities "
        + "found 120 clean opinions.", "en", "body"));
    // a cue of theirs keeps them taking part
    assertEquals(Set.of("lrg"), in("Revenue data were validated by county governments in the consultations.", "en", "body"));
  }

  @org.junit.jupiter.api.Test
  void absenceAndTheLawsNamedAfterThemAreNoInvolvement() {
    assertEquals(Set.of(), in("Consultations were held after the dissolution of the municipal councils.", "en", "body"));
    assertEquals(Set.of(), in("Planning is governed by the Local Government (Rural Councils) and (Urban Councils) Acts.",
        "en", "body"));
  }

  @org.junit.jupiter.api.Test
  void reviewsTakenBackWithAWordBetween() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Two towns, Ambato and Loja, published Voluntary Local Reviews in 2023.", "Chapter 4", "en", "body", ctx);
    assertEquals(Set.of("cited", "annexed"), codes(rules.find("Both town reviews are reproduced in Annex 3 of this report.",
        "Chapter 4", "en", "body", ctx)));
  }

  @org.junit.jupiter.api.Test
  void inThisReportIsNoSubjectAndTheSubjectsOwnExperienceIsNoSource() {
    assertEquals(Set.of("cited", "integrated"), in("A análise do ODS 6 neste Relatório incorpora os dados do Relatório Local "
        + "Voluntário de Niterói.", "pt", "body"));
    assertFalse(in("Drawing on its experience of the harbour project, the City of Suva issued its own Voluntary Local Review.",
        "en", "body").contains("integrated"));
    // the VNR drawing on the cities' own reviews still relies on them
    assertTrue(in("This chapter draws on their own Voluntary Local Reviews of Suva and Lautoka.", "en", "body")
        .contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void aLocalReviewOfSomethingIsAnotherReview() {
    assertEquals(Set.of(), in("Une revue locale des marchés publics a été conduite par l'inspection en 2022.", "fr", "body"));
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("La ciudad de Loja publicó su Informe Local Voluntario en 2023.", "Capítulo 4", "es", "body", ctx);
    assertEquals(Set.of(), codes(rules.find("No debe confundirse con la revisión de los contratos que realiza la Contraloría.",
        "Capítulo 4", "es", "footnote", ctx)));
  }

  @org.junit.jupiter.api.Test
  void aTableAboutGovernmentsNeedsACueAndFiguresOfOthersAreTheirs() {
    assertEquals(Set.of(), in("Table 3.1: Households with piped water (%) - Suva City Council: 91 - Lautoka City Council: 88",
        "en", "table"));
    assertEquals(Set.of("lrg"), in("Table A.2: Municipal councils consulted for this report: Suva, Lautoka, Nadi", "en", "table"));
    assertFalse(in("Las cifras de la encuesta se compararon con las de otros municipios en la sección del ODS 6.", "es", "body")
        .contains("lrg"));
  }

  @org.junit.jupiter.api.Test
  void aDenialCarriesOverTheAnnexCueThatContinuesIt() {
    assertEquals(Set.of("cited"), in("La revue locale volontaire de Kara n'a pas pu être jointe en annexe au présent rapport.",
        "fr", "footnote"));
  }

  @org.junit.jupiter.api.Test
  void anAnnexedReviewsOwnGovernmentIsItsAuthor() {
    MentionRules.Context ctx = MentionRules.newDocument();
    assertEquals(Set.of("cited", "annexed"), codes(rules.find("Anexo C – Relatório Local Voluntário de Sobral (CE), 2023. "
        + "Prefeitura Municipal de Sobral, Secretaria do Planejamento.", "Volume II – Anexos", "pt", "annex", ctx)));
  }

  @org.junit.jupiter.api.Test
  void aFewGovernmentsListedByNameAreTheAuthorsOfTheirReviews() {
    assertFalse(in("Three municipalities have published reports on the Goals: Loja issued a Voluntary Local Review in 2022.",
        "en", "body").contains("lrg"));
    assertFalse(in("Listening only: staff of the county councils attended the workshops as listeners.", "en", "body")
        .contains("lrg"));
    assertEquals(Set.of("cited", "annexed"), codes(rules.find("付録2　自治体による自発的自治体レビュー（北九州市）の全文",
        "付録", "ja", "annex", MentionRules.newDocument())));
  }

  @org.junit.jupiter.api.Test
  void figuresNamedByTheReviewsPlaceAreTheReviewsAndFiguresAsReportedAreNoAnnex() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("The Voluntary Local Review of the Galle Municipal Council (2023) covers 11 Goals.", "SDG 6", "en", "body", ctx);
    Set<String> found = codes(rules.find("The Galle figures on piped water used in this section are reproduced as reported by "
        + "the Council.", "SDG 6", "en", "footnote", ctx));
    assertTrue(found.contains("integrated"), found.toString());
    assertFalse(found.contains("annexed"), found.toString());
    // a joint programme is not a joint process
    assertFalse(codes(rules.find("The review proposes a joint drainage programme with the Urban Development Authority.",
        "SDG 6", "en", "body", ctx)).contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void evidenceTakenFromTheReviewInPortugueseAndChinese() {
    MentionRules.Context ctx = boxAbout("Caixa 3. O relatório local voluntário de Baucau", "pt");
    assertTrue(codes(rules.find("Os valores de abastecimento de água nele apurados foram utilizados na Tabela 6.2 do presente "
        + "relatório.", "Chapitre 5", "pt", "box", ctx)).contains("integrated"));
    ctx = boxAbout("专栏4 安吉县自愿地方审查", "zh");
    assertTrue(codes(rules.find("本报告第六章关于农村污水处理率的数据即引自该报告。", "Chapitre 5", "zh", "box", ctx))
        .contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void aGovernmentsOwnReportOnTheGoalsIsALocalReviewWhateverItsTitle() {
    assertEquals(Set.of("cited"), in("Le conseil régional d'Ali Sabieh a publié en 2023, avec l'appui du PNUD, un rapport "
        + "régional de suivi des ODD qui couvre sept objectifs.", "fr", "body"));
    assertEquals(Set.of("cited"), in("La Gobernación del estado Lara publicó en 2019 el informe «Lara y los Objetivos de "
        + "Desarrollo Sostenible: primer reporte de avance».", "es", "body"));
    Set<String> found = in("Piped water coverage for Lalitpur in Figure 6.3 is reproduced from Lalitpur Metropolitan City "
        + "(2022), SDG Localization Status Report, Table 6.1.", "en", "footnote");
    assertTrue(found.contains("cited") && found.contains("integrated"), found.toString());
    // reports of a class of governments are their contributions, and the State's report is no local review
    assertFalse(in("Este examen incorpora las contribuciones de los gobiernos regionales, que elaboraron informes sobre la "
        + "implementación de los ODS en sus territorios.", "es", "body").contains("cited"));
    assertFalse(in("The Ministry of Local Government published a report on SDG localisation in 2023.", "en", "body")
        .contains("cited"));
  }

  @org.junit.jupiter.api.Test
  void anAnnexEntryOfItsOwnEndsTheAnnexOfReviewsBeforeIt() {
    MentionRules.Context ctx = MentionRules.newDocument();
    assertTrue(codes(rules.find("Annexe 3 – Commune de Pointe-Noire, Revue locale volontaire des ODD 2023 (texte intégral)",
        "Annexes", "fr", "annex", ctx)).contains("annexed"));
    assertTrue(codes(rules.find("Le document est reproduit dans la version transmise par la commune.", "Annexes", "fr",
        "annex", ctx)).contains("annexed"));
    assertEquals(Set.of(), codes(rules.find("Annexe 4 – Annexe statistique : valeurs des indicateurs ODD par département, "
        + "2015-2023. Source : Institut National de la Statistique.", "Annexes", "fr", "annex", ctx)));
  }

  @org.junit.jupiter.api.Test
  void findingsReproducedInTheTextAreUsedNotAnnexed() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Navarra y Extremadura publicaron informes locales voluntarios en 2023.", "Capítulo 5", "es", "body", ctx);
    Set<String> found = codes(rules.find("Este capítulo se nutre directamente de dichos informes: los diagnósticos que siguen "
        + "reproducen sus principales conclusiones.", "Capítulo 5", "es", "body", ctx));
    assertTrue(found.contains("integrated") && !found.contains("annexed"), found.toString());
    // an adverb inside a cue, a "de" contracted with its article
    assertTrue(in("This chapter draws heavily on the Voluntary Local Review of Bonn.", "en", "body").contains("integrated"));
    assertTrue(in("Las cifras de cobertura de acueducto provienen del Informe Local Voluntario de Manizales 2024.", "es",
        "footnote").contains("integrated"));
    // the source named right after "come from" is another one
    assertFalse(in("Les indicateurs présentés proviennent du Recensement général de l'INS ; nous n'avons pas repris les "
        + "chiffres de la revue locale volontaire de La Marsa.", "fr", "body").contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void frenchMunicipalitiesAndTheirUnionsAreActors() {
    assertEquals(Set.of("lrg"), in("212 municipalités ont intégré des cibles des ODD dans leurs plans de développement "
        + "locaux.", "fr", "body"));
    assertEquals(Set.of("lrg"), in("Les unions de municipalités de Tyr et de Jezzine ont pris part à ces ateliers.", "fr",
        "body"));
    // inside the name of an association whose involvement is denied, municipalities are that association
    assertEquals(Set.of(), in("L'Association des municipalités, privée d'exécutifs élus, n'a pas pu être associée aux "
        + "travaux.", "fr", "body"));
  }

  @org.junit.jupiter.api.Test
  void aRangeOfGovernmentsIsTheirClassAndTheDraftAnalysisIsTheReviews() {
    assertEquals(Set.of("lrg"), in("The Ministry also convened the Chief Executive Officers of the thirteen municipal councils, "
        + "from Levuka to Rakiraki, who reviewed the draft analysis.", "en", "body"));
    assertEquals(Set.of("lrg"), in("The municipalities reviewed the draft analysis.", "en", "body"));
    assertEquals(Set.of(), in("The cities of Levuka and Rakiraki were visited by the team.", "en", "body"));
  }

  @org.junit.jupiter.api.Test
  void reviewsTakenBackWithACountOrAsTheirSummaryAreAnnexed() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("La commune de Pointe-Noire et la commune de Dolisie ont publié une revue locale volontaire en 2023.",
        "5. La localisation des ODD", "fr", "body", ctx);
    assertTrue(codes(rules.find("Ces deux documents sont reproduits en annexe 3 de la présente revue.",
        "5. La localisation des ODD", "fr", "body", ctx)).contains("annexed"));
    ctx = MentionRules.newDocument();
    rules.find("El Ayuntamiento de Bata aprobó su Revisión Local Voluntaria en noviembre de 2023.", "Capítulo 5", "es", "body",
        ctx);
    assertTrue(codes(rules.find("Su resumen ejecutivo se reproduce íntegramente en el Anexo 4 del presente Informe.",
        "Capítulo 5", "es", "body", ctx)).contains("annexed"));
  }

  @org.junit.jupiter.api.Test
  void theStatesRepresentativesAndTheCapacityTheyActIn() {
    assertEquals(Set.of(), in("Input was channelled through the county governors, the State's representatives in the counties, "
        + "who held dialogue meetings with stakeholders.", "en", "body"));
    assertEquals(Set.of(), in("O MEP realizou auscultações conduzidas pelos Governos Provinciais e pelas Administrações "
        + "Municipais, que integram a administração local do Estado.", "pt", "body"));
    assertEquals(Set.of(), in("Se celebraron talleres convocados por los Gobernadores provinciales y los Delegados de Gobierno "
        + "de los distritos, en su calidad de representantes del Ejecutivo en el territorio.", "es", "body"));
    // the State following them up, and a cue of another subject after ", and"
    assertEquals(Set.of(), in("The Auditor General's review of how the ministries follow up local government, and the "
        + "Parliament's report on the situation of the language, were used as background documents.", "en", "body"));
  }

  @org.junit.jupiter.api.Test
  void evidenceReferredBackAndPlacedInThisReportsTablesOrTakenFromTheReview() {
    MentionRules.Context ctx = boxAbout("Box 5.2 Asker's voluntary local review", "en");
    rules.find("The review found that the share of residents near a recreational area had fallen to 86 per cent.",
        "Chapitre 5", "en", "box", ctx);
    assertTrue(codes(rules.find("That figure is used in the assessment of target 11.7 in Chapter 6 of this report.",
        "Chapitre 5", "en", "box", ctx)).contains("integrated"));
    // "that" after a verb is no determiner: the review speaking
    ctx = boxAbout("Box 5.1 Cork's Voluntary Local Review", "en");
    assertFalse(codes(rules.find("It finds that the share of residents living near a park rose to 78 per cent.",
        "Chapitre 5", "en", "box", ctx)).contains("integrated"));
    ctx = boxAbout("Recuadro 5.3 El Informe Local Voluntario de Gipuzkoa", "es");
    assertTrue(codes(rules.find("Sus cifras de brecha salarial en el territorio son las que recoge la tabla 7.3 de este "
        + "Informe.", "Chapitre 5", "es", "box", ctx)).contains("integrated"));
    assertTrue(in("Para el indicador 11.6.1, la línea de base de este examen se tomó del Informe Voluntario Local presentado "
        + "por la Intendencia de Montevideo en 2022.", "es", "body").contains("integrated"));
    // "incorporar al Informe" appends a review: the report's name is no evidence ("información")
    assertFalse(codes(rules.find("El presente anexo recoge los informes locales voluntarios que la Diputación de Córdoba y el "
        + "Ayuntamiento de Valencia solicitaron incorporar al Informe.", "Anexo III. Contribuciones", "es", "annex",
        MentionRules.newDocument())).contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void auditsOfficesBreakdownsDefinitionsAndGovernmentsNotYetInstituted() {
    assertEquals(Set.of(), in("The Auditor-General's report on the 2022-23 local government audit outcomes was published in "
        + "May.", "en", "footnote"));
    assertEquals(Set.of(), in("The 312 that scored below the threshold received coaching from provincial local "
        + "administration offices.", "en", "body"));
    assertEquals(Set.of(), in("Tabla A.12. Indicadores ODS desagregados por comunidad autónoma, último año disponible.", "es",
        "table"));
    assertEquals(Set.of(), in("Nota: «local» designa el conjunto de ayuntamientos, diputaciones, cabildos y consejos "
        + "insulares.", "es", "table"));
    assertEquals(Set.of(), in("Importa sublinhar que as autarquias locais, previstas na Constituição de 2010 como pessoas "
        + "colectivas territoriais com órgãos representativos eleitos, ainda não foram institucionalizadas.", "pt", "body"));
  }

  @org.junit.jupiter.api.Test
  void aReviewAsAModelForSomethingAndAReviewOfAPlanAreNoEvidenceAndNoLocalReview() {
    assertFalse(in("Técnicos do Ministério participaram num intercâmbio no qual foram apresentadas as Revisões Locais "
        + "Voluntárias de Quelimane e da Praia como referência para a futura localização dos ODS.", "pt", "body")
        .contains("integrated"));
    assertTrue(in("Les indicateurs de la revue locale volontaire de Dakar ont servi de référence pour la cible 11.7.", "fr",
        "body").contains("integrated"));
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("O município de Benguela publicou um Relatório Local Voluntário em 2023.", "Capítulo 5", "pt", "body", ctx);
    assertEquals(Set.of(), codes(rules.find("A revisão dos Planos Directores Municipais de Benguela e do Huambo, em curso, será "
        + "a principal fonte para o alinhamento com a Agenda 2030.", "Capítulo 6", "pt", "footnote", ctx)));
  }

  @org.junit.jupiter.api.Test
  void anAgentDeniedRepliesToASurveyAndReviewsYetToBeMade() {
    assertEquals(Set.of(), in("Les contributions ont été fournies par les délégations spéciales, et non par des élus locaux.",
        "fr", "body"));
    assertEquals(Set.of("lrg"), in("Thirty-six municipalities replied, and the survey results form the basis of Chapter 3.",
        "en", "body"));
    assertEquals(Set.of(), in("Several municipalities have expressed interest in preparing Voluntary Local Reviews.", "en",
        "body"));
  }

  @org.junit.jupiter.api.Test
  void batchThirtyFourAndThirtyFiveMechanisms() {
    // a page abbreviation before a number ends no sentence; "en sont issus" takes the review back
    Set<String> found = in("41 Ville de Dakar (2024), Examen local volontaire des ODD, p. 33. Les taux d'accès à "
        + "l'assainissement présentés au graphique 6.2 en sont issus.", "fr", "footnote");
    assertTrue(found.contains("integrated"), found.toString());
    assertEquals(2, MentionRules.sentences("Review of Bonn, p. 38. The estimates are drawn from it.").length);
    assertEquals(1, MentionRules.sentences("See the review, cf. the annex for details.").length);
    // Portuguese "em" contracted with a demonstrative
    MentionRules.Context ctx = boxAbout("Caixa 7. O Relatório Local Voluntário de Quelimane", "pt");
    assertTrue(codes(rules.find("Com base nestes dados, o Instituto Nacional de Estatística desagregou o indicador 6.2.1 ao "
        + "nível municipal, conforme apresentado na Figura 4.6.", "Chapitre 5", "pt", "box", ctx)).contains("integrated"));
    // diagnoses and conclusions are evidence; "empleo" (employment) is no use
    ctx = MentionRules.newDocument();
    rules.find("Varias alcaldías han elaborado informes locales voluntarios entre 2022 y 2024.", "5. Localización", "es",
        "body", ctx);
    assertTrue(codes(rules.find("Sus diagnósticos sobre movilidad urbana se retoman en el análisis del ODS 11 del presente "
        + "Informe.", "5. Localización", "es", "body", ctx)).contains("integrated"));
    ctx = boxAbout("Recuadro 4.1 La Revisión Local Voluntaria de El Alto", "es");
    assertFalse(codes(rules.find("Entre sus conclusiones destacan que el 71 % del empleo en la ciudad es informal.",
        "Chapitre 5", "es", "box", ctx)).contains("integrated"));
    // a heading of what the reviews contributed, and the subject opening the sentence reaching its verb
    assertTrue(codes(rules.find("4.3 Una mirada desde los territorios: aportes de los informes locales voluntarios",
        "Capítulo 4", "es", "heading", MentionRules.newDocument())).contains("integrated"));
    ctx = boxAbout("Recuadro 6.1 El Informe Local Voluntario de Trujillo", "es");
    assertTrue(codes(rules.find("Sus resultados sobre la continuidad del servicio de agua potable en los asentamientos "
        + "humanos de la periferia —apenas 9 horas diarias en promedio— se han incorporado al análisis de la meta 6.1 de "
        + "este Informe Nacional.", "Chapitre 5", "es", "box", ctx)).contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void coordinatedLevelsBeforeTheNounAndAnAcronymDefinedAfterThePassagesLrgSentence() {
    assertEquals(Set.of("lrg"), in("Every provincial and territorial government was invited to contribute to this Review.",
        "en", "body"));
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("State and territory governments nominated senior officials to a reference group. The Australian Local "
        + "Government Association (ALGA) ran an online survey of its members.", "Chapter 2", "en", "body", ctx);
    assertEquals(Set.of("lrg"), codes(rules.find("ALGA's survey found that 58 per cent of responding councils now "
        + "reference the SDGs in their plans.", "Chapter 4", "en", "body", ctx)));
  }

  @org.junit.jupiter.api.Test
  void concessionsFutureGovernmentsHypotheticalReviewsAndPossibilitiesDenied() {
    assertEquals(Set.of(), in("Si bien se cursó invitación a la Asociación de Municipios, las corporaciones municipales no "
        + "participaron en las mesas de trabajo de este Informe.", "es", "body"));
    assertEquals(Set.of(), in("Quando as futuras autarquias estiverem instaladas, o INE poderá apoiá-las na elaboração de "
        + "relatórios locais voluntários.", "pt", "body"));
    assertEquals(Set.of(), in("La SNP considera que, si los GAD provinciales llegaran a elaborar revisiones voluntarias "
        + "subnacionales, estas podrían alimentar el siguiente informe.", "es", "body"));
    assertEquals(Set.of(), in("Government will explore how interested cities could be supported to prepare Voluntary Local "
        + "Reviews.", "en", "body"));
    assertEquals(Set.of(), in("En esta ocasión no fue posible desarrollar un proceso de consulta específico con las "
        + "municipalidades.", "es", "body"));
    // a name's capitalised word is no absence; municipal boards approving SDG-linked plans take part
    assertTrue(in("This part presents summaries of the Voluntary Local Reviews of our SDG Future Cities.", "en", "body")
        .contains("cited"));
    assertEquals(Set.of("lrg"), in("Los planes fueron aprobados por las respectivas Juntas Municipales con metas vinculadas a "
        + "los ODS.", "es", "body"));
  }

  @org.junit.jupiter.api.Test
  void aKnownPlaceBeforeAReviewWordAndTheReviewsOwnSourcesInAParticipleClause() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Kandy Municipal Council published a Voluntary Local Review in 2023.", "SDG 11", "en", "body", ctx);
    assertTrue(codes(rules.find("Data from the Kandy review on waste collection were used to complement indicator 11.6.1.",
        "SDG 11", "en", "body", ctx)).contains("integrated"));
    ctx = boxAbout("Box 4.3 Gulu's Voluntary Local Review", "en");
    assertFalse(codes(rules.find("Gulu's review tracked 38 locally defined indicators across nine Goals, drawing on household "
        + "surveys in all four city divisions.", "Chapitre 5", "en", "box", ctx)).contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void organsNamedWithAWordOfTheirOwnReferenceAuthorsAndAnAcronymNamingOnePlace() {
    assertEquals(Set.of(), in("Les transferts du Fonds d'équipement des collectivités territoriales ont augmenté en 2023.",
        "fr", "body"));
    assertFalse(in("Les taux cités sont tirés du rapport de suivi des ODD de la Région Souss-Massa (Conseil régional, 2023, "
        + "p. 41).", "fr", "footnote").contains("lrg"));
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Los Gobiernos Autónomos Descentralizados (GAD) participaron en los talleres.", "2. Proceso", "es", "body", ctx);
    rules.find("Recuadro 4. El Informe Local Voluntario de Cuenca", "4. Localización", "es", "box", ctx);
    assertFalse(codes(rules.find("Elaborado por el GAD Municipal de Cuenca junto con la Universidad, el informe reporta una "
        + "cobertura de agua del 97,8 %.", "4. Localización", "es", "box", ctx)).contains("lrg"));
  }

  @org.junit.jupiter.api.Test
  void reviewFindingsOnThisRoundsMechanismsStayFixed() {
    // French "non" is no negation outside "et non par"; "future" after the actor denies nothing
    assertEquals(Set.of("lrg"), in("Les collectivités territoriales et les acteurs non étatiques ont été consultés.", "fr",
        "body"));
    assertEquals(Set.of("lrg"), in("Local governments took part in the consultations on the future of the country.", "en",
        "body"));
    // a concession that is no invitation, or whose denial is another's
    assertEquals(Set.of("lrg"), in("While local governments were consulted on the draft, civil society organisations were "
        + "not consulted.", "en", "body"));
    assertEquals(Set.of("lrg"), in("Although many municipalities took part in the consultations, the private sector did not "
        + "participate.", "en", "body"));
    // ability is no hypothesis
    assertEquals(Set.of("lrg"), in("Thanks to the online platform, local governments could easily prepare and submit their "
        + "contributions to the VNR.", "en", "body"));
    // the nation's report, whoever was consulted
    assertEquals(Set.of("lrg"), in("En consulta con los gobiernos locales, el Gobierno nacional publicó el informe «Colombia y "
        + "los ODS: tercer reporte de avance» en 2023.", "es", "body"));
    // "served as" keeps its use; a table of figures that differ is no use; "Ce sont" refers to nothing
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("La ciudad de Bogotá publicó su Revisión Local Voluntaria en 2023.", "ODS 1", "es", "body", ctx);
    assertTrue(codes(rules.find("Sus cifras de pobreza sirvieron de punto de partida en este capítulo.", "ODS 1", "es", "body",
        ctx)).contains("integrated"));
    assertFalse(codes(rules.find("Sus cifras difieren de las del cuadro 5, que está elaborado con datos del DANE.", "ODS 1",
        "es", "body", ctx)).contains("integrated"));
    ctx = MentionRules.newDocument();
    rules.find("La revue locale volontaire de Dakar a été publiée en 2023.", "ODD 11", "fr", "body", ctx);
    assertEquals(Set.of(), codes(rules.find("Ce sont les données du recensement de l'ANSD qui ont été utilisées pour "
        + "l'indicateur 11.1.1.", "ODD 11", "fr", "body", ctx)));
    // a prospective cue's clause ends at its punctuation; a known place's review of a plan is no local review
    assertTrue(in("Other cities intend to prepare; the Voluntary Local Review of Kandy was published in 2021.", "en", "body")
        .contains("cited"));
    ctx = MentionRules.newDocument();
    rules.find("The Voluntary Local Review of Kandy was published in 2021.", "SDG 11", "en", "body", ctx);
    assertEquals(Set.of(), codes(rules.find("Data from the Kandy review of the Urban Development Plan were used in this "
        + "chapter.", "SDG 11", "en", "body", ctx)));
    // a sentence's last word in lower case and a line break end sentences
    assertEquals(2, MentionRules.sentences("The review was published in 2021. eThekwini Municipality also took part.").length);
    assertEquals(2, MentionRules.sentences("a) the municipalities.\n   b) municipalities replied.").length);
  }

  @org.junit.jupiter.api.Test
  void onlyAPlaceBeforeAReviewWordNamesItsReview() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("The Voluntary Local Review of Kandy (Sustainable Development Agenda of the City) was published in 2021.",
        "SDG 11", "en", "body", ctx);
    assertEquals(Set.of(), codes(rules.find("Findings of the Agenda review and the Sustainable review were discussed.",
        "SDG 11", "en", "body", ctx)));
  }

  @org.junit.jupiter.api.Test
  void anEmptyPassageAfterACutReviewNameIsReadWithoutFailing() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Box 11.2 Bristol's Voluntary Local", "Goal 11", "en", "box", ctx);
    // (it threw: the first sentence of an empty passage has no first character to test for lower case)
    assertEquals(Set.of(), codes(rules.find("   ", "Goal 11", "en", "box", ctx)));
  }

  @org.junit.jupiter.api.Test
  void oneNamedGovernmentTakesPartOnlyAboutTheGoalsAndWithNoReviewNear() {
    assertTrue(in("The southern-region validation workshop was hosted by the Maseru City Council, whose mayor presented "
        + "the draft strategy, which integrates nine SDGs.", "en", "body").contains("lrg"));
    assertTrue(in("– Conseil de district de Moka : intégration des cibles 6.3 et 11.6 dans le plan stratégique du conseil ;",
        "fr", "list").contains("lrg"));
    // not without the Goals, not with a section number for a target, not as its review's author
    assertFalse(in("The City of Windhoek has adopted an informal settlement upgrading strategy.", "en", "body")
        .contains("lrg"));
    assertFalse(in("– Conseil de district de Moka : intégration des sections 6.3 et 11.6 dans le plan stratégique du "
        + "conseil ;", "fr", "list").contains("lrg"));
    assertFalse(in("La Municipalidad de Valparaíso elaboró su Revisión Local Voluntaria sobre los ODS en 2022.", "es", "body")
        .contains("lrg"));
  }

  @org.junit.jupiter.api.Test
  void aReviewThatUsesDataAfterItsPlaceOrInAGerundIsNoUse() {
    // the review's verb after its place and year ("de São Paulo de 2023 utiliza"), or its gerund ("using")
    assertEquals(Set.of("cited"), in("O Relatório Local Voluntário de São Paulo de 2023 utiliza os dados do Censo "
        + "Demográfico 2022 do IBGE.", "pt", "body"));
    assertEquals(Set.of("cited"), in("la Revisión Local Voluntaria de La Libertad Sur emplea esos mismos datos nacionales "
        + "para sus distritos costeros.", "es", "body"));
    assertEquals(Set.of("cited"), in("Kisumu's second VLR reports on 11 Goals using 64 local indicators.", "en", "body"));
    // a cue capitalised inside a name is no use ("County Integrated Development Plan")
    assertEquals(Set.of("cited"), in("Kisumu's VLR follows the County Integrated Development Plan.", "en", "body"));
    // the VNR using the review still is
    assertTrue(in("Os dados do Relatório Local Voluntário de São Paulo de 2023 foram utilizados neste capítulo.", "pt", "body")
        .contains("integrated"));
    assertTrue(in("This chapter integrated the figures of Kisumu's VLR.", "en", "body").contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void aBoxGoesOnThroughAPlacesPossessiveOrElReporte() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Box 4. Naga City's Voluntary Local Review: measuring what matters", "2.2 Methodology", "en", "box", ctx);
    assertTrue(codes(rules.find("Naga's review tracks 62 local indicators across 12 Goals.", "2.2 Methodology", "en", "box",
        ctx)).contains("featured"));
    ctx = MentionRules.newDocument();
    rules.find("Recuadro 4. El Reporte Local Voluntario de La Pintana (2024)", "Capítulo 3", "es", "box", ctx);
    assertTrue(codes(rules.find("Elaborado con 46 juntas de vecinos, el reporte prioriza los ODS 1, 4, 5 y 11.", "Capítulo 3",
        "es", "box", ctx)).contains("featured"));
    // a place whose review was not named is no reference back
    ctx = MentionRules.newDocument();
    rules.find("Box 4. Naga City's Voluntary Local Review", "2.2 Methodology", "en", "box", ctx);
    assertFalse(codes(rules.find("Iloilo's review of its budget tracks 62 items.", "2.2 Methodology", "en", "body", ctx))
        .contains("cited"));
  }

  @org.junit.jupiter.api.Test
  void anotherKindOrAuthorOfReviewAndARegionalReviewOfCountriesAreNoLocalReviews() {
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("La revue locale volontaire de Dudelange a été publiée en 2023.", "3. Processus", "fr", "body", ctx);
    assertEquals(Set.of(), codes(rules.find("Encadré 5 : L'examen environnemental de l'OCDE du Luxembourg (2020) et ses suites",
        "3. Processus", "fr", "box", ctx)));
    assertEquals(Set.of(), codes(rules.find("La revue de la CEDEAO a été publiée en 2022.", "3. Processus", "fr", "body", ctx)));
    ctx = MentionRules.newDocument();
    rules.find("La revue locale volontaire de Dudelange a été publiée en 2023.", "3. Processus", "fr", "body", ctx);
    assertTrue(codes(rules.find("La revue couvre 12 ODD.", "3. Processus", "fr", "body", ctx)).contains("cited"));
    assertEquals(Set.of(), in("Panamá participó en 2023 en la Revisión Regional Voluntaria sobre los ODS en Centroamérica y "
        + "República Dominicana.", "es", "body"));
    assertTrue(in("La Revisión Regional Voluntaria de Murcia se publicó en 2023.", "es", "body").contains("cited"));
  }

  @org.junit.jupiter.api.Test
  void evidenceReachedThroughReferencesPronounsChaptersAndDenials() {
    // a reference's author and year, then its title, are one sentence
    assertEquals(1, MentionRules.sentences("³² Gobierno de la Provincia de Córdoba (2021). Reporte de avance ODS Córdoba 2021.")
        .length);
    assertEquals(2, MentionRules.sentences("El informe se publicó en 2021. Reporte de avance ODS Córdoba 2021.").length);
    assertTrue(in("³² Gobierno de la Provincia de Córdoba (2021). Reporte de avance ODS Córdoba 2021. Los valores de empleo "
        + "del gráfico 14 provienen de esa publicación.", "es", "footnote").contains("integrated"));
    // "taken from them", the reviews of the sentence
    assertTrue(in("Kópavogur and Reykjavík published voluntary local reviews. Drafts of the Kópavogur and Reykjavík reviews "
        + "were shared, and the figures on housing reported in Chapter 4 are taken from them.", "en", "body")
        .contains("integrated"));
    assertFalse(in("Kópavogur and Reykjavík published voluntary local reviews. Drafts of the Kópavogur and Reykjavík reviews were shared, and the figures on housing reported in "
        + "Chapter 4 are taken from the census.", "en", "body").contains("integrated"));
    // "this review" in a footnote after a reference to one
    assertTrue(in("¹⁴ Akureyrarbær (2022), Akureyri and the Global Goals: voluntary local review, p. 31. The municipal "
        + "recycling rate shown in Figure 12 is taken from this review.", "en", "footnote").contains("integrated"));
    assertFalse(in("The municipal recycling rate shown in Figure 12 is taken from this review.", "en", "footnote")
        .contains("integrated"));
    // the findings' subject reaching its verb; a part after a semicolon; a chapter of the VNR
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Recuadro 3. La Revisión Local Voluntaria de Euskadi", "3.2 Gobernanza", "es", "box", ctx);
    assertTrue(codes(rules.find("Las conclusiones de la revisión de Euskadi sobre la brecha salarial de género se han "
        + "incorporado al análisis del ODS 5.", "3.2 Gobernanza", "es", "box", ctx)).contains("integrated"));
    ctx = MentionRules.newDocument();
    rules.find("La Paz y Cochabamba presentaron sus Informes Locales Voluntarios en 2022.", "2. Metodología", "es", "body", ctx);
    assertTrue(codes(rules.find("Sus principales hallazgos se recogen en el capítulo dedicado al ODS 11.", "2. Metodología",
        "es", "body", ctx)).contains("integrated"));
    // denied: "sans que ... aient pu être intégrées", the reviews the subject of a denied use
    ctx = MentionRules.newDocument();
    rules.find("La Ville de Montréal a publié un examen local volontaire en 2022.", "Chapitre 3", "fr", "body", ctx);
    assertFalse(codes(rules.find("Le Canada salue cette initiative, sans que leurs données aient toutefois pu être intégrées "
        + "au présent rapport.", "Chapitre 3", "fr", "body", ctx)).contains("integrated"));
    ctx = MentionRules.newDocument();
    rules.find("Tres municipios publicaron Informes Locales Voluntarios en 2024.", "4.2 Localización", "es", "body", ctx);
    assertFalse(codes(rules.find("Estos informes no fueron incorporados al análisis, dado que la Encuesta de Hogares es la "
        + "fuente oficial utilizada.", "4.2 Localización", "es", "body", ctx)).contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void documentsToReadTitlesPlacesAndPublicThingsAreNoInvolvement() {
    // "pública" is no "publicar"
    assertEquals(Set.of(), in("La Contraloría realizó una revisión local de la ejecución presupuestaria de 45 municipios, "
        + "identificando debilidades en la rendición pública de cuentas.", "es", "body"));
    // reports that "can be consulted" are to be read
    assertFalse(in("Las auditorías a 340 municipalidades pueden consultarse en el portal de la entidad.", "es", "body")
        .contains("lrg"));
    assertTrue(in("Las 340 municipalidades fueron consultadas sobre el borrador del informe.", "es", "body").contains("lrg"));
    // a cue inside a quoted title
    assertEquals(Set.of(), in("La REDS publicó el informe 'Los ODS en 100 ciudades españolas', que ordena a los municipios "
        + "según 106 indicadores.", "es", "body"));
    // "in each of the administrative districts": where
    assertFalse(in("District Commissioners chaired consultations in each of the administrative districts.", "en", "body")
        .contains("lrg"));
    // sent in, signed: their own acts
    assertTrue(in("Recibimos 43 contribuições que municípios e estados enviaram ao chamamento público.", "pt", "body")
        .contains("lrg"));
    assertTrue(in("More than 200 cities and municipalities have signed the model resolution.", "en", "body").contains("lrg"));
    // "VLR" defined as something else after "refers to the county ..."
    MentionRules.Context ctx = MentionRules.newDocument();
    assertFalse(codes(rules.find("23 In this section, \"VLR\" refers to the county Valuation List and Rating Roll required "
        + "under the National Rating Act.", "Chapter 3", "en", "footnote", ctx)).contains("cited"));
    assertFalse(codes(rules.find("Most counties updated their VLR in 2024.", "Chapter 3", "en", "body", ctx)).contains("cited"));
  }

  @org.junit.jupiter.api.Test
  void reviewsThatDoNotExistAreNoCitation() {
    // a review denied or yet to be made by a hypothesis before its making verb
    assertEquals(Set.of(), in("À ce jour, aucune commune luxembourgeoise n'a publié d'examen local volontaire.", "fr", "body"));
    assertEquals(Set.of(), in("Lagos State has not yet prepared a Voluntary Local Review.", "en", "body"));
    assertFalse(in("Cork City Council is now considering whether to prepare a Voluntary Local Review.", "en", "body")
        .contains("cited"));
    assertFalse(in("The Ministry may in future consider piloting a Voluntary Local Review in one urban council.", "en", "body")
        .contains("cited"));
    assertFalse(in("El CNCPS apoyará a los gobiernos locales que decidan elaborar revisiones locales voluntarias.", "es",
        "body").contains("cited"));
    // a review that exists still is; "n°" is no negation; a participle of something else is no making
    assertTrue(in("Cork City Council prepared a Voluntary Local Review in 2023.", "en", "body").contains("cited"));
    assertTrue(codes(rules.find("Douala a évalué ses progrès sur dix ODD.", "Étude de cas n° 2 : la revue locale volontaire "
        + "de Douala", "fr", "box", MentionRules.newDocument())).contains("cited"));
    assertTrue(in("The Ministry will examine whether indicators produced for the VLRs of Kisumu and Marsabit could be adopted.",
        "en", "body").contains("cited"));
  }

  @org.junit.jupiter.api.Test
  void namedAndPartnerGovernmentsInFrenchAndAfterWith() {
    // a French feminine government named by its place is its review's author ("l'Assemblée populaire communale d'Oran")
    assertFalse(in("Une revue locale volontaire a été élaborée en 2022 par l'Assemblée populaire communale d'Oran.", "fr",
        "body").contains("lrg"));
    assertTrue(in("Les assemblées populaires communales ont répondu au questionnaire sur les ODD.", "fr", "body")
        .contains("lrg"));
    // a government the review was made with is a partner, not its author
    assertTrue(in("Penang Island City Council prepared a VLR in 2022 with the state government.", "en", "body")
        .contains("lrg"));
    assertTrue(in("Los gobiernos estatales aportaron información sobre la alineación de sus planes con los ODS.", "es", "body")
        .contains("lrg"));
  }

  @org.junit.jupiter.api.Test
  void theReviewOfThisRoundsMechanismsKeepsTheirReach() {
    // a negation denies a review only through its making, in its clause
    for (String[] c : new String[][] {
        {"Sin embargo, el Informe Local Voluntario de Bogotá muestra avances en 12 ODS.", "es"},
        {"Não obstante, o Relatório Local Voluntário de Niterói mostra avanços.", "pt"},
        {"Kisumu has not only published a Voluntary Local Review but also a data portal.", "en"},
        {"The VNR does not replace Bogotá's Voluntary Local Review.", "en"},
        {"In May Kisumu published its first Voluntary Local Review, covering 11 Goals.", "en"},
        {"In May 2022 Kisumu published its Voluntary Local Review.", "en"},
        {"La Revisión Regional Voluntaria de Antioquia (Colombia) se publicó en 2021.", "es"},
        {"La Revisión Regional Voluntaria de Panamá Oeste se publicó en 2023.", "es"}}) {
      assertTrue(in(c[0], c[1], "body").contains("cited"), c[0]);
    }
    // "possible" after a fact is no hypothesis (the adjective is no word of hypothesis)
    assertTrue(in("Support from UN-Habitat made it possible to prepare the Voluntary Local Reviews of Quito and Cuenca.", "en",
        "body").contains("cited"));
    // an adjective of the review's own: "el informe territorial de Medellín"
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Medellín publicó su Informe Local Voluntario en 2023.", "ODS 11", "es", "body", ctx);
    assertTrue(codes(rules.find("El informe territorial de Medellín cubre 12 ODS.", "ODS 11", "es", "body", ctx))
        .contains("cited"));
    // "this report" in a footnote is the VNR; a body sentence ending "(2022)." joins no title
    assertEquals(Set.of("cited"), in("¹⁴ Akureyrarbær (2022), Akureyri and the Global Goals: voluntary local review. The "
        + "national figures used in this report come from Statistics Iceland.", "en", "footnote"));
    assertEquals(Set.of("cited"), in("Bogotá presented its Voluntary Local Review at the HLPF (2022). The figures used in this "
        + "chapter are those of the national census.", "en", "body"));
    // a chapter of another document
    ctx = MentionRules.newDocument();
    rules.find("Bogotá publicó su Informe Local Voluntario en 2021.", "ODS 11", "es", "body", ctx);
    assertFalse(codes(rules.find("Sus principales hallazgos se recogen en el capítulo 3 de ese documento.", "ODS 11", "es",
        "body", ctx)).contains("integrated"));
    // a title-case caption keeps its cue
    assertTrue(in("Table 5: Poverty Rates Drawn From Kisumu's Voluntary Local Review", "en", "caption")
        .contains("integrated"));
    // "sin" before a noun and "not only" deny nothing
    assertTrue(in("En las localidades sin encuesta propia se utilizaron las cifras del Informe Local Voluntario de Bogotá.",
        "es", "body").contains("integrated"));
    ctx = MentionRules.newDocument();
    rules.find("Kisumu and Busia published Voluntary Local Reviews in 2023.", "SDG 11", "en", "body", ctx);
    assertTrue(codes(rules.find("These reviews were not only used in Chapter 11 but also informed the annex.", "SDG 11", "en",
        "body", ctx)).contains("integrated"));
    // "stands ready", "se refiere a los municipios que participaron": no definitions
    assertTrue(in("The Association of Local Authorities stands ready to support the localisation of the SDGs and took part "
        + "in the VNR consultations.", "en", "body").contains("lrg"));
    // nouns that stem like cues: "signs", "firma"; the verb "publica" is still a cue while "pública" is not
    assertFalse(in("Many municipalities show early signs of progress on Goal 6.", "en", "body").contains("lrg"));
    assertEquals("public", new org.vlrobs.lexicon.Tokens("es").stem("publica"));
    assertEquals("publica", new org.vlrobs.lexicon.Tokens("es").stem("pública"));
  }

  @org.junit.jupiter.api.Test
  void aReviewsFigureQuotedInTheAnalysisIsUsed() {
    assertTrue(in("County disparities remain wide: Kisumu's 2023 Voluntary Local Review reports 58 per cent safely managed "
        + "coverage in its informal settlements.", "en", "body").contains("integrated"));
    assertTrue(in("La Revisión Local Voluntaria de Rosario registra un 18 % de hogares sin cloacas.", "es", "body")
        .contains("integrated"));
    // not its coverage of the Goals, not a figure denied, not in a box about it
    assertFalse(in("Kisumu's Voluntary Local Review reports on 11 Goals.", "en", "body").contains("integrated"));
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Box 5.2: Kisumu County's Voluntary Local Review (2023)", "Chapter 5", "en", "box", ctx);
    assertFalse(codes(rules.find("Kisumu's Voluntary Local Review reports 58 per cent coverage.", "Chapter 5", "en", "box", ctx))
        .contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void aNoteSourcingAFigureToAReviewsTableUsesIt() {
    assertTrue(in("31 Commune de Sfax, Examen local volontaire des ODD 2022, tableau 7 (taux de collecte des déchets ménagers : "
        + "78 %).", "fr", "footnote").contains("integrated"));
    // a pointer to read on, a figure said not to be used, a body sentence
    assertFalse(in("31 Voir Commune de Sfax, Examen local volontaire des ODD 2022, tableau 7.", "fr", "footnote")
        .contains("integrated"));
    assertFalse(in("27 The VLR of Mbale City estimates that 38 per cent of households have no latrine. This estimate is not "
        + "used in the present report.", "en", "footnote").contains("integrated"));
    assertFalse(in("Commune de Sfax, Examen local volontaire des ODD 2022, tableau 7.", "fr", "body").contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void involvementOnlyPlannedIsNone() {
    assertFalse(in("En la próxima etapa, el CNCPS explorará junto con la Federación Argentina de Municipios la posibilidad de "
        + "acompañar a los gobiernos locales.", "es", "body").contains("lrg"));
    assertFalse(in("Para o próximo ciclo, o Governo pretende institucionalizar, em articulação com a ANMP, um mecanismo de "
        + "consulta.", "pt", "body").contains("lrg"));
    // done, it is involvement; an intention late in a long sentence does not reach back
    assertTrue(in("El CNCPS trabajó junto con la Federación Argentina de Municipios en la consulta.", "es", "body")
        .contains("lrg"));
  }

  @org.junit.jupiter.api.Test
  void reviewsYetToBeMadeAreNotCited() {
    // a subjunctive making after a word of hypothesis, "de sus propias" before the review
    assertFalse(in("La Comisión estudiará la posibilidad de que algunos municipios elaboren sus propias revisiones locales "
        + "voluntarias.", "es", "body").contains("cited"));
    // "caso" opens a condition; an intention reaches a making eight words on
    assertFalse(in("Caso as autarquias venham a elaborar relatórios locais voluntários, o INE apoiará a recolha de dados.", "pt",
        "body").contains("cited"));
    assertFalse(in("O Governo pretende apoiar o Conselho Municipal de Pemba na elaboração de um primeiro Relatório Local "
        + "Voluntário.", "pt", "body").contains("cited"));
    // "such reviews" after reviews yet to be made are those; the councils interested in making them take no part yet
    assertEquals(Set.of(), in("Two more city councils, namely Gulu and Lira, have expressed interest in preparing local reviews "
        + "of their own; whether such reviews can be funded will be decided next year.", "en", "body"));
    // a condition on the actor: "si les communes décidaient de s'engager"
    assertFalse(in("Ce cadre pourrait être étendu si les collectivités territoriales décidaient de participer au suivi des ODD.",
        "fr", "body").contains("lrg"));
    // made, they are cited; a review elaborated with support exists
    assertTrue(in("O Governo apoiou o Conselho Municipal de Pemba na elaboração do seu primeiro Relatório Local Voluntário.", "pt",
        "body").contains("cited"));
    assertTrue(in("Los municipios que elaboraron sus propias revisiones locales voluntarias las presentaron en 2024.", "es",
        "body").contains("cited"));
    assertTrue(in("Les collectivités territoriales ont participé au suivi des ODD.", "fr", "body").contains("lrg"));
  }

  @org.junit.jupiter.api.Test
  void anAcronymAGlossaryDefinesOtherwiseIsNoReview() {
    assertEquals(Set.of(), in("RLV: Red Local de Voluntariado de la Cruz Roja", "es", "list"));
    assertEquals(Set.of(), in("12 VLR: vehicle licence revenue collected by the provincial councils.", "en", "footnote"));
    // the glossary's own entry for the review, and a review acronym after a colon that spells nothing, are reviews
    assertTrue(in("VLR: Voluntary Local Review", "en", "list").contains("cited"));
    assertTrue(in("Sources: Kisumu County VLR: table 4.3.", "en", "footnote").contains("cited"));
  }

  @org.junit.jupiter.api.Test
  void aTablesTitleIsNoBoxAndItsRowsListTheReviewsItsCaptionNames() {
    MentionRules.Context ctx = MentionRules.newDocument();
    List<Mention> caption = rules.find("Cuadro 6. Informes locales voluntarios publicados por las intendencias, 2018-2024",
        "4.2 Localización", "es", "caption", ctx);
    assertEquals(Set.of("lrg", "cited"), codes(caption)); // (a class of governments making reviews; no box)
    List<Mention> row = rules.find("Paysandú | 2021 | ODS 6, 11 | Intendencia de Paysandú", "4.2 Localización", "es", "table",
        ctx);
    assertEquals(Set.of("cited"), codes(row));
    assertEquals("row-of-review-table", row.get(0).rule());
    // a row without a place, or after a caption about something else, lists none
    assertEquals(Set.of(), codes(rules.find("Total | 14 | |", "4.2 Localización", "es", "table", ctx)));
    ctx = MentionRules.newDocument();
    rules.find("Cuadro 7. Cobertura de agua potable por departamento, 2023", "ODS 6", "es", "caption", ctx);
    assertEquals(Set.of(), codes(rules.find("Paysandú | 97,1 % | OSE", "ODS 6", "es", "table", ctx)));
    // under a "Quadro" title, a table row is no box; under a box's own word it is
    ctx = MentionRules.newDocument();
    assertFalse(codes(rules.find("Município de Braga | Relatório Local Voluntário (2022) | Resíduos urbanos",
        "Quadro 3.2 – Fontes subnacionais", "pt", "table", ctx)).contains("featured"));
    assertTrue(codes(rules.find("Município de Braga | Relatório Local Voluntário (2022) | Resíduos urbanos",
        "Caixa 3.2 – O relatório de Braga", "pt", "box", MentionRules.newDocument())).contains("featured"));
  }

  @org.junit.jupiter.api.Test
  void aRowGivingValuesWithAReviewInItsSourceCellUsesIt() {
    assertTrue(in("Setúbal | 88,4 % | 93 % | Relatório Local Voluntário de Setúbal (2024)", "pt", "table")
        .contains("integrated"));
    // a row of years and Goals lists the review, it takes no value from it
    assertFalse(in("Setúbal | 2022, 2024 | ODS 6, 11 | Relatório Local Voluntário de Setúbal", "pt", "table")
        .contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void aHeadingAboutReviewsInGeneralFeaturesNone() {
    assertEquals(Set.of("cited"), in("4.3 Localisation des ODD et revues locales volontaires", "fr", "heading"));
    assertTrue(codes(rules.find("Le présent rapport s'appuie sur les revues locales volontaires de Lyon et de Grenoble.",
        "4.3 Localisation des ODD et revues locales volontaires", "fr", "body", MentionRules.newDocument()))
        .contains("cited"));
    assertFalse(codes(rules.find("Le présent rapport s'appuie sur les revues locales volontaires de Lyon et de Grenoble.",
        "4.3 Localisation des ODD et revues locales volontaires", "fr", "body", MentionRules.newDocument()))
        .contains("featured"));
    // a heading about one review features it
    assertTrue(codes(rules.find("La revue s'appuie sur 60 indicateurs.", "4.3 La revue locale volontaire de Lyon", "fr", "body",
        MentionRules.newDocument())).contains("featured"));
  }

  @org.junit.jupiter.api.Test
  void governmentsAsPlacesObjectsOrPartsOfNamesTakeNoPart() {
    // places listed before "and other cities" are where consultations were held
    assertFalse(in("Se realizaron talleres en Tarija, Sucre, Potosí y otras ciudades, con participación de organizaciones "
        + "sociales.", "es", "body").contains("lrg"));
    // the State's review of their accounts; their not doing is no involvement
    assertFalse(in("La Contraloría revisó las rendiciones de cuentas de 140 gobiernos municipales; el 20 % no las presentó.", "es",
        "body").contains("lrg"));
    // appointed officers' districts; councils whose terms expired
    assertFalse(in("District consultations were chaired by the Deputy Commissioners of the 61 districts presenting "
        + "district-level progress.", "en", "body").contains("lrg"));
    assertFalse(in("Les mandats des élus locaux ayant expiré, les communes n'ont pas participé à l'exercice.", "fr", "body")
        .contains("lrg"));
    // inside the name of an index or a fund spelled by its acronym
    assertFalse(in("O Índice de Sustentabilidade dos Municípios avalia os 5.570 municípios; o Instituto Cidades Sustentáveis "
        + "publica os resultados.", "pt", "body").contains("lrg"));
    assertFalse(in("Les transferts du Fonds d'appui au développement des communes (FADC) ont été alloués à la formation des "
        + "élus.", "fr", "body").contains("lrg"));
    // an association spelled by its acronym is one of them
    assertTrue(in("La Fédération nationale des maires (FNM) a participé aux consultations sur le rapport.", "fr", "body")
        .contains("lrg"));
    // named authors of their reviews only, past an adjective and repeated prepositions
    assertEquals(Set.of("cited"), in("Les communes urbaines de Dosso et de Tahoua ont élaboré en 2023 leurs revues locales "
        + "volontaires.", "fr", "body"));
    // a class of governments making reviews reaches its verb past an aside listing some of them; a count listing all
    // of them names their authors
    assertTrue(in("En 2023, diversas capitales y provincias — entre ellas Rosario, Córdoba, Mendoza, San Miguel de Tucumán, "
        + "Salta y la provincia de Santa Fe — publicaron revisiones locales voluntarias.", "es", "body").contains("lrg"));
    assertFalse(in("Três municípios — Praia, São Vicente, Santa Catarina, Ribeira Grande de Santiago e São Filipe do Fogo "
        + "— publicaram em 2024 os seus Relatórios Locais Voluntários.", "pt", "body").contains("lrg"));
    // named governments reviewing the VNR's draft take part
    assertTrue(in("Las intendencias de Rivera, Salto y Colonia revisaron el borrador del capítulo sobre el ODS 6.", "es", "body")
        .contains("lrg"));
  }

  @org.junit.jupiter.api.Test
  void aSourceCueEndingInFromNamesItsSourceAfterIt() {
    assertTrue(in("14 Solid waste collection for Gulu is taken from Gulu City Council (2024), Voluntary Local Review, p. 22.",
        "en", "footnote").contains("integrated"));
    assertFalse(in("Estos informes no se utilizaron en el presente informe, cuyos datos provienen del sistema estadístico "
        + "nacional.", "es", "body").contains("integrated"));
    assertFalse(in("O relatório local voluntário do município utiliza a mesma série do IBGE para o seu indicador 6.1.", "pt",
        "body").contains("integrated"));
    // findings of the reviews, in a relative clause, taken into a chapter
    assertTrue(in("Em 2024, várias capitais publicaram relatórios locais voluntários, cujos achados sobre saneamento e habitação "
        + "foram compilados pela CNM e incorporados ao capítulo 5.", "pt", "body").contains("integrated"));
    // "dichas revisiones" in another section refers to the reviews the document named
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Recuadro 2. Las revisiones locales voluntarias de Cali y Pereira", "Recuadro 2", "es", "box", ctx);
    assertTrue(codes(rules.find("Los valores de cobertura de ambas ciudades en el Gráfico 6.2 provienen de dichas revisiones.",
        "ODS 6", "es", "body", ctx)).contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void aRegionalReviewOfMemberStatesIsNoLocalReview() {
    assertFalse(in("Le Mali a pris part à l'examen régional volontaire de la CEDEAO, qui a comparé les progrès des quinze États "
        + "membres.", "fr", "body").contains("cited"));
    assertTrue(in("La région de Kayes a publié son examen régional volontaire en 2023.", "fr", "body").contains("cited"));
  }

  @org.junit.jupiter.api.Test
  void aBoxLabelSplitFromItsTitleStillTitlesTheBox() {
    MentionRules.Context ctx = MentionRules.newDocument();
    assertTrue(codes(rules.find("Recuadro 4. El Informe Local Voluntario 2023 de Rosario", "ODS 11", "es", "box", ctx))
        .contains("featured"));
    assertTrue(codes(rules.find("Es el tercer informe que presenta la ciudad y abarca 12 objetivos.", "ODS 11", "es", "box", ctx))
        .contains("cited"));
  }

  @org.junit.jupiter.api.Test
  void reviewFindingsOnTheBatch38To40MechanismsStayFixed() {
    // a "said" report may be any report: only "said reviews", and none after another document named in the passage
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("En 2023 la Ciudad de México publicó su Revisión Local Voluntaria.", "ODS 11", "es", "body", ctx);
    assertFalse(codes(rules.find("El Consejo Nacional de Evaluación publicó en 2024 su estudio sobre informalidad laboral. "
        + "Dicho informe señala que la tasa alcanzó el 55 %.", "ODS 8", "es", "body", ctx)).contains("cited"));
    ctx = MentionRules.newDocument();
    rules.find("Kisumu County published its VLR in 2023.", "SDG 11", "en", "body", ctx);
    assertEquals(Set.of(), codes(rules.find("The Ministry of Health released its annual health sector performance review in "
        + "2023. According to the said report, maternal mortality fell to 355.", "SDG 3", "en", "body", ctx)));
    // an intention does not reach reviews that exist: definite, made in the past
    for (String[] e : new String[][] {
        {"pt", "Esta seção pretende sintetizar a experiência de elaboração dos Relatórios Locais Voluntários de Niterói e "
            + "Barcarena."},
        {"es", "Esta sección pretende describir la experiencia de elaboración de las Revisiones Locales Voluntarias de Mérida y "
            + "Oaxaca."},
        {"es", "El Gobierno podría replicar el proceso de elaboración de las RLV de Mérida y Oaxaca en otros estados."},
        {"en", "This section aims to describe how Kisumu and Marsabit counties prepared their Voluntary Local Reviews in 2023."},
        {"en", "In preparation for the next VNR cycle Kisumu and Marsabit counties conducted their first VLRs in 2023."}}) {
      assertTrue(in(e[1], e[0], "body").contains("cited"), e[1]);
    }
    // "caso" after an article or a preposition is a case
    assertTrue(in("Um estudo de caso sobre a elaboração do Relatório Local Voluntário de Niterói (2020) foi apresentado no "
        + "Fórum Político de Alto Nível.", "pt", "body").contains("cited"));
    assertTrue(in("O caso de Niterói ilustra a elaboração do seu Relatório Local Voluntário, publicado em 2020.", "pt", "body")
        .contains("cited"));
    // rows under a caption of reviews: a header, a note, a review not made yet list none; a row's place is its first cell
    ctx = MentionRules.newDocument();
    rules.find("Table 3.1 Voluntary Local Reviews published by county governments, 2019-2024", "SDG 11", "en", "caption", ctx);
    assertEquals(Set.of(), codes(rules.find("County | Year | Goals covered", "SDG 11", "en", "table", ctx)));
    assertEquals(Set.of(), codes(rules.find("Nakuru | Not started | –", "SDG 11", "en", "table", ctx)));
    assertEquals(Set.of(), codes(rules.find("Mombasa | Planned for 2025 | –", "SDG 11", "en", "table", ctx)));
    assertEquals(Set.of(), codes(rules.find("Note: Busia and Nakuru counties are preparing their first reviews.", "SDG 11", "en",
        "table", ctx)));
    assertEquals(Set.of("cited"), codes(rules.find("Kisumu | Published (2023) | SDGs 1-17", "SDG 11", "en", "table", ctx)));
    assertEquals(List.of("Kisumu | Published (2023) | SDGs 1-17".substring(0, 6)), ctx.reviewSentences);
    // counts of Goals and indicators are no values taken from the review
    assertFalse(in("Kisumu County | Voluntary Local Review 2023 | 17 | 64", "en", "table").contains("integrated"));
    // a concession is no condition
    assertTrue(in("Si les collectivités territoriales ont été associées tardivement, elles ont néanmoins contribué à la rédaction "
        + "du rapport.", "fr", "body").contains("lrg"));
    assertTrue(in("Even if county governments had limited time, all 47 of them submitted written comments on the draft report.",
        "en", "body").contains("lrg"));
    // the reviews named before, taken back after "from"
    assertTrue(in("Kisumu and Marsabit counties published VLRs in 2023; the county-level figures on piped water in Table 6.2 "
        + "were obtained from them.", "en", "body").contains("integrated"));
    // a region's own regional review, whoever it was shown to
    assertTrue(in("La Revisión Regional Voluntaria de Antioquia fue presentada en el FPAN de 2023, ante los Estados miembros de "
        + "las Naciones Unidas.", "es", "body").contains("cited"));
    // the governments whose plans a national office reviewed are not reviewing
    assertFalse(in("La Secretaría de Planificación revisó los borradores de los planes de desarrollo de las intendencias de "
        + "Montevideo y Canelones para alinearlos con los ODS 6 y 11.", "es", "body").contains("lrg"));
    // "these reviews" after reviews yet to be made may still be those named before; "such reviews" are the ones to come
    ctx = MentionRules.newDocument();
    rules.find("Kisumu and Marsabit published Voluntary Local Reviews in 2023.", "SDG 6", "en", "body", ctx);
    assertTrue(codes(rules.find("Other counties have expressed interest in preparing local reviews, and the water data of these "
        + "reviews were used in Table 6.2.", "SDG 6", "en", "body", ctx)).contains("cited"));
    // a dash list after an acronym is no glossary
    assertTrue(in("Three cities published VLRs – Valencia, Lisbon and Rotterdam – in 2021; their findings are summarised "
        + "below.", "en", "body").contains("cited"));
    // words of hypothesis are matched as written: "que" is not "queiram"
    assertTrue(in("É o caso de Niterói e Barcarena, que elaboraram Relatórios Locais Voluntários em 2020 e 2021.", "pt", "body")
        .contains("cited"));
    assertTrue(in("Destaca-se Barcarena, que em 2021 publicou o seu primeiro Relatório Local Voluntário.", "pt", "body")
        .contains("cited"));
    // a list of governments that contributed is no annex of their contributions
    ctx = MentionRules.newDocument();
    assertFalse(codes(rules.find("Annexe 3 : Liste des services cantonaux et des administrations communales ayant contribué au "
        + "présent rapport", "Annexes", "fr", "annex", ctx)).contains("annexed"));
  }

  @org.junit.jupiter.api.Test
  void secondReviewFindingsStayFixed() {
    // inflected words of hypothesis are listed ("souhaitant", "desejarem", "desean")
    assertFalse(in("Les communes souhaitant élaborer un examen local volontaire bénéficieront d'un appui technique du "
        + "ministère.", "fr", "body").contains("cited"));
    assertFalse(in("Os municípios que desejarem elaborar os seus Relatórios Locais Voluntários contarão com o apoio técnico do "
        + "Governo.", "pt", "body").contains("cited"));
    assertFalse(in("Los gobiernos locales que desean elaborar su Informe Local Voluntario contarán con apoyo técnico.", "es",
        "body").contains("cited"));
    // a concession opening the sentence does not undo the condition after it
    assertFalse(in("Sin embargo, si los gobiernos autónomos descentralizados participaran en la próxima revisión, el informe "
        + "reflejaría mejor las prioridades locales.", "es", "body").contains("lrg"));
    // "caso" as a noun in Spanish; "en caso de que" is a condition
    assertTrue(in("Un caso destacado es Mérida que elaboró su Informe Local Voluntario en 2023.", "es", "body")
        .contains("cited"));
    assertFalse(in("En caso de que los municipios elaboren revisiones locales voluntarias, el INE apoyará la recolección de "
        + "datos.", "es", "body").contains("cited"));
    // a first review an intention reaches is still to come
    assertFalse(in("O Governo pretende apoiar a elaboração do primeiro Relatório Local Voluntário do município da Praia.", "pt",
        "body").contains("cited"));
    assertFalse(in("The Ministry plans to support the preparation of the first Voluntary Local Review of Kampala.", "en",
        "body").contains("cited"));
    // rows of a table of reviews: a place with its class word; a later column about the next review
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Table 5. Voluntary Local Reviews published by county governments, 2019-2024", "SDG 11", "en", "caption", ctx);
    assertTrue(codes(rules.find("Kisumu County | 2023 | SDG 6, 11", "SDG 11", "en", "table", ctx)).contains("cited"));
    assertTrue(codes(rules.find("Busia | 2022 | SDG 1-17 | Next review planned for 2025", "SDG 11", "en", "table", ctx))
        .contains("cited"));
    assertFalse(codes(rules.find("Nakuru | Not started | –", "SDG 11", "en", "table", ctx)).contains("cited"));
  }

  @org.junit.jupiter.api.Test
  void round28Mechanisms() {
    // "deste relatório" is the VNR itself, not "these reports": no reference back, the evidence is not the reviews'
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Os municípios de Niterói e Barcarena publicaram Relatórios Locais Voluntários.", "2. Metodologia", "pt",
        "body", ctx);
    assertFalse(codes(rules.find("Os dados do INE foram utilizados na secção 4 deste relatório.", "2. Metodologia", "pt",
        "body", ctx)).contains("integrated"));
    // "of" fused with the demonstrative: "Dados dessas revisões ... incorporados"; "desse relatório" (that one) refers back
    ctx = MentionRules.newDocument();
    rules.find("Os municípios de Niterói e Barcarena publicaram Relatórios Locais Voluntários.", "2. Metodologia", "pt",
        "body", ctx);
    assertTrue(codes(rules.find("Dados dessas revisões sobre saneamento básico e mobilidade urbana foram sistematizados pelo "
        + "Ipea e incorporados às seções dos ODS 6 e 11 deste relatório.", "2. Metodologia", "pt", "body", ctx))
        .contains("integrated"));
    // "that review", "ambos informes" take the review back; a relative clause between the findings and their use
    ctx = MentionRules.newDocument();
    rules.find("Maseru City Council published a Voluntary Local Review in 2023.", "3.2 Stakeholder engagement", "en", "body",
        ctx);
    assertTrue(codes(rules.find("Findings of that review on access to piped water in the peri-urban wards of the capital, "
        + "where only 41 per cent of households are connected, have been incorporated into the analysis of SDG 6 in Chapter 5 "
        + "of this report.", "3.2 Stakeholder engagement", "en", "body", ctx)).contains("integrated"));
    ctx = MentionRules.newDocument();
    rules.find("Los municipios de Tarija y La Paz elaboraron informes locales voluntarios en 2023.", "2.1 Proceso", "es",
        "body", ctx);
    assertTrue(codes(rules.find("Los indicadores de ambos informes sobre cobertura de agua potable se incorporaron al análisis "
        + "del ODS 6 del presente Informe.", "2.1 Proceso", "es", "body", ctx)).contains("integrated"));
    // a note citing a review with the page it is taken from sources a figure; a pointer to read on does not
    assertTrue(noteTypes("en", "4.11 SDG 11", "12 Mbabane City Council, Voluntary Local Review of the Sustainable Development "
        + "Goals (2024), p. 37.", "footnote").contains("integrated"));
    assertTrue(noteTypes("en", "4.11 SDG 11", "23 Gaborone City Council (2024). Gaborone Voluntary Local Review 2024: Towards "
        + "an Inclusive Capital City. Gaborone: GCC, p. 41.", "footnote").contains("integrated"));
    assertFalse(noteTypes("pt", "ODS 11", "17 Sobre a gestão de resíduos sólidos urbanos na capital, ver o relatório local "
        + "voluntário de Maputo (2023), pp. 31–35.", "footnote").contains("integrated"));
    assertFalse(noteTypes("en", "4.11 SDG 11", "23 City of Cape Town (2023). Cape Town Voluntary Local Review 2023: Towards a "
        + "Resilient City.", "footnote").contains("integrated"));
    // in a box about a review, its figure used in a part of this report, in a sentence that does not name it again
    ctx = MentionRules.newDocument();
    rules.find("Box 4: Busia County's Voluntary Local Review (2023)", "4.6 SDG 6", "en", "box", ctx);
    assertTrue(codes(rules.find("Busia's review tracked 62 local indicators. It found that the share of households within 30 "
        + "minutes of an improved water source rose to 71 per cent, the figure used for the county comparison in Figure 4.6.2 "
        + "above.", "4.6 SDG 6", "en", "box", ctx)).contains("integrated"));
    ctx = MentionRules.newDocument();
    rules.find("Box 4: Busia County's Voluntary Local Review (2023)", "4.6 SDG 6", "en", "box", ctx);
    assertFalse(codes(rules.find("Busia's review tracked 62 local indicators across 11 Goals and was validated by the County "
        + "Assembly.", "4.6 SDG 6", "en", "box", ctx)).contains("integrated"));
    // reviews yet to be made past a short aside, or after a condition reaching its verb past the subject
    assertFalse(in("Le Gouvernement encouragera les communes qui le souhaitent à élaborer, à partir de 2026, leurs propres "
        + "examens locaux volontaires.", "fr", "body").contains("cited"));
    assertFalse(in("A Câmara Distrital de Água Grande manifestou interesse em elaborar, futuramente, um Relatório Local "
        + "Voluntário.", "pt", "body").contains("cited"));
    assertFalse(in("O Governo pretende apoiar, até 2027, a elaboração de revisões locais voluntárias em todos os municípios.",
        "pt", "body").contains("cited"));
    assertFalse(in("Si un mayor número de municipios elaborara informes locales voluntarios, el CNCPS podría incorporar sus "
        + "datos.", "es", "body").contains("cited"));
    assertFalse(in("Banjul City Council has announced its intention to prepare a Voluntary Local Review in 2026.", "en", "body")
        .contains("cited"));
    // a review that only might be considered; not one that exists and might be used
    assertFalse(in("Une Revue locale volontaire de la ville de Bangui pourrait être envisagée, avec l'appui d'ONU-Habitat.",
        "fr", "body").contains("cited"));
    assertTrue(in("The Voluntary Local Review of Suva could be used as a model by other municipal councils.", "en", "body")
        .contains("cited"));
    // a negated subject denies the making of the review past a few words
    assertFalse(in("Hasta la fecha ningún municipio cubano ha elaborado un Informe Local Voluntario.", "es", "body")
        .contains("cited"));
    assertTrue(in("Ningún municipio fue consultado, pero Santa Clara publicó su Informe Local Voluntario en 2024.", "es",
        "body").contains("cited"));
  }

  @org.junit.jupiter.api.Test
  void round28ActorsAndOtherReviews() {
    // "n°" is no elided negation
    assertTrue(in("Les conseils régionaux, institués par la loi organique n° 2018-010, ont été consultés par écrit sur le "
        + "projet de rapport.", "fr", "body").contains("lrg"));
    // an election in an aside about the councils does not make the sentence a vote
    assertTrue(in("Les conseils régionaux et les conseils de district, installés à l'issue des élections de 2024, ont été "
        + "associés à la validation du rapport.", "fr", "body").contains("lrg"));
    assertFalse(in("Lors des élections municipales de 2024, les conseils régionaux ont perdu 12 sièges.", "fr", "body")
        .contains("lrg"));
    // a name spelled by its acronym past "pour": a fund's name, no government taking part
    assertFalse(in("Les résultats conditionnent l'allocation du Fonds permanent pour le développement des collectivités "
        + "territoriales (FPDCT).", "fr", "body").contains("lrg"));
    // provincial governments, intermunicipal consortia; plans mapped against the Goals
    assertTrue(in("Chacun des 26 gouvernements provinciaux a désigné un point focal ODD.", "fr", "body").contains("lrg"));
    assertTrue(in("O Consórcio Intermunicipal Grande ABC organizou oficinas regionais de escuta.", "pt", "body")
        .contains("lrg"));
    assertTrue(in("The Western, Southern and Uva Provincial Councils revised their development plans to map each programme "
        + "against the SDG targets.", "en", "body").contains("lrg"));
    // a panel named after local government, a parliamentary committee named after local power
    assertFalse(in("Box 7. The Local Government Review Panel and the reform of the municipal corporations", "en", "box")
        .contains("lrg"));
    assertFalse(in("A versão preliminar foi apresentada à Comissão de Poder Local e Coesão Territorial da Assembleia da "
        + "República.", "pt", "body").contains("lrg"));
    // a local review of something else, even by local governments
    assertFalse(in("O Consórcio Intermunicipal de Saúde realiza anualmente uma revisão local dos contratos de prestação de "
        + "serviços.", "pt", "body").contains("cited"));
    // a "local review" a body of the State carries out is an audit, not a review of the Goals
    assertFalse(in("The County Service Centres were subjected to a local review by the Governance Commission in 2023.", "en",
        "body").contains("cited"));
    assertFalse(in("La Revisión Local de Compras Públicas realizada por la Oficina Nacional de Contrataciones evaluó 48 "
        + "municipios.", "es", "body").contains("cited"));
    assertFalse(in("The Office of the Auditor-General carried out a local review of county procurement practices covering "
        + "21 counties.", "en", "body").contains("cited"));
  }

  @org.junit.jupiter.api.Test
  void round28Evidence() {
    // a Portuguese pronoun joined to its verb is a word of its own: "utilizaram-se os dados"
    assertTrue(in("Para o município de Barcarena, utilizaram-se os dados de cobertura de esgotamento sanitário apresentados no "
        + "seu Relatório Local Voluntário de 2021.", "pt", "body").contains("integrated"));
    // the analysis resorts to the review's data
    assertTrue(in("A análise da meta 11.2 recorre aos dados do Relatório Local Voluntário de Cascais (2024).", "pt", "body")
        .contains("integrated"));
    // "according to" what follows it, not a review named before it; a relative after it takes the review back
    assertFalse(in("Deux provinces ont élaboré une Revue volontaire provinciale (RVP) des ODD, selon le canevas des examens "
        + "nationaux volontaires proposé par le Secrétariat général.", "fr", "body").contains("integrated"));
    assertTrue(in("Les tableaux du présent rapport reprennent les chiffres de la revue locale volontaire de Djibouti (2022), "
        + "selon lesquels 37 % des ménages dépendent de bornes-fontaines.", "fr", "body").contains("integrated"));
    // what a review was made from is its own source
    assertFalse(in("El Informe Local Voluntario de Santa Rosa de Copán (2024) se basó en los datos del Sistema de "
        + "Estadísticas Educativas para estimar la tasa neta de matrícula.", "es", "body").contains("integrated"));
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Pokhara and Dhulikhel each published a Voluntary Local Review in 2024.", "2.2 Methodology", "en", "body", ctx);
    assertFalse(codes(rules.find("Both reviews were compiled from ward-level tables of the 2021 Census, which the National "
        + "Statistics Office provided to the two municipalities.", "2.2 Methodology", "en", "body", ctx))
        .contains("integrated"));
    // a regional review of an organisation of states named by its acronym
    assertFalse(in("Les constats de l'examen régional volontaire de la SADC (2024) ont été repris dans l'analyse de la cible "
        + "2.1.", "fr", "body").contains("cited"));
  }

  @org.junit.jupiter.api.Test
  void round28TablesHeadingsAndSources() {
    // a reliance cue whose object is something else, the review opening the next clause
    assertFalse(in("Com base em 41 indicadores, o Relatório Local Voluntário de Quelimane mostra que a cobertura de "
        + "saneamento passou de 32 % para 47 %.", "pt", "box").contains("integrated"));
    assertTrue(in("The estimate relies on figures that Malmö, Uppsala and Helsingborg reported in their voluntary local "
        + "reviews.", "en", "body").contains("integrated"));
    // a source the review used too is no review as the source
    assertFalse(noteTypes("es", "ODS 11", "Gráfica 11.3. Viajes diarios. Fuente: elaboración propia con base en la Encuesta "
        + "Origen-Destino (INEGI), fuente utilizada también por la Revisión Local Voluntaria de la Ciudad de México 2021.",
        "caption").contains("integrated"));
    // an annex listing references cites the reviews in it
    assertFalse(noteTypes("en", "Annex 2. Bibliography", "City of Windhoek (2024). Windhoek Voluntary Local Review: "
        + "Localising the SDGs.", "annex").contains("annexed"));
    assertTrue(noteTypes("en", "Annex 2. Voluntary Local Reviews", "City of Windhoek (2024). Windhoek Voluntary Local "
        + "Review: Localising the SDGs.", "annex").contains("annexed"));
    // a heading that opens a section of one review
    assertTrue(noteTypes("pt", "5. Localização dos ODS", "5.2 O Relatório Local Voluntário da Matola (2023)", "heading")
        .contains("featured"));
    assertFalse(noteTypes("pt", "5. Localização dos ODS", "5.2 Os Relatórios Locais Voluntários", "heading")
        .contains("featured"));
    // rows of a table titled with reviews: what a cell says of each
    assertTrue(noteTypes("pt", "Tabela A3. Relatórios Locais Voluntários considerados neste RNV", "Nampula | 2023 | ODS 1, 6 "
        + "e 11 | Dados de saneamento utilizados no capítulo do ODS 6", "table").contains("integrated"));
    assertTrue(noteTypes("fr", "Tableau 9 : Rapports infranationaux de suivi des ODS", "Mwali | Rapport insulaire de suivi "
        + "des ODS 2024 | ODS 3, 4 et 6 | Joint en annexe 4", "table").contains("annexed"));
    assertFalse(noteTypes("pt", "Tabela A3. Relatórios Locais Voluntários considerados neste RNV", "Nampula | 2023 | ODS 1, "
        + "6 e 11", "table").contains("integrated"));
    // a review's key messages inform a chapter; its indicators compared with the national targets
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("The Federation of Local Government Authorities prepared the country's first Voluntary Subnational Review in "
        + "2024.", "6. Means of implementation", "en", "body", ctx);
    assertTrue(codes(rules.find("Its key messages on fiscal transfers informed the recommendations of this chapter.",
        "6. Means of implementation", "en", "body", ctx)).contains("integrated"));
    assertTrue(in("Os indicadores dos Relatórios Locais Voluntários de Lisboa e Cascais foram comparados com as metas "
        + "nacionais no capítulo 4.", "pt", "body").contains("integrated"));
    // "comparable" is no comparing
    ctx = MentionRules.newDocument();
    rules.find("Deux communes ont publié des revues locales volontaires en 2023.", "2. Méthodologie", "fr", "body", ctx);
    assertFalse(codes(rules.find("Ces deux rapports n'ont toutefois pas pu être exploités dans la présente revue, faute de "
        + "données comparables à celles de l'Institut national de la statistique.", "2. Méthodologie", "fr", "body", ctx))
        .contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void round28Denials() {
    // "for lack of" denies what follows it: the Goals' focal points the communes lack are no involvement
    assertFalse(in("Lors de la collecte des données, les collectivités locales n'ont pas été formellement consultées, faute "
        + "de points focaux ODD au sein des mairies.", "fr", "body").contains("lrg"));
    // a passage denying local governments' part takes none from its heading
    assertFalse(noteTypes("es", "3.2 Participación de los gobiernos locales", "No obstante, los concejos municipales no "
        + "fueron convocados a la validación del presente informe.", "body").contains("lrg"));
    assertTrue(noteTypes("es", "3.2 Participación de los gobiernos locales", "La validación del presente informe se realizó "
        + "en cinco talleres regionales.", "body").contains("lrg"));
  }

  @org.junit.jupiter.api.Test
  void round28ReviewFindingsStayFixed() {
    // a local government's own office carrying out its review is no State audit
    assertTrue(in("El informe local de Rosario, elaborado por la Secretaría de Planeamiento de la Municipalidad, abarca 12 "
        + "ODS.", "es", "body").contains("cited"));
    assertTrue(in("L'examen local de Dakar, réalisé par la Direction de la planification de la Ville, couvre 12 ODD.", "fr",
        "body").contains("cited"));
    assertTrue(in("El informe ODS de Medellín, elaborado por el Departamento Administrativo de Planeación, fue presentado en "
        + "2022.", "es", "body").contains("cited"));
    // "could be considered" a good practice is a review that exists
    assertTrue(in("La revue locale volontaire de Dakar pourrait être considérée comme une bonne pratique pour d'autres "
        + "communes.", "fr", "body").contains("cited"));
    assertFalse(in("A Voluntary Local Review of Suva could also be prepared with UN-Habitat support.", "en", "body")
        .contains("cited"));
    // a making in an aside or with a date is no making-from
    assertTrue(in("El Informe Local Voluntario de Mérida, elaborado en 2022, aportó los datos de cobertura de agua utilizados "
        + "en el capítulo del ODS 6.", "es", "body").contains("integrated"));
    // "that report", "ambos informes" after another document of the sentence are that document
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Kisumu published a Voluntary Local Review in 2023.", "Chapter 8", "en", "body", ctx);
    assertFalse(codes(rules.find("Kenya presented its second VNR in 2020; the recommendations of that review were used to "
        + "design this process.", "Chapter 8", "en", "body", ctx)).contains("integrated"));
    ctx = MentionRules.newDocument();
    rules.find("Montevideo y Canelones publicaron informes locales voluntarios.", "Capítulo 4", "es", "body", ctx);
    assertFalse(codes(rules.find("El INE publicó dos informes sectoriales; los datos de ambos informes se incorporaron al "
        + "capítulo 4 del presente Informe.", "Capítulo 4", "es", "body", ctx)).contains("integrated"));
    // resorting to support to make a review, or appealing, is no reliance on it
    assertFalse(in("O município de Cascais recorreu ao apoio técnico do PNUD para elaborar o seu Relatório Local Voluntário.",
        "pt", "body").contains("integrated"));
    assertFalse(in("A Câmara Municipal de Cascais recorreu da decisão do tribunal sobre o seu Relatório Local Voluntário.",
        "pt", "body").contains("integrated"));
    // a comparison is a use only where this report places it
    assertFalse(in("The Voluntary Local Review of Kisumu compares local indicators with national targets.", "en", "body")
        .contains("integrated"));
    // a page of another document, or a note on a topic, sources nothing
    assertFalse(noteTypes("en", "4.11 SDG 11", "14 The Kisumu Voluntary Local Review was presented at the HLPF in July 2023 "
        + "(UN DESA, 2023, p. 12).", "footnote").contains("integrated"));
    assertFalse(noteTypes("en", "4.11 SDG 11", "15 On the participatory process followed, Kisumu County Government (2023), "
        + "Voluntary Local Review, pp. 8-10.", "footnote").contains("integrated"));
    // a region's acronym is no organisation of states
    assertTrue(in("La Revisión Regional Voluntaria del AMBA (2023) fue elaborada por los municipios del conurbano.", "es",
        "body").contains("cited"));
    // exceptions and other nouns after a negator; "si bien" and a past making after "si"
    assertTrue(in("Ningún municipio salvo Montevideo ha elaborado un Informe Local Voluntario.", "es", "body")
        .contains("cited"));
    assertTrue(in("With no external funding Kisumu prepared its own Voluntary Local Review in 2023.", "en", "body")
        .contains("cited"));
    assertTrue(in("Si bien la Intendencia de Montevideo elaboró su Informe Local Voluntario en 2020, la coordinación sigue "
        + "siendo limitada.", "es", "body").contains("cited"));
    assertTrue(in("Si la ville de Dakar a élaboré sa revue locale volontaire en 2022, peu de communes ont suivi son exemple.",
        "fr", "body").contains("cited"));
    // a heading towards a review still to make opens no section about it
    assertFalse(noteTypes("en", "5. Localisation", "5.3 Towards a Voluntary Local Review of Kisumu", "heading")
        .contains("featured"));
    // in a box, the review's own use of national data is not this report's use of the review
    ctx = MentionRules.newDocument();
    rules.find("Recuadro 3. El Informe Local Voluntario de Mérida (2022)", "ODS 6", "es", "box", ctx);
    assertFalse(codes(rules.find("El informe utilizó los datos del Censo 2020 que se presentan en el capítulo 4 de este "
        + "Informe.", "ODS 6", "es", "box", ctx)).contains("integrated"));
    // a table row of a national source under a title naming reviews and sources
    assertFalse(noteTypes("en", "Table A3. Voluntary Local Reviews and national data sources", "National Census 2019 | KNBS "
        + "| Data used in Chapter 4", "table").contains("integrated"));
    // an election in an aside about when, not how the councils came to be
    assertFalse(in("Les conseils régionaux, à l'issue des élections de 2024, ont perdu 12 sièges.", "fr", "body")
        .contains("lrg"));
    // a panel of local governments
    assertTrue(in("A local government panel was convened to review the draft VNR.", "en", "body").contains("lrg"));
    // an annex of references that also names reviews
    assertTrue(noteTypes("en", "Annex 2. References and Voluntary Local Reviews", "City of Windhoek (2024). Windhoek "
        + "Voluntary Local Review.", "annex").contains("annexed"));
  }

  @org.junit.jupiter.api.Test
  void round28SecondReviewFindingsStayFixed() {
    // "these reviews" after this report's own name still take the reviews back
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Kisumu and Mombasa published Voluntary Local Reviews in 2023.", "Chapter 6", "en", "body", ctx);
    assertTrue(codes(rules.find("For this VNR, the findings of these reviews were used in the chapters on SDG 6 and SDG 11.",
        "Chapter 6", "en", "body", ctx)).contains("integrated"));
    ctx = MentionRules.newDocument();
    rules.find("Kisumu published its first Voluntary Local Review in 2023.", "Chapter 6", "en", "body", ctx);
    assertTrue(codes(rules.find("That report's findings on water access were used in Chapter 6.", "Chapter 6", "en", "body",
        ctx)).contains("integrated"));
    // a participle before the review is no making of it; "bebe das conclusões"
    assertTrue(in("The chapter on SDG 6 draws on the recently published Voluntary Local Review of Kisumu.", "en", "body")
        .contains("integrated"));
    assertTrue(in("Este capítulo bebe das conclusões do Relatório Local Voluntário de Quelimane.", "pt", "body")
        .contains("integrated"));
    // an exception before the negator; a longer subject
    assertTrue(in("With the exception of Kisumu, no county has yet prepared a Voluntary Local Review.", "en", "body")
        .contains("cited"));
    assertFalse(in("No local government in Fiji has so far prepared a Voluntary Local Review.", "en", "body")
        .contains("cited"));
    // headings about a review that exists open its section; a section towards one features none
    assertTrue(noteTypes("es", "5. Localización", "5.3 Elaboración del Informe Local Voluntario de Mérida (2022)", "heading")
        .contains("featured"));
    assertTrue(noteTypes("fr", "5. Localisation", "5.3 Pour une revue locale volontaire de Dakar", "heading").contains("cited")
        && !noteTypes("fr", "5. Localisation", "5.3 Pour une revue locale volontaire de Dakar", "heading")
            .contains("featured"));
    assertFalse(noteTypes("en", "5.3 Towards a Voluntary Local Review of Kisumu", "Kisumu County plans to prepare its first "
        + "review in 2025.", "body").contains("featured"));
    // a ministry of local government is the State's
    assertFalse(in("A local review conducted by the Ministry of Local Government found weaknesses in county procurement.",
        "en", "body").contains("cited"));
    // councils taking part after an aside of when
    assertTrue(in("The county assemblies, following the 2022 elections, took part in the validation workshops for this "
        + "report.", "en", "body").contains("lrg"));
    // a review's own sources, past a number or a comma
    assertFalse(in("El Informe Local Voluntario de Mérida se basó en 45 indicadores locales.", "es", "body")
        .contains("integrated"));
    assertFalse(in("The Voluntary Local Review of Kisumu, compiled from county administrative data, covers 12 SDGs.", "en",
        "body").contains("integrated"));
    // a review considered for a later cycle is still to come; one considered a model exists
    assertFalse(in("Une revue locale volontaire de Thiès pourrait être considérée lors du prochain cycle.", "fr", "body")
        .contains("cited"));
    // the VNR's comparisons
    assertTrue(in("Data from the Voluntary Local Reviews of Kisumu and Mombasa were compared with national averages for SDG "
        + "6.", "en", "body").contains("integrated"));
    // rows naming the place with its year, or a capital called "Nacional"
    assertTrue(noteTypes("es", "Cuadro A3. Informes Locales Voluntarios utilizados en este Informe", "Distrito Nacional | "
        + "2023 | ODS 6 y 11 | Datos de agua utilizados en el capítulo 6", "table").contains("integrated"));
    // a note's own page in brackets; a topic closed by a colon names what the source is for
    assertTrue(noteTypes("fr", "ODD 6", "9 Ville de Dakar (2022), Revue locale volontaire (p. 33).", "footnote")
        .contains("integrated"));
    assertTrue(noteTypes("en", "SDG 6", "14 For Kisumu: Kisumu County Government (2023), Voluntary Local Review, p. 41.",
        "footnote").contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void batches47To52Mechanisms() {
    // an inverted condition opening the sentence (not "were" elsewhere: "Also represented ... were municipalities")
    assertFalse(in("Should aimags decide in future to prepare voluntary local reviews of their own, the Agency would provide "
        + "guidance.", "en", "body").contains("cited"));
    assertTrue(in("Also represented in the VNR steering committee were municipalities, civil society organisations and "
        + "academia.", "en", "body").contains("lrg"));
    // a negator before one review does not deny another of the sentence
    assertTrue(in("No VLR was annexed to this report; however, data from the Voluntary Local Review of Kisumu were used for "
        + "Goal 6.", "en", "body").contains("integrated"));
    // a local review of an English compound ("district unit plans") is of something else; not of governments
    assertFalse(in("Each city operates an urban planning committee that conducts a local review of district unit plans "
        + "before approval.", "en", "body").contains("cited"));
    assertTrue(in("Two local reviews of municipal councils, in Accra and Kumasi, informed the analysis of Goal 11.", "en",
        "body").contains("cited"));
    // what was used for the review's own making is its source (in a box about it; not the VNR's own making)
    assertTrue(in("For its preparation, the VNR secretariat used the findings that Kisumu and Busia reported in their "
        + "Voluntary Local Reviews.", "en", "body").contains("integrated"));
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find("Recuadro 5. El Informe Local Voluntario de Iztapalapa (2023)", "ODS 11", "es", "box", ctx);
    assertFalse(codes(rules.find("Para su elaboración se emplearon datos del Censo de Población y Vivienda 2020 del INEGI.",
        "ODS 11", "es", "box", ctx)).contains("integrated"));
    // a governorate's SDG report, a word between the Goals and the report
    assertTrue(noteTypes("en", "5.1 Goal 1", "Sohag | Multidimensional poverty: 47.1 % | Source: Sohag Governorate SDG "
        + "Localization Report 2024", "table").contains("integrated"));
    // an index or an audit report on the Goals is no review
    assertFalse(in("Data from the North Eastern Region District SDG Index Report 2021-22, prepared by NITI Aayog, were used "
        + "for Goal 3.", "en", "body").contains("cited"));
    // a statistics agency next to an annex cue is no statistical annex
    assertTrue(in("La Revue locale volontaire de Bangui, réalisée avec l'Institut centrafricain de la statistique, est "
        + "annexée au présent rapport.", "fr", "body").contains("annexed"));
    // data used in a statistical annex do not annex the reviews
    ctx = MentionRules.newDocument();
    rules.find("Each governorate issued a Governorate SDG Localization Report in 2024.", "Chapter 4", "en", "body", ctx);
    assertFalse(codes(rules.find("The 2024 editions of these reports supplied most of the figures used in Chapter 5 and in "
        + "the Statistical Annex.", "Chapter 4", "en", "body", ctx)).contains("annexed"));
    // municipal leagues and umbrella organisations, regional democratic councils
    assertTrue(in("Written inputs were received from the National Municipal League of Thailand.", "en", "body")
        .contains("lrg"));
    assertTrue(in("The Regional Democratic Councils convened stakeholder sessions and submitted regional inputs.", "en",
        "body").contains("lrg"));
    // the VNR named in another word order is no local review
    assertFalse(in("Los puntos focales participaron en los talleres de preparación del presente Informe Voluntario "
        + "Nacional.", "es", "body").contains("cited"));
    // "ce rapport" may be the VNR itself: no reference back
    MentionRules.Context ctx2 = MentionRules.newDocument();
    rules.find("En 2022, la ville de Dakar a publié sa Revue locale volontaire.", "1.2 Processus", "fr", "body", ctx2);
    assertFalse(codes(rules.find("Les données utilisées dans ce rapport pour l'ODD 6 proviennent de l'Agence nationale de "
        + "la statistique.", "1.2 Processus", "fr", "body", ctx2)).contains("integrated"));
  }

  @org.junit.jupiter.api.Test
  void twoLevelsJoinedByAndMakeOneComposedReviewName() {
    assertTrue(in("Annex 4. Summaries of the voluntary local and regional reviews of Uppsala and Malmö", "en", "annex")
        .contains("cited"));
    assertTrue(in("Anexo III – Revisões locais e subnacionais voluntárias: Estado da Bahia (2022); Recife (2024)", "pt",
        "annex").contains("cited"));
    assertTrue(in("Les examens locaux et régionaux volontaires de Dakar et de Thiès ont été publiés en 2024.", "fr", "body")
        .contains("cited"));
    // not two levels and no voluntary word: "local and regional development plans", "voluntary local and national"
    assertFalse(in("The voluntary contributions of local and regional governments were reviewed.", "en", "body")
        .contains("cited"));
    assertFalse(in("Los planes locales y regionales fueron revisados en 2023.", "es", "body").contains("cited"));
  }
}
