package org.vlrobs.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vlrobs.metadata.CountryGazetteer;
import org.vlrobs.metadata.LocalityGazetteer;
import org.vlrobs.metadata.LocalityGazetteer.Locality;
import org.vlrobs.metadata.PhraseIndex;
import org.vlrobs.metadata.TextKey;

/**
 * Finds the localities (cities, regions) named in a piece of text, from three sources, strongest first:
 * <ol>
 *   <li>the gazetteer: packaged VLR localities in all their forms plus the corpus's own VLR localities,
 *       matched accent- and case-insensitively ("Besancon", "Région Bretagne", "Helsingin kaupunki");</li>
 *   <li>patterns for names the gazetteer does not know, in en/es/fr/pt: a place named by its government
 *       ("City of X", "Ayuntamiento de X", "ville de X", "Prefeitura de X", "X City Council"), a review
 *       named after its place ("Revisión Local Voluntaria de X", "X's Voluntary Local Review"), and names
 *       coordinated with one already found ("Helsinki, Espoo and Turku", "de Niterói e de São Paulo");</li>
 *   <li>CoreNLP named-entity recognition (LOCATION) when a {@link LocationTagger} is given (English).</li>
 * </ol>
 * Country names, continents and generic capitalised words are never localities. Names are returned in
 * canonical form when the gazetteer knows them, else as written.
 */
public final class LocalityFinder {
  /**
   * A locality found: canonical (or written) name, ISO3 country when known, the text that matched (folded
   * for gazetteer hits), the source, and the character offset of the first mention in the text.
   */
  public record Found(String name, String country, String surface, String source, int offset) {}

  /** Recognises place names; implementations may be heavy and are built once per executor. */
  @FunctionalInterface
  public interface LocationTagger {
    /** Place names (as written) in the text. */
    List<String> locations(String text);
  }

  private static final org.vlrobs.lexicon.ReviewLexicon REVIEW_LEXICON = org.vlrobs.lexicon.ReviewLexicon.shared();
  /** Words of review names that open a capitalised name without being part of the place: "Estatal Voluntaria de Yucatán". */
  private static final org.vlrobs.lexicon.ReviewLexicon.Family[] REVIEW_NAME_WORDS = {
      org.vlrobs.lexicon.ReviewLexicon.Family.VOLUNTARY_WORDS, org.vlrobs.lexicon.ReviewLexicon.Family.LEVEL_WORDS,
      org.vlrobs.lexicon.ReviewLexicon.Family.REVIEW_WORDS};

