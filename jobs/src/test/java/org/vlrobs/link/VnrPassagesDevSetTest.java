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
      "b53", "b54", "b55", "b56", "b57", "b58", "b59", "b60", "b61", "b62", "b63", "b64");
  /**
   * Batches kept as they were scored at first sight (data/README.md), not yet revised on: a test set, scored by
   * {@code bin/vlr eval mentions}, not held here. A new batch is declared here or in {@link #REVISED_ON}.
   */
  private static final Set<String> FIRST_SIGHT = Set.of("b65", "b66", "b67", "b68", "b69", "b70", "b71", "b72");

  /**
   * Passages whose types the link stage does not get right today, with why (the rules, or the models, which are trained
   * on these passages: their misses here are passages they do not fit). The entries of batches 56-64 (and b53-63,
   * b54-48, which the retrained lrg model reads differently) were written from what the rules and the models found and
   * from each batch writer's note on the label.
   */
  private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
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
      Map.entry("b13-07", "'the largest cities have been quick to take up the 2030 Agenda': a class of cities acting on the "
          + "Agenda, read as lrg; the writer counts only the named cities' reviews that follow (the convention of es-01 and b12-02 differs)"),
      Map.entry("b13-24", "'Algunos gobiernos locales han ido más lejos' before named governments' reviews: a class of actors "
          + "(the writer reads it as the named ones)"),
      Map.entry("b13-42", "under an annex of named cities' reports, 'publiée par chacune des villes' read as a class of cities "
          + "publishing reviews"),
      Map.entry("b14-47", "'la Fédération nationale des villes tunisiennes a siégé au comité de pilotage' in a sentence that also "
          + "names the municipal elections: an election word anywhere in the sentence blocks lrg"),
      Map.entry("b14-56", "'segundo levantamento da CNM, 47 municípios ... publicaram relatórios': the survey is the source, read "
          + "as the reviews being one"),
      Map.entry("b15-52", "an annex heading on regional councils' contributions is an annex of their reviews by the convention of "
          + "batch 9 (contribution-words); this writer labels it lrg only"),
      Map.entry("b15-62", "'relatório de progresso municipal' in a table row: no voluntary or goal word, so not a "
          + "review name"),
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
      Map.entry("b17-02", "councils run by Special Administrators appointed by the Minister, mapping their by-laws against the "
          + "SDG targets at the Ministry's workshop: the writer counts the councils as taking part (marked unsure); no "
          + "actor with a cue is read"),
      Map.entry("b17-04", "inside a box, '19 of which the Council compiled for the first time': the review's own indicators read "
          + "as a joint process"),
      Map.entry("b17-45", "'ont réalisé leur propre bilan selon la démarche onusienne : la Communauté urbaine de Douala, dont la "
          + "revue ...': 'selon' (according to) has an approach as its object, read as attributing to the review"),
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
      Map.entry("b25-17", "'submitted by the two city governments through APEKSI': the association's acronym, defined earlier, "
          + "read as local governments taking part (this writer: the named cities only)"),
      Map.entry("b25-63", "a box title 'como as câmaras acompanham os seus planos': 'câmaras' alone (municipal chambers) is no "
          + "actor, as it also names parliaments and chambers of commerce"),
      Map.entry("b25-65", "'Anexo 3 — Contributos dos municípios' of two named cities' reviews: an annex of local governments' "
          + "contributions gives lrg, as batch 10 labels it (b10-58); this writer counts the named cities only"),
      Map.entry("b25-68", "Chinese box body: '该报告 ... 采用了近百项本地指标' (the report adopted about a hundred local "
          + "indicators): the review's own use read as the VNR's"),
      Map.entry("b25-70", "Chinese source line: a baseline '引自《德清践行2030年可持续发展议程进展报告》': a county's progress "
          + "report on the Agenda named without a review name the lexicon knows"),
      Map.entry("b23-03", "'63 newly elected Mayors of Municipal Councils and Chairpersons of Urban Councils and Pradeshiya "
          + "Sabhas' validating a chapter: elected heads named by their titles, after 'elections'"),
      Map.entry("b23-20", "'Scottish local government has been active in taking the Goals to the local level' before two named "
          + "councils' reviews: read as a class, the writer counts the named ones only"),
      Map.entry("b23-22", "in a box, the review 'drawing on the Scottish Index of Multiple Deprivation ... data': the review "
          + "using data read as the VNR using the review's"),
      Map.entry("b23-35", "'la AChM y la AMUCH aplicaron conjuntamente una encuesta': two associations acting jointly read as a "
          + "joint process with the review"),
      Map.entry("b27-11", "feedback from 'the Gups, Mangmis and Thrompons' (Bhutan's elected local heads): titles known only "
          + "from the country"),
      Map.entry("b28-68", "'小規模自治体の参考値' (a reference value for small municipalities): Japanese actors are matched on "
          + "their characters, without their role in the sentence"),
      Map.entry("b18-46", "'République et canton de Genève – Rapport de suivi de l'Agenda 2030 cantonal 2023': the level word "
          + "comes after the Agenda, where a composed review name does not look for it"),
      Map.entry("b7-60", "'Le Gouvernement accompagnera les régions qui souhaitent réaliser une revue locale volontaire': "
          + "labelled under the first batches' reading (a review yet to be made is cited, those who may make it "
          + "involved); batches 32-37 and the issue's trap 'cities with no review' read it as no review"),
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
      Map.entry("b32-49", "a table header 'VLR 2019 (R$ bilhões)' (valor) under a heading naming the Fundo de Participação dos "
          + "Municípios: the acronym and the fund's name read as a review and an actor"),
      Map.entry("b32-53", "Japanese annex title '付属資料4 ... 自発的自治体レビューの要旨': Japanese annex words are not read"),
      Map.entry("b32-61", "'compartió el borrador de su primer Informe Local Voluntario' beside 'aportó los resultados de su "
          + "consulta': results of a consultation read as the review's evidence"),
      Map.entry("b33-08", "'Box 2. Tbilisi City Hall reviews its SDG progress': a review named by its verb"),
      Map.entry("b33-09", "the box of b33-08, whose title was not read as a review's"),
      Map.entry("b33-38", "'A elaboração de uma revisão local voluntária para Díli foi discutida ... mas não tinha sido "
          + "iniciada': a review discussed, not made, with the denial far from it"),
      Map.entry("b33-43", "'the newly elected Citizens' Representative Khurals of all 21 aimags': Mongolian councils the "
          + "lexicon does not name, after 'local elections'"),
      Map.entry("b33-59", "'Annexe 2. Contribution de la Mairie de Monaco : bilan 2018-2022 des actions communales au regard "
          + "des ODD': a stocktake ('bilan') that no review word names"),
      Map.entry("b33-64", "'Os Relatórios Locais Voluntários remetidos pelos municípios': municipalities as the reviews' "
          + "senders read as their authors"),
      Map.entry("b33-67", "Chinese '澳门特别行政区政府将可持续发展理念纳入 ... 规划': a Chinese actor without a character the lexicon lists"),
      Map.entry("b33-70", "Chinese source line '数据来源：《深圳市落实2030年可持续发展议程进展报告（2022）》': a Chinese title in 《》 is not read as a "
          + "review"),
      Map.entry("b36-55", "a table row 'Conseil municipal consulté : non | Examen local volontaire : en préparation': a denial "
          + "and a review in preparation written as table cells"),
      Map.entry("b7-74", "'O Governo pretende apoiar os municípios na elaboração de Relatórios Locais Voluntários': labelled "
          + "under the first batches' reading (see b7-44); an intention now reaches the making, so neither the "
          + "reviews nor the municipalities' part are read"),
      Map.entry("b38-20", "'Data reported by councils through their own SDG progress reports': 'councils' alone is no actor "
          + "word (national councils abound), so the progress reports are not read as local reviews"),
      Map.entry("b39-36", "'fue llevada adelante ... por los gabinetes ministeriales provinciales': provincial cabinets, which "
          + "no actor word names"),
      Map.entry("b39-67", "a table cell 'Utilizado nas secções ODS 6 e ODS 13': a use whose object is the report's sections, "
          + "with no evidence word"),
      Map.entry("b40-49", "'Scotland and the Sustainable Development Goals: A National Review to Drive Action': a devolved "
          + "administration's review called 'National'"),
      Map.entry("b41-35", "'Las Oficinas Municipales de la Mujer ... coordinaron': municipal offices, which no actor "
          + "word names; the municipalities appear only as places ('en 248 de las 298 alcaldías', 'en 96 municipios')"),
      Map.entry("b41-44", "'sous maîtrise d'ouvrage communale ... dans 140 communes rurales': the communes only as an "
          + "adjective and as a place after 'dans'; the subject is the programme (PACT)"),
      Map.entry("b41-66", "'O Conselho Municipal de Quelimane ... integrou as metas dos ODS no seu Plano': in a box "
          + "about its review the named council is read as the review's author (the same sentence outside a box gives "
          + "lrg)"),
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
      Map.entry("b51-54", "'selon la méthodologie des examens locaux volontaires': 'selon' is an attribution cue, so "
          + "the reviews are read as a source, though only their method is followed"),
      Map.entry("b51-68", "'Relatórios locais voluntários considerados na elaboração do RNV 2024': 'considerados na "
          + "elaboração' (taken into account) is no evidence cue, so the use is not read"),
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
      Map.entry("b47-55", "'aucun examen local volontaire distinct n'a été élaboré': a negation before the review and "
          + "its making after it; a determiner that negates the review is not read (read so, it denied other reviews "
          + "of the sentence)"),
      Map.entry("b51-47", "'Les indicateurs de ce rapport ... ont été utilisés': French 'ce rapport' is no reference "
          + "back (it is the VNR itself as often as a review named before)"),
      Map.entry("b53-38", "'los hallazgos que ... recogen las revisiones locales publicadas en 2024 por Comayagua': "
          + "'revisiones locales' without 'voluntarias' is no review name (a local review of something, as "
          + "often)"),
      Map.entry("b55-23", "'Los hallazgos de estas revisiones ... no se incorporaron en el análisis': the negation before "
          + "the use verb is read past (a denied use)"),
      Map.entry("b55-33", "'Próximos pasos: hacia revisiones locales voluntarias': reviews to come, named after 'hacia' in "
          + "a heading, read as cited"),
      Map.entry("b55-38", "'este Reporte no recoge sus resultados': the denial after the reviews is not read; 'con base en "
          + "indicadores ... que el DANE desagregó' read as use"),
      Map.entry("b55-40", "'un rapport sur la mise en œuvre des ODS à Rodrigues, conçu comme le pendant régional du "
          + "présent examen': a regional SDG report described, not named, is no review"),
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
          + "the locality finder, which then cut 'Penang Island' and 'Rhode Island' short)"),
      Map.entry("b56-50", "featured missed: the rules read no box or case study about a review here. Label: cited "
          + "featured: box title on Geneva's cantonal voluntary review."),
      Map.entry("b56-70", "featured read wrongly by the rules (rule box-about-review). Label: cited annexed: list entry of "
          + "a local SDG report reproduced in an annex."),
      Map.entry("b57-56", "featured missed: the rules read no box or case study about a review here. Label: section "
          + "heading of its own devoted to two VLRs"),
      Map.entry("b59-16", "featured missed: the rules read no box or case study about a review here. Label: Box body "
          + "describing Koror's state review: cited + featured; state only as author of its review, so not "
          + "lrg."),
      Map.entry("b62-19", "featured missed: the rules read no box or case study about a review here. Label: section "
          + "heading of its own about two VLRs (featured)"),
      Map.entry("b63-51", "featured missed: the rules read no box or case study about a review here. Label: a section "
          + "heading devoted to two VLRs."),
      Map.entry("b18-15", "cited missed: the rules do not read it and the cited model gives just under 0.9; annexed "
          + "missed: the annexed model gives 0.91 but adds annexed only to a passage that cites a review, "
          + "and none is cited here"),
      Map.entry("b20-23", "cited missed: the rules do not read it and the cited model gives 0.85 (under 0.9); integrated "
          + "missed: the integrated model gives 0.92 but adds integrated only to a passage that cites a "
          + "review, and none is cited here"),
      Map.entry("b32-42", "cited missed: the rules do not read it and the cited model gives 0.89 (under 0.9); integrated "
          + "missed: the integrated model gives 0.96 but adds integrated only to a passage that cites a "
          + "review, and none is cited here. Label: figure from the Rodrigues progress report is used in a "
          + "VNR table"),
      Map.entry("b53-63", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.19, not under "
          + "0.15. Label: TRAP: regional plan by a federal agency, not by state or municipal governments."),
      Map.entry("b54-05", "integrated read wrongly by the rules (rule review-evidence-used); the integrated model gives "
          + "0.03 (the annexed and integrated models do not overrule the rules). Label: box passage "
          + "describing Utrecht's VLR; council adoption of its own review is authorship only, so no lrg."),
      Map.entry("b54-48", "lrg missed: the rules do not read it and the lrg model gives 0.47 (under 0.5). Label: "
          + "association monitor compiling 14 municipal VLRs; its figures feed Table 12.1; no place named."),
      Map.entry("b56-07", "annexed read wrongly by the rules (rule annex-of-reviews); the annexed model gives 0.09 (the "
          + "annexed and integrated models do not overrule the rules). Label: TRAP (near-miss annexed): "
          + "annex of consultation submissions, not local reviews; lrg because councils and AILG made "
          + "submissions to the VNR."),
      Map.entry("b56-15", "cited missed: the rules do not read it and the cited model gives just under 0.9; integrated "
          + "missed: the integrated model gives 0.98 but adds integrated only to a passage that cites a "
          + "review, and none is cited here. Label: cited integrated: footnote citing Sindh's provincial SDG "
          + "status report as source of the VNR's Table 6.2."),
      Map.entry("b56-17", "lrg missed: the model gives 0.74, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "lrg: Kaupule (elected island councils) convened consultations and validated data for the VNR."),
      Map.entry("b56-19", "lrg missed: the model gives 0.77, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "TRAP (near-miss featured): box about island strategic plans, not about a local review; lrg "
          + "because Kaupule localise the SDGs."),
      Map.entry("b56-20", "lrg missed: the model gives 0.95, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "TRAP (near-miss cited): plans with indicator tables are not a review of SDG progress; lrg for "
          + "SDG-aligned plans adopted by Kaupule."),
      Map.entry("b56-34", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.26, not under "
          + "0.15. Label: TRAP (near-miss integrated): reviews cited but explicitly not used; governments "
          + "only as authors, no lrg."),
      Map.entry("b56-51", "cited missed: the rules do not read it and the cited model gives 0.89 (under 0.9); featured "
          + "missed: the rules read no box or case study about a review here. Label: cited featured: box "
          + "passage summarising the Geneva review ('ce rapport'); no use in the VNR stated."),
      Map.entry("b56-52", "lrg missed: the model gives 0.65, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "lrg cited annexed: cities' association contributed to the VNR; a synthesis of three local "
          + "reviews is reproduced in an annex."),
      Map.entry("b56-67", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.04 but does not "
          + "overrule them in a passage of fewer than 25 words citing no review; cited missed: the rules do "
          + "not read it and the cited model gives 0.88 (under 0.9). Label: TRAP (near-miss integrated): "
          + "footnote only points the reader to São Paulo's local SDG report ('ver'); no data used."),
      Map.entry("b57-07", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.29, not under "
          + "0.15. Label: TRAP: annex is a national index ranking States (statistics about regions), not a "
          + "local review; no annexed/lrg"),
      Map.entry("b57-27", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.37, not under "
          + "0.15. Label: annex entry reproducing local reviews; GADs named only as authors"),
      Map.entry("b57-35", "lrg missed: the model gives 0.77, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: a "
          + "local government body allocates funds to SDG-linked projects (localisation); box is not about a "
          + "review"),
      Map.entry("b57-42", "lrg missed: the model gives 0.85, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "several cities preparing VLRs as a movement (lrg) and four named reviews (cited)"),
      Map.entry("b57-45", "lrg missed: the model gives 0.86, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State); "
          + "integrated read wrongly by the rules (rule review-as-source); the integrated model gives 0.01 "
          + "(the annexed and integrated models do not overrule the rules). Label: box passage on the VLR; "
          + "the city went beyond writing it by updating its official plan on that basis (lrg)"),
      Map.entry("b57-46", "lrg missed: the model gives 0.96, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "provincial governments adopt SDG-aligned strategies and legislation"),
      Map.entry("b57-47", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.18, not under "
          + "0.15. Label: TRAP: a parliamentary chamber representing local authorities is not a local "
          + "government; 'examen' is of a national report"),
      Map.entry("b57-53", "integrated missed: the rules do not read it and the integrated model gives 0.86 (under 0.9). "
          + "Label: long sentence, cue at the end: VLR data complete the VNR's SDG 11 indicators"),
      Map.entry("b57-60", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.19, not under "
          + "0.15. Label: anaphora to the VSR (no single locality); its data are incorporated in the VNR's "
          + "chapter 5"),
      Map.entry("b57-62", "lrg missed: the model gives 0.90, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "box passage; 'o município' (Cascais, carried over) uses its reviews to steer an SDG-tagged "
          + "participatory budget (lrg)"),
      Map.entry("b57-64", "lrg missed: the model gives 0.86, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "autonomous regional governments contributed chapters (lrg); the Azores regional review is the "
          + "source of indicators (cited, integrated)"),
      Map.entry("b58-15", "lrg missed: the rules do not read it and the lrg model gives 0.43 (under 0.5). Label: council "
          + "aligned its agenda with the SDGs (localisation beyond its review) and its VLR is named."),
      Map.entry("b58-24", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.20, not under "
          + "0.15. Label: box passage on the review; municipalities appear only as its authors, so no lrg."),
      Map.entry("b58-26", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.01 but does not "
          + "overrule them in a passage of fewer than 25 words citing no review. Label: trap: annexed "
          + "mid-term evaluation of a regional plan, not a local SDG review; no SDG alignment or VNR "
          + "involvement shown."),
      Map.entry("b58-45", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.05 but does not "
          + "overrule them in a passage of fewer than 25 words citing no review. Label: trap: governors are "
          + "appointed representatives of the State, not the elected councils."),
      Map.entry("b58-52", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.20, not under "
          + "0.15. Label: trap: hypothetical reviews and future collaboration only."),
      Map.entry("b58-59", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.28, not under "
          + "0.15. Label: three named municipalities' VLRs; authors only, no lrg."),
      Map.entry("b58-68", "annexed read wrongly by the rules (rule annex-of-reviews); the annexed model gives 0.06 (the "
          + "annexed and integrated models do not overrule the rules); integrated missed: the rules do not "
          + "read it and the integrated model gives 0.71 (under 0.9). Label: data-source table row: VLR data "
          + "used for SDG 6; near-miss for annexed (a source list, the review itself is not annexed)."),
      Map.entry("b58-70", "integrated missed: the rules do not read it and the integrated model gives 0.85 (under 0.9). "
          + "Label: footnote: VLR data reprocessed for the VNR."),
      Map.entry("b59-04", "integrated read wrongly by the rules (rule review-evidence-used); the integrated model gives "
          + "0.12 (the annexed and integrated models do not overrule the rules). Label: Box body about "
          + "Asker's VLR content: cited + featured; not lrg, the municipality appears only as author of its "
          + "own review; not integrated, the findings stay inside the box…"),
      Map.entry("b59-13", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.04 but does not "
          + "overrule them in a passage of fewer than 25 words citing no review. Label: TRAP: mid-term "
          + "review of a district development plan, not an SDG local review; bare citation shows no LRG role "
          + "in the VNR."),
      Map.entry("b59-15", "cited missed: the rules do not read it and the cited model gives 0.73 (under 0.9); featured "
          + "missed: the rules read no box or case study about a review here. Label: Box title for a "
          + "state-level SDG progress report (local counterpart of the VNR): cited + featured."),
      Map.entry("b59-18", "cited read wrongly by the rules (rule review-name); the cited model gives 0.32, not under 0.2. "
          + "Label: TRAP: future/hypothetical annexing and integration; 'will explore' with KS is not "
          + "involvement in this VNR."),
      Map.entry("b59-62", "cited read wrongly by the rules (rule review-name); the cited model gives 0.58, not under 0.2. "
          + "Label: TRAP: future review not yet existing (nothing to cite or use) by an appointed "
          + "administrative commission."),
      Map.entry("b59-64", "lrg missed: the model gives 0.97, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "Two district councils attended validation and contributed: lrg, despite the negative framing."),
      Map.entry("b59-69", "lrg missed: the model gives 0.92, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "District councils adopted SDG-aligned development plans: lrg."),
      Map.entry("b60-05", "integrated read wrongly by the rules (rule review-evidence-used); the integrated model gives "
          + "0.01 (the annexed and integrated models do not overrule the rules). Label: box body describing "
          + "the Bologna VLR (featured); box reports the review's findings but does not feed the VNR's own "
          + "analysis, so no integrated; 'Bologna' not written."),
      Map.entry("b60-24", "lrg missed: the model gives 0.80, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "box passage; departmental government supported the local review (lrg beyond authorship); "
          + "results fed VNR Goal 6 (integrated)."),
      Map.entry("b60-35", "cited missed: the rules do not read it and the cited model gives 0.85 (under 0.9); annexed "
          + "missed: the annexed model gives 0.96 but adds annexed only to a passage that cites a review, "
          + "and none is cited here. Label: annex entry reproducing a departmental SDG progress report = "
          + "annexed."),
      Map.entry("b60-43", "cited missed: the rules do not read it and the cited model gives 0.76 (under 0.9); integrated "
          + "missed: the rules do not read it and the integrated model gives 0.80 (under 0.9). Label: review "
          + "results used to estimate a VNR indicator = integrated."),
      Map.entry("b60-46", "lrg missed: the model gives 0.63, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "several communes preparing VLRs as a movement (lrg); VLRs named (cited) and annexed to the VNR."),
      Map.entry("b60-54", "integrated read wrongly by the rules (rule review-evidence-used); the integrated model gives "
          + "0.22 (the annexed and integrated models do not overrule the rules). Label: NEAR-MISS "
          + "integrated: the review uses national data, not the reverse."),
      Map.entry("b60-64", "cited read wrongly by the rules (rule review-name); the cited model gives 0.46, not under 0.2. "
          + "Label: TRAP: heading announcing future local governments and future reviews; nothing exists "
          + "yet."),
      Map.entry("b60-70", "lrg missed: the model gives 0.78, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "joint VLR–VNR process by the municipal association (lrg), VLRs compiled into the VNR (cited "
          + "integrated); no places named."),
      Map.entry("b61-02", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.26, not under "
          + "0.15. Label: Two municipalities named only as authors of their own VLRs: cited, not lrg."),
      Map.entry("b61-20", "annexed read wrongly by the rules (rule annexed-statement); the annexed model gives 0.02 (the "
          + "annexed and integrated models do not overrule the rules). Label: VNR chapter draws on data from "
          + "three named VLRs -> integrated; hromadas only as authors of their reviews, not lrg."),
      Map.entry("b61-29", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.23, not under "
          + "0.15. Label: Two district councils named as authors of local SDG progress reports -> cited "
          + "only."),
      Map.entry("b62-10", "lrg missed: the model gives 0.89, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "TRAP (near-miss annexed): annexed provincial statements on strategies are not SDG reviews; "
          + "provinces contributed so lrg only"),
      Map.entry("b62-11", "lrg missed: the model gives 0.89, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "Nevis Island Administration (island government) took part and validated the VNR"),
      Map.entry("b63-13", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.14 but does not "
          + "overrule them in a passage of fewer than 25 words citing no review. Label: trap: box title "
          + "about local reporting in general; no local review exists (see next passage)."),
      Map.entry("b63-16", "integrated missed: the rules do not read it and the integrated model gives 0.49 (under 0.9). "
          + "Label: source footnote in a goal chapter citing the Johannesburg VLR."),
      Map.entry("b63-22", "lrg missed: the model gives 0.97, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "elected departmental assemblies took part in the VNR process and in SDG localisation."),
      Map.entry("b63-45", "integrated missed: the rules do not read it and the integrated model gives 0.40 (under 0.9). "
          + "Label: a provincial SDG progress report feeds the VNR; the province is a deconcentrated body so "
          + "no lrg."),
      Map.entry("b63-49", "lrg missed: the model gives 0.98, but the passage names no government the lexicon knows, or "
          + "only ones the rules rule out (a review's own author, a place, an organ of the State). Label: "
          + "elected departmental assemblies adopt the SDGs by ordinance."),
      Map.entry("b63-50", "integrated missed: the rules do not read it and the integrated model gives 0.81 (under 0.9). "
          + "Label: VNR calculations based on a departmental subnational review."),
      Map.entry("b63-63", "cited read wrongly by the rules (rule review-name); the cited model gives 0.74, not under 0.2. "
          + "Label: trap: a future review not yet available; nothing cited or used."),
      Map.entry("b63-67", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.16, not under "
          + "0.15. Label: trap: future local governments and hypothetical reviews."),
      Map.entry("b63-68", "lrg read wrongly by the rules (rule local-governments); the lrg model gives 0.27, not under "
          + "0.15; featured read wrongly by the rules (rule box-about-review). Label: local reviews alluded "
          + "to; near-miss for featured (box on lessons, not on a review) and integrated (no findings used)."),
      Map.entry("b64-11", "cited read wrongly by the rules (rule review-name); the cited model gives 0.20, not under 0.2. "
          + "Label: TRAP: 'local review score' is a ministry's performance assessment of a council, not an "
          + "SDG review"),
      Map.entry("b64-59", "integrated missed: the rules do not read it and the integrated model gives 0.88 (under 0.9). "
          + "Label: named local/state reviews systematised and their indicators used in the VNR's SDG "
          + "analyses"),
      Map.entry("b64-62", "lrg read wrongly by the rules (rule local-governments-in-heading); the lrg model gives 0.02 but "
          + "does not overrule them in a passage of fewer than 25 words citing no review. Label: TRAP: "
          + "'Vlr.' is the abbreviation of 'valor', not a VLR; fiscal transfer statistics"),
      Map.entry("b63-40", "cited and featured read wrongly by the rules (rules review-name, box-about-review); the cited "
          + "model gives 0.20, just at its keep probability, and does not overrule a passage the rules read "
          + "as a box about a review. Label: trap: mentions VLRs only to deny the fact sheets are such; LRG "
          + "participation explicitly denied."));


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
    // 0.968 / 0.953 on the 4,484 passages of batches 0-64 with the four models trained on them (batches 56-64, read
    // now, add the rules' lrg in short passages the model does not overrule and governments the rules rule out)
    assertTrue(eval.flag(MentionType.LRG)[0] >= 0.965 && eval.flag(MentionType.LRG)[1] >= 0.95, eval.report());
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
      // (0.957 on the 4,484 with batches 56-64 and the integrated model, trained on these passages)
      double recall = 0.95;
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
    // 0.967 (4,335 of 4,484) with batches 56-64 (0.833 and 0.857 on them at first sight) and the four models, trained on
    // these passages
    assertTrue(eval.levelAccuracy() >= 0.965, eval.report());
    // Since batches 27 and 28: level accuracy 0.964 on the 1,824 passages revised on, lrg 0.930 / 0.955, localities
    // without NER 0.911 / 0.815 (Bhutanese, Cuban and Japanese places the gazetteer does not hold; class words again);
    // with batch 23: 0.961 on 1,894, localities 0.911 / 0.806
    // with batches 19, 29-31, 34 and 35: 0.901 / 0.797 (writers who carry a review's place over to the passages that
    // refer back to it, and others who do not; Chinese and Japanese places the gazetteer does not hold)
    // with batches 38-40: 0.904 / 0.787 (their writers leave the places of passages that refer back empty, or carry them
    // over from a box two sections earlier)
    // with batches 56-64: 0.895 / 0.784 (on them alone, with NER as `bin/vlr eval mentions` runs, 0.814 / 0.749 before
    // the review-flag models and 0.824 / 0.772 with them)
    assertTrue(eval.localities()[0] >= 0.89 && eval.localities()[1] >= 0.78, eval.report());
  }

  /** The packaged linkage models were trained without the first-sight batches (their scores stay honest). */
  @Test
  void linkageModelsHeldOutTheFirstSightBatches() throws Exception {
    com.fasterxml.jackson.databind.JsonNode metrics = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(TestPaths.projectDir().resolve("models/linkage/metrics.json").toFile());
    Set<String> heldOut = new java.util.TreeSet<>();
    metrics.get("held_out_batches").forEach(n -> heldOut.add(n.asText()));
    assertTrue(heldOut.containsAll(FIRST_SIGHT), "retrain: bin/vlr train linkage --hold-out " + String.join(",",
        new java.util.TreeSet<>(FIRST_SIGHT)) + " (held out now: " + heldOut + ")");
    long expected = LabelledPassages.read(TestPaths.projectDir().resolve("data/eval/vnr-passages.csv")).stream()
        .filter(p -> !heldOut.contains(p.batch()) && Set.of("en", "es", "fr", "pt").contains(p.language())).count();
    Set<String> flags = new java.util.TreeSet<>();
    metrics.get("flags").fields().forEachRemaining(e -> {
      flags.add(e.getKey());
      assertEquals(expected, e.getValue().get("trained_on").get("passages").asInt(), e.getKey() + ": the model was "
          + "trained on every en/es/fr/pt passage not held out (retrain after adding passages)");
    });
    assertEquals(Set.of("lrg", "cited", "annexed", "integrated"), flags);
    for (String flag : flags) {
      org.junit.jupiter.api.Assertions.assertNotNull(PassageModel.shared(MentionType.valueOf(flag.toUpperCase(java.util.Locale.ROOT))), flag);
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new java.util.TreeSet<>(a);
    u.addAll(b);
    return u;
  }
}
