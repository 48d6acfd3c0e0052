package org.vlrobs.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a passage of a VNR (with its section heading), where the national review involves local
 * governments, cites, features, annexes or integrates local reviews, in English, Spanish, French,
 * Portuguese, Japanese and Chinese. Not evidence: the VNR naming itself, "local review" in another
 * sense (a review of local procurement rules, a local review board), cities mentioned with no review.
 * Stateless and thread-safe; localities are resolved elsewhere.
 */
public final class MentionRules {
  /** Acronyms of local reviews (VLR, VSR, RLV), case-sensitive, not inside a longer Latin word. */
  private static final String ACRONYM = "(?<![A-Za-z])(?-i:VLRs?|VSRs?|RLVs?)(?![A-Za-z])";
  /** Names of local (and subnational) reviews in the supported languages. */
  static final String REVIEW = "(?:voluntary\\s+local\\s+reviews?|local\\s+voluntary\\s+reviews?|" + ACRONYM + "|"
      + "(?:voluntary\\s+)?sub-?national\\s+(?:SDGs?\\s+)?reviews?|voluntary\\s+local\\s+reports?|"
      + "local\\s+reviews?\\s+(?:of|on)\\s+(?:the\\s+)?(?:SDGs?\\b|SDG\\s+implementation|(?:2030\\s+)?Agenda(?:\\s+2030)?|"
      + "Sustainable\\s+Development\\s+Goals)|local\\s+SDGs?\\s+(?:reviews?|reports?)|"
      // "the local reviews of Bonn and Mannheim": a review named after a place (capitalised), not "of procurement"
      + "local\\s+reviews?(?=\\s+(?:of|by|from)\\s+(?:the\\s+(?:city|cities|municipality|municipalities|regions?|provinces?)\\s+of\\s+)?(?-i:\\p{Lu}))|"
      + "local\\s+reviews?(?=\\s+(?:prepared|published|presented|submitted|conducted)\\s+by\\s+(?:the\\s+)?(?-i:\\p{Lu}))|"
      + "revisi(?:ón|on|ones)\\s+local(?:es)?(?=\\s+de\\s+(?:la\\s+ciudad\\s+de\\s+)?(?-i:\\p{Lu}))|"
      + "(?:examens?|revues?)\\s+loca(?:l|ux|les?)(?=\\s+d[eu]\\s+(?:la\\s+ville\\s+de\\s+)?(?-i:\\p{Lu}))|"
      + "revis(?:ão|ao|ões|oes)\\s+loca(?:l|is)(?=\\s+d[eoa]s?\\s+(?-i:\\p{Lu}))|"
      + "revisi(?:ón|on|ones)\\s+local(?:es)?\\s+voluntarias?|informes?\\s+local(?:es)?\\s+voluntarios?|"
      + "revisi(?:ón|on|ones)\\s+subnacional(?:es)?(?:\\s+voluntarias?)?|reportes?\\s+local(?:es)?\\s+voluntarios?|"
      + "revisi(?:ón|on|ones)\\s+local(?:es)?\\s+de\\s+(?:los\\s+)?ODS|"
      + "ex[aá]m(?:enes|en)\\s+local(?:es)?\\s+voluntarios?|"
      + "examens?\\s+loca(?:l|ux)\\s+volontaires?|revues?\\s+locales?\\s+volontaires?|rapports?\\s+loca(?:l|ux)\\s+volontaires?|"
      + "examens?\\s+infranationa(?:l|ux)|revues?\\s+infranationales?|examens?\\s+loca(?:l|ux)\\s+des\\s+ODD|"
      + "relat[oó]rios?\\s+loca(?:l|is)\\s+volunt[aá]rios?|revis(?:ão|ao|ões|oes)\\s+loca(?:l|is)\\s+volunt[aá]rias?|"
      + "revis(?:ão|ao|ões|oes)\\s+subnaciona(?:l|is)|revis(?:ão|ao|ões|oes)\\s+loca(?:l|is)\\s+dos\\s+ODS|"
      + "自発的自治体レビュー|自発的ローカルレビュー|自発的地方レビュー|ボランタリー・?ローカル・?レビュー|"
      + "自愿地方审查|自愿性地方审查|地方自愿审查|地方自愿陈述|自愿地方陈述|地方自愿评估|自愿地方评估)";
  private static final Pattern ACRONYM_ONLY = Pattern.compile("^" + ACRONYM + "$");
  /** Words that make a bare acronym a local review ("the VLR of the city"), not a "VLR (variable lending rate)". */
  private static final Pattern ACRONYM_CONTEXT = Pattern.compile(
      "(?iu)\\b(?:cit(?:y|ies)|towns?|municipal\\w*|local\\w*|reviews?|SDGs?|ODS|ODD|2030|HLPF|FPAN|FPHN|"
          + "ciudad\\w*|villes?|cidades?|communes?|prefeitura\\w*|regions?|r[ée]gions?|regi[oó]n\\w*|regi[õo]es|count(?:y|ies)|"
          + "provinc\\w*|states?|estados?|government\\w*|gobierno\\w*|governo\\w*|mayors?|alcald\\w*|VNRs?|"
          + "national\\s+reviews?)\\b"
          + "|[市町村県区州省]|自治体|地方|\\p{Lu}\\p{L}+\\s*\\((?-i:VLR|RLV|VSR)s?\\)"
          + "|(?-i:VLR|RLV|VSR)s?\\s+(?:of|de|do|da|du|des)\\s+\\p{Lu}|\\p{Lu}\\p{L}+['’]s\\s+(?:\\w+\\s+)?(?-i:VLR|VSR)");
  private static final Pattern REVIEW_NAME = Pattern.compile("(?iu)" + REVIEW);
  /** "Helsinki's SDG review", "informe ODS de la ciudad", "relatório ODS de Niterói". */
  private static final Pattern SDG_REVIEW_OF_PLACE = Pattern.compile(
      "(?u)(?i:SDGs?\\s+(?:review|report|progress\\s+report)\\s+of\\s+(?:the\\s+)?"
          + "(?:(?:city|municipality|town|province|region|state|county)\\s+of\\s+)?)\\p{Lu}[\\p{L}'’.-]+|(?:\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+)?['’]s\\s+(?i:SDGs?\\s+(?:review|report|progress\\s+report)))"
          + "|(?i:(?:informe|reporte|revisi[oó]n|relat[oó]rio|rapport|bilan)\\s+(?:ODS|ODD)\\s+(?:de|do|da|du)\\s+(?:la\\s+(?:ciudad|ville)\\s+de\\s+)?)\\p{Lu}[\\p{L}'’.-]+");
  private static final Pattern BOX = Pattern.compile(
      "(?iu)^(?:box|recuadro|cuadro|encadr[ée]|quadro|caixa|case\\s+study|estudio\\s+de\\s+caso|[ée]tude\\s+de\\s+cas|"
          + "estudo\\s+de\\s+caso|spotlight|focus|highlight)\\b.*");
  private static final Pattern ANNEX_HEADING = Pattern.compile("(?iu)^(?:annex|anexo|annexe|appendix|ap[eé]ndice|ap[eê]ndice)\\b.*");
  private static final Pattern ANNEX_STATEMENT = Pattern.compile(
      "(?iu)\\b(?:annexed|attached|appended|are\\s+included\\s+as\\s+an?\\s+annex|published\\s+(?:together|alongside|along)\\s+with|"
          + "submitted\\s+(?:together\\s+)?with\\s+(?:this|the)\\s+(?:report|review|VNR)|se\\s+adjuntan|adjunt[oa]s?|"
          + "(?:se\\s+)?publican\\s+junto\\s+con|como\\s+anexo|en\\s+annexe|annex[ée]e?s|joint(?:e|s|es)?\\s+au|"
          + "anexad[oa]s|em\\s+anexo|publicad[oa]s\\s+junto\\s+com)\\b");
  private static final Pattern USE_OF_EVIDENCE = Pattern.compile(
      "(?iu)\\b(?:data|indicators?|findings|results|evidence|information|datos|indicadores|hallazgos|resultados|"
          + "informaci[oó]n|donn[ée]es|indicateurs|r[ée]sultats|dados|informa[cç][oõ]es|constata[cç][oõ]es)\\b"
          + "[^.;]{0,120}?\\b(?:used|utili[sz]ed|drawn|fed|feed|informed|incorporated|integrated|compiled|"
          + "utilizad[oa]s|usad[oa]s|incorporad[oa]s|integrad[oa]s|compilad[oa]s|alimentan|alimentaron|"
          + "utilis[ée]e?s|int[ée]gr[ée]e?s|mobilis[ée]e?s|utilizad[oa]s|aproveitad[oa]s|alimentaram|foram\\s+compilados|"
          + "utilizaron|usaron|emplearon|incorporaron|utilizaram|usaram|incorporaram)\\b"
          + "|\\b(?:uses?|utiliza|utilisent|utiliza|usa|draws\\s+on|builds\\s+on|se\\s+basa\\s+en|s['’]appuie\\s+sur|baseia-se\\s+em)\\b"
          + "[^.;]{0,40}?\\b(?:data|datos|donn[ée]es|dados|findings|results|resultados)\\b");
  private static final Pattern JOINT_PROCESS = Pattern.compile(
      "(?iu)\\b(?:joint|jointly|conjunt[oa]|conjoint(?:e|ement)?|articulad[oa]|in\\s+parallel\\s+with|"
          + "as\\s+input|como\\s+insumo|en\\s+tant\\s+que\\s+contribution|como\\s+contribuci[oó]n|compiled|compilad[oa]s|"
          + "compil[ée]e?s)\\b");
  private static final Pattern LRG = Pattern.compile(
      "(?iu)\\b(?:associations?\\s+of\\s+(?:\\w+\\s+){0,2}(?:municipalities|local\\s+(?:authorities|governments)|cities|mayors|regions)|"
          + "federations?\\s+of\\s+(?:\\w+\\s+)?municipalities|local\\s+(?:and\\s+regional\\s+)?governments?|"
          + "local\\s+authorities|municipalities\\s+(?:and\\s+regions\\s+)?(?:were|was|have\\s+been)\\s+(?:consulted|involved)|"
          + "locali[sz]ation\\s+of\\s+the\\s+(?:SDGs|2030\\s+Agenda|goals)|"
          + "federaci[oó]n\\s+(?:\\w+\\s+){0,2}de\\s+municipios|gobiernos\\s+locales|gobiernos\\s+(?:sub)?nacionales|"
          + "entidades\\s+locales|alcald[ií]as|gobernaciones|ayuntamientos|localizaci[oó]n\\s+de\\s+(?:la\\s+Agenda|los\\s+ODS)|"
          + "associations?\\s+d['’][ée]lus|collectivit[ée]s\\s+(?:territoriales|locales)|territorialisation|"
          + "confedera[cç][aã]o\\s+nacional\\s+de\\s+munic[ií]pios|frente\\s+nacional\\s+de\\s+prefeitos|"
          + "estados\\s+e\\s+munic[ií]pios|governos\\s+(?:locais|subnacionais)|localiza[cç][aã]o\\s+dos\\s+ODS|"
          + "地方自治体|地方政府|(?:sub-?national|municipal|city|regional|provincial)\\s+governments|"
          + "gobiernos\\s+(?:aut[oó]nomos\\s+descentralizados|municipales|regionales|provinciales|departamentales)|"
          + "governos\\s+(?:estaduais|municipais)|collectivit[ée]s\\s+(?:territoriales|locales)|pouvoirs\\s+locaux)\\b");
  /** Local and regional governments as the subject of taking part: "municipalities and regions participated". */
  private static final Pattern LRG_PARTICIPATION = Pattern.compile(
      "(?iu)\\b(?:municipalities|municipal\\s+councils|local\\s+councils|regions|provinces|counties|cities|mayors|"
          + "prefectures|communes|r[ée]gions|d[ée]partements|maires|municipios|ayuntamientos|alcald[ií]as|alcaldes|"
          + "provincias|comunidades\\s+aut[oó]nomas|departamentos|munic[ií]pios|prefeituras|prefeitos|estados)\\b"
          + "[^.;]{0,60}?\\b(?:participated|took\\s+part|were\\s+(?:consulted|involved|invited|engaged)|contributed|"
          + "participaron|fueron\\s+consultad[oa]s|contribuyeron|intervinieron|"
          + "ont\\s+(?:été\\s+(?:consulté|associé|impliqué)e?s|particip[ée]|contribu[ée])|"
          + "participaram|foram\\s+consultad[oa]s|contribu[ií]ram)\\b");
  /** A review named as the subject of its own use: "subnational reviews ... fed into this chapter". */
  private static final Pattern REVIEW_USED = Pattern.compile("(?iu)" + REVIEW + "[^.;]{0,80}?\\b(?:(?:fed|feeds?)\\s+(?:\\w+\\s+)?into|"
      + "informed\\s+(?:the|this|our)|(?:were|was|have\\s+been|has\\s+been)\\s+(?:used|drawn\\s+upon|incorporated|integrated)|"
      + "contributed\\s+(?:directly\\s+)?to\\s+(?:the|this)\\s+(?:analysis|assessment|chapter|report|review)|"
      + "alimentaron|alimentan|(?:ont\\s+)?nourri|alimentaram|foram\\s+(?:utilizad|usad|incorporad)[oa]s)");
  /** A source line citing reviews: "(source: VLRs of Accra and Kumasi)", "Fuente: informes locales voluntarios". */
  private static final Pattern SOURCE = Pattern.compile("(?iu)\\b(?:sources?|fuentes?|fontes?)\\s*:[^.;]{0,40}?" + REVIEW);
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?。！？])\\s+|\\n");

  /** Whether the text names a local review ("Voluntary Local Review", "RLV", "Helsinki's SDG review"...). */
  public static boolean namesReview(String text) {
    return text != null && (reviewIn(text) != null || SDG_REVIEW_OF_PLACE.matcher(text).find());
  }

  /**
   * The first name of a local review in the text, or null. A bare acronym (VLR, VSR, RLV) counts only in a
   * sentence that also speaks of cities, local governments, reviews or the SDGs.
   */
  static String reviewIn(String text) {
    for (String sentence : SENTENCE.split(text)) {
      Matcher m = REVIEW_NAME.matcher(sentence);
      while (m.find()) {
        if (!ACRONYM_ONLY.matcher(m.group()).matches() || ACRONYM_CONTEXT.matcher(sentence).find()) {
          return m.group();
        }
      }
    }
    return null;
  }

  /** The text's sentences (split at sentence ends and line breaks). */
  public static String[] sentences(String text) {
    return SENTENCE.split(text);
  }

  /** All mentions in a passage; at most one per type, the most specific rule first. */
  public List<Mention> find(String text, String heading) {
    List<Mention> out = new ArrayList<>();
    String h = heading == null ? "" : heading;
    String lastHeading = h.contains("›") ? h.substring(h.lastIndexOf('›') + 1).strip() : h;
    boolean headingNamesReview = namesReview(h);
    // a section of its own: the innermost heading names a review (a chapter naming them is not enough)
    boolean sectionNamesReview = namesReview(lastHeading);
    String reviewName = reviewIn(text);
    Matcher place = SDG_REVIEW_OF_PLACE.matcher(text);
    boolean textNamesPlaceReview = place.find();
    String citedText = reviewName != null ? reviewName : textNamesPlaceReview ? place.group() : null;

    if (citedText != null) {
      out.add(new Mention(MentionType.CITED, citedText, reviewName != null ? "review-name" : "place-sdg-review", 0.9));
    } else if (headingNamesReview) {
      out.add(new Mention(MentionType.CITED, lastHeading, "review-name-in-heading", 0.9));
    }
    boolean anyReview = citedText != null || headingNamesReview;

    if (BOX.matcher(lastHeading).matches() && anyReview) {
      out.add(new Mention(MentionType.FEATURED, lastHeading, "box-about-review", 0.9));
    } else if (sectionNamesReview && !ANNEX_HEADING.matcher(lastHeading).matches()) {
      out.add(new Mention(MentionType.FEATURED, lastHeading, "section-about-review", 0.85));
    }

    if (ANNEX_HEADING.matcher(lastHeading).matches() && anyReview) {
      out.add(new Mention(MentionType.ANNEXED, lastHeading, "annex-of-reviews", 0.9));
    } else if (anyReview) {
      String s = sentenceWithReview(text, ANNEX_STATEMENT);
      if (s != null) {
        out.add(new Mention(MentionType.ANNEXED, s, "annexed-statement", 0.85));
      }
    }

    if (anyReview) {
      String used = sentenceWithReview(text, USE_OF_EVIDENCE);
      if (used == null) {
        used = sentenceWith(text, USE_OF_EVIDENCE, SDG_REVIEW_OF_PLACE);
      }
      if (used == null) {
        used = sentenceWithReview(text, REVIEW_USED);
      }
      if (used == null) {
        used = sentenceWithReview(text, SOURCE);
      }
      String joint = sentenceWithReview(text, JOINT_PROCESS);
      if (used != null) {
        out.add(new Mention(MentionType.INTEGRATED, used, "review-evidence-used", 0.85));
      } else if (joint != null) {
        out.add(new Mention(MentionType.INTEGRATED, joint, "joint-process", 0.75));
      }
    }

    Matcher lrg = LRG.matcher(text);
    Matcher taking = LRG_PARTICIPATION.matcher(text);
    if (lrg.find()) {
      out.add(new Mention(MentionType.LRG, lrg.group(), "local-governments", 0.7));
    } else if (taking.find()) {
      out.add(new Mention(MentionType.LRG, taking.group(), "local-governments-took-part", 0.65));
    }
    return out;
  }

  /** The first sentence of the text where the pattern matches and a review is named, or null. */
  private static String sentenceWithReview(String text, Pattern a) {
    for (String s : SENTENCE.split(text)) {
      if (a.matcher(s).find() && reviewIn(s) != null) {
        return s.strip();
      }
    }
    return null;
  }

  /** The first sentence of the text where both patterns match, or null. */
  private static String sentenceWith(String text, Pattern a, Pattern b) {
    for (String s : SENTENCE.split(text)) {
      if (a.matcher(s).find() && b.matcher(s).find()) {
        return s.strip();
      }
    }
    return null;
  }
}