  private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*\\p{L}";
  /**
   * One to four capitalised words, possibly joined by a small lower-case particle ("Rio de Janeiro", "Freiburg im
   * Breisgau", "Alphen aan den Rijn", "Boulogne-sous-Mer").
   */
  private static final String NAME = WORD + "(?:[ -](?:(?:de|del|do|da|dos|das|la|le|les|los|las|sur|sous|lès|upon|on|am|an|im|ob|der|aan|den)[ -]){0,2}" + WORD + "){0,3}";
  /**
   * A place word of the lexicon ({@code place-words}), perhaps an urban / rural qualifier, and the name after it: "City
   * of Bonn", "Prefeitura de Niterói", "la Commune Urbaine d'Antananarivo".
   */
  private static final Pattern GOVERNMENT_OF = Pattern.compile(
      "(?iu:\\b" + org.vlrobs.lexicon.ReviewLexicon.shared().surfaceRegex(org.vlrobs.lexicon.ReviewLexicon.Family.PLACE_WORDS)
          + "(?:\\s+(?:urban|rural|urbaine|rurale|urbana|urbano|metropolitan|m[ée]tropolitaine|metropolitana))?"
          + "\\s+(?:of\\s+(?:the\\s+)?|de\\s+(?:la\\s+|l['’])?|del\\s+|du\\s+|d['’]|do\\s+|da\\s+))"
          + "(" + NAME + ")"
          + "|(?u:\\b(?i:r[ée]gion)\\s+(" + NAME + "))");
  private static final Pattern GOVERNMENT_AFTER = Pattern.compile(
      "(?u)\\b(" + NAME + ")\\s+(?:City(?:\\s+(?:Council|Government|Hall))?|Municipality|Municipal\\s+Government|"
          + "Metropolitan\\s+Government|Prefecture|Town\\s+Council|County\\s+Council|Regional\\s+Council|District\\s+Council|"
          + "Municipal\\s+Council|City\\s+Corporation)\\b");
  /** Review names from the lexicon (org/vlrobs/lexicon). */
  private static final String REVIEW = org.vlrobs.lexicon.ReviewLexicon.shared().reviewNameRegex();
  private static final Pattern REVIEW_OF = Pattern.compile(
      "(?u)(?i:" + REVIEW + ")\\s+(?:\\((?:[^)]{1,12})\\)\\s+)?(?i:(?:of|de|do|da|du|des|for)\\s+|d['’])"
          + "(?:(?i:the\\s+(?:city|municipality|region)\\s+of|la\\s+(?:ciudad|ville|r[ée]gion)\\s+de|a\\s+cidade\\s+de|l['’])\\s*"
          + "|(?:la|el|le|les|a|o|the)\\s+)?"
          + "(" + NAME + ")");
  /**
   * A place in apposition to its review at the start of a title or after its label: "Encadré 3 : Porto-Novo, premier
   * examen local volontaire", "Kisumu, the first VLR in Kenya" (an ordinal is required: "Moreover, the VLR" is no place).
   */
  private static final Pattern APPOSITION_OF = Pattern.compile(
      "(?mu)(?:^|[:–—]\\s*)(" + NAME + ")\\s*,\\s+(?:(?i:the|its|le|la|son|sa|el|su|o|a|seu|sua)\\s+)?"
          + "(?i:first|second|third|latest|premi[eè]re?|deuxi[eè]me|primer[oa]?|segund[oa]|primeir[oa])\\s+(?:" + REVIEW + ")");
  /**
   * Places between "the" and a review's acronym ("the Cork VLR", "the Shah Alam and Subang Jaya VLRs"), or coordinated
   * before a plain "reviews" ("the Cork and Fingal reviews").
   */
  private static final Pattern THE_PLACE_REVIEW = Pattern.compile(
      "(?u)\\b(?i:the)\\s+(" + NAME + ")(?:\\s*,\\s*(" + NAME + "))?(?:\\s+(?i:and)\\s+(" + NAME + "))?\\s+(?:VLRs?|VSRs?)\\b"
          + "|\\b(?i:the)\\s+(" + NAME + ")(?:\\s*,\\s*(" + NAME + "))?\\s+(?i:and)\\s+(" + NAME + ")\\s+(?i:reviews)\\b");
  private static final Pattern POSSESSIVE = Pattern.compile(
      "(?u)\\b(" + NAME + ")['’]s\\s+(?:(?i:first|second|third|latest|new|\\d{4})\\s+)?"
          + "(?i:" + REVIEW + "|SDGs?\\s+(?:review|report|progress\\s+report))");
  /**
   * The place that publishes a review as the subject of its verb ({@code publishing-verbs}): "La Marsa ont publié",
   * "Curridabat publicó", "Nampula publicaram" (coordination adds the names listed before it).
   */
  private static final Pattern PUBLISHING_VERB = Pattern.compile("(?u)(?<![\\p{L}])" + org.vlrobs.lexicon.ReviewLexicon.shared()
      .literalRegex(org.vlrobs.lexicon.ReviewLexicon.Family.PUBLISHING_VERBS) + "(?![\\p{L}])");
  private static final Pattern SUBJECT_OF = Pattern.compile(
      "(?u)(" + NAME + ")\\s+" + org.vlrobs.lexicon.ReviewLexicon.shared().literalRegex(
          org.vlrobs.lexicon.ReviewLexicon.Family.PUBLISHING_VERBS) + "(?![\\p{L}])");
  /** A city's own government before its name, which may be a country's too: "la ville de Djibouti". */
  private static final Pattern CITY_OF = Pattern.compile(
      "(?iu:\\b" + org.vlrobs.lexicon.ReviewLexicon.shared().literalRegex(org.vlrobs.lexicon.ReviewLexicon.Family.CITY_WORDS)
          + "\\s+(?:of\\s+(?:the\\s+)?|de\\s+(?:la\\s+|l['’])?|del\\s+|du\\s+|d['’]|do\\s+|da\\s+))(" + NAME + ")");
  /** A place with the year of its review in brackets, as in a reference or annex list: "Arequipa (2023)". */
  private static final Pattern WITH_YEAR = Pattern.compile("(?u)(" + NAME + ")\\s*\\((?:19|20)\\d\\d\\)");
  /** A place as the label of its review: "Kigali and Musanze: Voluntary Local Reviews published in 2023". */
  private static final Pattern LABEL_OF = Pattern.compile("(?u)(" + NAME + ")\\s*:\\s*(?:(?i:un|una|une|a|an|the|um|uma)\\s+)?(?i:"
      + REVIEW + ")");
  /**
   * A place opening a title or sentence, set off by a comma and called a city: "Encadré 3 : Dschang, une ville
   * moyenne face aux ODD", "Dhulikhel, a municipality of about 33,000 residents, prepared its review".
   */
  private static final Pattern CALLED_CITY = Pattern.compile(
      "(?mu)(?:^|[:–—.]\\s*)(" + NAME + ")\\s*,\\s+(?i:a|an|une?|una?|um|uma)\\s+(?:\\p{L}+\\s+)?"
          + "(?i:city|town|municipality|ville|commune|ciudad|municipio|cidade|munic[íi]pio)\\b");
  /**
   * The place a box or case study is about, right after its label and number (a dash, a colon or a quotation mark
   * between), then a colon or a closing quotation mark, perhaps after a year: "Caixa 4.1 – Quelimane: bicicletas-táxi",
   * "Encadré 5.1 – « Liège 2030 » : la première revue", or a quoted title on its own ("«Santiago 2030»: lo que
   * revela"); not a topic ("Box 3: Making informal work visible").
   */
  private static final Pattern BOX_SUBJECT = Pattern.compile(
      "(?u)^\\s*(?i:" + org.vlrobs.lexicon.ReviewLexicon.shared().surfaceRegex(org.vlrobs.lexicon.ReviewLexicon.Family.BOX_HEADINGS)
          + ")\\s+\\p{N}+(?:[.\\-]\\p{N}+)*\\.?\\s*(?:[–—:-]\\s*)?[«\"“]?\\s*(" + NAME
          + ")(?=\\s*(?:\\p{N}{4}\\s*[»\"”]?\\s*:|[:»\"”]))"
          // the title alone, its label split off as a sentence of its own ("Recuadro 4.1." / "«Santiago 2030»: lo que ...")
          + "|^\\s*[«\"“]\\s*(" + NAME + ")(?:\\s+\\p{N}{4})?\\s*[»\"”]\\s*:");
  /** A place opening a sentence as where its review was made: "Em São Vicente, o relatório local voluntário". */
  private static final Pattern PLACE_OPENING = Pattern.compile(
      "(?mu)(?:^|[.;]\\s+)(?:In|En|Em|À|Na|No)\\s+(" + NAME + ")\\s*,\\s+(?:(?i:the|el|la|le|o|a)\\s+|(?i:l)['’])?(?i:"
          + REVIEW + ")");
  /**
   * A place in a later clause whose verb is left out, after one already found: "Beira e Nampula publicaram RLV em 2022,
   * e a Matola em 2023", "Bonn published one in 2020 and Mannheim in 2021".
   */
  private static final Pattern GAPPED = Pattern.compile(
      "(?u)(?:,\\s*|\\s)(?i:and|e|y|et)\\s+(?:(?i:the|a|o|la|le|el)\\s+)?(" + NAME + ")\\s+(?i:in|em|en)\\s+(?:19|20)\\d\\d(?!\\d)");
  /** What may stand between two coordinated place names. */
  private static final Pattern COORDINATION_AFTER = Pattern.compile(
      "(?iu)^(?:\\s*\\(\\d{4}\\))?(?:\\s*,\\s*(?:and\\s+|y\\s+|e\\s+|et\\s+)?|\\s+(?:and|y|e|et|&)\\s+)"
          + "(?:(?:(?:more|most)\\s+recently|later|then|also|m[áa]s\\s+recientemente|luego|despu[ée]s|tambi[ée]n|"
          + "plus\\s+r[ée]cemment|ensuite|puis|aussi|mais\\s+recentemente|depois|tamb[ée]m)\\s*,?\\s+)?"
          + "(?:the\\s+(?:city|municipality|region)\\s+of\\s+|(?:la\\s+|le\\s+|el\\s+|a\\s+|o\\s+)?(?:ville|r[ée]gion|ciudad|cidade|munic[ií]pio)\\s+de\\s+"
          + "|(?:la|el|a|o)\\s+de\\s+|de\\s+|d['’]|(?-i:la|le|el|o|a)\\s+|l['’])?(?-i:(" + NAME + "))");
  /**
   * Places a review sentence lists or credits: "including Recife, Vitória e Florianópolis", "entre ellas Mérida",
   * "notamment Lyon", "prepared by Cuenca, Loja and Manta", "publiée par Rabat" (coordination adds the rest).
   */
  private static final Pattern LISTED = Pattern.compile(
      "(?iu)\\b(?:including|notably|such\\s+as|among\\s+them|among\\s+which|"
          + "entre\\s+(?:ellas|ellos|elas|eles|las\\s+cuales|los\\s+cuales|as\\s+quais|os\\s+quais)|incluidas?|incluidos?|"
          + "notamment|dont|parmi\\s+(?:elles|eux|lesquelles|lesquels)|incluindo|nomeadamente|designadamente|"
          + "(?:prepared|published|presented|submitted|produced|undertaken|elaborated|"
          + "elaborad[oa]s?|presentad[oa]s?|publicad[oa]s?|preparad[oa]s?|pr[ée]par[ée]e?s?|publi[ée]e?s?|pr[ée]sent[ée]e?s?)"
          + "\\s+(?:by|por|par|pel[oa]s?))\\s*:?\\s+(?-i:(" + NAME + "))");
  /**
   * Places a review sentence names elliptically or in a list: "that of Khyber Pakhtunkhwa", "la de Neuquén", "celle de
   * Thiès", "os de Santos"; "Punjab's, in 2021" (a possessive with its noun left out); "by regions – Souss-Massa, Marrakech-Safi and
   * ..." (a list after a plural place word or "of them"); "the reviews that Colombo and Kandy are drafting", "que preparan Asunción",
   * "que a Praia e o Mindelo"; "Os relatórios de Braga, Guimarães e Lagoa" (a plain review noun and its places).
   */
  private static final String SP = "[ \\t\\n\\u00a0]";
  private static final Pattern ELLIPTIC_TRIGGER = Pattern.compile(
      "(?:(?:that|those|la|las|el|los|os|as|celle|celles|celui|ceux)" + SP + "+(?:of|de|du|d['’])" + SP + "*(?:la" + SP + "+|l['’])?"
          + "|(?:regions|r[ée]gions|regiones|regi[õo]es|provinces|provincias|prov[íi]ncias|cities|villes|ciudades|"
          + "cidades|municipalities|communes|municipios|munic[íi]pios|counties|states|estados|[ée]tats|d[ée]partements|"
          + "departamentos)(?:" + SP + "+\\p{L}{3,20})?" + SP + "*(?::|–|—|\\(|" + SP + "-" + SP + ")" + SP + "*"
          // "Tres de ellos —Asunción, Encarnación y Villa Hayes—", "three of them: Bonn, Mannheim and Stuttgart"
          + "|(?:of" + SP + "+them|de" + SP + "+(?:ellos|ellas)|d['’]entre" + SP + "+(?:eux|elles)|deles|delas)"
          + SP + "*(?::|–|—|\\(|" + SP + "-" + SP + ")" + SP + "*"
          + "|(?<rel>(?:that|which|que|qui)" + SP + "+)"
          + "|(?:reports|reviews|informes|reportes|revisiones|relat[óo]rios|revis[õo]es|rapports|revues|examens)" + SP + "+"
          + "(?:of|de|do|da|du|des)" + SP + "+)");
  private static final String TRIGGER_FIRST = "tlcwqrpmsdeéoa";
  private static final Pattern NAME_HERE = Pattern.compile("(?u)" + NAME);
  /** After a relative pronoun, the name may follow one lower-case word: "que preparan Asunción", "que a Praia". */
  private static final Pattern NAME_AFTER_WORD = Pattern.compile("(?u)(?:\\p{Ll}{1,12}\\s+)?(" + NAME + ")");
  /** A name ending right where a possessive "'s" with its noun left out begins ("Punjab's, in 2021"). */
  private static final Pattern NAME_BEFORE_POSSESSIVE = Pattern.compile("(?u)(?<![\\p{L}'’.-])(" + NAME + ")$");

