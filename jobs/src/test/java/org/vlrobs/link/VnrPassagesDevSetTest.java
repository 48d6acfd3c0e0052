package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;
import org.vlrobs.metadata.LocalityGazetteer;

/**
 * Regression over the labelled VNR passages of {@code data/eval/vnr-passages.csv} (batches written before the rules
 * were changed for them, scored at first sight in data/README.md, then revised on: a development set; gazetteer and
 * patterns only, no NER). Every passage's mention types as labelled, except the known misses listed here (each a
 * limitation stated in the README), and the scores per flag at least as good as at this revision.
 */
class VnrPassagesDevSetTest {
  /** Batches the rules were revised on: held to the labels here. */
  private static final Set<String> REVISED_ON = Set.of("b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12", "b13", "b14", "b15",
      "b16", "b17", "b18", "b19", "b20", "b21", "b22", "b23", "b24", "b25", "b26", "b27", "b28", "b29", "b30", "b31", "b32",
      "b33", "b34", "b35", "b36", "b37", "b38", "b39", "b40", "b41", "b42", "b43", "b44", "b45", "b46", "b47", "b48", "b49", "b50", "b51", "b52",
      "b53", "b54", "b55");
  /**
   * Batches kept as they were scored at first sight (data/README.md), not yet revised on: a test set, scored by
   * {@code bin/vlr eval mentions}, not held here. A new batch is declared here or in {@link #REVISED_ON}.
   */
  private static final Set<String> FIRST_SIGHT = Set.of("b56", "b57", "b58", "b59", "b60", "b61", "b62", "b63",
      "b64");