  private static final Pattern COORDINATION_BEFORE = Pattern.compile(
      "(?u)(" + NAME + ")(?:\\s*,\\s*|\\s+(?i:and|y|e|et)\\s+)(?:(?:de|du|do|da)\\s+|d['’])?$");
  /** Folded words that are never (part of) a place name at its edges. */
  private static final Set<String> NOT_A_PLACE = Set.copyOf(List.of(
      "the", "this", "these", "its", "their", "our", "in", "on", "at", "as", "for", "from", "with", "by", "and", "of",
      "what", "how", "why", "which", "who", "where", "when", "que", "comment", "pourquoi", "quoi", "porque",
      "la", "el", "los", "las", "le", "les", "en", "de", "del", "a", "o", "os", "as", "em", "no", "na", "y", "e", "et",
      "un", "une", "una", "um", "uma", "ce", "cette", "este", "esta", "estos", "estas",
      "voluntary", "local", "review", "reviews", "report", "reports", "national", "subnational", "revision", "revisiones",
      "revisao", "informe", "informes", "examen", "examenes", "rapport", "rapports", "relatorio", "relatorios", "reporte",
      "sdg", "sdgs", "ods", "odd", "agenda", "goal", "goals", "objetivo", "objetivos", "objectif", "objectifs",
      "box", "annex", "anexo", "annexe", "appendix", "table", "figure", "chapter", "section", "map", "chart", "graph",
      "mapa", "carte", "tabla", "cuadro", "quadro", "tableau", "grafico", "graphique", "tabela",
      "administration", "authority", "autonomo", "descentralizado", "statistics", "institute", "bureau", "university", "foundation", "programme",
      "government", "gobierno", "governo", "gouvernement", "federation", "federacion", "federacao", "association",
      "asociacion", "associacao", "ministry", "ministerio", "ministere", "council", "consejo", "conseil", "committee",
      "commission", "comision", "department", "office", "agency", "city", "cities", "municipality", "municipalities",
      "region", "regions", "state", "states", "province", "metropolitan", "metropolitana", "metropolitano", "ciudad", "ciudades", "ville", "villes", "cidade", "cidades",
      "municipio", "municipios", "ayuntamiento", "ayuntamientos", "prefeitura", "commune", "communes",
      "mayor", "alcalde", "maire", "prefeito", "hall", "vlr", "vlrs", "vnr", "vnrs", "vsr", "rlv", "hlpf",
      "united", "nations", "un", "habitat", "uclg", "oecd", "undp", "desa", "eu", "european", "union", "covid"));
  /**
   * Month names: cut from the front of a name ("March Bonn published"), never from its end or middle, where they are
   * part of the place ("Chiang Mai", "May Pen").
   */
  private static final Set<String> MONTHS = Set.copyOf(List.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
      "noviembre", "diciembre", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
      "octobre", "novembre", "decembre", "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro",
      "outubro", "novembro", "dezembro"));
  /** Continents and world regions: places, but never a locality that publishes a review. */
  private static final Set<String> WORLD_REGIONS = Set.copyOf(List.of("europe", "africa", "asia", "america", "americas",
      "north america", "south america", "latin america", "latin america and the caribbean", "caribbean", "oceania",
      "middle east", "europa", "africa subsahariana", "america latina", "amerique latine", "amerique", "asie",
      "afrique", "afrique subsaharienne", "asia pacifico", "asie pacifique", "america do sul", "america del sur",
      "europe centrale", "nordic countries", "scandinavia", "mediterranean", "mediterraneo", "mediterranee",
      "global south", "world", "mundo", "monde", "pacific", "pacifico", "pacifique", "balkans", "sahel"));

  /** Compass words that make a part of a world region ("West Africa", "South-East Asia", "Sub-Saharan Africa"). */
  private static final java.util.regex.Pattern REGION_QUALIFIER = java.util.regex.Pattern.compile(
      "^(?:(?:north|south|east|west|northern|southern|eastern|western|central|sub saharan|subsaharan|"
          + "nord|sud|est|ouest|norte|sur|este|oeste|centro|central)(?:[ -](?:east|west|eastern|western))? )+");

  private static final java.util.regex.Pattern TRAILING_QUALIFIER = java.util.regex.Pattern.compile(
      " (?:centrale|central|centro|occidentale|occidental|orientale|oriental|australe|austral|meridionale|meridional|"
          + "septentrionale|septentrional|du nord|du sud|de l ouest|de l est|del norte|del sur|do norte|do sul)$");

  /** A continent or world region, also with compass qualifiers ("West Africa", "Southern Europe"). */
  static boolean isWorldRegion(String key) {
    if (WORLD_REGIONS.contains(key)) {
      return true;
    }
    String rest = REGION_QUALIFIER.matcher(key.replace('-', ' ')).replaceFirst("");
    if (!rest.equals(key) && WORLD_REGIONS.contains(rest)) {
      return true;
    }
    // qualifiers after the name in Romance languages: "Afrique centrale", "África Occidental", "Europa do Sul"
    String head = TRAILING_QUALIFIER.matcher(key.replace('-', ' ')).replaceFirst("");
    return !head.equals(key) && WORLD_REGIONS.contains(head);
  }

  private final LocalityGazetteer gazetteer;
  private final CountryGazetteer countries = CountryGazetteer.shared();
  private final LocationTagger ner;

  /** @param ner named-entity tagger for English text, or null to use the gazetteer and patterns only */
  public LocalityFinder(LocalityGazetteer gazetteer, LocationTagger ner) {
    this.gazetteer = gazetteer;
    this.ner = ner;
  }

  /** Localities named in the text, in order of first appearance, each once. */
  public List<Found> find(String text, String language) {
    List<Span> spans = new ArrayList<>();
    String folded = foldMarks(text);
    for (PhraseIndex.Hit<Locality> hit : gazetteer.find(text)) {
      if (onlyInCompounds(folded, hit.phrase())) {
        continue; // "Porto" in "Porto-Novo", "Basel" in "Basel-Stadt": part of another place's name
      }
      spans.add(new Span(offsetOf(folded, hit.phrase()), hit.value().name(), hit.value().country(), hit.phrase(), "gazetteer"));
    }
    addPattern(spans, text, GOVERNMENT_OF, "government-of");
    addPattern(spans, text, CITY_OF, "city-of");
    addPattern(spans, text, GOVERNMENT_AFTER, "government-of");
    addPattern(spans, text, REVIEW_OF, "review-of-place");
    addPattern(spans, text, POSSESSIVE, "review-of-place");
    addPattern(spans, text, THE_PLACE_REVIEW, "review-of-place");
    addPattern(spans, text, LISTED, "listed");
    addPattern(spans, text, BOX_SUBJECT, "listed");
    // the costly name patterns only where their trigger is (a publishing verb, a bracketed year, a colon)
    if (SEARCHED.get(PUBLISHING_VERB).search(text).find()) {
      addPattern(spans, text, SUBJECT_OF, "listed");
    }
    if (text.contains("(19") || text.contains("(20")) {
      addPattern(spans, text, WITH_YEAR, "listed");
    }
    if (text.indexOf(':') >= 0) {
      addPattern(spans, text, LABEL_OF, "listed");
    }
    if (text.indexOf(',') >= 0) {
      addPattern(spans, text, APPOSITION_OF, "listed");
      addPattern(spans, text, CALLED_CITY, "listed");
      addPattern(spans, text, PLACE_OPENING, "listed");
    }
    addElliptic(spans, text);
    if (!spans.isEmpty() && (text.contains(" in ") || text.contains(" em ") || text.contains(" en "))) {
      addPattern(spans, text, GAPPED, "coordination");
    }
    addCoordinated(spans, text, folded);
    if (org.vlrobs.lexicon.Tokens.hasCjk(text)) {
      addCjk(spans, text, language);
    }
    if (ner != null && "en".equals(language)) {
      for (String name : ner.locations(text)) {
        Span s = candidate(name, "ner", Math.max(0, text.indexOf(name)));
        if (s != null) {
          spans.add(s);
        }
      }
    }
    // "Ciudad de México": the gazetteer's city, not the country's name inside it
    List<Span> gazetteerSpans = spans.stream().filter(s -> s.source.equals("gazetteer")).toList();
    spans.removeIf(s -> s.source.equals("city-of") && gazetteerSpans.stream().anyMatch(g -> inside(folded, g.surface, s.order)));
    // "Victoria Falls": the gazetteer's "Victoria" at the start of a longer place's name is not named there
    spans.removeIf(g -> g.source.equals("gazetteer") && spans.stream().anyMatch(s -> !s.source.equals("gazetteer")
        && s.order == g.order && TextKey.of(s.surface).startsWith(g.surface + " ")));
    spans.sort(Comparator.comparingInt(Span::order));
    Map<String, Found> byKey = new LinkedHashMap<>();
    for (Span s : spans) {
      byKey.putIfAbsent(TextKey.of(s.name), new Found(s.name, s.country, s.surface, s.source, s.order));
    }
    return List.copyOf(byKey.values());
  }

  private record Span(int order, String name, String country, String surface, String source) {}

  /** Character offset of a folded phrase in the folded text, words separated by anything. */
  private static int offsetOf(String folded, String phrase) {
    Matcher m = wordsOf(phrase).matcher(folded);
    return m.find() ? m.start() : folded.length();
  }

  /** An occurrence of the phrase covers the offset. */
  private static boolean inside(String folded, String phrase, int offset) {
    Matcher m = wordsOf(phrase).matcher(folded);
    while (m.find()) {
      if (m.start() <= offset && offset < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** Every occurrence of the phrase is joined by a hyphen to a word before or after it ("Porto-Novo"). */
  private static boolean onlyInCompounds(String folded, String phrase) {
    Matcher m = wordsOf(phrase).matcher(folded);
    boolean any = false;
    while (m.find()) {
      any = true;
      boolean before = m.start() >= 2 && folded.charAt(m.start() - 1) == '-' && Character.isLetter(folded.charAt(m.start() - 2));
      boolean after = m.end() + 1 < folded.length() && folded.charAt(m.end()) == '-' && Character.isLetter(folded.charAt(m.end() + 1));
      if (!before && !after) {
        return false;
      }
    }
    return any;
  }

  /** The folded phrase as a whole-word pattern whose words may be separated by spaces or punctuation. */
  private static Pattern wordsOf(String foldedPhrase) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(foldedPhrase).replace(" ", "\\E[\\s\\p{Punct}’]+\\Q")
        + "(?![\\p{L}\\p{N}])");
  }

  /**
   * The patterns of {@link #addPattern} and the publishing-verb trigger, each tried only where a match of it can start ({@link FirstChars}: the review
   * names' long alternation and the capitalised place names are not tried at most characters); same matches.
   */
  private static final Map<Pattern, FirstChars> SEARCHED = new java.util.IdentityHashMap<>();

  static {
    for (Pattern p : List.of(GOVERNMENT_OF, CITY_OF, GOVERNMENT_AFTER, REVIEW_OF, POSSESSIVE, LISTED, SUBJECT_OF,
        WITH_YEAR, LABEL_OF, PUBLISHING_VERB, CALLED_CITY, PLACE_OPENING, THE_PLACE_REVIEW)) {
      SEARCHED.put(p, new FirstChars(p));
    }
  }

  /** The patterns searched by their first characters (for tests). */
  static List<Pattern> searchedPatterns() {
    return List.copyOf(SEARCHED.keySet());
  }

  private void addPattern(List<Span> spans, String text, Pattern p, String source) {
    FirstChars first = SEARCHED.get(p);
    FirstChars.Search search = first == null ? null : first.search(text);
    Matcher m = search == null ? p.matcher(text) : search.matcher();
    while (search == null ? m.find() : search.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          Span s = candidate(m.group(g), source, m.start(g));
          if (s != null) {
            spans.add(s);
          }
        }
      }
    }
  }

  /**
   * Elliptic and listed names: the trigger words are sought in the lower-cased text (a case-sensitive scan, cheap), the
   * name right after each trigger in the text as written.
   */
  private void addElliptic(List<Span> spans, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() == text.length()) {
      Matcher t = ELLIPTIC_TRIGGER.matcher(lower);
      Matcher name = NAME_HERE.matcher(text);
      Matcher afterWord = NAME_AFTER_WORD.matcher(text);
      int n = lower.length();
      for (int i = 0; i < n; i++) {
        // a trigger starts a word with one of its first letters: the anchored pattern is tried there only
        if ((i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) || TRIGGER_FIRST.indexOf(lower.charAt(i)) < 0
            || !t.region(i, n).lookingAt()) {
          continue;
        }
        Matcher m = t.group("rel") != null ? afterWord : name;
        if (m.region(t.end(), text.length()).lookingAt()) {
          int g = m == afterWord ? 1 : 0;
          Span s = candidate(m.group(g), "listed", m.start(g));
          if (s != null) {
            spans.add(s);
          }
        }
      }
    }
    // "Punjab's, in 2021": a possessive followed by a comma, semicolon or bracket (rare: sought by index, not by regex)
    for (int i = 1; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c != '\'' && c != '’') || text.charAt(i + 1) != 's' || !Character.isLetter(text.charAt(i - 1))) {
        continue;
      }
      int j = i + 2;
      while (j < text.length() && text.charAt(j) == ' ') {
        j++;
      }
      if (j < text.length() && ",;)".indexOf(text.charAt(j)) >= 0) {
        Matcher m = NAME_BEFORE_POSSESSIVE.matcher(text).region(Math.max(0, i - 80), i);
        if (m.find()) {
          Span s = candidate(m.group(1), "listed", m.start(1));
          if (s != null) {
            spans.add(s);
          }
        }
      }
    }
  }

  /** Names in a list with a name already found: "Helsinki, Espoo and Turku", "de Niterói e de São Paulo". */
  private void addCoordinated(List<Span> spans, String text, String folded) {
    for (Span seed : List.copyOf(spans)) {
      Matcher at = wordsOf(TextKey.of(seed.surface)).matcher(folded);
      while (at.find()) {
        int end = at.end();
        Matcher next;
        while ((next = COORDINATION_AFTER.matcher(text.substring(end))).find()) {
          Span s = candidate(next.group(1), "coordination", end + next.start(1));
          if (s == null) {
            break;
          }
          spans.add(s);
          end += next.end();
        }
        int start = at.start();
        Matcher prev;
        while (start > 0 && (prev = COORDINATION_BEFORE.matcher(text.substring(Math.max(0, start - 80), start))).find()) {
          int found = Math.max(0, start - 80) + prev.start(1);
          Span s = candidate(prev.group(1), "coordination", found);
          if (s == null) {
            break;
          }
          spans.add(s);
          start = found;
        }
      }
    }
  }

  /**
   * The name goes on, past a known name at its start, with capitalised words that are neither generic nor known names
   * ("Falls", "Island").
   */
  private boolean extendsName(String name, String knownFolded) {
    String[] words = name.split("\\s+");
    int known = knownFolded.split(" ").length;
    if (words.length <= known) {
      return false;
    }
    for (int i = known; i < words.length; i++) {
      if (!Character.isUpperCase(words[i].codePointAt(0)) || allGeneric(TextKey.of(words[i]))) {
        return false;
      }
    }
    // "Bonn Bonn" (a heading's last word and the text's first): a second known name is no extension
    return gazetteer.find(String.join(" ", Arrays.asList(words).subList(known, words.length))).isEmpty();
  }

  /**
   * Chinese and Japanese place names, which no capital letter marks: two to four characters before an administrative
   * suffix of the lexicon ({@code place-suffixes}: 市, 县, 町), back to a character that never begins a name
   * ({@code function-characters}: 年, 的, 各) or to anything not Han or katakana. Such a name counts right before a review
   * name ("成都市自愿地方审查报告", "《桂林市地方自愿陈述》", "浜松市の自発的自治体レビュー") or listed with a place already
   * found ("德清县、广州市、深圳市", "浜松市、鎌倉市、岡山市").
   */
  private void addCjk(List<Span> spans, String text, String language) {
    Cjk cjk = "ja".equals(language) ? CJK_JA : CJK_ZH;
    for (String review : CJK_REVIEWS) {
      for (int r = text.indexOf(review); r >= 0; r = text.indexOf(review, r + 1)) {
        int j = r - 1;
        if (j >= 0 && "《「『【“".indexOf(text.charAt(j)) >= 0) {
          j--;
        }
        if (j >= 0 && (text.charAt(j) == '的' || text.charAt(j) == 'の')) {
          j--;
        }
        if (j >= 1 && cjk.suffix(text.charAt(j))) {
          addCjkName(spans, text, cjk.nameEndingAt(text, j), j);
        }
      }
    }
    for (Span seed : List.copyOf(spans)) {
      if (!org.vlrobs.lexicon.Tokens.hasCjk(seed.surface)) {
        continue;
      }
      for (int at = text.indexOf(seed.surface); at >= 0; at = text.indexOf(seed.surface, at + 1)) {
        int k = at + seed.surface.length();
        while (k < text.length() && cjk.conjunction(text.charAt(k))) {
          String next = cjk.nameStartingAt(text, k + 1);
          if (next == null || !addCjkName(spans, text, next, k + next.length())) {
            break;
          }
          k += 1 + next.length();
        }
        k = at - 1;
        while (k >= 2 && cjk.conjunction(text.charAt(k)) && cjk.suffix(text.charAt(k - 1))) {
          String before = cjk.nameEndingAt(text, k - 1);
          if (before == null || !addCjkName(spans, text, before, k - 1)) {
            break;
          }
          k -= 1 + before.length();
        }
      }
    }
  }

  /** Adds a Chinese or Japanese name (ending at index {@code end} of the text); false if it is none. */
  private boolean addCjkName(List<Span> spans, String text, String name, int end) {
    if (name == null || countries.toIso3(name) != null) {
      return false;
    }
    int order = end - name.length() + 1;
    Locality known = gazetteer.lookup(name);
    spans.add(known != null ? new Span(order, known.name(), known.country(), name, "cjk")
        : new Span(order, name, null, name, "cjk"));
    return true;
  }

  /** Chinese and Japanese review names and acronyms of the lexicon, sought as substrings. */
  private static final List<String> CJK_REVIEWS = cjkReviews();

  private static List<String> cjkReviews() {
    List<String> out = new ArrayList<>();
    for (String e : REVIEW_LEXICON.entries(org.vlrobs.lexicon.ReviewLexicon.Family.LOCAL_REVIEW_NAMES)) {
      if (org.vlrobs.lexicon.Tokens.hasCjk(e)) {
        out.add(e);
      }
    }
    out.addAll(REVIEW_LEXICON.entries(org.vlrobs.lexicon.ReviewLexicon.Family.REVIEW_ACRONYMS));
    return List.copyOf(out);
  }

  private static final Cjk CJK_ZH = new Cjk("zh", "、，,和与與及・");
  private static final Cjk CJK_JA = new Cjk("ja", "、，,やと・及");

  /** One language's place suffixes, characters that never begin a name, and list separators. */
  private static final class Cjk {
    private final Set<Integer> suffixes;
    private final Set<Integer> stops;
    private final String conjunctions;

    Cjk(String language, String conjunctions) {
      this.suffixes = chars(org.vlrobs.lexicon.ReviewLexicon.Family.PLACE_SUFFIXES, language);
      this.stops = chars(org.vlrobs.lexicon.ReviewLexicon.Family.FUNCTION_CHARACTERS, language);
      this.conjunctions = conjunctions;
    }

    private static Set<Integer> chars(org.vlrobs.lexicon.ReviewLexicon.Family f, String language) {
      java.util.Set<Integer> out = new java.util.HashSet<>();
      for (String e : REVIEW_LEXICON.entries(f, language)) {
        e.codePoints().forEach(out::add);
      }
      return Set.copyOf(out);
    }

    boolean suffix(char c) {
      return suffixes.contains((int) c);
    }

    boolean conjunction(char c) {
      return conjunctions.indexOf(c) >= 0;
    }

    /** A character a name may hold: Han, katakana and the long-vowel mark, not a function character. */
    boolean nameChar(char c) {
      Character.UnicodeScript sc = Character.UnicodeScript.of(c);
      return (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.KATAKANA || c == 'ー')
          && !stops.contains((int) c);
    }

    /** The name whose suffix is at {@code end}: two to four characters before it; null if none or too long to tell. */
    String nameEndingAt(String text, int end) {
      int i = end - 1;
      int body = 0;
      while (i >= 0 && nameChar(text.charAt(i)) && body < 4) {
        if (body >= 2 && suffix(text.charAt(i))) {
          break; // "云南省景洪市": the province ends where the city begins
        }
        body++;
        i--;
      }
      if (body < 2 || (body == 4 && i >= 0 && nameChar(text.charAt(i)) && !suffix(text.charAt(i)))) {
        return null; // "城市", "各省"; or a run of characters too long to tell where the name begins
      }
      return text.substring(i + 1, end + 1);
    }

    /** The name that begins at {@code from}: the first suffix after two to four characters; null if none. */
    String nameStartingAt(String text, int from) {
      for (int j = from; j < text.length() && j - from <= 4 && nameChar(text.charAt(j)); j++) {
        if (j - from >= 2 && suffix(text.charAt(j))) {
          return text.substring(from, j + 1);
        }
      }
      return null;
    }
  }

  /** Lower case without accents, same length as the input (so offsets still point into the text). */
  private static String foldMarks(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      b.append(foldMark(text.charAt(i)));
    }
    return b.toString();
  }

  /**
   * Each character's fold, {@code TextKey.of} of the character alone when that is one character, else the character
   * in lower case: computed the first time the character is met and kept (0: not yet; else the fold + 1). Threads
   * racing on a character store the same value.
   */
  private static final int[] FOLDED_CHAR = new int[Character.MAX_VALUE + 1];

  private static char foldMark(char c) {
    int f = FOLDED_CHAR[c];
    if (f == 0) {
      String one = TextKey.of(String.valueOf(c));
      f = (one.length() == 1 ? one.charAt(0) : Character.toLowerCase(c)) + 1;
      FOLDED_CHAR[c] = f;
    }
    return (char) (f - 1);
  }

  /** A cleaned candidate name, resolved through the gazetteer; null if it is not a locality. */
  /** A single word that is an adverb by its ending: "Separately", "Finalmente", "Également", "Igualmente". */
  private static final Pattern ADVERB = Pattern.compile("\\p{L}{4,}(?:ly|mente|ement)");

  private Span candidate(String raw, String source, int order) {
    String cleaned = raw.strip().replaceAll("['’]s$", "");
    Locality whole = gazetteer.lookup(cleaned);
    if (whole != null) {
      return new Span(order, whole.name(), whole.country(), cleaned, source);
    }
    String[] words = cleaned.split("[\\s]+");
    int from = 0;
    int to = words.length;
    boolean reviewCut = false;
    while (from < to && (((NOT_A_PLACE.contains(TextKey.of(words[from])) || MONTHS.contains(TextKey.of(words[from])))
            && !isNameArticle(words[from], to - from))
        || REVIEW_LEXICON.coveredBy(words[from], REVIEW_NAME_WORDS) || REVIEW_LEXICON.isAcronym(words[from])
        || (reviewCut && isParticle(words[from]))
        || (to - from >= 3 && LEXICON_WORDS.contains(org.vlrobs.lexicon.Tokens.key(words[from]))))) {
      // "Região Autónoma do Príncipe", "Câmara Distrital de Água Grande": generic words of the lexicon and the
      // particle after them open the name of the place without being part of it
      // "ILV de Encarnación": a review's acronym too
      reviewCut |= REVIEW_LEXICON.coveredBy(words[from], REVIEW_NAME_WORDS) || REVIEW_LEXICON.isAcronym(words[from])
          || (to - from >= 3 && LEXICON_WORDS.contains(org.vlrobs.lexicon.Tokens.key(words[from])));
      from++;
    }
    while (to > from && NOT_A_PLACE.contains(TextKey.of(words[to - 1]))) {
      to--;
    }
    // "Kanifing Municipal Council", "Viken County": a generic word of the lexicon after the name is not part of it
    while (to - from > 1 && allGeneric(TextKey.of(words[to - 1]))
        && countries.toIso3(String.join(" ", Arrays.asList(words).subList(from, to - 1))) == null) {
      to--;
    }
    if (from >= to) {
      return null;
    }
    String name = String.join(" ", Arrays.asList(words).subList(from, to)).replaceAll("['’]s$", "").replaceAll("[.'’-]+$", "");
    String key = TextKey.of(name);
    // a country's name is no locality, unless a city's government is named with it ("la ville de Djibouti")
    if (key.length() < 3 || isWorldRegion(key) || (countries.toIso3(name) != null && !"city-of".equals(source))) {
      return null;
    }
    // the name's own offset, past the words cut in front of it ("Revisión Local Voluntaria de Málaga (2021)")
    int shift = 0;
    for (int i = 0; i < from; i++) {
      shift = cleaned.indexOf(words[i], shift) + words[i].length();
    }
    order += Math.max(0, cleaned.indexOf(words[from], shift));
    if (name.matches("[IVXLCDM]+")) {
      return null; // "Anexo III: Revisiones Locales Voluntarias": a roman numeral
    }
    if (from + 1 == to && ADVERB.matcher(key).matches()) {
      return null; // "Separately, Pokhara ... and Dhulikhel": an adverb opening the sentence, set off by a comma
    }
    if (REVIEW_LEXICON.coveredBy(name, org.vlrobs.lexicon.ReviewLexicon.Family.SOURCE_LABELS)) {
      return null; // "Source: Voluntary Local Reviews"
    }
    for (String w : key.split(" ")) {
      if (NOT_A_PLACE.contains(w) && !isParticle(w)) {
        return null; // "Federation of Municipalities", "Voluntary Local Review": not a place name
      }
    }
    Locality known = gazetteer.lookup(name);
    if (known != null) {
      return new Span(order, known.name(), known.country(), name, source);
    }
    if (allGeneric(key)) {
      return null; // "County" (of "County Government of Kisumu"), "Voluntário" (of "Relatório Local Voluntário")
    }
    String foldedName = foldMarks(name);
    for (PhraseIndex.Hit<Locality> inner : gazetteer.find(name)) {
      if (onlyInCompounds(foldedName, inner.phrase())) {
        continue; // "Canterbury-Bankstown": the known "Bankstown" is part of another place's name
      }
      if (offsetOf(foldedName, inner.phrase()) == 0 && extendsName(name, inner.phrase())) {
        // "Victoria Falls", "Penang Island": a known name with more of a place's name after it is another place
        return new Span(order, name, null, name, source);
      }
      return null; // "Following New York City": the known name inside is found by the gazetteer already
    }
    return new Span(order, name, null, name, source);
  }

  /**
   * Words of the review lexicon's names and actors in every language ("voluntary", "voluntário", "county",
   * "prefecture", "municipal", "câmara"...): a candidate made of these alone is a generic word, not a place.
   */
  private static final Set<String> LEXICON_WORDS = lexiconWords();

  private static Set<String> lexiconWords() {
    org.vlrobs.lexicon.ReviewLexicon lex = org.vlrobs.lexicon.ReviewLexicon.shared();
    java.util.Set<String> out = new java.util.HashSet<>();
    for (org.vlrobs.lexicon.ReviewLexicon.Family f : List.of(org.vlrobs.lexicon.ReviewLexicon.Family.LOCAL_REVIEW_NAMES,
        org.vlrobs.lexicon.ReviewLexicon.Family.REVIEW_NOUNS, org.vlrobs.lexicon.ReviewLexicon.Family.NATIONAL_REVIEW_NAMES,
        org.vlrobs.lexicon.ReviewLexicon.Family.LRG_ACTORS, org.vlrobs.lexicon.ReviewLexicon.Family.LRG_ACTORS_WEAK,
        org.vlrobs.lexicon.ReviewLexicon.Family.ANNEX_HEADINGS, org.vlrobs.lexicon.ReviewLexicon.Family.BOX_HEADINGS)) {
      for (String e : lex.entries(f)) {
        if (org.vlrobs.lexicon.Tokens.hasCjk(e)) {
          continue;
        }
        for (String w : e.split("[\\s'’-]+")) {
          if (!w.equals("*") && !w.isEmpty()) {
            out.add(org.vlrobs.lexicon.Tokens.key(w));
          }
        }
      }
    }
    return Set.copyOf(out);
  }

  /** Every word of the (folded) candidate is a generic word of the lexicon or never a place. */
  static boolean allGeneric(String key) {
    for (String w : key.split(" ")) {
      if (!LEXICON_WORDS.contains(org.vlrobs.lexicon.Tokens.key(w)) && !NOT_A_PLACE.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** "La Paz", "Los Angeles", "Le Havre": a capitalised article that begins a two- or three-word name. */
  private static boolean isNameArticle(String word, int wordsLeft) {
    return wordsLeft >= 2 && wordsLeft <= 3 && Character.isUpperCase(word.charAt(0))
        && Set.of("la", "las", "los", "el", "le", "les").contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isParticle(String w) {
    return w.length() <= 3 && w.equals(w.toLowerCase(Locale.ROOT));
  }
}