  /**
   * Passages whose types the link stage does not get right today, with why (the rules, or the involvement model on
   * lrg, which is trained on these passages: its misses here are passages it does not fit).
   */
  private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
      Map.entry("b19-14", "'the city's progress report described in Box 4.1': a review called a progress report and "
          + "named by its place word only"),
      Map.entry("b19-42", "'Plusieurs communes urbaines ont en outre entrepris de rendre compte de leurs progrès : "
          + "Ouagadougou ...': a few governments then named are the reviews' authors (batch 17); the writer reads "
          + "the class as involved"),
      Map.entry("b19-45", "an annex title naming the communes' reviews '(textes intégraux transmis par l'AMBF)': "
          + "the association forwarding them read as involved"),
      Map.entry("b29-04", "'taken directly from the report's annex': the review's own annex read as an annex of "
          + "reviews"),
      Map.entry("b29-18", "'Regional development plans adopted by the akimats': akimats are the State's local "
          + "executive (country knowledge)"),
      Map.entry("b29-67", "Chinese '该报告 ... 共采用62项本地指标': the review's own use of indicators read as use by the VNR"),
      Map.entry("b30-18", "'has agreed with the self-government side that the Commission will discuss progress': "
          + "'the self-government side' is no actor of the lexicon"),
      Map.entry("b30-68", "Japanese '推計値を表15-2に引用し': 推計値 (estimates) is no evidence object of the lexicon"),
      Map.entry("b30-70", "Japanese annex '付属資料3 ... 別冊として ... 全文を ... 公表する': 付属資料 and 別冊 are no annex words, and "
          + "'地方公共団体による' before an unlisted review name reads as an actor"),
      Map.entry("b31-11", "the writer of batch 31 flags lrg for the district office that prepared the review "
          + "('Elaborado por la Secretaría Distrital de Planeación'); the labels revised on do not"),
      Map.entry("b31-22", "Chinese: a county's report named by its title '《德清践行2030年可持续发展议程进展报告》' is not read as a "
          + "review"),
      Map.entry("b31-67", "Chinese '推动有条件的城市探索编制自愿地方审查报告': a review yet to be made; prospective cues are read in "
          + "en, es, fr and pt only"),
      Map.entry("b34-26", "box title 'A experiência de Quelimane na monitoria local dos ODS': a review named by its "
          + "place and 'monitoring of the SDGs', before the review's name appears"),
      Map.entry("b34-49", "'Annexe 2 : Contributions des Régions et des Communautés': an annex of governments' "
          + "contributions is one of their reviews (the convention of batch 13); the writer does not count it"),
      Map.entry("b34-50", "'Rapport sur les progrès de la Wallonie vers les ODD' (IWEPS): a region's report with "
          + "its place in the middle of its title"),
      Map.entry("b34-70", "box title 'Fianarantsoa, première commune malgache à rendre compte de ses progrès vers "
          + "les ODD': a review named by reporting on the Goals, not by a review word"),
      Map.entry("b35-36", "'Niterói alinhou 186 das 214 metas do seu plano estratégico ... às metas dos ODS': a "
          + "named city acting, not a class (the convention of es-01)"),
      Map.entry("b13-42", "under an annex of named cities' reports, 'publiée par chacune des villes' read as a class of cities "
          + "publishing reviews"),
      Map.entry("b14-18", "'the SDG Status and Roadmap report published by the Gandaki Province': a report on the Goals whose "
          + "level word is in its publisher, not its name"),
      Map.entry("b14-47", "'la Fédération nationale des villes tunisiennes a siégé au comité de pilotage' in a sentence that also "
          + "names the municipal elections: an election word anywhere in the sentence blocks lrg"),
      Map.entry("b14-56", "'segundo levantamento da CNM, 47 municípios ... publicaram relatórios': the survey is the source, read "
          + "as the reviews being one"),
      Map.entry("b15-11", "an annex of reviews worded 'reproduced in Annex 3' after the named reviews: the annex cue is past the "
          + "sentence that names them"),
      Map.entry("b15-52", "an annex heading on regional councils' contributions is an annex of their reviews by the convention of "
          + "batch 9 (contribution-words); this writer labels it lrg only"),
      Map.entry("b15-62", "'relatório de progresso municipal' in a table row: no voluntary or goal word, so not a "
          + "review name"),
      Map.entry("b5-10", "'This part presents summaries of the reviews' under 'Part III': a part of the VNR is not "
          + "an annex heading"),
      Map.entry("b7-45", "'Cuadro 11.2 Indicadores seleccionados de las Revisiones Locales ...' with values used 'como referencia': "
          + "a table of review data read as a box about the reviews, not as integration"),
      Map.entry("b9-03", "'Adopted by the Council in March 2024, the review tracks 52 indicators ...' in the box about Suva's "
          + "review: the review's own indicators, described, are read as evidence this report took from it"),
      Map.entry("b9-30", "'Elaborada por el Gobierno Autónomo Municipal ..., abarca 12 ODS' continues the box about Santa Cruz's "
          + "review with its subject left implicit: no word refers back to the review, so neither cited nor featured"),
      Map.entry("b11-03", "'Two local governments have nevertheless assessed their own progress', named in the next sentence: "
          + "a count of named governments before their names is read as a class"),
      Map.entry("b12-07", "'The devolved administrations in Scotland, Wales and Northern Ireland co-drafted the chapters': "
          + "devolved administrations are not in the actor lexicon, because the sample UK VNR (level 0 by its hand labels, "
          + "data/sample/linkage-truth.json) lists them among its sources of evidence; which convention holds is open"),
      Map.entry("b7-67", "reviews 'enviados pelos municípios de Cascais, Loulé e Maia' and 'remetida pelas respetivas câmaras "
          + "municipais': labelled lrg when batch 7 was written; batch 17 labels the same wording (b17-70) not lrg, as named "
          + "governments sending their own reviews; the rules follow the later, stated convention"),
      Map.entry("b16-17", "inside a box, 'its results are now used to prioritise items in the city's dual budget': the city "
          + "uses its review, read as the VNR using it"),
      Map.entry("b16-25", "'The provincial SDG Units housed in the Planning and Development Departments of Punjab, Sindh ...': "
          + "provincial governments named through their units and departments, no actor word"),
      Map.entry("b16-70", "'VLR. PREVISTO (R$ mi)' in a table: the sentence splitter ends the sentence at 'VLR.', so the "
          + "abbreviation test never sees the capitals after it"),
      Map.entry("b17-02", "councils run by Special Administrators appointed by the Minister, mapping their by-laws against the "
          + "SDG targets at the Ministry's workshop: the writer counts the councils as taking part (marked unsure); no "
          + "actor with a cue is read"),
      Map.entry("b17-04", "inside a box, '19 of which the Council compiled for the first time': the review's own indicators read "
          + "as a joint process"),
      Map.entry("b17-45", "'ont réalisé leur propre bilan selon la démarche onusienne : la Communauté urbaine de Douala, dont la "
          + "revue ...': 'selon' (according to) has an approach as its object, read as attributing to the review"),
      Map.entry("b18-15", "'Åland Development and Sustainability Agenda: progress report on the 2030 Agenda' reproduced in an annex: "
          + "a region's progress report on the Agenda named without a level word is no review name"),
      Map.entry("b20-23", "a figure's data line names the review only by its title in the national language, given earlier in "
          + "the document"),
      Map.entry("b20-70", "Japanese: local governments as recipients of grants in a central budget review (行政事業レビュー)"),
      Map.entry("b21-04", "'a further 34 had adopted local SDG indicator sets': local governments adopting indicators read as the "
          + "VNR using a review's evidence"),
      Map.entry("b21-28", "'Con el acompañamiento de ... la AMHON, dos gobiernos locales ...: la Municipalidad de X y la "
          + "Municipalidad de Y presentaron sus ILV': the association supporting two named reviews read as lrg"),
      Map.entry("b21-51", "'soumis aux conseils régionaux ...: ceux de Sfax ... ont transmis des observations': the verb is given "
          + "to a pronoun after the colon, not to the councils"),
      Map.entry("b21-60", "Angola: an annex list of provincial governments and municipal administrations (organs of the State "
          + "there) read as local governments"),
      Map.entry("b21-66", "Chinese: provinces inspected by a central inspection team read as actors"),
      Map.entry("b21-69", "Chinese: '采用了该报告的测算结果' (used the report's estimates) in a box body not read as use"),
      Map.entry("b22-14", "'Statistics Botswana advised against using these estimates': 'against' is no negation"),
      Map.entry("b22-67", "Japanese: '地方公共団体からの個別の意見聴取は行っていない' (no hearing of local governments was held): "
          + "the negated verb is not read"),
      Map.entry("b22-70", "Japanese: '自治体レベルの事例データ' (municipality-level case data) read as local governments acting"),
      Map.entry("b24-32", "'una revisión local previa a cargo de los comités evaluadores' of procurement read as a local review, "
          + "and territorial entities as contracting parties read as acting"),
      Map.entry("b24-45", "in a box, 'Les mesures ... qu'il présente ont été reprises ... dans l'analyse de la cible 14.2 du "
          + "présent rapport (graphique 14.3)': the cue and the chart are 15 tokens apart, past the window"),
      Map.entry("b25-63", "a box title 'como as câmaras acompanham os seus planos': 'câmaras' alone (municipal chambers) is no "
          + "actor, as it also names parliaments and chambers of commerce"),
      Map.entry("b25-68", "Chinese box body: '该报告 ... 采用了近百项本地指标' (the report adopted about a hundred local "
          + "indicators): the review's own use read as the VNR's"),
      Map.entry("b25-70", "Chinese source line: a baseline '引自《德清践行2030年可持续发展议程进展报告》': a county's progress "
          + "report on the Agenda named without a review name the lexicon knows"),
      Map.entry("b26-18", "'the annual Dutch SDG Reports': a nationality adjective read as a place before a report "
          + "on the Goals"),
      Map.entry("b26-19", "'briefed on its main findings' after the false citation of b26-18: 'its findings' refer to the VNR's "
          + "draft, read as the review's, and 'provided data' as evidence"),
      Map.entry("b23-03", "'63 newly elected Mayors of Municipal Councils and Chairpersons of Urban Councils and Pradeshiya "
          + "Sabhas' validating a chapter: elected heads named by their titles, after 'elections'"),
      Map.entry("b23-20", "'Scottish local government has been active in taking the Goals to the local level' before two named "
          + "councils' reviews: read as a class, the writer counts the named ones only"),
      Map.entry("b23-22", "in a box, the review 'drawing on the Scottish Index of Multiple Deprivation ... data': the review "
          + "using data read as the VNR using the review's"),
      Map.entry("b23-35", "'la AChM y la AMUCH aplicaron conjuntamente una encuesta': two associations acting jointly read as a "
          + "joint process with the review"),
      Map.entry("b23-63", "'um relatório de progresso dos ODS para o município' prepared by a municipal authority: a city's "
          + "SDG progress report in words the review names do not hold"),
      Map.entry("b27-11", "feedback from 'the Gups, Mangmis and Thrompons' (Bhutan's elected local heads): titles known only "
          + "from the country"),
      Map.entry("b28-68", "'小規模自治体の参考値' (a reference value for small municipalities): Japanese actors are matched on "
          + "their characters, without their role in the sentence"),
      Map.entry("b18-46", "'République et canton de Genève – Rapport de suivi de l'Agenda 2030 cantonal 2023': the level word "
          + "comes after the Agenda, where a composed review name does not look for it"),
      Map.entry("b7-60", "'Le Gouvernement accompagnera les régions qui souhaitent réaliser une revue locale volontaire': "
          + "labelled under the first batches' reading (a review yet to be made is cited, those who may make it "
          + "involved); batches 32-37 and the issue's trap 'cities with no review' read it as no review"),
      Map.entry("b12-17", "'a single timetable for the national review and for cantonal and municipal reviews': reviews named by "
          + "their level without 'voluntary' are not review names, so 'The reviews of Vaud, Zurich ...' that follow are not read"),
      Map.entry("b7-44", "'Para el próximo ciclo se promoverá que los gobiernos provinciales elaboren sus propios Informes "
          + "Locales Voluntarios': labelled under the first batches' reading (governments that are to make "
          + "reviews are involved, the reviews cited); an intention opening the sentence now makes their part "
          + "planned and the reviews yet to be made (batches 32-40)"),
      Map.entry("b9-18", "'Ahead of the 2027 review, the Standing Conference of Towns and Municipalities will pilot voluntary "
          + "local reviews': labelled under the first batches' reading of planned involvement (see b7-44)"),
      Map.entry("b9-57", "'Pretende-se que o próximo relatório nacional inclua ... as revisões locais voluntárias que os "
          + "municípios venham a preparar': planned involvement, labelled under the first batches' reading (see "
          + "b7-44)"),
      Map.entry("b32-06", "'the Tobago House of Assembly': a regional government known only by its name, which no actor word "
          + "names"),
      Map.entry("b32-07", "'a local review of the Municipal Police Service': a review of a capitalised service, which the "
          + "common-thing check (lower-case things) does not see"),
      Map.entry("b32-11", "'Estas mismas fuentes nacionales alimentan los indicadores ... de las revisiones locales "
          + "voluntarias': national sources feeding the reviews read as the reviews feeding the VNR"),
      Map.entry("b32-18", "a box title about a commune's solar lighting project ('porté par la commune'): one named government "
          + "acting on a project, with no word of the Goals"),
      Map.entry("b32-29", "Japanese 'これらのレビュー' (these reviews) and '活用した' (used): Japanese anaphora and evidence verbs are not "
          + "read"),
      Map.entry("b32-32", "Japanese '地方公共団体は ... 効果検証を毎年度実施': Japanese actors are matched on their characters, without their "
          + "role"),
      Map.entry("b32-40", "'un rapport d'étape sur la mise en œuvre des ODD à Rodrigues' transmitted by the regional assembly: "
          + "a progress report whose author is not its subject's publisher as the rules read it, so neither the "
          + "review nor its annex nor the assembly's part is read"),
      Map.entry("b32-42", "'le rapport d'étape de Rodrigues': a progress report, which the previous passage did not establish "
          + "as a review (b32-40)"),
      Map.entry("b32-49", "a table header 'VLR 2019 (R$ bilhões)' (valor) under a heading naming the Fundo de Participação dos "
          + "Municípios: the acronym and the fund's name read as a review and an actor"),
      Map.entry("b32-53", "Japanese annex title '付属資料4 ... 自発的自治体レビューの要旨': Japanese annex words are not read"),
      Map.entry("b32-61", "'compartió el borrador de su primer Informe Local Voluntario' beside 'aportó los resultados de su "
          + "consulta': results of a consultation read as the review's evidence"),
      Map.entry("b33-08", "'Box 2. Tbilisi City Hall reviews its SDG progress': a review named by its verb"),
      Map.entry("b33-09", "the box of b33-08, whose title was not read as a review's"),
      Map.entry("b33-10", "'The review found that ...' in the box of b33-08, whose title was not read as a review's"),
      Map.entry("b33-19", "'la conveniencia de promover revisiones locales voluntarias, de modo que las comunas que decidan "
          + "elaborarlas': reviews only to be promoted, named before the hypothesis that would mark them"),
      Map.entry("b33-38", "'A elaboração de uma revisão local voluntária para Díli foi discutida ... mas não tinha sido "
          + "iniciada': a review discussed, not made, with the denial far from it"),
      Map.entry("b33-43", "'the newly elected Citizens' Representative Khurals of all 21 aimags': Mongolian councils the "
          + "lexicon does not name, after 'local elections'"),
      Map.entry("b33-54", "'un «Informe Sombra Local» sobre el cumplimiento del ODS 11': a civil-society shadow report read as "
          + "a local report on the Goals"),
      Map.entry("b33-59", "'Annexe 2. Contribution de la Mairie de Monaco : bilan 2018-2022 des actions communales au regard "
          + "des ODD': a stocktake ('bilan') that no review word names"),
      Map.entry("b33-64", "'Os Relatórios Locais Voluntários remetidos pelos municípios': municipalities as the reviews' "
          + "senders read as their authors"),
      Map.entry("b33-66", "'As Revisões Locais de Mortes Maternas (RLMM)': a local review of maternal deaths under an acronym "
          + "the trap list does not name"),
      Map.entry("b33-67", "Chinese '澳门特别行政区政府将可持续发展理念纳入 ... 规划': a Chinese actor without a character the lexicon lists"),
      Map.entry("b33-70", "Chinese source line '数据来源：《深圳市落实2030年可持续发展议程进展报告（2022）》': a Chinese title in 《》 is not read as a "
          + "review"),
      Map.entry("b36-55", "a table row 'Conseil municipal consulté : non | Examen local volontaire : en préparation': a denial "
          + "and a review in preparation written as table cells"),
      Map.entry("b7-74", "'O Governo pretende apoiar os municípios na elaboração de Relatórios Locais Voluntários': labelled "
          + "under the first batches' reading (see b7-44); an intention now reaches the making, so neither the "
          + "reviews nor the municipalities' part are read"),
      Map.entry("b37-67", "'– appuyer, d'ici 2027, les communes volontaires dans la préparation de leurs premiers examens "
          + "locaux volontaires': support and reviews only planned, in a list of next steps"),
      Map.entry("b38-20", "'Data reported by councils through their own SDG progress reports': 'councils' alone is no actor "
          + "word (national councils abound), so the progress reports are not read as local reviews"),
      Map.entry("b39-15", "'The municipal reviews mentioned above rely on locally defined indicators' in a footnote: 'municipal "
          + "reviews' without 'voluntary' is no review name, and 'mentioned above' does not reach the passage "
          + "before"),
      Map.entry("b39-28", "'el operativo «Revisión Local de Obras»' of the Comptroller: a capitalised 'de Obras' read as a "
          + "place, so an audit read as a review and the audited municipalities as acting"),
      Map.entry("b39-36", "'fue llevada adelante ... por los gabinetes ministeriales provinciales': provincial cabinets, which "
          + "no actor word names"),
      Map.entry("b39-67", "a table cell 'Utilizado nas secções ODS 6 e ODS 13': a use whose object is the report's sections, "
          + "with no evidence word"),
      Map.entry("b40-02", "'Several councils have gone further and published Voluntary Local Reviews': 'councils' is no actor "
          + "word; and 'short summaries prepared by the councils themselves are reproduced in Annex C' names "
          + "neither reviews nor a reference back"),
      Map.entry("b40-49", "'Scotland and the Sustainable Development Goals: A National Review to Drive Action': a devolved "
          + "administration's review called 'National'"),
      Map.entry("b41-35", "'Las Oficinas Municipales de la Mujer ... coordinaron': municipal offices, which no actor "
          + "word names; the municipalities appear only as places ('en 248 de las 298 alcaldías', 'en 96 municipios')"),
      Map.entry("b41-44", "'sous maîtrise d'ouvrage communale ... dans 140 communes rurales': the communes only as an "
          + "adjective and as a place after 'dans'; the subject is the programme (PACT)"),
      Map.entry("b41-66", "'O Conselho Municipal de Quelimane ... integrou as metas dos ODS no seu Plano': in a box "
          + "about its review the named council is read as the review's author (the same sentence outside a box gives "
          + "lrg)"),
      Map.entry("b42-13", "'according to the city's first review of SDG progress': a review described, not named; "
          + "'review of SDG progress' is no local review name, so neither the citation nor the use of its figure is "
          + "read"),
      Map.entry("b42-18", "'Source: Suva City Council, Local Review of Stormwater Drainage Assets (2021)': an "
          + "engineering review of drainage assets; the capitalised 'Local Review' is taken as a review's name and "
          + "'Source:' as its use"),
      Map.entry("b42-20", "'the Medium-Term Plans and budgets of all 184 Local Government Authorities': the holding "
          + "word 'budgets' makes them owners of money, not actors (the sentence without 'and budgets' gives lrg); "
          + "'full councils' is no actor word"),
      Map.entry("b42-63", "'de acordo com os resultados, 14 municípios já publicaram ... Relatórios Locais "
          + "Voluntários': the attribution cue 'de acordo com' (to the survey's results) is read as the reviews being "
          + "a source"),
      Map.entry("b43-05", "'the city government has aligned its 2021–2026 Regional Medium-Term Development Plan "
          + "(RPJMD) with the SDG targets': in a box about its review 'the city government' is read as the review's "
          + "author (outside a box: lrg)"),
      Map.entry("b43-13", "'preparing their own voluntary reviews of SDG progress': 'voluntary reviews' without "
          + "'local' is no local review name (with 'Voluntary Local Reviews' it is cited)"),
      Map.entry("b43-19", "'Compilation of Provincial and Regency/City VLR Summaries' then 'Reproduced as Annex 5 of "
          + "this report.': 'Compilation' matches the joint cue 'compiled', and the annex sentence has no subject "
          + "naming the reviews"),
      Map.entry("b43-22", "'Varias comunidades autónomas han presentado ... sus propios informes de progreso: el País "
          + "Vasco publicó...': a vague class followed by a colon and named regions is read as the reviews' authors "
          + "(without the list: lrg)"),
      Map.entry("b44-15", "'The Tobago House of Assembly led consultations across Tobago's seven parishes': a "
          + "regional government named 'House of Assembly' (THA), which no actor word names"),
      Map.entry("b44-59", "'São Paulo, Niterói, Barcarena e Contagem publicaram seus RLVs': cities named only as "
          + "authors, no actor word ('Consórcio Grande ABC' is no 'consórcio intermunicipal'); the writer reads a "
          + "movement where b46-03 gives cited only"),
      Map.entry("b45-13", "'la FEMP coordinó en 2024 un Informe Subnacional Voluntario': one actor with a definite "
          + "article in a sentence naming a review is read as the review's own government (without 'la' it gives lrg)"),
      Map.entry("b45-32", "'Le présent Rapport national volontaire constitue la deuxième revue volontaire de la "
          + "République centrafricaine': the VNR naming itself; 'revue volontaire' without 'nationale' is read as a "
          + "local review"),
      Map.entry("b45-39", "'Na sequência, o Conselho Municipal aprovou em 2024 um Plano ... alinhado com os ODS': an "
          + "unnamed singular council is neither a class nor a named government (with 'de Quelimane', outside a box, "
          + "it gives lrg)"),
      Map.entry("b45-53", "'the assessment of progress towards the SDGs that the Manzini Municipal Council completed "
          + "in 2023': an 'assessment' described, not named; no review word, so neither the citation nor the use is "
          + "read"),
      Map.entry("b46-13", "'will explore ... the possibility of supporting Selebi-Phikwe Town Council and Maun to "
          + "prepare Voluntary Local Reviews': 'explore the possibility' is no hypothesis word, so reviews only hoped "
          + "for are cited"),
      Map.entry("b46-23", "'Los hallazgos de estos ejercicios ... se incorporaron ... y sus resúmenes ejecutivos se "
          + "reproducen en el Anexo 5': 'estos ejercicios' is no anaphor (with 'estas revisiones' all three are read)"),
      Map.entry("b46-51", "'Gand a par ailleurs publié en 2021 son premier rapport local volontaire' in a box on "
          + "localisation: any sentence naming a review in a box makes it featured, though the box is about another "
          + "topic"),
      Map.entry("b46-62", "'Das 26 capitais estaduais, 11 já elaboraram Relatórios Locais Voluntários': 'capitais "
          + "estaduais' (state capitals) is no actor word (with '11 municípios' it gives lrg)"),
      Map.entry("b47-28", "'El Cabildo de Lanzarote aprobó ... su Estrategia ... alineada con los 17 ODS': only "
          + "'cabildo insular' is an actor word, and a bare 'Cabildo' is none (with 'Cabildo Insular de Lanzarote' it "
          + "gives lrg)"),
      Map.entry("b47-70", "'um seminário sobre o financiamento da Agenda 2030 nos estados e municípios': 'nos' makes "
          + "'estados' a place, but 'municípios' after 'e' is not read as locative, so it meets the cue 'Agenda 2030' "
          + "('nos municípios' gives none)"),
      Map.entry("b48-10", "'Annex 3. Written contributions of the aimag Citizens' Representative Khurals ... to the "
          + "VNR consultation': an annex of local governments' contributions is read as annexed reviews (the "
          + "Ministry's contributions give none)"),
      Map.entry("b48-12", "'Its household survey on piped water access ... informed the analysis of SDG 6': a survey "
          + "is not read as the review's evidence (with 'Its findings informed the analysis' it is integrated)"),
      Map.entry("b48-69", "table row 'Dados de qualidade da água usados na secção do ODS 6': 'usados' is no evidence "
          + "cue (with 'utilizados' the row gives integrated)"),
      Map.entry("b49-04", "'the 'Mannheim 2030' mission statement, which the municipal council adopted in 2019': in a "
          + "box about the review the council is read as the review's author (outside a box 'the municipal council "
          + "adopted' gives lrg)"),
      Map.entry("b49-06", "'Freiburg im Breisgau ... relied on the portal's time series when compiling its Voluntary "
          + "Local Review': the reliance cue is read as the VNR using the review, though the review relies on "
          + "national data"),
      Map.entry("b49-41", "'envisage, sous réserve de la mobilisation de financements, de préparer à l'horizon 2026 "
          + "une première Revue': the aside splits the cue 'envisage de préparer' (even 'prévoit de préparer à "
          + "l'horizon 2026 une' is cited)"),
      Map.entry("b49-46", "'Plusieurs collectivités territoriales se sont engagées ... : les départements de Dakar, "
          + "Podor et Kolda en ont réalisé une': a vague class followed by a colon and named places is read as the "
          + "reviews' authors"),
      Map.entry("b50-16", "'Voluntary Local Reviews that local governments may prepare in the future': 'may' after "
          + "the review name, in a relative clause, is not read as a hypothesis, so reviews yet to exist are cited"),
      Map.entry("b50-41", "box title 'Le rapport de suivi des ODD de la Polynésie française': 'rapport de suivi des "
          + "ODD' is no local review name, so nothing is cited or featured (debatable: a territory's report, not a "
          + "VLR by name)"),
      Map.entry("b50-42", "'ce premier rapport du Pays sur les ODS suit 64 indicateurs': no review name ('rapport du "
          + "Pays sur les ODS'), so the box is not read as about a review; the lrg is right"),
      Map.entry("b50-43", "'sont tirées du rapport de suivi des ODS publié par le Pays en 2023': 'rapport de suivi "
          + "des ODS' is no local review name, so neither the citation nor the use is read"),
      Map.entry("b50-47", "'issues du rapport territorial de suivi des ODS adopté par le conseil territorial': "
          + "'rapport territorial de suivi' is no local review name; the council only adopts it and 'conseil "
          + "territorial' is no actor word"),
      Map.entry("b50-62", "'tornando-se as primeiras autarquias moçambicanas a reportar directamente sobre a Agenda "
          + "2030': 'autarquias' with 'Agenda 2030' reads as a class taking part (without the clause: cited only)"),
      Map.entry("b50-63", "'as suas conclusões fundamentam a análise da meta 11.5': 'fundamentar' is no evidence cue "
          + "(with 'foram utilizadas na análise' the sentence gives integrated)"),
      Map.entry("b51-09", "'Kaduna, Lagos and Ogun have prepared state-level voluntary reviews': 'state-level "
          + "voluntary reviews' is no review name ('voluntary state reviews' gives cited and integrated); 'Several "
          + "states have gone further' has no cue"),
      Map.entry("b51-17", "'VLR in Table 4 refers to Vehicle Licensing Revenue': the expansion after 'refers to' is "
          + "not read as defining the acronym otherwise, so 'VLR' is a review and 'figures' its use"),
      Map.entry("b51-35", "'Fuente: INE, Encuesta de Hogares, e Informes Locales Voluntarios de La Paz (2024)': the "
          + "label 'Fuente:' is read for the first source only (with the reviews first after 'Fuente:' it gives "
          + "integrated)"),
      Map.entry("b51-54", "'selon la méthodologie des examens locaux volontaires': 'selon' is an attribution cue, so "
          + "the reviews are read as a source, though only their method is followed"),
      Map.entry("b51-68", "'Relatórios locais voluntários considerados na elaboração do RNV 2024': 'considerados na "
          + "elaboração' (taken into account) is no evidence cue, so the use is not read"),
      Map.entry("b52-10", "'The results of this local review are entered into the Social Register and used': 'this "
          + "local review' is read as an SDG review taken back; the mahalla needs survey is not told apart ('this "
          + "household survey' gives none)"),
      Map.entry("b52-21", "'del presente Informe Voluntario Nacional': this word order is read as naming a review "
          + "though listed as a national name ('Informe Nacional Voluntario' gives no cited); the lrg is right"),
      Map.entry("b52-31", "'Informe de revisión local de los procesos de compras ... de los ayuntamientos, Dirección "
          + "General de Contrataciones Públicas': 'ayuntamiento' is a strong actor word and counts on its own"),
      Map.entry("b52-35", "'El informe local voluntario de Córdoba se apoyó en microdatos de la Encuesta ... del "
          + "INDEC': the reliance cue is read as the VNR using the review, though the review relies on national data"),
      Map.entry("b52-41", "'Plusieurs villes ont en outre publié un examen local volontaire : Gand (2020 et 2022), "
          + "Liège (2023) et Ixelles (2024)': a vague class followed by a colon and named places is read as the "
          + "reviews' authors"),
      Map.entry("b52-53", "'les communes et les régions sont gérées par des administrateurs délégués ... ; ceux-ci "
          + "ont été associés': the class with the cue 'associés'; that 'ceux-ci' are the appointed administrators is "
          + "not read"),
      Map.entry("b52-68", "'do relatório estadual de acompanhamento dos ODS do Paraná (2023)': 'relatório estadual de "
          + "acompanhamento' is no local review name ('relatório estadual voluntário' is), so neither cited nor "
          + "integrated"),
      Map.entry("b47-55", "'aucun examen local volontaire distinct n'a été élaboré': a negation before the review and "
          + "its making after it; a determiner that negates the review is not read (read so, it denied other reviews "
          + "of the sentence)"),
      Map.entry("b48-53", "'le Ministère ... envisage d'encourager les régions à produire des revues infranationales "
          + "volontaires': 'envisage' is no intention cue (as one it blocked use anywhere in its sentence), so "
          + "reviews to come are cited"),
      Map.entry("b51-47", "'Les indicateurs de ce rapport ... ont été utilisés': French 'ce rapport' is no reference "
          + "back (it is the VNR itself as often as a review named before)"),
      Map.entry("b52-48", "'Les données de ce rapport ... ont été intégrées à l'analyse': French 'ce rapport' is no "
          + "reference back (it is the VNR itself as often as a review named before)"),
      Map.entry("b53-04", "'Evidence from these reviews has been drawn on throughout Chapter 4': a passive reliance cue, "
          + "whose subject is what is relied on, is not read (the rules read 'draw on' with the review after "
          + "it)"),
      Map.entry("b53-26", "'la tercera revisión voluntaria que Honduras presenta': the VNR naming itself as a voluntary "
          + "review, read as citing one"),
      Map.entry("b53-38", "'los hallazgos que ... recogen las revisiones locales publicadas en 2024 por Comayagua': "
          + "'revisiones locales' without 'voluntarias' is no review name (a local review of something, as "
          + "often)"),
      Map.entry("b53-55", "'un rapport parallèle intitulé « Revue locale des ODS : la voix des quartiers »' by an NGO "
          + "network: a review title read as a review, whoever wrote it"),
      Map.entry("b54-05", "in a box about Utrecht's review, 'young residents of Overvecht and Kanaleneiland' and the "
          + "review's findings read as used by the VNR"),
      Map.entry("b54-14", "'Los indicadores ... contenidos en esos informes ... se incorporaron al análisis': 'esos "
          + "informes' after a passage naming the reviews, with the use two clauses later, is not read back"),
      Map.entry("b54-46", "'A synthesis of these local reviews by the Netherlands Court of Audit': audits of procurement "
          + "called local reviews, read as reviews"),
      Map.entry("b54-58", "'Si las municipalidades contaran con capacidades ..., los informes locales voluntarios podrían "
          + "convertirse': a condition opening the sentence in the imperfect subjunctive is not read as "
          + "hypothetical"),
      Map.entry("b55-10", "in a box about Almaty's review, 'the national assessment of target 11.6 in this chapter uses "
          + "the city's 2019–2022 series': the city's series is not read as the review's"),
      Map.entry("b55-13", "'will explore ... whether a first local review for South Tarawa could be prepared': a review to "
          + "come after an intention and a subordinate clause, read as cited"),
      Map.entry("b55-23", "'Los hallazgos de estas revisiones ... no se incorporaron en el análisis': the negation before "
          + "the use verb is read past (a denied use)"),
      Map.entry("b55-33", "'Próximos pasos: hacia revisiones locales voluntarias': reviews to come, named after 'hacia' in "
          + "a heading, read as cited"),
      Map.entry("b55-38", "'este Reporte no recoge sus resultados': the denial after the reviews is not read; 'con base en "
          + "indicadores ... que el DANE desagregó' read as use"),
      Map.entry("b55-40", "'un rapport sur la mise en œuvre des ODS à Rodrigues, conçu comme le pendant régional du "
          + "présent examen': a regional SDG report described, not named, is no review"),
      Map.entry("b55-43", "'prépare un examen local volontaire dont la publication est prévue pour 2026': a review in "
          + "preparation read as cited"),
      Map.entry("b55-49", "'Les rapports d'avancement sur les ODS remis ... par les conseils municipaux': municipal SDG "
          + "progress reports described, not named, are no review"),
      Map.entry("b55-55", "'Source : rapports de suivi des ODS des conseils de district de Moka et de Flacq': district SDG "
          + "monitoring reports described, not named, are no review"),
      Map.entry("b55-60", "'As conclusões deste relatório ... foram incorporadas': Portuguese 'deste relatório' is this "
          + "report (the VNR) by the rules, here the report named in the passage before"),
      Map.entry("b53-41", "'l'Union des municipalités de Tyr a publié en 2022 un examen local volontaire, et la "
          + "municipalité de Byblos a présenté le sien': the rules read the union publishing as an "
          + "association of governments at work; the writer reads both as their reviews' authors (a passage "
          + "too short for the model to overrule)"),
      Map.entry("b55-14", "'Consultation ... with the Kiritimati Island Council': 'Island Council' is no actor of the "
          + "lexicon, so the involvement model is not asked (as an actor it made 'Island' a generic word for "
          + "the locality finder, which then cut 'Penang Island' and 'Rhode Island' short)"));


  @Test
  void everyLabelledPassage() throws Exception {
    VnrLinker linker = new VnrLinker(new VlrCatalog(List.of()), null);
    List<LabelledPassages.Passage> all =
        LabelledPassages.read(TestPaths.projectDir().resolve("data/eval/vnr-passages.csv"));
    Set<String> batches = all.stream().map(LabelledPassages.Passage::batch).collect(java.util.stream.Collectors.toSet());
    assertEquals(batches, union(REVISED_ON, FIRST_SIGHT), "every batch is either revised on or a first-sight batch");
    List<LabelledPassages.Passage> passages = all.stream().filter(p -> REVISED_ON.contains(p.batch())).toList();
    Map<String, LinkageEvaluation.Labels> found = LabelledPassages.found(linker, passages);
    LinkageEvaluation eval = new LinkageEvaluation(LocalityGazetteer.shared());
    List<String> wrong = new ArrayList<>();
    for (LabelledPassages.Passage p : passages) {
      LinkageEvaluation.Labels f = found.get(p.id());
      eval.add(p.id(), p.expected(), f);
      if (!f.flags().equals(p.expected().flags()) && !KNOWN_MISSES.containsKey(p.id())) {
        wrong.add(p.id() + ": " + f.flags() + ", expected " + p.expected().flags());
      }
    }
    assertTrue(passages.size() >= 300, "at least 300 labelled passages");
    assertEquals(List.of(), wrong);
    // lrg precision 0.945 since batch 22 (its known misses: governments whose terms ended, contract-awarders, consent
    // to an annex, Japanese negation); 0.965 on batches 0-18
    // 0.930 since batches 25 and 26 (known misses: organs of the State known only from a country's law, named governments
    // read as a class, an association's acronym, States as nations)
    // 0.9297 since batches 27 and 28 (known misses: audits and hypotheticals, a count of governments named a sentence later);
    // 0.924 / 0.952 once batch 23, a first-sight batch until then, was revised on too (central-state officers and elected
    // heads known only from their countries)
    // 0.913 / 0.943 on the 2,314 passages once batches 19, 29, 30, 31, 34 and 35 were revised on (their known misses:
    // writers who flag lrg for a review's own author, governments known only from a country's law, Chinese and Japanese)
    // 0.903 / 0.925 on the 2,594 passages once batches 32, 33, 36 and 37 were revised on (their known misses: governments
    // known only by name or from a country's law, involvement only planned, Japanese and Chinese)
    // 0.909 / 0.915 on the 2,804 passages once batches 38-40 were revised on (0.899 / 0.913 on them before this round) (their known misses: actors the lexicon does
    // not name, "councils", "gabinetes provinciales", "services cantonaux"; governments' localisation beyond their review
    // in a box about it)
    // 0.906 / 0.902 on the 3,224 passages once batches 41-46 were revised on (0.81 / 0.72 on them at first sight) (their
    // known misses: actors the lexicon does not name, "Oficinas Municipales", "House of Assembly", "Area Council"; a
    // named government's localisation inside a box about its review; cues past the window; writers who flag lrg for a
    // review's own author)
    // 0.896 / 0.895 on the 3,644 passages once batches 47-52 were revised on (0.77 / 0.75 on them at first sight) (their
    // known misses: actors by unknown names or acronyms, cues past the window, authors of their own reviews counted
    // through a class word, parliaments and appointed administrators)
    // 0.983 / 0.964 on the 3,854 passages of batches 0-55 with the involvement model (models/linkage), which is trained
    // on them: a fit, not an estimate (its out-of-fold and held-out scores are in its model card)
    assertTrue(eval.flag(MentionType.LRG)[0] >= 0.98 && eval.flag(MentionType.LRG)[1] >= 0.95, eval.report());
    for (MentionType t : List.of(MentionType.CITED, MentionType.FEATURED, MentionType.ANNEXED, MentionType.INTEGRATED)) {
      // featured: 34 of 35, the known miss b7-45 (a table of review data read as a box about the reviews)
      // integrated: 0.968 since batches 13 and 14 (known misses b14-04, b14-33, b14-56 read as use)
      // annexed: 0.978 with batches 19-35 (known misses: a review's own annex, contributions annexed, a Japanese annex)
      // integrated: 0.9597 (595 of 620) with batches 53-55 (a denied use read past, a city's series in its box)
      double precision = t == MentionType.FEATURED ? 0.97 : t == MentionType.INTEGRATED ? 0.95
          : t == MentionType.ANNEXED ? 0.97 : 0.98;
      // recall 0.95 on all but integrated: 0.950 (398 of 419) with batches 32-37 (review figures quoted without an
      // evidence verb, Japanese and Chinese evidence)
      // (integrated recall 0.945 on the 3,644 passages with batches 47-52: their writers' uses named without an
      // evidence word, "fundamentam", "considerados na elaboração")
      // (0.937 on the 3,854 with batches 53-55: reviews described rather than named, a passive reliance cue, a
      // reference back two clauses before the use)
      double recall = t == MentionType.INTEGRATED ? 0.93 : 0.95;
      assertTrue(eval.flag(t)[0] >= precision && eval.flag(t)[1] >= recall, t + "\n" + eval.report());
    }
    // 0.967 on the 1,404 passages of batches 0-18, 20 and 21 (0.977 on the 984 of batches 0-14; batches 16-21, the
    // hardest so far, add known misses): a guard against regressions, not an estimate. Localities without NER: 0.93 /
    // 0.85 since batch 20 (table rows and acronyms of city governments are not read as places); 0.92 / 0.848 since
    // batch 24, whose writer names cities with their class word ("Naga City", "Bogotá D.C.") where the finder keeps
    // the bare name, and whose box bodies expect the box title's place
    // Since batches 25 and 26: level accuracy 0.964 on the 1,684 passages revised on, localities without NER 0.92 / 0.834
    // (their writers name places with their class words, "Kota Pekalongan", "Santa Catarina de Santiago")
    // 0.960 (2,221 of 2,314) with batches 19, 29-31, 34 and 35
    // 0.948 (2,460 of 2,594) with batches 32, 33, 36 and 37
    // 0.949 (2,662 of 2,804) with batches 38-40 (0.824 on them before they were read, 0.933 after)
    // 0.948 (3,057 of 3,224) with batches 41-46 (0.826 on them before they were read, 0.933 after)
    // 0.943 (3,435 of 3,644) with batches 47-52 (0.876 on them before they were read, 0.895 after)
    // 0.963 (3,710 of 3,854) with batches 53-55 (0.819 on them before they were read) and the involvement model,
    // trained on these passages (models/linkage/MODEL_CARD.md)
    assertTrue(eval.levelAccuracy() >= 0.96, eval.report());
    // Since batches 27 and 28: level accuracy 0.964 on the 1,824 passages revised on, lrg 0.930 / 0.955, localities
    // without NER 0.911 / 0.815 (Bhutanese, Cuban and Japanese places the gazetteer does not hold; class words again);
    // with batch 23: 0.961 on 1,894, localities 0.911 / 0.806
    // with batches 19, 29-31, 34 and 35: 0.901 / 0.797 (writers who carry a review's place over to the passages that
    // refer back to it, and others who do not; Chinese and Japanese places the gazetteer does not hold)
    // with batches 38-40: 0.904 / 0.787 (their writers leave the places of passages that refer back empty, or carry them
    // over from a box two sections earlier)
    assertTrue(eval.localities()[0] >= 0.9 && eval.localities()[1] >= 0.78, eval.report());
  }

  /** The packaged involvement model was trained without the first-sight batches (their scores stay honest). */
  @Test
  void involvementModelHeldOutTheFirstSightBatches() throws Exception {
    com.fasterxml.jackson.databind.JsonNode metrics = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(TestPaths.projectDir().resolve("models/linkage/metrics.json").toFile());
    Set<String> heldOut = new java.util.TreeSet<>();
    metrics.get("held_out_batches").forEach(n -> heldOut.add(n.asText()));
    assertTrue(heldOut.containsAll(FIRST_SIGHT), "retrain: bin/vlr train linkage --hold-out " + String.join(",",
        new java.util.TreeSet<>(FIRST_SIGHT)) + " (held out now: " + heldOut + ")");
    int trained = metrics.get("trained_on").get("passages").asInt();
    long expected = LabelledPassages.read(TestPaths.projectDir().resolve("data/eval/vnr-passages.csv")).stream()
        .filter(p -> !heldOut.contains(p.batch()) && Set.of("en", "es", "fr", "pt").contains(p.language())).count();
    assertEquals(expected, trained, "the model was trained on every en/es/fr/pt passage not held out (retrain after "
        + "adding passages)");
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new java.util.TreeSet<>(a);
    u.addAll(b);
    return u;
  }
}
