package org.vlrobs.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vlrobs.lexicon.PhraseSet;
import org.vlrobs.lexicon.ReviewLexicon;
import org.vlrobs.lexicon.ReviewLexicon.Family;
import org.vlrobs.lexicon.Tokens;

/**
 * Finds, in the passages of a VNR read in order, where the national review involves local governments
 * ({@code lrg}), cites, features, annexes or integrates local reviews. The words come from the review
 * lexicon ({@link ReviewLexicon}, data files per language); the rules work on tokens: an actor and its
 * cue anywhere in one sentence within a window, in any order, with no negation between them; a review
 * named in the section heading, the sentence before or the previous passage of the same section
 * carries over to "these reviews", "their findings", "the full reports"; an acronym defined once
 * ("Voluntary Local Reviews (VLRs)") holds for the whole document, one defined as something else
 * ("VLR (variable lending rate)") never counts in it; a review name cut by a page or column break is
 * joined again. Annexed, featured and integrated come from the document's structure as well as its
 * sentences: passages under an annex heading of reviews, a box heading, a box title passage and the
 * passages after it, a passage whose layout role is {@code box}, a source line naming a review.
 *
 * <p>Not evidence: the VNR naming itself, "local review" in another sense (a review of local
 * procurement, a local review board), cities named without a review, a bare acronym with no local
 * context. One instance per thread (the stemmers have state); the lexicon is shared.
 */
public final class MentionRules {
  /** Actor and cue at most this many tokens apart. */
  static final int WINDOW = 12;
  /** A possessive and the evidence object it governs at most this many tokens on ("their district-level estimates"). */
  private static final int OBJECT_REACH = 3;
  /** Words that point back to places already named: "both counties", "the two cities", "ambos municipios". */
  private static final Set<String> BOTH = Set.of("both", "ambos", "ambas");
  private static final Set<String> PLURAL_DETERMINERS = Set.of("the", "los", "las", "les", "ces", "os", "as", "these", "those");
  /** Agents of a passive: "submitted by the two Metropolitan Assemblies" acts. */
  private static final Set<String> AGENT = Set.of("by", "por", "par", "pelo", "pela", "pelos", "pelas");
  /** Between an actor and a negation, words that do not make the negation the actor's own predicate: "para não". */
  private static final Set<String> NOT_PREDICATE = Set.of("para", "to", "for", "pour", "por", "and", "y", "e", "et", "que",
      "that", "who", "which", "qui", "with", "con", "com", "avec", "of", "de");
  /** Subject pronouns that the anaphora family uses for a review ("It finds that ..."). */
  private static final Set<String> PRONOUNS = Set.of("it", "elle", "ella", "ele", "ela");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "y", "e", "et");
  private static final Set<String> TOGETHER_WITH = Set.of("with", "con", "avec", "com");
  private static final Set<String> WITH = Set.of("with", "con", "com", "avec", "por", "par", "pelos", "pelas");
  /** What may link a cue to its actor in a heading: "of the", "de los", "des", "with", "por las". */
  private static final Set<String> HEADING_LINKS = Set.of("of", "the", "with", "by", "de", "del", "des", "du", "da", "do",
      "dos", "das", "d", "la", "las", "los", "les", "le", "el", "os", "as", "a", "o", "con", "com", "avec", "por", "par",
      "pelos", "pelas", "and", "y", "e", "et");
  /** Prepositions that make what follows a place where something happens ("in all 64 districts", "nos 164 municípios"). */
  private static final Set<String> LOCATIVES = Set.of("in", "across", "throughout", "within", "en", "dans", "em", "nos",
      "nas", "no", "na", "aux", "au", "between", "among", "entre");
  private static final Set<String> OTHER = Set.of("other", "otros", "otras", "autres", "outros", "outras", "additional");
  /** What may stand between a locative and its place: determiners, quantifiers, numbers ("in all 64", "en cada una de las"). */
  private static final Set<String> LOCATIVE_FILLERS = Set.of("administrative", "administrativos", "administrativas",
      "administratifs", "administratives", "all", "the", "every", "each", "its", "their", "some", "many",
      "most", "several", "selected", "todos", "todas", "los", "las", "cada", "sus", "algunos", "algunas", "varios", "varias",
      "tous", "toutes", "les", "chaque", "ses", "leurs", "certaines", "certains", "plusieurs", "os", "as", "seus", "suas",
      "alguns", "algumas", "vários", "várias", "una", "uno", "um", "uma", "de", "of", "des", "dos", "das",
      "urban", "rural", "urbaines", "rurales", "urbanas", "urbanos", "rurais");
  /** Small counts that refer back to places just named ("the two cities", "the three cities"), not "the ten councils". */
  private static final Set<String> FEW = Set.of("two", "three", "dos", "tres", "deux", "trois", "dois", "duas");
  /** "not only", "no solo", "non seulement", "não só": a negation that does not deny. */
  /**
   * The negator's noun, a word or two on, is local governments, and no exception follows it before the review: "ningún
   * municipio cubano ha elaborado", "No Kenyan county has so far prepared" (not "With no external funding Kisumu
   * prepared", "Ningún municipio salvo Montevideo ha elaborado").
   */
  private boolean negatedGovernments(Read r, PhraseSet.Hit n, int review) {
    boolean governments = false;
    for (int k = n.to(); k < Math.min(review, n.to() + 3); k++) {
      Tokens.Token tok = r.toks.get(k);
      governments |= isWord(Family.LRG_ACTORS_WEAK, tok) || isWord(Family.LEVEL_WORDS, tok) || isWord(Family.PLACE_WORDS, tok)
          || !lex.names(Family.LRG_ACTORS).find(r.toks.subList(k, Math.min(review, k + 3)), null).isEmpty();
    }
    for (int k = 0; governments && k < review; k++) {
      if (EXCEPT.contains(Tokens.fold(r.toks.get(k).text()))) {
        return false; // (also before it: "With the exception of Kisumu, no county has yet prepared a VLR")
      }
    }
    return governments;
  }

  /** Words of an exception: "salvo", "except", "sauf", "exceto", "excepto", "but". */
  private static final Set<String> EXCEPT = Set.of("salvo", "except", "excepto", "exceto", "sauf", "hormis", "but",
      "menos", "aside", "besides", "other", "exception", "excepcion", "excecao", "fuera", "outre", "alem", "apart");

  /** Determiners that negate their noun: "ningún municipio", "aucune commune", "nenhum município" (and English "no"). */
  private static final Set<String> SUBJECT_NEGATORS = Set.of("ningun", "ninguna", "ninguno", "aucun", "aucune",
      "nenhum", "nenhuma");
  private static final Set<String> NOT_DENYING = Set.of("only", "solo", "solamente", "seulement", "so", "apenas");
  /** Words of tables and figures: "reproduced in Table 11.3" is where data appear, not an annex. */
  private static final Set<String> TABLE_WORDS = Set.of("table", "figure", "chart", "graph", "map", "tabla", "cuadro",
      "grafico", "figura", "mapa", "tableau", "graphique", "carte", "quadro", "tabela", "box");
  private static final Set<String> IN = Set.of("in", "en", "dans", "em", "no", "na", "el", "le", "la", "the", "o", "a");
  private static final int QUOTE_MAX = 400;
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;。！？\"”)]\\s*$", Pattern.DOTALL);
  /** Words between a review noun and the place it belongs to: "local reviews of (the city of) Bonn". */
  private static final Set<String> OF = Set.of("of", "by", "from", "de", "del", "du", "des", "do", "da", "dos", "das", "d");
  private static final Set<String> DETERMINERS = Set.of("the", "la", "le", "l", "el", "lo", "a", "o", "os", "as", "los", "las", "les");
  private static final Set<String> RELATIVES = Set.of("that", "which", "que", "qui");
  private static final Set<String> MADE_BY = Set.of("prepared", "published", "presented", "submitted", "conducted",
      "elaborated", "undertaken", "produced");
  private static final Set<String> NOT_PLACE = Set.of("the", "a", "an", "this", "these", "those", "our", "its", "their",
      "la", "el", "los", "las", "le", "les", "o", "os", "as", "este", "esta", "estos", "estas", "ce", "ces", "cette",
      "sus", "seus", "suas", "leurs", "ses", "cet", "that", "esse", "essa", "esses", "essas", "ese", "esa", "esos", "esas",
      "in", "en", "em", "and", "y", "et", "e", "all", "every", "each", "several",
      "voluntary", "local", "sdg", "sdgs", "annex", "anexo", "annexe", "source", "fuente", "fonte", "table", "figure");
  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "latest", "new", "own", "primer",
      "primera", "segunda", "premier", "premiere", "primeiro", "primeira");
  private static final Set<String> QUANTIFIERS = Set.of("every", "each", "all", "cada", "todo", "todos", "todas",
      "chaque", "tous", "toutes", "several", "many", "most", "varias", "varios", "plusieurs", "varia", "vario");

  /** Context words that every goal chapter has: not enough, in a heading, to make a bare acronym a review. */
  private static final Set<String> GOAL_WORDS = Set.of("sdg", "ods", "odd", "2030", "hlpf", "fpan", "fphn", "vnr");

  private final ReviewLexicon lex;
  /** The learned reading of local governments' involvement (lrg), or null for the rules alone. */
  private final PassageModel involvement;
  /** The learned readings of the review flags (cited, annexed, integrated), in the order they are decided. */
  private final List<PassageModel> reviewModels;
  private final Map<String, Tokens> tokenizers = new HashMap<>();

  /** The packaged lexicon and linkage models. */
  public MentionRules() {
    this(ReviewLexicon.shared(), PassageModel.packaged());
  }

  /** The rules alone with this lexicon (no model). */
  public MentionRules(ReviewLexicon lexicon) {
    this(lexicon, List.of());
  }

  /** @param involvement the involvement model deciding lrg in the languages it covers, or null for the rules alone */
  public MentionRules(ReviewLexicon lexicon, PassageModel involvement) {
    this(lexicon, involvement == null ? List.of() : List.of(involvement));
  }

  /**
   * @param models the models deciding their flags with the rules in the languages they cover (at most one per flag;
   *               empty for the rules alone)
   */
  public MentionRules(ReviewLexicon lexicon, List<PassageModel> models) {
    this.lex = lexicon;
    Map<MentionType, PassageModel> byFlag = new java.util.EnumMap<>(MentionType.class);
    for (PassageModel m : models) {
      if (m.flag() == MentionType.FEATURED || byFlag.put(m.flag(), m) != null) {
        throw new IllegalArgumentException("no model is read for " + m.flag().code() + " or two are given");
      }
    }
    this.involvement = byFlag.remove(MentionType.LRG);
    this.reviewModels = PassageModel.FLAGS.stream().filter(byFlag::containsKey).map(byFlag::get).toList();
  }

  /** What one VNR has said so far, carried from passage to passage (small: no passage text is kept). */
  public static final class Context {
    final Set<String> definedAcronyms = new HashSet<>();
    final Set<String> otherAcronyms = new HashSet<>();
    /** acronyms the document defined for local-government actors: "the Council of Governors (CoG)" */
    final Set<String> actorAcronyms = new HashSet<>();
    String section;
    /** the previous passage of this section named or referred back to a review */
    boolean previousNamedReview;
    /** the section is an annex of reviews */
    boolean annexOfReviews;
    /** a box title naming a review opened this section's box */
    String boxTitle;
    /** the layout marked that box title's passage as a box (so a later body passage is outside the box) */
    boolean boxTitleInBox;
    /** the end of the previous passage when it stopped mid-sentence (a page or column break), else null */
    String tail;
    /** the last passage's sentences that name a review, and whether its own section heading names one */
    public final List<String> reviewSentences = new ArrayList<>();
    public boolean sectionNamesReview;
    public String sectionHeading;
    /** the passage's heading speaks of local or SDG matters, which makes a bare acronym in it a review */
    boolean headingAcronymContext;
    /** a caption naming reviews in the plural titles the table whose rows follow: each row naming a place lists one */
    boolean reviewTable;
    /** a sentence of the document so far named a local review (not merely referred back to one) */
    boolean documentNamedReview;
    /** the capitalised words (keys) of the document's sentences that named a local review: their places among them */
    final Set<String> reviewPlaceKeys = new HashSet<>();
  }

  /** A new document's context. */
  public static Context newDocument() {
    return new Context();
  }

  private Tokens tokens(String language) {
    String l = language == null || language.isBlank() ? "en" : language;
    if (!ReviewLexicon.CUE_LANGUAGES.contains(l)) {
      l = "en"; // Italian, German...: review names of every language, English cues
    }
    return tokenizers.computeIfAbsent(l, Tokens::new);
  }

  /** All mentions in a passage read on its own, its language guessed from its function words. */
  public List<Mention> find(String text, String heading) {
    return find(text, heading, guessLanguage(text), null, newDocument());
  }

  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "of", "and", "to", "in", "is", "are", "was", "were", "with", "by", "for"),
      "es", Set.of("el", "los", "las", "del", "y", "en", "con", "por", "para", "se", "fueron", "una"),
      "fr", Set.of("le", "les", "des", "du", "et", "au", "aux", "est", "sont", "ont", "une", "dans"),
      "pt", Set.of("o", "os", "as", "do", "dos", "da", "das", "e", "em", "com", "foram", "uma", "no", "na"));

  /** en, es, fr or pt by the most function words (English when none), ja/zh by script; for text without a language. */
  static String guessLanguage(String text) {
    if (text == null) {
      return "en";
    }
    if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA)) {
      return "ja";
    }
    if (Tokens.hasCjk(text)) {
      return "zh";
    }
    String best = "en";
    int bestCount = 0;
    String[] words = Tokens.fold(text).split("[^\\p{L}]+");
    for (Map.Entry<String, Set<String>> e : new java.util.TreeMap<>(FUNCTION_WORDS).entrySet()) {
      int n = 0;
      for (String w : words) {
        n += e.getValue().contains(w) ? 1 : 0;
      }
      if (n > bestCount) {
        bestCount = n;
        best = e.getKey();
      }
    }
    return best;
  }

  /** Whether the text names a local review, read on its own. */
  public boolean namesReview(String text, String language) {
    if (text == null || text.isBlank()) {
      return false;
    }
    Context c = newDocument();
    for (String s : sentences(text)) {
      if (analyse(s, tokens(language), false, c).review) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text names a local review (English tokenization; names of every language). */
  public static boolean namesReview(String text) {
    return new MentionRules().namesReview(text, "en");
  }

  /**
   * The text's sentences (split at sentence ends and line breaks), a split after an abbreviation undone (see
   * {@link #continuesAbbreviation}): "Voluntary Local Review, p. 38." and "cf. the review" end no sentence there.
   */
  public static String[] sentences(String text) {
    String stripped = text.strip();
    String[] parts = Sentences.split(stripped); // as Pattern.split with Sentences.REGEX, written out
    if (parts.length < 2) {
      return parts;
    }
    List<String> out = new ArrayList<>(parts.length);
    int at = 0; // where the current part starts in the stripped text
    for (String part : parts) {
      int start = stripped.indexOf(part, at);
      if (!out.isEmpty() && start > 0 && !part.isEmpty()
          && (continuesAbbreviation(out.get(out.size() - 1), part) || AUTHOR_AND_YEAR.matcher(out.get(out.size() - 1)).matches())
          && stripped.substring(at, start).indexOf('\n') < 0) {
        String previous = out.remove(out.size() - 1);
        out.add(previous + stripped.substring(at, start) + part); // the white space between kept
      } else {
        out.add(part);
      }
      at = start + part.length();
    }
    return out.toArray(new String[0]);
  }

  /**
   * A reference's author and year, the title following: "³² Gobierno de la Provincia de Córdoba (2021). Reporte de avance
   * ODS Córdoba 2021." (a note's mark, a few words, the year in brackets, a full stop; not a body sentence ending "(2022).").
   */
  private static final Pattern AUTHOR_AND_YEAR = Pattern.compile(
      "[0-9¹²³⁴⁵⁶⁷⁸⁹⁰*†]+\\s*[^.()]{3,120}\\((19|20)[0-9]{2}[a-z]?\\)\\.");

  /**
   * The part before ends with an abbreviation's full stop, given how the next part begins: a page or number abbreviation
   * before a number ("p. 38", "pp. 41-43", "Vol. 2"), an abbreviation of a few letters before a lower-case word ("cf. the
   * annex", "e.g. its data"; not a sentence's last word: "... in 2021. eThekwini Municipality").
   */
  private static boolean continuesAbbreviation(String before, String next) {
    if (!before.endsWith(".")) {
      return false;
    }
    int i = before.length() - 1;
    int j = i;
    while (j > 0 && (Character.isLetter(before.charAt(j - 1)) || before.charAt(j - 1) == 'º' || before.charAt(j - 1) == '.')) {
      j--;
    }
    if (j > 0 && Character.isLetterOrDigit(before.charAt(j - 1))) {
      return false;
    }
    String word = before.substring(j, i).toLowerCase(java.util.Locale.ROOT);
    int c = next.codePointAt(0);
    return Character.isDigit(c) ? NUMBER_ABBREVIATIONS.contains(word)
        : Character.isLowerCase(c) && TEXT_ABBREVIATIONS.contains(word);
  }

  /** Abbreviations written before a number: page(s), number, article, volume, section, chapter, figure. */
  private static final Set<String> NUMBER_ABBREVIATIONS = Set.of("p", "pp", "nº", "art", "vol", "sec", "ch", "cap", "núm",
      "fig", "cf");
  /** Abbreviations a sentence goes on after: "cf.", "e.g.", "i.e.", "etc.", "vs.", "approx.", "aprox.", "env.", "p. ex.". */
  private static final Set<String> TEXT_ABBREVIATIONS = Set.of("cf", "e.g", "i.e", "etc", "vs", "approx", "aprox", "env",
      "ex", "p.ex", "incl", "esp", "sr", "sra", "dr", "mr", "mrs", "st", "av", "no", "nº", "art", "vol", "p", "pp");

  /** One sentence as read: whether it names a review, refers to one, and the token facts the cues need. */
  private static final class Read {
    String text;
    List<Tokens.Token> toks;
    boolean[] masked;
    boolean review;
    boolean anaphor;
    /** the reference back says the reviews were named before: "dichas revisiones", "the said review" */
    boolean saidBefore;
    int firstReviewToken = -1;
    /** the last token that names or refers back to a review (-1: none, or only as a substring) */
    int lastReviewToken = -1;
    /** a negation right before the review name: "has not yet prepared a VLR" (no review: the sentence cites none) */
    boolean negatedReview;
    /** the only reference back is a subject pronoun ("It finds that ...") */
    boolean pronounOnly;
    /** The sentence sits in a box or case study about one review: a single government in it is the review's author. */
    boolean inReviewBox;
    /** The sentence is a table's or a figure's: figures about governments, unless a cue says what they did. */
    boolean figure;
    /** where words of a review yet to be made begin ("llegaran a elaborar", "interest in preparing") */
    final java.util.BitSet prospective = new java.util.BitSet();
    /** a possessive or demonstrative before an evidence word refers back: "sus cifras", "their estimates" */
    boolean evidenceAnaphor;
    /** token indexes where a review name or a reference back to one begins */
    final java.util.BitSet references = new java.util.BitSet();
    /** token indexes right after a review name or a reference back: where the review's own verb stands */
    final java.util.BitSet subjectEnds = new java.util.BitSet();
    /** whether the sentence defines an actor ({@link MentionRules#definition}), decided once, when first asked */
    Boolean defines;
  }

  private Read analyse(String sentence, Tokens t, boolean inHeading, Context ctx) {
    Read r = new Read();
    r.text = sentence;
    r.toks = t.tokenize(sentence);
    r.masked = new boolean[r.toks.size()];
    for (PhraseSet.Hit h : lex.names(Family.TRAPS).find(r.toks, null)) {
      for (int i = h.from(); i < h.to(); i++) {
        r.masked[i] = true;
      }
    }
    // "Several municipalities have expressed interest in preparing Voluntary Local Reviews": reviews yet to be made are
    // not referred to (the cue and the words after it, up to five, within the clause)
    for (PhraseSet.Hit h : lex.cues(Family.PROSPECTIVE_CUES, t.language()).find(r.toks, null)) {
      if (h.from() >= 0) {
        r.prospective.set(h.from());
      }
      // (past a short aside: "interesse em elaborar, futuramente, um Relatório Local Voluntário")
      int reach = h.to() + 5 + (h.to() < r.toks.size() ? afterAside(r, h.to()) - h.to() : 0);
      for (int i = h.from(); i >= 0 && i < Math.min(r.toks.size(), reach); i++) {
        if (i >= h.to() && i > 0 && afterAside(r, i) > i) {
          i = afterAside(r, i);
        } else if (i >= h.to() && i > 0
            && CLAUSE_END.matcher(sentence.substring(r.toks.get(i - 1).end(), r.toks.get(i).start())).find()) {
          break;
        }
        r.masked[i] = true;
      }
    }
    hypotheticalReviews(r, t);
    for (PhraseSet.Hit h : lex.names(Family.LOCAL_REVIEW_NAMES).find(r.toks, sentence)) {
      if ((h.from() < 0 || !r.masked[h.from()]) && !ofCountries(r, h)) {
        reviewAt(r, h.from());
        if (h.to() >= 0) {
          r.subjectEnds.set(h.to());
        }
        defineAcronym(r, h.to(), ctx);
      }
    }
    for (PhraseSet.Hit h : lex.goalBoundReviewNames(r.toks, r.text)) {
      // "informe municipal de seguimiento de los ODS", "county SDG report": a local report on the Goals
      if (!r.masked[h.from()] && !ofCountries(r, h)) {
        reviewAt(r, h.from());
        r.subjectEnds.set(h.to());
      }
    }
    for (int at : authoredGoalReports(r)) {
      // "La Gobernación del estado Lara publicó el informe «Lara y los ODS: primer reporte de avance»", "Lalitpur
      // Metropolitan City (2022), SDG Localization Status Report": a local government's own report on the Goals
      reviewAt(r, at);
      r.subjectEnds.set(at + 1);
    }
    for (PhraseSet.Hit h : lex.composedReviewNames(r.toks)) {
      // "cantonal voluntary reviews", "Informe Voluntario Local": a voluntary review of a level below the nation
      if (!r.masked[h.from()] && !ofCountries(r, h)) {
        reviewAt(r, h.from());
        r.subjectEnds.set(h.to());
        defineAcronym(r, h.to(), ctx);
      }
    }
    for (PhraseSet.Hit h : lex.names(Family.REVIEW_NOUNS).find(r.toks, null)) {
      // (not "une revue locale des procédures de recouvrement": a local review of something)
      if (!r.masked[h.from()] && !ofCommonThing(r.toks, h.to(), t) && !byCentralBody(r, h) && (inHeading || placeBefore(r.toks, h.from())
          || placeAfter(r.toks, h.to()) || countBefore(r.toks, h.from()))) {
        reviewAt(r, h.from());
        r.subjectEnds.set(h.to());
      }
    }
    if (ctx.documentNamedReview) {
      // a box title naming a place whose review the document named, and a review word: "Box 4.2 Kota Pekalongan: batik,
      // tidal flooding and a review built from the kampung up", "Encadré 5 : Bobo-Dioulasso, une revue centrée sur ..."
      // (a title is short: not a title run on into the box's first sentence, whose places are the body's)
      boolean knownPlaceTitle = !inHeading && r.toks.size() <= TITLE_TOKENS && boxTitle(r.text)
          && r.toks.stream().anyMatch(tok -> isPlace(tok) && ctx.reviewPlaceKeys.contains(tok.key())
              && !isWord(Family.PLACE_WORDS, tok) && !isWord(Family.LEVEL_WORDS, tok)); // (not "Districts")
      for (PhraseSet.Hit h : lex.names(Family.REVIEW_WORDS).find(r.toks, null)) {
        // "the findings of the Sylhet and Narayanganj reviews", "les chiffres de la revue de La Marsa", in a document
        // that has named local reviews before (the place after "of" among those its review sentences named)
        // (a capitalised "Review" is a title's word: "a Vulnerability and Loss Review")
        // (not "a revisão dos Planos Directores Municipais de Benguela": a review of something else, though in that place)
        if (h.from() >= 0 && !r.masked[h.from()] && !r.toks.get(h.from()).capitalised()
            && (coordinatedPlacesBefore(r.toks, h.from())
                || ((knownPlaceBefore(r.toks, h.from(), ctx) || knownPlaceAfter(r.toks, h.to(), ctx))
                    && !ofCommonThing(r.toks, h.to(), t)) || knownPlaceTitle)) {
          reviewAt(r, h.from());
          r.subjectEnds.set(h.to());
        }
      }
    }
    for (int i = 0; i < r.toks.size(); i++) {
      Tokens.Token tok = r.toks.get(i);
      if (!r.masked[i] && lex.isAcronym(tok.text()) && !abbreviation(r, i) && acronymIsReview(r, i, ctx, inHeading)) {
        reviewAt(r, i);
      }
    }
    if (!r.review) {
      for (PhraseSet.Hit h : lex.names(Family.REVIEW_NOUNS).find(r.toks, null)) {
        // "the findings of the local reviews were compiled by the association of municipalities": a local
        // review where local governments act in the same sentence
        // (not "realiza anualmente uma revisão local dos contratos": a local review of something)
        if (!r.masked[h.from()] && !reviewOfOtherThing(r.toks, h.to(), t) && !byCentralBody(r, h)
            && lrgIn(r, t, false, ctx) != null) {
          reviewAt(r, h.from());
        }
      }
    }
    boolean pronoun = false;
    boolean otherAnaphor = false;
    for (PhraseSet.Hit h : lex.names(Family.ANAPHORA).find(r.toks, sentence)) {
      // (nor "whether such reviews can be supported" after "interest in preparing local reviews": those yet to be made)
      if (h.from() >= 0 && (java.util.stream.IntStream.range(h.from(), h.to()).anyMatch(k -> r.masked[k])
          || (h.from() > 0 && r.prospective.previousSetBit(h.from() - 1) >= 0
              && SUCH.contains(Tokens.fold(r.toks.get(h.from()).text())))
          || ofInstrument(r.toks, h.to()) || ofCommonThing(r.toks, h.to(), t) || otherKind(r.toks, h.to(), t))) {
        // "la revue à mi-parcours du PDES" (a trap), "la revisión del Plan General", "la revisión local de los
        // proyectos": another review
        continue;
      }
      if (h.from() >= 0 && "pt".equals(t.language()) && singularForPlural(r.toks.get(h.from()), h.entry())) {
        continue; // "deste relatório" (this report, the VNR itself) is not "destes relatórios" (these reports)
      }
      if (h.from() > 0 && !r.review && h.entry() != null && NEAR_TAKE_BACK.contains(Tokens.fold(h.entry()))
          && otherDocumentEarlier(r, h.from())) {
        continue; // "publicaron informes sectoriales; los datos de ambos informes": the reports of the sentence
      }
      r.anaphor = true;
      r.references.set(Math.max(0, h.from()));
      // ("dichas revisiones"; not "Dicho informe" / "the said report", which may be any report)
      r.saidBefore |= h.from() >= 0 && java.util.stream.IntStream.range(h.from(), h.to())
          .anyMatch(k -> SAID.contains(Tokens.fold(r.toks.get(k).text())))
          && java.util.stream.IntStream.range(h.from(), h.to()).anyMatch(k -> SAID_HEADS.contains(r.toks.get(k).key()));
      r.lastReviewToken = Math.max(r.lastReviewToken, h.from());
      if (h.from() >= 0 && !IN_THIS.contains(Tokens.fold(r.toks.get(h.from()).text()))) {
        r.subjectEnds.set(h.to()); // (not "neste Relatório incorpora os dados": in this report, no subject)
      }
      if (h.from() >= 0 && PRONOUNS.contains(Tokens.fold(r.toks.get(h.from()).text()))) {
        pronoun = true;
      } else {
        otherAnaphor = true;
      }
    }
    // "their assessment", "sus cifras", "leurs indicateurs", "os seus dados": a possessive or demonstrative
    // and, one or two words on, what a VNR takes from a review
    List<PhraseSet.Hit> determiners = lex.names(Family.ANAPHOR_DETERMINERS).find(r.toks, null);
    if (!determiners.isEmpty()) {
      List<PhraseSet.Hit> objects = lex.cues(Family.EVIDENCE_OBJECTS, t.language()).find(r.toks, null);
      for (PhraseSet.Hit d : determiners) {
        // "that" is a determiner only right before the word, opening the sentence or after a preposition ("That figure
        // is used"; not "It finds that the share")
        boolean that = d.from() >= 0 && Tokens.fold(r.toks.get(d.from()).text()).equals("that");
        if (that && d.from() > 0 && !THAT_AFTER.contains(Tokens.fold(r.toks.get(d.from() - 1).text()))) {
          continue;
        }
        for (PhraseSet.Hit o : objects) {
          if (o.from() >= d.to() && o.from() <= (that ? d.to() : d.to() + OBJECT_REACH)) {
            r.anaphor = true;
            r.evidenceAnaphor = true;
            otherAnaphor = true;
            r.lastReviewToken = Math.max(r.lastReviewToken, o.from());
            r.references.set(d.from());
          }
        }
      }
    }
    // "The Kandy figures on wastewater treatment used in this section": what a VNR takes from a review, after the name of
    // a place whose review the document named
    if (ctx.documentNamedReview) {
      for (PhraseSet.Hit o : lex.cues(Family.EVIDENCE_OBJECTS, t.language()).find(r.toks, null)) {
        int p = o.from() - 1;
        if (p >= 0 && !r.masked[p] && isPlace(r.toks.get(p)) && ctx.reviewPlaceKeys.contains(r.toks.get(p).key())
            && !isWord(Family.PLACE_WORDS, r.toks.get(p)) && !isWord(Family.LEVEL_WORDS, r.toks.get(p))) {
          r.anaphor = true;
          otherAnaphor = true;
          r.lastReviewToken = Math.max(r.lastReviewToken, o.from());
        }
      }
    }
    // "the two reports", "Los dos informes", "Dos três relatórios", "les trois rapports": reviews counted before
    for (int i = 0; i + 2 < r.toks.size(); i++) {
      if (COUNTED_DETERMINERS.contains(r.toks.get(i).word()) && counts(r.toks.get(i + 1))
          && !lex.names(Family.REVIEW_WORDS).find(r.toks.subList(i + 2, i + 3), null).isEmpty()) {
        r.anaphor = true;
        otherAnaphor = true;
        r.lastReviewToken = Math.max(r.lastReviewToken, i + 2);
        r.subjectEnds.set(i + 3);
      }
    }
    // "Both Thromde reviews", "these city reports", "ambos informes municipales": a word of what they are between
    for (int i = 0; i + 2 < r.toks.size(); i++) {
      if (TAKEN_BACK.contains(r.toks.get(i).word()) && !OF.contains(Tokens.fold(r.toks.get(i + 1).text()))
          && !lex.names(Family.REVIEW_WORDS).find(r.toks.subList(i + 2, i + 3), null).isEmpty()
          && !r.masked[i + 2] && r.toks.get(i + 2).text().endsWith("s")) {
        r.anaphor = true;
        otherAnaphor = true;
        r.lastReviewToken = Math.max(r.lastReviewToken, i + 2);
        r.subjectEnds.set(i + 3);
      }
    }
    // "It finds that ...": the review speaking for itself (cited, featured in a box), not evidence the VNR took
    r.pronounOnly = pronoun && !otherAnaphor && !r.review;
    r.negatedReview = makingDenied(r, t) || modalReview(r, t);
    if (r.negatedReview) {
      r.review = false; // "Lagos State has not yet prepared a Voluntary Local Review": a city with no review, no citation
    }
    placeComplements(r);
    return r;
  }

  /**
   * The review's making is negated right before it, in its clause: "Lagos State has not yet prepared a Voluntary Local
   * Review", "aucune commune n'a publié d'examen local volontaire" (not "Sin embargo, el Informe Local Voluntario ...",
   * "has not only published a Voluntary Local Review", "The VNR does not replace Bogotá's Voluntary Local Review").
   */
  private boolean makingDenied(Read r, Tokens t) {
    int review = r.firstReviewToken;
    if (review <= 0) {
      return false;
    }
    List<PhraseSet.Hit> making = null;
    for (PhraseSet.Hit n : negations(r, t)) {
      // ("ningún municipio cubano ha elaborado un Informe Local Voluntario": a negated subject reaches its verb's object)
      String negator = Tokens.fold(r.toks.get(Math.max(0, n.from())).text());
      int reach = (SUBJECT_NEGATORS.contains(negator) || ("no".equals(negator) && "en".equals(t.language())))
          && negatedGovernments(r, n, review) ? 12 : 4;
      if (n.from() < 0 || n.to() > review || review - n.to() > reach || clauseEnds(r, n.to(), review)
          || (n.to() < r.toks.size() && NOT_DENYING.contains(Tokens.fold(r.toks.get(n.to()).text())))) {
        continue;
      }
      if (making == null) {
        making = new ArrayList<>(lex.cues(Family.MAKING_VERBS, t.language()).find(r.toks, null));
        making.addAll(lex.names(Family.PUBLISHING_VERBS).find(r.toks, null));
      }
      if (making.stream().anyMatch(m -> m.from() >= n.to() && m.to() <= review)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one review named is the subject of a making or a consideration that only might be: "Une Revue locale volontaire
   * de la ville de Bangui pourrait être envisagée", "a Voluntary Local Review of Suva could be prepared" (a review still
   * to make, as after a word of hypothesis; not "the VLR could be used as a model": a use of one that exists).
   */
  private boolean modalReview(Read r, Tokens t) {
    int review = r.firstReviewToken;
    int end = review < 0 ? -1 : r.subjectEnds.nextSetBit(review);
    if (end < 0 || end - review > 6 || r.references.nextSetBit(end) >= 0) {
      return false; // (no review, or another one after it)
    }
    for (int k = end; k >= 0 && k + 2 < r.toks.size() && k - end <= 6; k++) {
      if (k > end && CLAUSE_END.matcher(r.text.substring(r.toks.get(k - 1).end(), r.toks.get(k).start())).find()) {
        return false;
      }
      // (an adverb may stand between: "could also be prepared", "pourrait également être envisagée")
      int be = k + 1 < r.toks.size() && ADVERB.matcher(Tokens.fold(r.toks.get(k + 1).text())).matches() ? k + 2 : k + 1;
      if (CONDITIONAL_MODALS.contains(Tokens.fold(r.toks.get(k).text())) && be + 1 < r.toks.size()
          && BE.contains(Tokens.fold(r.toks.get(be).text()))) {
        List<Tokens.Token> done = r.toks.subList(be + 1, be + 2);
        String w = Tokens.fold(done.get(0).text());
        // ("could be considered in the next VNR cycle" is still to come; "pourrait être considérée comme une bonne
        // pratique", "could be considered a model" is one that exists)
        boolean asModel = be + 2 < r.toks.size() && AS_MODEL.contains(Tokens.fold(r.toks.get(be + 2).text()));
        return !lex.cues(Family.MAKING_VERBS, t.language()).find(done, null).isEmpty() || CONSIDERED.contains(w)
            || (CONSIDERED_LATER.contains(w) && !asModel);
      }
    }
    return false;
  }

  /** What a review that might be is: "considered", "envisagée", "contemplada", "equacionada". */
  private static final Set<String> CONSIDERED = Set.of("envisaged", "contemplated", "envisagee", "envisagees",
      "contemplada", "contempladas", "contemplado", "contemplados", "equacionada", "equacionado");
  /** An adverb between a modal and its verb: "also", "également", "también", "também", "-ly", "-ment", "-mente". */
  private static final Pattern ADVERB = Pattern.compile("also|egalement|tambien|tambem|aussi|\\p{L}+(?:ly|ment|mente)");
  /** "considered", which is still to come unless as a model: see {@link #AS_MODEL}. */
  private static final Set<String> CONSIDERED_LATER = Set.of("considered", "consideree", "considerees", "considere",
      "consideres", "considerada", "consideradas", "considerado", "considerados", "explored", "estudiado", "estudiada",
      "estudado", "estudada", "explorada", "explorado", "exploree");
  /** What follows "considered" when a review that exists is judged: "as", "comme", "como", "a model", "un referente". */
  private static final Set<String> AS_MODEL = Set.of("as", "a", "an", "comme", "como", "un", "una", "une", "um", "uma",
      "the", "la", "le", "el", "o", "exemplary", "exemplaire", "ejemplar", "exemplar");
  /** Modals of what only might be: "could", "pourrait", "podría", "poderia". */
  private static final Set<String> CONDITIONAL_MODALS = Set.of("could", "might", "may", "would", "pourrait", "pourraient",
      "podria", "podrian", "poderia", "poderiam");

  /**
   * A making verb after a word of hypothesis in its clause: the review named right after it (up to three words on) is
   * yet to be made, as after a prospective cue ("los gobiernos locales que decidan elaborar revisiones locales
   * voluntarias", "may in future consider piloting a Voluntary Local Review").
   */
  private void hypotheticalReviews(Read r, Tokens t) {
    List<PhraseSet.Hit> making = lex.cues(Family.MAKING_VERBS, t.language()).find(r.toks, null);
    if (making.isEmpty()) {
      return;
    }
    List<PhraseSet.Hit> hypotheses = new ArrayList<>(lex.names(Family.HYPOTHESIS_WORDS).find(r.toks, null));
    // and the words that open a condition ("Caso os municípios venham a elaborar"), unless after an article or a
    // preposition, where they are nouns ("estudo de caso", "O caso de Niterói")
    for (int i = 0; i < r.toks.size(); i++) {
      if (condition(r, i)) {
        hypotheses.add(new PhraseSet.Hit(i, i + 1, Tokens.fold(r.toks.get(i).text())));
      }
    }
    // an intention reaches further, to a making in its clause ("o Governo pretende apoiar a Câmara Municipal de Bissau
    // na elaboração de um primeiro Relatório Local Voluntário")
    List<PhraseSet.Hit> intentions = lex.cues(Family.INTENTION_CUES, t.language()).find(r.toks, null);
    List<PhraseSet.Hit> conditions = new ArrayList<>();
    for (int i = 0; i < r.toks.size(); i++) {
      if (condition(r, i)) {
        conditions.add(new PhraseSet.Hit(i, i + 1, Tokens.fold(r.toks.get(i).text())));
      }
    }
    for (PhraseSet.Hit m : making) {
      // (past a short aside: "à élaborer, à partir de 2026, leurs propres examens", "elaborar, futuramente, um Relatório")
      int review = m.to() < r.toks.size() ? afterAside(r, m.to()) : m.to();
      int lead = review;
      while (review < r.toks.size() && review - lead < 3 && REVIEW_LEAD.contains(Tokens.fold(r.toks.get(review).text()))) {
        review++; // "a", "their own", "su primera", "de sus propias"
      }
      List<String> leads = r.toks.subList(Math.min(lead, review), review).stream().map(tok -> Tokens.fold(tok.text())).toList();
      // reviews that exist after the making: "el proceso de elaboración de las RLV de Mérida", "dos RLV de Niterói"
      // (unless the first one: "apoiar a elaboração do primeiro Relatório Local Voluntário da Praia" is still to come)
      boolean first = leads.stream().anyMatch(FIRST::contains);
      // (after a French infinitive "des" is the indefinite article: "produire des revues infranationales")
      String made = r.toks.get(m.to() - 1).text().toLowerCase(java.util.Locale.ROOT); // ("élaboré" is no infinitive)
      boolean infinitive = "fr".equals(t.language()) && (made.endsWith("er") || made.endsWith("ir") || made.endsWith("re"));
      boolean existing = !first && (leads.stream().anyMatch(w -> CONTRACTED_DEFINITE.contains(w)
              && !(infinitive && w.equals("des")))
          || java.util.stream.IntStream.range(0, Math.max(0, leads.size() - 1))
              .anyMatch(k -> ORIGIN.contains(leads.get(k)) && DEFINITE.contains(leads.get(k + 1))));
      // an intention reaches a making still to come (not "prepared", not "the reviews": "aims to publish the voluntary
      // local reviews as annexes", "aims to describe how Kisumu prepared its VLR")
      boolean intended = m.from() >= 0 && (first || !leads.stream().anyMatch(DEFINITE::contains)) && !past(r.toks.get(m.to() - 1))
          && before(r, intentions, m, INTENTION_REACH);
      // (a condition reaches its clause's verb past the subject: "Si un mayor número de municipios elaborara informes")
      // (not a making in the past: "Si la ville de Dakar a élaboré sa revue locale volontaire en 2022, peu de communes ...")
      boolean hypothetical = m.from() >= 0 && !existing && (before(r, hypotheses, m, 4) || intended
          || (before(r, conditions, m, INTENTION_REACH) && !past(r.toks.get(m.to() - 1))));
      if (!hypothetical || review >= r.toks.size() || clauseEnds(r, lead > m.to() ? lead + 1 : lead, review)
          || !(isWord(Family.REVIEW_WORDS, r.toks.get(review))
          || isWord(Family.VOLUNTARY_WORDS, r.toks.get(review)) || lex.isAcronym(r.toks.get(review).text()))) {
        continue; // (not "whether indicators produced for the VLRs of Kisumu could be adopted")
      }
      r.prospective.set(m.from());
      for (int i = m.from(); i < Math.min(r.toks.size(), review + 3); i++) {
        r.masked[i] = true;
      }
    }
  }

  /** Definite articles: "the reviews" after a making verb are reviews that exist. */
  private static final Set<String> DEFINITE = DETERMINERS.stream().filter(w -> !w.equals("a") && !w.equals("lo"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet()); // ("a": an English article, a Portuguese preposition)
  /** "first": a first review is one still to make where an intention or hypothesis reaches it. */
  private static final Set<String> FIRST = Set.of("first", "primer", "primera", "primero", "premier", "premiere",
      "primeiro", "primeira");
  /** A preposition and a definite article in one word: "de los" as "del", "dos", "das", "des", "du", "of the". */
  private static final Set<String> CONTRACTED_DEFINITE = Set.of("del", "dos", "das", "do", "da", "des", "du", "al", "aos",
      "ao", "au", "aux");

  /** A making in a past form: "prepared", "elaboró", "elaboraron", "élaboré", "elaborou", "elaboraram", "elaborado". */
  private static boolean past(Tokens.Token tok) {
    String w = Tokens.fold(tok.text());
    return w.endsWith("ed") || w.endsWith("aron") || w.endsWith("ieron") || w.endsWith("eron") || w.endsWith("aram")
        || w.endsWith("eram") || w.endsWith("iram") || w.endsWith("ou") || w.endsWith("erent") || w.endsWith("ado")
        || w.endsWith("ada") || w.endsWith("ados") || w.endsWith("adas") || w.endsWith("ido") || w.endsWith("idos")
        || (w.endsWith("o") && tok.text().endsWith("ó")) || (w.endsWith("e") && tok.text().endsWith("é"))
        || w.endsWith("es") && tok.text().endsWith("és");
  }

  /** Words an intention reaches, in its clause, to the making of a review. */
  private static final int INTENTION_REACH = 8;

  /** One of {@code cues} ends at most {@code reach} words before the making {@code m}, in its clause (not "May" the month). */
  private static boolean before(Read r, List<PhraseSet.Hit> cues, PhraseSet.Hit m, int reach) {
    return cues.stream().anyMatch(h -> h.from() >= 0 && h.to() <= m.from() && m.from() - h.to() <= reach
        && !clauseEndsPastAsides(r, h.to(), m.from()) && !month(r, h));
  }

  /** Tokens a short aside set off by commas may hold: "apoiar, até 2027, a elaboração". */
  private static final int ASIDE_MAX = 5;

  /**
   * Where the words at {@code i} go on after a short aside between commas that opens there ("élaborer, à partir de
   * 2026, leurs propres examens"): the token after the closing comma; {@code i} itself when no such aside opens there.
   */
  private static int afterAside(Read r, int i) {
    return afterAside(r, i, ASIDE_MAX);
  }

  /** {@link #afterAside(Read, int)} for an aside of at most {@code max} tokens. */
  private static int afterAside(Read r, int i, int max) {
    if (i <= 0 || i >= r.toks.size() || !r.text.substring(r.toks.get(i - 1).end(), r.toks.get(i).start()).contains(",")) {
      return i;
    }
    for (int j = i + 1; j < r.toks.size() && j - i <= max; j++) {
      String gap = r.text.substring(r.toks.get(j - 1).end(), r.toks.get(j).start());
      if (CLAUSE_END.matcher(gap.replace(",", "")).find()) {
        return i;
      }
      if (gap.contains(",")) {
        return j;
      }
    }
    return i;
  }

  /** A clause ends between {@code from} and {@code to}, short asides between commas apart. */
  private static boolean clauseEndsPastAsides(Read r, int from, int to) {
    int i = Math.max(1, from);
    while (i <= to && i < r.toks.size()) {
      int next = afterAside(r, i);
      if (next > i) {
        i = next + 1;
        continue;
      }
      if (CLAUSE_END.matcher(r.text.substring(r.toks.get(i - 1).end(), r.toks.get(i).start())).find()) {
        return true;
      }
      i++;
    }
    return false;
  }

  /** "May" the month: capitalised inside the sentence, or before a number ("In May 2022 Kisumu published"). */
  private static boolean month(Read r, PhraseSet.Hit h) {
    Tokens.Token tok = r.toks.get(h.from());
    if (!"may".equals(Tokens.fold(tok.text()))) {
      return false;
    }
    return (h.from() > 0 && tok.capitalised())
        || (h.to() < r.toks.size() && Character.isDigit(r.toks.get(h.to()).text().charAt(0)));
  }

  /** Words between a making verb and the review it makes: articles, possessives, "own", "first". */
  /** Words saying that what follows was named before: "dichas revisiones", "the said review" (see {@link #SAID_HEADS}). */
  private static final Set<String> SAID = Set.of("said", "aforementioned", "abovementioned", "dicho", "dicha", "dichos",
      "dichas", "referido", "referida", "referidos", "referidas", "citado", "citada", "citados", "citadas", "precitado",
      "precitada", "susmentionne", "susmentionnee", "susmentionnes", "susmentionnees", "precite", "precitee", "precites",
      "precitees", "dito", "dita", "ditos", "ditas", "mencionado", "mencionada", "mencionados", "mencionadas");

  /** "such reviews": of the kind just described (after reviews yet to be made, those). */
  private static final Set<String> SUCH = Set.of("such", "tales", "tal", "tels", "telles", "tel", "telle", "tais");

  /** Review words (keys) a "said" reference may reach a review of the document with: not "report", "informe", "rapport". */
  private static final Set<String> SAID_HEADS = Set.of("review", "revision", "revu", "revue", "examen", "revisao", "vlr",
      "rlv", "elv", "irv", "vsr");

  private static final Set<String> REVIEW_LEAD = Set.of("a", "an", "the", "its", "their", "own", "first", "un", "una",
      "uno", "su", "sus", "propia", "propio", "propias", "propios", "primera", "primer", "primeras", "primeros", "unos",
      "unas", "une", "leur", "leurs", "propre", "propres", "premier", "premiere", "premiers", "premieres", "des", "um",
      "uma", "uns", "umas", "seu", "sua", "seus", "suas", "propria", "proprio", "proprias", "proprios", "primeira",
      "primeiro", "primeiras", "primeiros", "o", "os", "as", "la", "le", "les", "el", "los", "las", "of", "de", "d", "do",
      "da", "dos", "das", "del", "du", "sa", "son", "ses");

  /** A clause ends between token {@code from} and token {@code to} (punctuation of {@link #CLAUSE_END} between them). */
  private static boolean clauseEnds(Read r, int from, int to) {
    return punctuationBetween(r, from, to, CLAUSE_END);
  }

  /**
   * Punctuation matching {@code p} stands in a gap between tokens, from the one before token {@code from} to the one
   * before token {@code to}.
   */
  private static boolean punctuationBetween(Read r, int from, int to, Pattern p) {
    for (int i = Math.max(1, from); i <= to && i < r.toks.size(); i++) {
      if (p.matcher(r.text.substring(r.toks.get(i - 1).end(), r.toks.get(i).start())).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A "regional" review of countries, not of a region in one: "la Revisión Regional Voluntaria sobre los ODS en
   * Centroamérica y República Dominicana" (a country named in the words after it, its scope).
   */
  private boolean ofCountries(Read r, PhraseSet.Hit h) {
    if (h.from() < 0 || r.toks.subList(h.from(), h.to()).stream()
        .noneMatch(tok -> Tokens.fold(tok.text()).startsWith("regional"))) {
      return false;
    }
    int from = r.toks.get(h.to() - 1).end();
    // (or one that compares member states: "l'examen régional volontaire conduit par l'UEMOA ..., qui a comparé les
    // progrès des huit États membres")
    // (not a region's own review: "La Revisión Regional Voluntaria de Antioquia ... ante los Estados miembros")
    if (!placeAfter(r.toks, h.to())
        && MEMBER_STATES.matcher(r.text.substring(from, Math.min(r.text.length(), from + MEMBERS_CHARS))).find()) {
      return true;
    }
    // (or an organisation of states by its acronym: "l'examen régional volontaire de la SADC", "del SICA")
    int of = afterOf(r.toks, h.to() < r.toks.size() && Character.isDigit(r.toks.get(h.to()).text().charAt(0)) ? h.to() + 1
        : h.to());
    if (of >= 0 && STATES_ORGANISATIONS.contains(r.toks.get(of).text())) {
      return true;
    }
    String scope = r.text.substring(from, Math.min(r.text.length(), from + SCOPE_CHARS));
    // the country is the scope itself: before any bracket or comma ("de Antioquia (Colombia)", "de l'Oriental, au
    // Maroc"), not the start of a longer name ("de Panamá Oeste")
    int cut = scope.length();
    for (char c : new char[] {'(', ',', ';'}) {
      cut = scope.indexOf(c) >= 0 ? Math.min(cut, scope.indexOf(c)) : cut;
    }
    String part = scope.substring(0, cut);
    String[] words = part.strip().split("\\s+");
    for (var c : COUNTRIES.find(part)) {
      int next = c.position() + c.phrase().split(" ").length;
      if (next >= words.length || !Character.isUpperCase(words[next].codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern MEMBER_STATES = Pattern.compile("(?iu)\\b(?:member (?:states|countries)|états[- ]membres"
      + "|pays membres|estados miembros|países miembros|estados[- ]membros|países[- ]membros)\\b");
  /** How far after a regional review's name its member states are sought (about thirty words). */
  private static final int MEMBERS_CHARS = 200;

  /** How far after a review's name its scope is read (about eight words). */
  private static final int SCOPE_CHARS = 60;

  private static final org.vlrobs.metadata.CountryGazetteer COUNTRIES = org.vlrobs.metadata.CountryGazetteer.shared();

  /**
   * In a footnote whose sentence before cites a review, "this review" / "ce rapport" / "este informe" is that review, not
   * the VNR: "¹⁴ Akureyrarbær (2022), Akureyri and the Global Goals: voluntary local review, p. 31. The municipal
   * recycling rate shown in Figure 12 is taken from this review."
   */
  private void thisCitedReview(Read r) {
    for (int i = 0; i + 1 < r.toks.size(); i++) {
      // (after "from": "taken from this review", "proviene de este informe"; not "the national figures used in this report")
      if (i > 0 && ORIGIN.contains(Tokens.fold(r.toks.get(i - 1).text()))
          && THIS.contains(Tokens.fold(r.toks.get(i).text())) && isWord(Family.REVIEW_WORDS, r.toks.get(i + 1))
          && !r.masked[i + 1]) {
        r.anaphor = true;
        r.lastReviewToken = Math.max(r.lastReviewToken, i + 1);
        r.subjectEnds.set(i + 2);
      }
    }
  }

  /**
   * The review's own verb stands after the place and year that complete its name too: "la Revisión Local Voluntaria
   * de La Libertad Sur emplea esos mismos datos", "O Relatório Local Voluntário de São Paulo de 2023 utiliza os dados
   * do Censo".
   */
  private static void placeComplements(Read r) {
    for (int e = r.subjectEnds.nextSetBit(0); e >= 0 && e < r.toks.size(); e = r.subjectEnds.nextSetBit(e + 1)) {
      int j = e;
      // (a place's own article: "de La Libertad Sur", "de Le Mans")
      int k = j + 2 < r.toks.size() && r.toks.get(j + 1).capitalised()
          && DETERMINERS.contains(Tokens.fold(r.toks.get(j + 1).text())) ? j + 2 : j + 1;
      if (k < r.toks.size() && OF.contains(Tokens.fold(r.toks.get(j).text())) && isPlace(r.toks.get(k))) {
        j++;
        while (j < r.toks.size() && (r.toks.get(j).capitalised()
            || (OF.contains(Tokens.fold(r.toks.get(j).text())) && j + 1 < r.toks.size() && r.toks.get(j + 1).capitalised()))) {
          j++;
        }
        if (j + 1 < r.toks.size() && OF.contains(Tokens.fold(r.toks.get(j).text())) && YEAR_TOKEN.matcher(r.toks.get(j + 1).text()).matches()) {
          j += 2;
        }
        if (j > e + 1 && j < r.toks.size()) {
          r.subjectEnds.set(j);
          e = j;
        }
      }
    }
  }

  /**
   * Review words ({@code review-words}) with a goal word up to four tokens before or eight after them (the report's
   * title: "SDG Localization Status Report", "rapport régional de suivi des ODD", "informe «Lara y los Objetivos de
   * Desarrollo Sostenible: primer reporte de avance»") whose author is a local or regional government named before
   * them: the subject of a publishing verb ("Le conseil régional d'Ali Sabieh a publié en 2023 un rapport ..."), or the
   * author of a reference, its year in brackets ("Lalitpur Metropolitan City (2022), SDG Localization Status Report").
   * Whatever its title calls it, a government's own report on the Goals is a local review (one report: "informes"
   * of a class of governments are contributions).
   */
  private List<Integer> authoredGoalReports(Read r) {
    List<PhraseSet.Hit> goals = lex.names(Family.GOAL_WORDS).find(r.toks, null);
    if (goals.isEmpty()) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    List<PhraseSet.Hit> authors = null; // found once, when a report on the Goals asks for them
    List<PhraseSet.Hit> verbs = null;
    for (PhraseSet.Hit h : lex.names(Family.REVIEW_WORDS).find(r.toks, null)) {
      // (one report, a title: "gobiernos regionales, que elaboraron informes sobre los ODS" are contributions)
      if (h.from() < 0 || r.masked[h.from()] || plural(r.toks.get(h.from()))) {
        continue;
      }
      for (PhraseSet.Hit g : goals) {
        if (g.from() < 0 || g.from() == h.from() || g.from() < h.from() - 4 || g.from() > h.from() + 8) {
          continue;
        }
        if (authors == null) {
          authors = subnationalAuthors(r);
          verbs = authors.isEmpty() ? List.of() : lex.names(Family.PUBLISHING_VERBS).find(r.toks, null);
        }
        int start = Math.min(h.from(), g.from());
        if (!nationalTitle(r, h.from()) && (publishedBy(r, authors, verbs, start) || citedAuthor(r, authors, start))) {
          out.add(h.from());
          break;
        }
      }
    }
    return out;
  }

  /** A word of the nation within the report's title, three tokens around its review word ("rapport national de suivi"). */
  private static boolean nationalTitle(Read r, int at) {
    for (int i = Math.max(0, at - 3); i < r.toks.size() && i <= at + 3; i++) {
      if (NATIONAL.contains(Tokens.fold(r.toks.get(i).text()))) {
        return true;
      }
    }
    return false;
  }

  /** A plural word: it ends in "s" and its light key, which folds plurals, does not ("informes", "revisões"). */
  private static boolean plural(Tokens.Token t) {
    return t.word().endsWith("s") && !t.key().endsWith("s");
  }

  /**
   * An author, then within eight tokens a publishing verb, which ends within twelve tokens before {@code start}; no word
   * of the nation between ("En consulta con los gobiernos locales, el Gobierno nacional publicó el informe").
   */
  private static boolean publishedBy(Read r, List<PhraseSet.Hit> authors, List<PhraseSet.Hit> verbs, int start) {
    for (PhraseSet.Hit p : verbs) {
      if (p.from() < 0 || p.to() > start || start - p.to() > 12) {
        continue;
      }
      for (PhraseSet.Hit a : authors) {
        if (a.to() <= p.from() && p.from() - a.to() <= 8 && r.toks.subList(a.to(), p.from()).stream()
            .noneMatch(tok -> NATIONAL.contains(Tokens.fold(tok.text())))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The nation and its government: a report they publish is national, whoever they consulted. */
  private static final Set<String> NATIONAL = Set.of("national", "nacional", "nationale", "nationaux", "nacionales",
      "nacionais", "gobierno", "government", "gouvernement", "governo", "ministry", "ministerio", "ministere",
      "minister", "ministro", "ministre");

  /** An author, up to four capitalised words of its name, then "(year)" right before {@code start}. */
  private static boolean citedAuthor(Read r, List<PhraseSet.Hit> authors, int start) {
    for (PhraseSet.Hit a : authors) {
      int i = a.to();
      // (with "of" inside the name: "Gobierno de la Provincia de Córdoba (2021)")
      while (i < start && i - a.to() < 6 && (r.toks.get(i).capitalised() || (i + 1 < start
          && (OF.contains(Tokens.fold(r.toks.get(i).text())) || DETERMINERS.contains(Tokens.fold(r.toks.get(i).text())))
          && (r.toks.get(i + 1).capitalised() || DETERMINERS.contains(Tokens.fold(r.toks.get(i + 1).text())))))) {
        i++;
      }
      if (i < start && i + 2 >= start && YEAR_TOKEN.matcher(r.toks.get(i).text()).matches()
          && r.text.substring(r.toks.get(i - 1).end(), r.toks.get(i).start()).contains("(")) {
        return true;
      }
    }
    return false;
  }

  /** Local and regional governments of the sentence: strong actors, capitalised weak ones, not part of an organ's name. */
  private List<PhraseSet.Hit> subnationalAuthors(Read r) {
    List<PhraseSet.Hit> out = new ArrayList<>();
    for (PhraseSet.Hit a : lex.names(Family.LRG_ACTORS).find(r.toks, null)) {
      if (a.from() >= 0 && !r.masked[a.from()] && !partOfName(r.toks, a)) {
        out.add(a);
      }
    }
    for (PhraseSet.Hit a : lex.names(Family.LRG_ACTORS_WEAK).find(r.toks, null)) {
      if (a.from() >= 0 && !r.masked[a.from()] && r.toks.get(a.from()).capitalised() && !partOfName(r.toks, a)) {
        out.add(a);
      }
    }
    return out;
  }

  private static void reviewAt(Read r, int token) {
    r.review = true;
    r.references.set(Math.max(0, token));
    if (token >= 0 && (r.firstReviewToken < 0 || token < r.firstReviewToken)) {
      r.firstReviewToken = token;
    }
    r.lastReviewToken = Math.max(r.lastReviewToken, token);
  }

  /** "Voluntary Local Reviews (VLRs)": the acronym in brackets right after a review name holds for the document. */
  private void defineAcronym(Read r, int after, Context ctx) {
    if (after < 0 || after >= r.toks.size()) {
      return;
    }
    Tokens.Token next = r.toks.get(after);
    int prev = after > 0 ? r.toks.get(after - 1).end() : 0;
    if (lex.isAcronym(next.text()) && r.text.substring(prev, next.start()).contains("(")) {
      ctx.definedAcronyms.add(base(next.text()));
    }
  }

  private static String base(String acronym) {
    return acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
  }

  private boolean acronymIsReview(Read r, int i, Context ctx, boolean inHeading) {
    Tokens.Token tok = r.toks.get(i);
    String a = base(tok.text());
    // "VLR (variable lending rate)" or "variable lending rates (VLR)": defined as something else
    String after = r.text.substring(tok.end(), Math.min(r.text.length(), tok.end() + 3));
    if (OTHER_DEFINITION.matcher(after).matches()) {
      ctx.otherAcronyms.add(a);
      return false;
    }
    String before = r.text.substring(Math.max(0, tok.start() - 2), tok.start());
    boolean bracketed = before.contains("(");
    if (bracketed && !ctx.definedAcronyms.contains(a) && !(i > 0 && r.review)) {
      if (i > 0 && !r.toks.get(i - 1).capitalised()) {
        ctx.otherAcronyms.add(a);
        return false;
      }
    }
    if (!ctx.definedAcronyms.contains(a) && definedOtherwiseAfter(r, i, a)) {
      ctx.otherAcronyms.add(a); // "la VLR désigne la valeur locative de référence", "RLV: Red Local de Voluntariado"
      return false;
    }
    if (bracketed && expandedOtherwise(r.toks, i, a)) {
      // "Village Land Registries (VLRs)": the words before spell it and name no review; where the document defined it
      // as a review before, it still means what this sentence spells ("a Vulnerability and Loss Review (VLR)")
      if (!ctx.definedAcronyms.contains(a)) {
        ctx.otherAcronyms.add(a);
      }
      return false;
    }
    if (ctx.definedAcronyms.contains(a)) {
      return true;
    }
    // a place before or after it ("the city's VLR") names a review even where the acronym stood for something
    // else before ("variable lending rates (VLRs)" two sections earlier)
    if (placeBefore(r.toks, i) || placeAfter(r.toks, i + 1)) {
      return true;
    }
    if (ctx.otherAcronyms.contains(a)) {
      return false;
    }
    if (inHeading) {
      return true;
    }
    for (PhraseSet.Hit h : lex.names(Family.ACRONYM_CONTEXT).find(r.toks, r.text)) {
      if (h.from() < 0 || !r.masked[h.from()]) {
        return true;
      }
    }
    return ctx.headingAcronymContext;
  }

  /**
   * The words right before a bracketed acronym spell it ("Village Land Registries (VLRs)", "Variable Lending Rate
   * (VLR)", "Voluntary Licensing Regime (VLR)") and name no review (no review word, or one without a voluntary or level
   * word: "Vulnerability and Loss Review (VLR)"): the acronym stands for something else.
   */
  private boolean expandedOtherwise(List<Tokens.Token> toks, int i, String acronym) {
    int start = spelledFrom(toks, i, acronym);
    if (start < 0) {
      return false;
    }
    List<Tokens.Token> words = toks.subList(start, i);
    // a review word alone does not make it a local review ("Vulnerability and Loss Review (VLR)"): a voluntary or a
    // level word with it does ("Voluntary Local Review", "Informe Local Voluntario")
    return lex.names(Family.REVIEW_WORDS).find(words, null).isEmpty()
        || (lex.names(Family.VOLUNTARY_WORDS).find(words, null).isEmpty()
            && lex.names(Family.LEVEL_WORDS).find(words, null).isEmpty());
  }

  /**
   * Where the words right before the acronym at token {@code i} that spell it begin, or -1: spelled from its last letter
   * back; lower-case function words inside the name are skipped ("Valor Limite de Referência (VLR)", "Volume of Local
   * Revenue (VLR)").
   */
  /** Prepositions inside a name that its acronym skips: "Fonds permanent pour le développement des collectivités (FPDCT)". */
  private static final Set<String> NAME_PREPOSITIONS = Set.of("for", "pour", "para", "por", "on", "sur", "au", "aux", "a");

  private static int spelledFrom(List<Tokens.Token> toks, int i, String acronym) {
    int n = acronym.length();
    if (n < 2 || i < n) {
      return -1;
    }
    int k = n - 1;
    int start = i;
    for (int j = i - 1; k >= 0 && j >= 0; j--) {
      Tokens.Token w = toks.get(j);
      String f = Tokens.fold(w.text());
      if (k < n - 1 && Character.isLowerCase(w.text().charAt(0))
          && (OF.contains(f) || DETERMINERS.contains(f) || CONJUNCTIONS.contains(f) || NAME_PREPOSITIONS.contains(f))) {
        continue;
      }
      if (Character.toUpperCase(w.text().charAt(0)) != Character.toUpperCase(acronym.charAt(k))) {
        return -1;
      }
      k--;
      start = j;
    }
    return k >= 0 ? -1 : start;
  }

  /**
   * The actor is a word of a name spelled by the bracketed acronym after it, the name of an organ or instrument
   * ({@code organ-heads}): "transferts du Fonds de gestion et de développement des collectivités territoriales (FGDCT)"
   * (not "la Fédération nationale des maires d'Haïti (FENAMH)", an association of them).
   */
  private boolean acronymNamed(Read r, PhraseSet.Hit a) {
    for (int i = a.to(); i < Math.min(r.toks.size(), a.to() + 3); i++) {
      Tokens.Token tok = r.toks.get(i);
      if (tok.text().length() < 2 || !allUpperCase(tok.text())) {
        continue;
      }
      if (!r.text.substring(r.toks.get(i - 1).end(), tok.start()).contains("(")) {
        return false;
      }
      int start = spelledFrom(r.toks, i, tok.text());
      return start >= 0 && start < a.from() && isWord(Family.ORGAN_HEADS, r.toks.get(start));
    }
    return false;
  }

  /**
   * A verb of definition after the acronym, or a glossary's colon, equals sign or dash, and the words it spells after
   * it, none a review word: "la VLR désigne la valeur locative de référence", "VLR means the variable lending rate",
   * "RLV: Red Local de Voluntariado de la Cruz Roja", "17 VLR: vehicle licence revenue collected by ...".
   */
  private boolean definedOtherwiseAfter(Read r, int i, String acronym) {
    List<Tokens.Token> toks = r.toks;
    // (or in two words: "refers to", "se refiere a", "stands for")
    String w1 = i + 1 < toks.size() ? Tokens.fold(toks.get(i + 1).text()) : "";
    String w2 = i + 2 < toks.size() ? Tokens.fold(toks.get(i + 2).text()) : "";
    boolean twoWords = i + 3 < toks.size() && ((REFERS.contains(w1) && TO.contains(w2)) || (w1.equals("stands")
        && w2.equals("for")));
    // (a glossary's line opens with the acronym, or a note's number and it: not "published VLRs – Valencia, Lisbon ...")
    boolean glossary = i + 1 < toks.size() && (i == 0 || (i == 1 && Character.isDigit(toks.get(0).text().charAt(0))))
        && GLOSSARY_MARK.matcher(r.text.substring(toks.get(i).end(), toks.get(i + 1).start())).matches();
    if (i + 2 >= toks.size() || (!DEFINES.contains(Tokens.fold(toks.get(i + 1).text())) && !twoWords && !glossary)) {
      return false;
    }
    int k = 0;
    int j = twoWords ? i + 3 : glossary ? i + 1 : i + 2;
    int start = -1;
    for (; j < toks.size() && k < acronym.length(); j++) {
      Tokens.Token w = toks.get(j);
      String f = Tokens.fold(w.text());
      // (lower-case words before the spelt-out name too: "refers to the county Valuation List and Rating Roll")
      if ((start < 0 || k > 0) && Character.isLowerCase(w.text().charAt(0))
          && (OF.contains(f) || DETERMINERS.contains(f) || CONJUNCTIONS.contains(f) || f.equals("to") || f.equals("for")
              || (start < 0 && j - i <= 4 && Character.toUpperCase(w.text().charAt(0)) != Character.toUpperCase(acronym.charAt(0))))
          && (k == 0 || Character.toUpperCase(w.text().charAt(0)) != Character.toUpperCase(acronym.charAt(k)))) {
        continue;
      }
      if (Character.toUpperCase(w.text().charAt(0)) != Character.toUpperCase(acronym.charAt(k))) {
        return false;
      }
      if (start < 0) {
        start = j;
      }
      k++;
    }
    if (k < acronym.length()) {
      return false;
    }
    List<Tokens.Token> words = toks.subList(start, j);
    return lex.names(Family.REVIEW_WORDS).find(words, null).isEmpty();
  }

  /** Between a glossary's acronym and what it stands for: "RLV: Red ...", "VLR = ...", "VLR – ...". */
  private static final Pattern GLOSSARY_MARK = Pattern.compile("\\s*[:=–—-]\\s*");
  private static final Set<String> DEFINES = Set.of("means", "denotes", "designates", "designe", "signifie", "designa",
      "significa");


  /**
   * The sentence defines an actor: a verb of definition right after it and the rest of its capitalised name or its
   * acronym ("In this report, Local Government Institutions (LGIs) means the elected Union Parishads ..."). A definition
   * says who they are, not that they took part: no actor of the sentence (the defined term or those defining it) acts.
   */
  private boolean definition(Read r) {
    if (r.defines == null) {
      r.defines = java.util.stream.Stream.of(Family.LRG_ACTORS, Family.LRG_ACTORS_WEAK)
          .flatMap(f -> lex.names(f).find(r.toks, null).stream())
          .anyMatch(a -> definedTerm(r.toks, a));
    }
    return r.defines;
  }

  private static boolean definedTerm(List<Tokens.Token> toks, PhraseSet.Hit a) {
    // or what a term stands for: "«local» designa el conjunto de ayuntamientos, diputaciones ...", "'local' means the
    // municipalities" (the defining word up to four words before the actor, only function words between)
    for (int j = a.from() - 1; j >= 0 && a.from() - j <= 5; j--) {
      String f = Tokens.fold(toks.get(j).text());
      if (DEFINES.contains(f)) {
        return true;
      }
      if (!DETERMINERS.contains(f) && !OF.contains(f) && !SET_WORDS.contains(f)) {
        break;
      }
    }
    for (int j = a.to(); j < toks.size() && j - a.to() <= 4; j++) {
      Tokens.Token w = toks.get(j);
      String f = Tokens.fold(w.text());
      if (DEFINES.contains(f) || REFERS.contains(f) && j + 1 < toks.size() && TO.contains(Tokens.fold(toks.get(j + 1).text()))) {
        return true;
      }
      if (!w.capitalised()) {
        return false;
      }
    }
    return false;
  }

  /** "the set of", "el conjunto de", "l'ensemble des", "o conjunto dos", "all": what a definition enumerates. */
  private static final Set<String> SET_WORDS = Set.of("set", "conjunto", "ensemble", "all", "todos", "todas", "tous",
      "toutes", "whole", "totalidad", "totalite");
  private static final Set<String> REFERS = Set.of("refers", "refer", "refiere", "refieren", "refere", "referem",
      "renvoie", "renvoient");
  private static final Set<String> TO = Set.of("to", "a", "al", "aos", "ao");

  /** A place right before a review noun: "the Accra and Kumasi local reviews", "Bristol's SDG review", "the 2021 Dhulikhel review". */
  /** Numbers that count reviews: "five local reviews", "12 informes locales", "trois revues locales". */
  private static final Set<String> COUNT_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "eleven", "twelve", "dozen", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
      "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "douze", "duas", "dois", "quatro", "sete", "oito",
      "nove", "dez", "thirteen", "fourteen", "fifteen", "sixteen", "twenty", "once", "doce", "trece",
      "catorce", "quince", "dieciséis", "veinte", "onze", "treize", "quatorze", "quinze", "seize", "vingt", "doze", "treze",
      "catorze", "dezasseis", "dezesseis", "vinte");

  /** A preposition, or one fused with a demonstrative, opening an anaphor: where, not who ("neste relatório"). */
  private static final Set<String> IN_THIS = Set.of("in", "en", "dans", "em", "neste", "nesta", "nesse", "nessa",
      "naquele", "naquela", "no", "na", "nos", "nas");

  /** Determiners of two or more things taken back: "both", "these", "ambos", "ces". */
  private static final Set<String> TAKEN_BACK = Set.of("both", "these", "those", "ambos", "ambas", "estos", "estas", "ces",
      "estes", "esses", "essas");

  /** Determiners (and Portuguese contractions) before a count that refers back: "the two", "los dos", "dos três". */
  private static final Set<String> COUNTED_DETERMINERS = Set.of("the", "these", "those", "los", "las", "estos", "estas",
      "esos", "esas", "les", "ces", "os", "as", "dos", "das", "esses", "estes", "essas", "desses", "destes",
      "nos", "nas", "nesses", "nestes", "nessas", "nestas", "dessas", "destas");

  /*
   * The regular expressions of the token tests, compiled once (String.matches and replaceAll compile theirs on every
   * call, and these run for many tokens of every sentence).
   */
  /** "VLR (variable lending rate)": a bracket opening a lower-case expansion right after an acronym. */
  private static final Pattern OTHER_DEFINITION = Pattern.compile("\\s*\\(\\s*\\p{Ll}.*");
  private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,3}");
  private static final Pattern YEAR_TOKEN = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern HOW_MANY = Pattern.compile("\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many");
  private static final Pattern PARTICIPLE_END = Pattern.compile(".*(?:ed|en|ad[oa]s?|[ií]d[oa]s?|[ée]e?s?|u[ée]?s?)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static boolean counts(Tokens.Token tok) {
    String f = tok.word();
    return COUNT_WORDS.contains(f) || SMALL_NUMBER.matcher(f).matches();
  }

  /** A review noun in the plural counted by a number just before it: reviews cited by their count. */
  private static boolean countBefore(List<Tokens.Token> toks, int from) {
    if (from < 1) {
      return false;
    }
    String prev = Tokens.fold(toks.get(from - 1).text());
    return COUNT_WORDS.contains(prev) || SMALL_NUMBER.matcher(prev).matches();
  }

  private boolean placeBefore(List<Tokens.Token> toks, int from) {
    int i = from - 1;
    if (i >= 0 && YEAR_TOKEN.matcher(toks.get(i).text()).matches()) {
      i--;
    }
    if (i >= 0 && ORDINALS.contains(Tokens.fold(toks.get(i).text()))) {
      i--; // Bonn's first VLR
    }
    if (i >= 0 && YEAR_TOKEN.matcher(toks.get(i).text()).matches()) {
      i--;
    }
    boolean possessive = false;
    if (i >= 0 && toks.get(i).text().equals("s") && i > 0) {
      i--; // Bristol's
      possessive = true;
    }
    if (i < 0) {
      return false;
    }
    if (isPlace(toks.get(i))) {
      return true;
    }
    boolean level = !toks.get(i).capitalised() && (isWord(Family.LEVEL_WORDS, toks.get(i)) || isWord(Family.PLACE_WORDS, toks.get(i)));
    // "the city's VLR", "the county's SDG report": the place word of a locality named before
    // "the Koshi and Lumbini provincial SDG progress reports": a level word between the place and the noun
    return level && (possessive || (i > 0 && isPlace(toks.get(i - 1))));
  }

  /** One token that is, on its own, an entry of a family of single words. */
  private boolean isWord(Family f, Tokens.Token tok) {
    return lex.names(f).find(List.of(tok), null).stream().anyMatch(h -> h.from() == 0 && h.to() == 1);
  }

  /**
   * Two places or more coordinated right before a word ("the Sylhet and Narayanganj reviews", "the Quelimane, Pemba and
   * Nampula reports"), each one or two capitalised words.
   */
  private static boolean coordinatedPlacesBefore(List<Tokens.Token> toks, int at) {
    int places = 0;
    int j = at - 1;
    while (j >= 0) {
      int words = 0;
      while (j >= 0 && words < 2 && isPlace(toks.get(j))) {
        j--;
        words++;
      }
      if (words == 0) {
        return false;
      }
      places++;
      if (j >= 0 && CONJUNCTIONS.contains(Tokens.fold(toks.get(j).text()))) {
        j--;
      } else {
        return places >= 2 && (j < 0 || !toks.get(j).capitalised());
      }
    }
    return places >= 2;
  }

  /** "of" (an article) and a capitalised organ or instrument ({@code organ-heads}): "the review of the Plan General". */
  private boolean ofInstrument(List<Tokens.Token> toks, int to) {
    int i = afterOf(toks, to);
    return i >= 0 && toks.get(i).capitalised()
        && lex.names(Family.ORGAN_HEADS).find(toks.subList(i, i + 1), null).stream().anyMatch(h -> h.from() == 0);
  }

  /**
   * "of" (an article) and a lower-case noun that is no place, government, level or Goal: what another kind of review
   * reviews ("la revisión local de los proyectos de desarrollo local"); "local" may stand between.
   */
  private boolean ofCommonThing(List<Tokens.Token> toks, int to, Tokens t) {
    int at = to < toks.size() && !lex.names(Family.LEVEL_WORDS).find(toks.subList(to, to + 1), null).isEmpty()
        ? to + 1 : to;
    int i = afterOf(toks, at);
    // (a capitalised word is a place, unless a title of capitalised words names a plan, a programme or a budget: "a
    // revisão dos Planos Directores Municipais de Benguela", "the Kandy review of the Urban Development Plan")
    if (i >= 0 && toks.get(i).capitalised()) {
      // a title of capitalised words naming a plan, programme, budget ... ("the Urban Development Plan")
      for (int j = i; j < toks.size() && j - i < 5 && toks.get(j).capitalised(); j++) {
        if (DOCUMENT_NOUNS.contains(toks.get(j).word())) {
          return true;
        }
      }
      return false;
    }
    if (i < 0 || count(toks.get(i)) || Character.isDigit(toks.get(i).text().charAt(0))) {
      return false;
    }
    // (English puts a level word before the noun it qualifies: "a local review of district unit plans", "of county
    // procurement practices": the thing is the noun after it)
    if ("en".equals(t.language()) && i + 1 < toks.size() && !toks.get(i).capitalised()
        && lex.names(Family.LEVEL_WORDS).find(toks.subList(i, i + 1), null).stream().anyMatch(h -> h.from() == 0)
        && Character.isLowerCase(toks.get(i + 1).text().charAt(0)) && !OF.contains(Tokens.fold(toks.get(i + 1).text()))
        && notGovernments(toks.subList(i, i + 2))) {
      i++; // (not "local reviews of county governments", "of district councils", "of city administrations")
    }
    List<Tokens.Token> noun = toks.subList(i, i + 1);
    for (Family f : List.of(Family.CITY_WORDS, Family.PLACE_WORDS, Family.LEVEL_WORDS, Family.LRG_ACTORS,
        Family.LRG_ACTORS_WEAK, Family.REVIEW_WORDS)) {
      if (!lex.names(f).find(noun, null).isEmpty()) {
        return false;
      }
    }
    return lex.names(Family.GOAL_WORDS).find(noun, null).isEmpty();
  }

  /**
   * A "local review" a body of the State carries out: its agent after it ("subjected to a local review by the Governance
   * Commission", "La Revisión Local de Compras Públicas realizada por la Oficina Nacional de Contrataciones") or its
   * subject before it ("The Office of the Auditor-General carried out a local review of ..."): an audit or an inspection,
   * not a local government's review of the Goals.
   */
  private boolean byCentralBody(Read r, PhraseSet.Hit h) {
    // (a "local review" or "local report" only: "El informe ODS de Medellín, elaborado por el Departamento Administrativo
    // de Planeación" and "The provincial review of the Western Cape, coordinated by the Department of the Premier" are a
    // government's own reviews)
    if (h.entry() == null || !BARE_LOCAL.contains(Tokens.fold(h.entry().split(" ")[0]))
        && !BARE_LOCAL.contains(Tokens.fold(h.entry().substring(h.entry().lastIndexOf(' ') + 1)))
        || h.entry().split(" ").length != 2) {
      return false;
    }
    for (int i = h.to(); i < Math.min(r.toks.size(), h.to() + 8); i++) {
      if (AGENT.contains(Tokens.fold(r.toks.get(i).text()))) {
        int j = i + 1 < r.toks.size() && DETERMINERS.contains(Tokens.fold(r.toks.get(i + 1).text())) ? i + 2 : i + 1;
        // (the organ's word may close its name: "the Governance Commission"; not a local government's own office:
        // "la Secretaría de Planeamiento de la Municipalidad", "the County Government", "la Direction ... de la Ville")
        boolean organ = false;
        boolean national = false;
        for (int k = j; k < r.toks.size() && k - j < 4 && r.toks.get(k).capitalised(); k++) {
          organ |= isWord(Family.ORGAN_HEADS, r.toks.get(k));
          national |= NATIONAL_WORDS.contains(Tokens.fold(r.toks.get(k).text()));
        }
        return (organ || national) && !localOrgan(r, j);
      }
    }
    // the subject: an organ's word opening the sentence, a verb of carrying out right before the review (and its article)
    int v = h.from() - 1;
    if (v >= 0 && DETERMINERS.contains(Tokens.fold(r.toks.get(v).text()))) {
      v--;
    }
    if (v < 1 || !CARRIED_OUT.contains(Tokens.fold(r.toks.get(v).text()))) {
      return false;
    }
    for (int i = 0; i < Math.min(v, 3); i++) {
      if (r.toks.get(i).capitalised() && isWord(Family.ORGAN_HEADS, r.toks.get(i))) {
        return !localOrgan(r, i);
      }
    }
    return false;
  }

  /**
   * A heading about a review still to make: "Towards a Voluntary Local Review of Kisumu", "Hacia un Informe Local
   * Voluntario de Asunción", "Apoio à elaboração do Relatório Local Voluntário da Matola".
   */
  private boolean towardsReview(Read heading, Tokens t) {
    int review = heading.firstReviewToken;
    if (review < 0) {
      return false;
    }
    for (int i = Math.max(0, review - 3); i < review; i++) {
      String w = Tokens.fold(heading.toks.get(i).text());
      if (TOWARDS.contains(w) || (review - i <= 2 && FOR_A.contains(w))) {
        return true; // ("Towards a Voluntary Local Review", "Pour une revue locale volontaire de Dakar")
      }
    }
    // (support to its making: "Apoio à elaboração do Relatório Local Voluntário da Matola"; not "Elaboración del Informe
    // Local Voluntario de Mérida (2022)", "How Kisumu prepared its VLR")
    return lex.cues(Family.MAKING_VERBS, t.language()).find(heading.toks, null).stream()
        .anyMatch(m -> m.from() > 0 && m.to() <= review && review - m.to() <= 3
            && SUPPORT.contains(Tokens.fold(heading.toks.get(m.from() - 1).text()))
            || m.from() > 1 && m.to() <= review && review - m.to() <= 3
            && SUPPORT.contains(Tokens.fold(heading.toks.get(m.from() - 2).text())));
  }

  private static final Set<String> TOWARDS = Set.of("towards", "toward", "hacia", "vers", "rumo");
  /** "For" right before a review's article in a heading: "Pour une revue locale volontaire de Dakar". */
  private static final Set<String> FOR_A = Set.of("for", "pour", "para", "por");
  private static final Set<String> SUPPORT = Set.of("support", "supporting", "apoio", "apoyo", "appui", "soutien");

  /** Prepositions opening an aside about when something happened: "à l'issue de", "after", "tras", "após". */
  private static final Set<String> ASIDE_PREPOSITIONS = Set.of("a", "after", "following", "since", "during", "in", "at",
      "tras", "despues", "durante", "desde", "en", "apres", "lors", "depuis", "apos", "em", "upon");

  /** Organisations of states a "regional review" may be of (not "la Revisión Regional Voluntaria del AMBA"). */
  private static final Set<String> STATES_ORGANISATIONS = Set.of("SADC", "ECOWAS", "CEDEAO", "UEMOA", "CEMAC", "EAC",
      "IGAD", "COMESA", "ECCAS", "CEEAC", "SICA", "CARICOM", "MERCOSUR", "MERCOSUL", "ASEAN", "SAARC", "OECS", "CELAC",
      "CPLP", "UMA", "ECLAC", "CEPAL", "ESCAP", "ESCWA", "UNECE", "UNECA", "CEA", "OECD", "OCDE", "EU", "UE", "PIF");

  /** Names of national data sources in a table's first cell: "National Census 2019", "Encuesta Nacional de Hogares". */
  private static final Set<String> DATA_SOURCES = Set.of("census", "survey", "censo", "encuesta", "recensement", "enquete",
      "inquerito", "pesquisa", "registry", "register", "registro");

  /** Words of a national body: "National", "Nacional", "Nationale" (not "Government": a county's government is one). */
  private static final Set<String> NATIONAL_WORDS = Set.of("national", "nacional", "nationale", "federal", "federale");

  /**
   * The organ named from {@code j} on belongs to a local government: a word of its level, place or actors within its
   * name ("Secretaría de Planeamiento de la Municipalidad", "Dirección de Planificación municipal", "County Government").
   */
  private boolean localOrgan(Read r, int j) {
    if (MINISTRIES.contains(Tokens.fold(r.toks.get(j).text()))) {
      return false; // "the Ministry of Local Government": the State's
    }
    for (int k = j; k < Math.min(r.toks.size(), j + 8); k++) {
      if (k > j && CLAUSE_END.matcher(r.text.substring(r.toks.get(k - 1).end(), r.toks.get(k).start())).find()) {
        break;
      }
      Tokens.Token tok = r.toks.get(k);
      String w = Tokens.fold(tok.text());
      if ((isWord(Family.LEVEL_WORDS, tok) && !w.startsWith("local")) || isWord(Family.PLACE_WORDS, tok)
          || isWord(Family.CITY_WORDS, tok) || isWord(Family.LRG_ACTORS_WEAK, tok)) {
        return true;
      }
      if (!tok.capitalised() && !OF.contains(w) && !DETERMINERS.contains(w)
          && (k + 1 >= r.toks.size() || !OF.contains(Tokens.fold(r.toks.get(k + 1).text())))) {
        break; // the name ends at a lower-case word that no "of" continues ("... Auditor-General carried out"; not
               // "la Direction de la planification de la Ville")
      }
    }
    return false;
  }

  private static final Set<String> MINISTRIES = Set.of("ministry", "ministerio", "ministere", "department",
      "departement", "departamento");

  /** "local" in the name of a review noun: "local review", "revisión local", "relatório local", "revue locale". */
  private static final Set<String> BARE_LOCAL = Set.of("local", "locale");

  /** Verbs (or their last word) of carrying out an inquiry: "carried out", "conducted", "realizó", "a conduit". */
  private static final Set<String> CARRIED_OUT = Set.of("out", "conducted", "undertook", "performed", "realizo", "efectuo",
      "cabo", "conduit", "realise", "mene", "realizou", "conduziu", "efetuou", "efectuou");

  /**
   * "of" and a thing no Goal follows within a few words: "uma revisão local dos contratos de prestação de serviços" (not
   * "relatórios voluntários de acompanhamento dos ODS", not "local reviews from three regions").
   */
  private boolean reviewOfOtherThing(List<Tokens.Token> toks, int to, Tokens t) {
    if (to >= toks.size() || "from".equals(Tokens.fold(toks.get(to).text())) || !ofCommonThing(toks, to, t)) {
      return false;
    }
    return lex.names(Family.GOAL_WORDS).find(toks.subList(to, Math.min(toks.size(), to + 6)), null).isEmpty();
  }

  /** Neither the words nor their last one name local governments or an organ: "county governments", "district councils". */
  private boolean notGovernments(List<Tokens.Token> words) {
    return java.util.stream.Stream.of(Family.LRG_ACTORS, Family.LRG_ACTORS_WEAK, Family.ORGAN_HEADS)
        .allMatch(f -> lex.names(f).find(words, null).stream().noneMatch(h -> h.from() == 0 && h.to() == words.size())
            && lex.names(f).find(words.subList(words.size() - 1, words.size()), null).isEmpty());
  }

  /** Documents a title names with a capital: plans, programmes, strategies, budgets, policies, laws (singular and plural). */
  private static final Set<String> DOCUMENT_NOUNS = Set.of("plan", "plans", "plano", "planos", "planes", "programme",
      "programmes", "program", "programs", "programa", "programas", "strategy", "strategies", "estrategia", "estrategias",
      "strategie", "budget", "budgets", "presupuesto", "presupuestos", "orcamento", "orcamentos", "policy", "policies",
      "politica", "politicas", "politique", "politiques", "law", "laws", "ley", "leyes", "lei", "leis", "loi", "lois",
      "schema", "schemas", "esquema"); // (word(): accents folded, "estratégia" = "estrategia", "stratégies" = "strategies")

  /**
   * Right before the review word, after an article, a place the document's review sentences named: "Data from the Kandy
   * review" (no word of the review names, the levels, the Goals or the Agenda: "the National review", "the Agenda
   * review").
   */
  private boolean knownPlaceBefore(List<Tokens.Token> toks, int at, Context ctx) {
    // (or its possessive: "Naga's review tracks 62 local indicators")
    boolean possessive = at >= 2 && "s".equals(toks.get(at - 1).text())
        && toks.get(at - 1).start() - toks.get(at - 2).end() == 1;
    if (!possessive && (at < 2 || !DETERMINERS.contains(Tokens.fold(toks.get(at - 2).text())))) {
      return false;
    }
    Tokens.Token place = toks.get(possessive ? at - 2 : at - 1);
    if (!isPlace(place) || !ctx.reviewPlaceKeys.contains(place.key())) {
      return false;
    }
    for (Family f : List.of(Family.PLACE_WORDS, Family.LEVEL_WORDS, Family.VOLUNTARY_WORDS, Family.REVIEW_WORDS,
        Family.GOAL_WORDS, Family.CITY_WORDS, Family.LRG_ACTORS_WEAK)) {
      if (isWord(f, place)) {
        return false;
      }
    }
    return lex.names(Family.NATIONAL_REVIEW_NAMES).find(List.of(place), null).isEmpty()
        && !NATIONAL.contains(Tokens.fold(place.text())) && !DOCUMENT_NOUNS.contains(place.word())
        && !GENERIC_TITLE_WORDS.contains(place.word());
  }

  /**
   * Capitalised words of titles, not places: "the Agenda review", "the Development report", "the Sustainable review" (the
   * review words themselves are excluded as {@code review-words}).
   */
  private static final Set<String> GENERIC_TITLE_WORDS = Set.of("agenda", "development", "desarrollo", "developpement",
      "desenvolvimento", "sustainable", "sostenible", "durable", "sustentavel", "objetivos", "objectifs", "goals");

  /** "of" (an article) and a place the document's review sentences named: "la revue de La Marsa". */
  private static boolean knownPlaceAfter(List<Tokens.Token> toks, int to, Context ctx) {
    int i = afterOf(toks, to);
    return i >= 0 && isPlace(toks.get(i)) && ctx.reviewPlaceKeys.contains(toks.get(i).key());
  }

  /** The token after "of" and an article at {@code to} ("de la", "of the", "du"), or -1 when there is none. */
  /**
   * The review words are qualified as another kind of review or by another author right after them: "L'examen
   * environnemental de l'OCDE du Luxembourg", "la revisión ambiental", "o exame periódico", "la revue de la CEDEAO" (an
   * adjective placed after its noun, in es, fr and pt; an acronym after "of" that names no review).
   */
  private boolean otherKind(List<Tokens.Token> toks, int to, Tokens t) {
    if (to >= toks.size() || to == 0 || !isWord(Family.REVIEW_WORDS, toks.get(to - 1))) {
      return false; // (not "su resumen ejecutivo": the review's summary)
    }
    Tokens.Token next = toks.get(to);
    if (!next.capitalised() && isWord(Family.OTHER_KIND_WORDS, next)) {
      return true;
    }
    int i = afterOf(toks, to);
    return i >= 0 && allUpperCase(toks.get(i).text()) && toks.get(i).text().length() > 1 && !lex.isAcronym(toks.get(i).text());
  }

  private static int afterOf(List<Tokens.Token> toks, int to) {
    int i = to;
    if (i >= toks.size() || !OF.contains(Tokens.fold(toks.get(i).text()))) {
      return -1;
    }
    i++;
    if (i < toks.size() && DETERMINERS.contains(Tokens.fold(toks.get(i).text()))) {
      i++;
    }
    return i < toks.size() ? i : -1;
  }

  private static boolean isPlace(Tokens.Token t) {
    return t.capitalised() && !NOT_PLACE.contains(t.key()) && !NOT_PLACE.contains(Tokens.fold(t.text()))
        && !allUpperCase(t.text());
  }

  /** Every character is a capital ("VLR"); true for an empty text. */
  private static boolean allUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A place (or local governments) right after a review noun: "of Bonn", "de la ciudad de Medellín", "prepared by Ljubljana", "from three regions". */
  private boolean placeAfter(List<Tokens.Token> toks, int to) {
    int i = to;
    if (i < toks.size() && YEAR_TOKEN.matcher(toks.get(i).text()).matches()) {
      i++;
    }
    if (i < toks.size() && MADE_BY.contains(Tokens.fold(toks.get(i).text()))) {
      i++;
    }
    // "the voluntary reviews that Flanders (2022) and Brussels (2023) published", "les revues que Sfax a publiées"
    if (i + 1 < toks.size() && RELATIVES.contains(Tokens.fold(toks.get(i).text())) && isPlace(toks.get(i + 1))) {
      return true;
    }
    if (i >= toks.size() || !OF.contains(Tokens.fold(toks.get(i).text()))) {
      return false;
    }
    i++;
    if (i < toks.size() && DETERMINERS.contains(Tokens.fold(toks.get(i).text()))) {
      i++;
    }
    int place = placeWordAt(toks, i);
    if (place > i && place < toks.size() && OF.contains(Tokens.fold(toks.get(place).text()))) {
      i = place + 1;
      if (i < toks.size() && DETERMINERS.contains(Tokens.fold(toks.get(i).text()))) {
        i++;
      }
    }
    if (i >= toks.size()) {
      return false;
    }
    if (isPlace(toks.get(i))) {
      return true;
    }
    // "local reviews from three regions", "by 12 municipalities"
    int j = HOW_MANY.matcher(toks.get(i).text()).matches() ? i + 1 : i;
    return j < toks.size() && !lex.names(Family.LRG_ACTORS_WEAK).find(toks.subList(j, Math.min(toks.size(), j + 3)), null)
        .stream().filter(h -> h.from() == 0).toList().isEmpty();
  }

  /** Where a word of {@code place-words} starting at {@code i} ends ("the municipality of", "la ciudad de"), or i. */
  private int placeWordAt(List<Tokens.Token> toks, int i) {
    for (PhraseSet.Hit h : lex.names(Family.PLACE_WORDS).find(toks.subList(i, Math.min(toks.size(), i + 3)), null)) {
      if (h.from() == 0) {
        return i + h.to();
      }
    }
    return i;
  }

  /** The first words of an innermost heading: is it an annex or a box? */
  /** The heading opens with a word of {@link #TABLE_WORDS} other than "box": "Cuadro 7.", "Quadro 6.1 –". */
  private static boolean tableTitle(String heading) {
    String first = heading.strip().split("[\\s.:–-]+", 2)[0];
    String f = Tokens.fold(first);
    return TABLE_WORDS.contains(f) && !f.equals("box");
  }

  private boolean headingStarts(String heading, Family f) {
    if (heading == null || heading.isBlank()) {
      return false;
    }
    if (Tokens.hasCjk(heading)) {
      for (String e : lex.entries(f)) {
        if (Tokens.hasCjk(e) && heading.strip().startsWith(e)) {
          return true;
        }
      }
    }
    List<Tokens.Token> toks = tokens("en").tokenize(heading);
    return lex.names(f).find(toks, null).stream().anyMatch(h -> h.from() == 0);
  }

  /**
   * The sentence's involvement cues, less "the draft" of something other than the review ("the draft regional
   * budgets"): a draft report, chapter or VNR that actors examine or comment on is the review's drafting.
   */
  private List<PhraseSet.Hit> involvement(Read r, Tokens t) {
    return lex.cues(Family.INVOLVEMENT_CUES, t.language()).find(r.toks, null).stream()
        .filter(c -> !draftOfSomethingElse(r, c) && !canBeConsulted(r, c) && !quotedTitle(r, c))
        .toList();
  }

  /** The cue stands inside a quoted title: "el informe 'Los ODS en 100 ciudades españolas'" (a title's words, no act). */
  private static boolean quotedTitle(Read r, PhraseSet.Hit c) {
    if (c.from() < 0) {
      return false;
    }
    int at = r.toks.get(c.from()).start();
    java.util.regex.Matcher m = QUOTED.matcher(r.text);
    while (m.find()) {
      if (m.start() < at && at < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** A quoted span: double quotes, guillemets, or single quotes that are no apostrophes (no letter outside them). */
  private static final Pattern QUOTED = Pattern.compile(
      "\"[^\"]{3,200}\"|“[^”]{3,200}”|«[^»]{3,200}»|(?<!\\p{L})['‘][^'’]{3,200}['’](?!\\p{L})");

  /**
   * A document that "can be consulted" is available to read, no consultation: "los informes ... pueden consultarse en el
   * portal", "can be consulted on the website", "peuvent être consultés", "podem ser consultados" (a modal, "be", the cue).
   */
  private static boolean canBeConsulted(Read r, PhraseSet.Hit c) {
    if (c.from() <= 0 || !r.toks.get(c.from()).key().startsWith("consult")) {
      return false;
    }
    int p = c.from() - 1;
    if (p > 0 && BE.contains(Tokens.fold(r.toks.get(p).text()))) {
      p--;
    }
    return MODALS.contains(Tokens.fold(r.toks.get(p).text()));
  }

  private static final Set<String> BE = Set.of("be", "etre", "ser", "estar");
  private static final Set<String> MODALS = Set.of("can", "may", "could", "puede", "pueden", "podra", "podran", "peut",
      "peuvent", "pourra", "pourront", "pode", "podem", "podera", "poderao");

  private static boolean draftOfSomethingElse(Read r, PhraseSet.Hit c) {
    if (c.from() <= 0 || c.to() != c.from() + 1 || c.to() >= r.toks.size()
        || !Tokens.fold(r.toks.get(c.from()).text()).equals("draft")
        || !NOMINAL_BEFORE.contains(Tokens.fold(r.toks.get(c.from() - 1).text()))) {
      return false;
    }
    for (int j = c.to(); j < r.toks.size() && j <= c.to() + 2; j++) {
      if (DRAFTED.contains(r.toks.get(j).key())) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> NOMINAL_BEFORE = Set.of("the", "a", "its", "their", "this", "that", "each", "every");
  /** What a draft that local governments comment on is: the review's text (keys: plurals folded). */
  private static final Set<String> DRAFTED = Set.of("report", "chapter", "vnr", "review", "document", "text", "version",
      "section", "outline", "finding", "analysis", "assessment", "conclusion", "summary", "synthesis");

  /** "the Council of Governors (CoG)": the acronym names the actor for the rest of the document. */
  private void defineActorAcronyms(Read r, Context ctx) {
    // "the Council of Governors (CoG)": the acronym names the actor for the rest of the document
    for (PhraseSet.Hit h : r.text.indexOf('(') < 0 ? List.<PhraseSet.Hit>of() : lex.names(Family.LRG_ACTORS).find(r.toks, null)) {
      // the acronym may follow the name's place: "la Asociación de Municipios de Honduras (AMHON)"
      // (not an organ's: "la Caisse de Prêts et de Soutien des Collectivités Locales (CPSCL)")
      // (nor an instrument's spelled by it: "Fonds de gestion et de développement des collectivités territoriales (FGDCT)")
      for (int j = h.to(); h.from() >= 0 && j < r.toks.size() && j <= h.to() + 3 && !r.masked[h.from()]
          && !partOfName(r.toks, h) && !acronymNamed(r, h); j++) {
        Tokens.Token next = r.toks.get(j);
        String between = r.text.substring(r.toks.get(j - 1).end(), next.start());
        if (between.strip().equals("(") && r.text.startsWith(")", next.end()) && next.text().length() >= 2
            && Character.isUpperCase(next.text().charAt(0)) && next.text().chars().noneMatch(Character::isDigit)) {
          ctx.actorAcronyms.add(next.text());
          break;
        }
        String f = Tokens.fold(next.text());
        if (!between.isBlank() || !(OF.contains(f) || DETERMINERS.contains(f) || next.capitalised())) {
          break;
        }
      }
    }
  }

  /** The words of an lrg mention in the sentence (actor on its own, or actor and cue), or null. */
  private String lrgIn(Read r, Tokens t, boolean reviewNear, Context ctx) {
    String words = lrgIn(r, t, reviewNear, false);
    defineActorAcronyms(r, ctx);
    // an acronym is weaker evidence than the words: it acts only in a sentence that says what it does, now
    if (words != null || ctx.actorAcronyms.isEmpty() || concededThenDenied(r, t)
        || !lex.names(Family.ELECTION_WORDS).find(r.toks, null).isEmpty()
        || involvement(r, t).isEmpty()) {
      return words;
    }
    List<PhraseSet.Hit> negations = negations(r, t);
    for (int i = 0; i < r.toks.size(); i++) {
      PhraseSet.Hit a = new PhraseSet.Hit(i, i + 1, null);
      if (ctx.actorAcronyms.contains(r.toks.get(i).text()) && !r.masked[i] && !deniedAfter(r, a, t)
          && !overseen(r, a, t) && !counted(r, a, t) && !strongLocative(r.toks, a)
          && !predicateNegated(r.toks, a, negations, t.language())
          && negations.stream().noneMatch(n -> n.to() <= a.from() && a.from() - n.to() <= 1)
          && !onlyNegatedCues(r.toks, a, involvement(r, t), negations) // ("no fue posible ... ni con la UNGL")
          && !((r.review || r.inReviewBox) && placeAfterAcronym(r.toks, i))) { // ("Elaborado por el GAD Municipal de Cuenca")
        return r.toks.get(i).text();
      }
    }
    return null;
  }

  /**
   * An intention opens the sentence (within its first eight words: "En la próxima etapa, el CNCPS explorará", "Para el
   * próximo ciclo, el Gobierno pretende"): what local governments are to do in it is planned, not done.
   */
  private boolean planned(Read r, Tokens t) {
    for (PhraseSet.Hit h : lex.cues(Family.INTENTION_CUES, t.language()).find(r.toks, null)) {
      if (h.from() >= 0 && h.from() <= 8) {
        return true;
      }
    }
    return false;
  }

  /** @param actorsOnly only actors that count on their own (for headings: "Goal 11: Cities" is not involvement) */
  private String lrgIn(Read r, Tokens t, boolean reviewNear, boolean actorsOnly) {
    if (concededThenDenied(r, t)) {
      return null; // "Si bien se cursó invitación a la AMHON, las corporaciones municipales no participaron ..."
    }
    if (planned(r, t)) {
      return null; // "En la próxima etapa, el CNCPS explorará junto con la Federación Argentina de Municipios ..."
    }
    String words = actorAndCue(r, t, reviewNear, actorsOnly);
    if (words != null && lex.names(Family.ELECTION_WORDS).find(r.toks, null).stream().anyMatch(e -> !actorsAside(r, e, t))) {
      return null; // "in the municipal elections women won 18 % of the mayoralties": voted on, not acting
    }
    return words;
  }

  /**
   * The words stand in a short aside set off by commas right after the local governments it speaks of: "Les conseils
   * régionaux et les conseils de district, installés à l'issue des élections de 2024, ont été associés à la validation"
   * (how they came to be, not what the sentence says of them).
   */
  private boolean actorsAside(Read r, PhraseSet.Hit h, Tokens t) {
    int open = -1;
    for (int i = h.from(); i > 0 && h.from() - i <= ASIDE_MAX + 3; i--) {
      String gap = r.text.substring(r.toks.get(i - 1).end(), r.toks.get(i).start());
      if (CLAUSE_END.matcher(gap).find()) {
        open = gap.contains(",") && !PART_END.matcher(gap).find() ? i : -1;
        break;
      }
    }
    int close = open < 0 ? -1 : afterAside(r, open, 2 * ASIDE_MAX);
    if (close < h.to()) {
      return false;
    }
    int asideStart = open;
    // an aside of when ("à l'issue des élections de 2024", "following the 2022 elections"): the councils must still do
    // something the sentence names (not "ont perdu 12 sièges", a vote's outcome)
    if (ASIDE_PREPOSITIONS.contains(Tokens.fold(r.toks.get(open).text()))
        && involvement(r, t).stream().noneMatch(c -> c.from() >= close || (c.from() >= 0 && c.to() <= asideStart))) {
      return false;
    }
    int actorEnd = open;
    return java.util.stream.Stream.of(Family.LRG_ACTORS, Family.LRG_ACTORS_WEAK)
        .flatMap(f -> lex.names(f).find(r.toks, null).stream()).anyMatch(a -> a.to() == actorEnd);
  }

  private String actorAndCue(Read r, Tokens t, boolean reviewNear, boolean actorsOnly) {
    if (Tokens.hasCjk(r.text)) {
      String rest = r.text;
      for (String name : lex.entries(Family.LOCAL_REVIEW_NAMES)) {
        rest = rest.replace(name, " ");
      }
      for (String trap : lex.entries(Family.TRAPS)) {
        if (Tokens.hasCjk(trap)) {
          rest = rest.replace(trap, " "); // "地方政府专项债券": local governments issuing bonds, not taking part
        }
      }
      for (String actor : lex.entries(Family.LRG_ACTORS)) {
        if (Tokens.hasCjk(actor) && rest.contains(actor) && !ownReviewsOnly(rest, actor)
            && !((r.review || r.anaphor || r.inReviewBox) && namedOnly(rest, actor))) {
          return actor;
        }
      }
    }
    List<PhraseSet.Hit> negations = negations(r, t);
    List<PhraseSet.Hit> involvement = null;
    List<PhraseSet.Hit> deniedStrong = new ArrayList<>();
    List<PhraseSet.Hit> strongLeft = new ArrayList<>(); // not negated (their absence is asked only if a weak one is inside)
    for (PhraseSet.Hit h : strongActors(r)) {
      boolean negated = negations.stream().anyMatch(n -> n.to() <= h.from() && h.from() - n.to() <= 1)
          || agentDenied(r.toks, h) || predicateNegated(r.toks, h, negations, t.language());
      if (!negated && !negations.isEmpty()) {
        // "Local governments were not consulted": every cue near the actor is negated
        if (involvement == null) {
          involvement = involvement(r, t);
        }
        negated = onlyNegatedCues(r.toks, h, involvement, negations);
      }
      if (negated) {
        deniedStrong.add(h);
      } else {
        strongLeft.add(h);
      }
      // a heading that only names them beside the Goals ("Las Entidades Territoriales Autónomas y la Agenda 2030")
      // does not say they took part
      List<PhraseSet.Hit> near = (involvement == null
          ? involvement(r, t) : involvement).stream()
          .filter(c -> c.from() >= 0 && near(h, c)).toList();
      boolean named = actorsOnly
          && near.stream().allMatch(c -> c.entry() != null && lex.coveredBy(c.entry(), Family.GOAL_WORDS))
          && near.stream().anyMatch(c -> juxtaposed(r.toks, h, c));
      if (!negated && !named && !(r.figure && involvement(r, t).isEmpty()) && !strongRuledOut(r, h, t)) {
        return span(r, h.from(), h.to());
      }
    }
    // a weak actor inside the name of a strong one whose involvement or existence is denied is that actor
    // ("L'Association des municipalités ... n'a pas pu être associée", "as autarquias locais ... ainda não foram
    // institucionalizadas")
    List<PhraseSet.Hit> weak = lex.names(Family.LRG_ACTORS_WEAK).find(r.toks, null).stream()
        .filter(a -> deniedStrong.stream().noneMatch(h -> h.from() <= a.from() && a.to() <= h.to())
            && strongLeft.stream().noneMatch(h -> h.from() <= a.from() && a.to() <= h.to() && deniedAfter(r, h, t)))
        .toList();
    if (weak.isEmpty()) {
      return null;
    }
    List<PhraseSet.Hit> cues = new ArrayList<>(involvement != null ? involvement
        : involvement(r, t));
    if (reviewNear) {
      cues.addAll(lex.cues(Family.REPORTING_CUES, t.language()).find(r.toks, null));
    }
    if (actorsOnly) {
      // a heading names a weak actor's involvement only as the object of its cue: "Participation of local councils in
      // the review", "Implicación de los consejos municipales"; not "Localising the SDGs: provinces and cities", not
      // "Goal 11: Cities and the SDGs"
      for (PhraseSet.Hit a : weak) {
        for (PhraseSet.Hit c : cues) {
          if (c.entry() != null && !lex.coveredBy(c.entry(), Family.GOAL_WORDS) && c.to() <= a.from()
              && a.from() - c.to() <= 3 && !r.masked[a.from()] && !deconcentrated(r, a, t)
              && r.toks.subList(c.to(), a.from()).stream().allMatch(tok -> HEADING_LINKS.contains(Tokens.fold(tok.text())))
              && r.toks.subList(c.to(), a.from()).stream().anyMatch(tok -> OF.contains(Tokens.fold(tok.text()))
                  || WITH.contains(Tokens.fold(tok.text())))) {
            return span(r, c.from(), a.to());
          }
        }
      }
      return null;
    }
    if (cues.isEmpty()) {
      return null;
    }
    for (PhraseSet.Hit a : weak) {
      if ((!generic(r.toks, a) && !namedAgent(r, a, cues, reviewNear)) || weakRuledOut(r, a, t, negations)) {
        continue;
      }
      for (PhraseSet.Hit c : cues) {
        if ((near(a, c) || nearPastAside(r, a, c)) && !negatedBetween(a, c, negations) && !governed(r.toks, a, c, negations)) {
          return span(r, Math.min(a.from(), c.from()), Math.max(a.to(), c.to()));
        }
      }
    }
    return null;
  }

  /**
   * Every occurrence of a Chinese or Japanese actor follows a place's administrative suffix: the named place's own
   * government ("德清县人民政府"), in a sentence or box about its review that review's author.
   */
  private boolean namedOnly(String rest, String actor) {
    for (int at = rest.indexOf(actor); at >= 0; at = rest.indexOf(actor, at + 1)) {
      String before = at == 0 ? "" : rest.substring(at - 1, at);
      if (!lex.entries(Family.PLACE_SUFFIXES).contains(before)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every occurrence of a Chinese or Japanese actor is the possessor of reviews, their authors ("各自治体のVLR",
   * "地方政府的自愿地方审查"; the review names were blanked out of {@code rest}).
   */
  private static boolean ownReviewsOnly(String rest, String actor) {
    for (int at = rest.indexOf(actor); at >= 0; at = rest.indexOf(actor, at + 1)) {
      String after = rest.substring(at + actor.length()).stripLeading();
      // (or their authors: "自治体による自発的自治体レビュー", reviews by municipalities)
      String mark = after.startsWith("の") || after.startsWith("的") ? after.substring(0, 1)
          : after.startsWith("による") ? "による" : null;
      String owned = mark != null ? after.substring(mark.length()) : "";
      if (mark == null || !(owned.isBlank() || owned.startsWith(" ") || owned.stripLeading().startsWith("VLR"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The actor is an organ of the central state: a word of {@code deconcentration-words} in apposition after it, past
   * a comma, dash or bracket, or just before it with no conjunction between ("los gobernadores, representantes del Estado", "administrações municipais, órgãos desconcentrados da
   * administração central", "las delegaciones departamentales de SEGEPLAN, que representan al Ejecutivo").
   */
  private boolean deconcentrated(Read r, PhraseSet.Hit a, Tokens t) {
    for (PhraseSet.Hit d : lex.cues(Family.DECONCENTRATION_WORDS, t.language()).find(r.toks, null)) {
      // the actor's own word is, in this language, an organ of the State ("les préfectures" in French)
      if (d.from() <= a.from() && d.to() >= a.to()) {
        return true;
      }
      if (d.from() >= a.to() && d.from() - a.to() <= WINDOW
          && APPOSITION.matcher(r.text.substring(r.toks.get(a.to() - 1).end(), r.toks.get(d.from()).start())).find()) {
        return true;
      }
      // "convocados por los Gobernadores provinciales y los Delegados de Gobierno de los distritos, en su calidad de
      // representantes del Ejecutivo": the capacity in which all the actors before it act, further than an apposition
      if (d.from() >= a.to() && d.from() - a.to() <= 2 * WINDOW && inCapacity(r, d.from())) {
        return true;
      }
      // "représentants de l'État dans les provinces": the territory the State's agents serve, not an actor
      if (d.to() <= a.from() && a.from() - d.to() <= 3 && r.toks.subList(d.to(), a.from()).stream()
          .noneMatch(tok -> CONJUNCTIONS.contains(Tokens.fold(tok.text())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actor is only the object of the central state's action ({@code oversight-cues}): right after such a word, with
   * only determiners, quantifiers, counts, "the management / performance of" or "to" between ("evalúa la gestión de los
   * gobiernos locales", "transfers to municipalities", "abarcó 158 ayuntamientos"), or right after the actor as a
   * passive participle ("los municipios evaluados", "municipalities assessed by the Ministry"); and no involvement or
   * reporting cue of its own stands near it ("grants to municipalities that prepared reviews" keeps them).
   */
  private boolean overseen(Read r, PhraseSet.Hit a, Tokens t) {
    List<PhraseSet.Hit> oversight = new ArrayList<>(lex.cues(Family.OVERSIGHT_CUES, t.language()).find(r.toks, null));
    List<PhraseSet.Hit> holdings = lex.cues(Family.HOLDING_WORDS, t.language()).find(r.toks, null);
    if (oversight.isEmpty() && holdings.isEmpty()) {
      return false;
    }
    int by = -1; // the first oversight word that takes the actor as its object, or holding word that it owns
    for (PhraseSet.Hit c : oversight) {
      if (c.from() >= 0 && ((c.to() <= a.from() && a.from() - c.to() <= 7 && r.toks.subList(c.to(), a.from()).stream()
          .allMatch(MentionRules::objectLink)) || (c.from() == a.to() && passive(r, c, t.language())))) {
        by = c.from();
        break;
      }
    }
    for (PhraseSet.Hit c : holdings) {
      // "la fiscalité des collectivités locales", "the budgets of all municipalities"; "local government units'
      // own-source revenue"
      if (by < 0 && c.from() >= 0 && ((c.to() <= a.from() && a.from() - c.to() <= 4 && r.toks.subList(c.to(), a.from())
          .stream().allMatch(MentionRules::objectLink) && r.toks.subList(c.to(), a.from()).stream()
          .anyMatch(tok -> OF.contains(Tokens.fold(tok.text())))) || possessed(r, a, c, t.language()))) {
        by = c.from();
      }
    }
    oversight.addAll(holdings);
    if (by < 0) {
      return false;
    }
    // the actor's own cues come after the State's word ("... to municipalities that prepared reviews"); a cue before
    // it is the State's ("El Ministerio de Administración Pública evalúa")
    int from = by;
    List<PhraseSet.Hit> own = new ArrayList<>(involvement(r, t));
    own.addAll(lex.cues(Family.REPORTING_CUES, t.language()).find(r.toks, null));
    // (a cue they did not act on is none: "revisó los informes ... de 221 gobiernos municipales; el 34 % no los presentó")
    List<PhraseSet.Hit> negations = negations(r, t);
    own.removeIf(c -> negatedBefore(c, negations));
    // (a cue past ", and" after the actor is another subject's: "follow up local government, and the Sámi Parliament's
    // report on ...")
    return own.stream().noneMatch(c -> c.from() > from && near(a, c) && oversight.stream().noneMatch(o -> overlaps(o, c))
        && !(c.from() >= a.to() && commaConjunction(r, a.to(), c.from())));
  }

  /**
   * A sentence with no involvement or reporting cue at all, where a holding or oversight word stands within six words of
   * the actor (not inside its name): it reports their money or the State's checks on them, not something they did for
   * the review ("Domestic resource mobilisation by LGAs improved: council own-source revenue rose ...", "the annual
   * review of the financial statements of all 184 Local Government Authorities", "710 of the 1,715 LGUs assessed").
   */
  private boolean onlyTheirMeans(Read r, PhraseSet.Hit a, Tokens t) {
    if (!involvement(r, t).isEmpty() || !lex.cues(Family.REPORTING_CUES, t.language()).find(r.toks, null).isEmpty()) {
      return false;
    }
    return Stream.concat(lex.cues(Family.HOLDING_WORDS, t.language()).find(r.toks, null).stream(),
            lex.cues(Family.OVERSIGHT_CUES, t.language()).find(r.toks, null).stream())
        .anyMatch(c -> c.from() >= 0 && !overlaps(c, a) && Math.max(c.from() - a.to(), a.from() - c.to()) <= 6);
  }

  /**
   * The holding word follows the actor's possessive, one word at most between ("local government units' own-source
   * revenue"), or, in English, the actor modifies it ("LGU finances", "county government budgets").
   */
  private static boolean possessed(Read r, PhraseSet.Hit a, PhraseSet.Hit c, String language) {
    if (c.from() < a.to() || c.from() - a.to() > 2) {
      return false;
    }
    String after = r.text.substring(r.toks.get(a.to() - 1).end());
    return after.startsWith("'") || after.startsWith("’") || (c.from() == a.to() && "en".equals(language));
  }

  /**
   * A strong actor counted as a share ("el 96 % de los GAD cumplió ...", "62 per cent of local governments have a
   * plan") is a statistic about them: it counts only with an involvement cue of its own near it ("80 % of the
   * municipalities took part in the consultations").
   */
  private boolean counted(Read r, PhraseSet.Hit a, Tokens t) {
    if (!SHARE_OF.matcher(r.text).region(0, r.toks.get(a.from()).start()).find()) {
      return false;
    }
    return involvement(r, t).stream().noneMatch(c -> near(a, c));
  }

  /** A number and a percent sign or word, then "of" and an article, right before the actor: "96 % de los", "62 per cent of". */
  private static final Pattern SHARE_OF = Pattern.compile(
      "(?:\\d\\s*%|\\bper ?cent|\\bpor ?ciento|\\bpour ?cent|\\bpor ?cento)\\s+(?:of|de|des|del|dos|das|d')\\s*(?:the|los|las|les|os|as|l')?\\s*$",
      Pattern.CASE_INSENSITIVE);

  /** What may stand between an oversight word and its object: "la gestión de los", "to all", "the 1,715". */
  private static boolean objectLink(Tokens.Token tok) {
    String w = Tokens.fold(tok.text());
    return OF.contains(w) || DETERMINERS.contains(w) || LOCATIVE_FILLERS.contains(w) || BENEFICIARY.contains(w)
        || TO.contains(w) || COUNT_WORDS.contains(w) || count(tok) || OBJECT_HEADS.contains(w) || WHEN.contains(w)
        || IN_FAVOUR.contains(w) || COUNTED_DETERMINERS.contains(w) || RESPECTIVE.contains(w)
        || (tok.text().length() >= 2 && tok.text().chars().allMatch(Character::isUpperCase)); // "budgets (APBD) of"
  }

  /** "les sites internet respectifs de ces collectivités". */
  private static final Set<String> RESPECTIVE = Set.of("respective", "respectifs", "respectives", "respectivos",
      "respectivas", "own", "propios", "propias", "propres", "proprios", "proprias");

  /** "transferts au profit des régions", "transferencias en favor de los municipios", "repasses em favor dos". */
  private static final Set<String> IN_FAVOUR = Set.of("au", "profit", "en", "em", "favor", "beneficio", "benefit");

  /** How often, between an oversight word and its object: "evalúa cada año la gestión de". */
  private static final Set<String> WHEN = Set.of("year", "years", "ano", "anos", "annee", "annees", "annually",
      "anualmente", "annuellement", "regularly", "regularmente", "regulierement", "periodically", "periodicamente",
      "periodiquement");

  /** "the management of", "el desempeño de": what of local governments the State assesses. */
  private static final Set<String> OBJECT_HEADS = Set.of("management", "performance", "accounts", "finances", "budgets",
      "gestion", "gestao", "desempeno", "desempenho", "cuentas", "comptes", "contas", "finanzas", "financas",
      "presupuestos", "orcamentos");

  /**
   * The oversight word right after the actor is a passive participle: es/pt "-ado(s)/-ido(s)", fr "-é(e)(s)"; in
   * English only with "by" after it ("municipalities assessed by the Ministry", not "municipalities assessed their
   * progress").
   */
  private static boolean passive(Read r, PhraseSet.Hit c, String language) {
    String w = r.toks.get(c.to() - 1).text().toLowerCase(java.util.Locale.ROOT);
    if ("en".equals(language)) {
      return w.endsWith("ed") && c.to() < r.toks.size() && Tokens.fold(r.toks.get(c.to()).text()).equals("by");
    }
    return PARTICIPLE.matcher(w).matches();
  }

  private static final Pattern PARTICIPLE = Pattern.compile(".*(?:ad|id)[oa]s?|.*(?:é|ée|és|ées)");

  /**
   * A weak actor after a locative preposition, with only determiners, quantifiers and numbers between, is where
   * something happens, not who does it: "committees in all 64 districts", "projetos nos 164 municípios do país",
   * "talleres en cada una de las provincias".
   */
  private static boolean locative(List<Tokens.Token> toks, PhraseSet.Hit a) {
    return locative(toks, a, LOCATIVES, false);
  }

  /**
   * A preposition of {@code locatives} before the actor, with only quantifiers, counts and (if {@code pastClasses})
   * coordinated place classes between: where, not who. "for / to" before it is for whom, unless a relative clause
   * gives the actor a verb ("pour les autres communes, la source est ...", not "for the counties that prepared reviews").
   */
  private static boolean locative(List<Tokens.Token> toks, PhraseSet.Hit a, Set<String> locatives, boolean pastClasses) {
    // (past the places listed before "and other ...": "diálogos en Quibdó, Riohacha, Pasto y otras ciudades")
    boolean otherPlaces = a.from() >= 3 && OTHER.contains(Tokens.fold(toks.get(a.from() - 1).text()))
        && CONJUNCTIONS.contains(Tokens.fold(toks.get(a.from() - 2).text())) && toks.get(a.from() - 3).capitalised();
    for (int i = a.from() - 1; i >= 0 && a.from() - i <= (otherPlaces ? OTHER_PLACES_REACH : 6); i--) {
      String w = Tokens.fold(toks.get(i).text());
      if (locatives.contains(w)) {
        return true;
      }
      if (BENEFICIARY.contains(w)) {
        return !relativeAfter(toks, a);
      }
      if (!LOCATIVE_FILLERS.contains(w) && !COUNT_WORDS.contains(w) && !OTHER.contains(w) && !count(toks.get(i))
          && !(pastClasses && (CONJUNCTIONS.contains(w) || PLACE_CLASSES.contains(w)))
          && !(otherPlaces && (CONJUNCTIONS.contains(w) || toks.get(i).capitalised()))) {
        return false;
      }
    }
    return false;
  }

  /** How far back a list of places before "and other cities" may reach to its preposition. */
  private static final int OTHER_PLACES_REACH = 16;

  /**
   * Only a conjunction, articles and the rest of a capitalised name stand between the actor and the cue: "Las
   * Entidades Territoriales Autónomas y la Agenda 2030".
   */
  private static boolean juxtaposed(List<Tokens.Token> toks, PhraseSet.Hit a, PhraseSet.Hit c) {
    int from = Math.min(a.to(), c.to());
    int to = Math.max(a.from(), c.from());
    List<Tokens.Token> between = toks.subList(Math.min(from, to), Math.max(from, to));
    return between.stream().anyMatch(tok -> CONJUNCTIONS.contains(Tokens.fold(tok.text()))
            || FACING.contains(Tokens.fold(tok.text())))
        && between.stream().allMatch(tok -> CONJUNCTIONS.contains(Tokens.fold(tok.text()))
            || FACING.contains(Tokens.fold(tok.text())) || DETERMINERS.contains(Tokens.fold(tok.text())) || tok.capitalised());
  }

  /** Words that set actors beside the Goals in a title: "Las comunidades autónomas y las entidades locales ante la Agenda 2030". */
  private static final Set<String> FACING = Set.of("ante", "frente", "face", "perante", "facing", "towards", "hacia",
      "vers", "rumo");

  /** A relative pronoun within three words after the actor: "the nine provincial governments, all of which returned it". */
  private static boolean relativeAfter(List<Tokens.Token> toks, PhraseSet.Hit a) {
    for (int j = a.to(); j < toks.size() && j - a.to() < 3; j++) {
      if (RELATIVES.contains(Tokens.fold(toks.get(j).text()))) {
        return true;
      }
    }
    return false;
  }

  /** Plural territories coordinated before a strong actor: "to provinces and local authorities". */
  private static final Set<String> PLACE_CLASSES = Set.of("provinces", "regions", "districts", "counties", "states",
      "municipalities", "provincias", "regiones", "municipios", "communes", "regioes"); // folded forms
  private static final Set<String> BENEFICIARY = Set.of("for", "pour", "para", "to", "aux");

  /**
   * The actor is part of the name of something else: an organ or instrument named after local governments, its head
   * before it ("Ministry of Local Government", "Department of Local Authorities", "Office of the Head of Local
   * Government Service", "Dirección General de Gobiernos Locales"; family {@code organ-heads}), or an English
   * compound it modifies ("local government areas", "Local Government Public Expenditure Review"; family
   * {@code modified-heads}).
   */
  private boolean partOfName(List<Tokens.Token> toks, PhraseSet.Hit a) {
    int from = Math.max(0, a.from() - 7);
    for (PhraseSet.Hit h : lex.names(Family.ORGAN_HEADS).find(toks.subList(from, a.from()), null)) {
      int end = from + h.to();
      boolean linked = false;
      boolean onlyLinks = true;
      // in a capitalised name, other capitalised words may stand between ("Department of Housing, Local Government and
      // Heritage", "Caisse de Prêts et de Soutien des Collectivités Locales")
      boolean inName = toks.get(a.from()).capitalised();
      // (one word of a capitalised organ's own name: "Fonds d'équipement des collectivités territoriales")
      int others = toks.get(from + h.from()).capitalised() ? 0 : 1;
      for (int i = end; i < a.from(); i++) {
        String w = Tokens.fold(toks.get(i).text());
        linked |= OF.contains(w) || FOR.contains(w);
        boolean link = OF.contains(w) || FOR.contains(w) || DETERMINERS.contains(w) || NAME_LINKS.contains(w)
            || (inName && toks.get(i).capitalised());
        if (!link && i > end && OF.contains(Tokens.fold(toks.get(i - 1).text())) && i + 1 < a.from()
            && OF.contains(Tokens.fold(toks.get(i + 1).text())) && others++ == 0) {
          link = true;
        }
        onlyLinks &= link;
      }
      // (or right after a capitalised head, the actor capitalised too: "Instituto Cidades Sustentáveis")
      boolean juxtaposedName = end == a.from() && inName && toks.get(from + h.from()).capitalised();
      if ((linked && onlyLinks) || juxtaposedName) {
        return true;
      }
    }
    List<Tokens.Token> after = toks.subList(a.to(), Math.min(toks.size(), a.to() + 6));
    for (PhraseSet.Hit h : lex.names(Family.MODIFIED_HEADS).find(after, null)) {
      // "local government areas"; in a capitalised name, the head may come a few capitalised words on, "and" between
      // them ("the Local Government (District Authorities) and (Urban Authorities) Acts")
      if (h.from() == 0 || (toks.get(a.from()).capitalised() && after.get(0).capitalised() && (h.from() <= 3
          ? after.subList(0, h.from()).stream().allMatch(Tokens.Token::capitalised)
          : after.subList(0, h.from()).stream().allMatch(tok -> tok.capitalised() || NAME_AND.contains(tok.text()))))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> NAME_AND = Set.of("and", "&");

  /** Modals of what is available ("can be obtained", "may be consulted"). */
  private static final Set<String> AVAILABLE = Set.of("can", "may");
  private static final Set<String> FOR = Set.of("for", "pour", "para", "aux", "au", "à", "a");
  /** Words inside an organ's name between its head and the actor ("Office of the Head of", "Direction générale des"). */
  private static final Set<String> NAME_LINKS = Set.of("head", "general", "générale", "général", "nacional", "national",
      "nationale", "federal", "fédéral", "central", "geral", "affairs", "asuntos", "affaires", "assuntos", "and", "y", "et", "e");

  /** The most tokens a box title has. */
  private static final int TITLE_TOKENS = 25;

  /** Prepositions after which even a strong actor is only where something happens ("in local governments"). */
  private static final Set<String> STRONG_LOCATIVES = Set.of("in", "across", "throughout", "within", "between", "among",
      "en", "dans", "entre", "em", "nos", "nas");

  private static boolean strongLocative(List<Tokens.Token> toks, PhraseSet.Hit a) {
    return locative(toks, a, STRONG_LOCATIVES, true);
  }

  /** A number that counts ("64", "1,200"), not a year ("En 2023, les conseils municipaux"). */
  private static boolean count(Tokens.Token tok) {
    return tok.text().chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',')
        && !tok.text().matches("(?:19|20)\\d\\d");
  }

  /**
   * A pronoun of negation later in the sentence takes the actor back and denies it: "Invitations were sent to the
   * raion councils, but ... none of them was able to delegate a representative", "ninguno de ellos pudo"; or the actor
   * was only told ({@code information-only}).
   */
  private boolean deniedAfter(Read r, PhraseSet.Hit a, Tokens t) {
    if (lex.names(Family.REFERRING_NEGATIONS).find(r.toks, null).stream().anyMatch(n -> n.from() >= a.to())) {
      return true;
    }
    // "the elected local governments had completed their terms", "Les conseils municipaux élus ayant été dissous",
    // "the dissolved councils": not there to take part (in the actor's clause, before a semicolon)
    for (PhraseSet.Hit n : lex.cues(Family.ABSENCE_CUES, t.language()).find(r.toks, null)) {
      if (n.from() >= a.to() ? (n.from() - a.to() <= WINDOW || (n.from() - a.to() <= 2 * WINDOW
              && apposition(r.text.substring(r.toks.get(a.to() - 1).end(), r.toks.get(n.from()).start()))))
          && r.text.substring(r.toks.get(a.to() - 1).end(), r.toks.get(n.from()).start()).indexOf(';') < 0
          : n.to() <= a.from() && !(n.from() > 0 && r.toks.get(n.from()).capitalised()) // (a name's word: "SDG Future Cities")
              && (a.from() - n.to() <= 1 || (a.from() - n.to() <= 3 && r.toks.subList(n.to(), a.from())
              .stream().allMatch(tok -> OF.contains(Tokens.fold(tok.text())) || DETERMINERS.contains(Tokens.fold(tok.text())))))) {
        // (also "following the dissolution of the Local Governments")
        return true;
      }
    }
    // "Les maires, à travers l'Association des Maires, ont été informés": being told, in the actor's clause or in a
    // later clause that names it again ("the Latvian Association of ... Governments was invited ...; however, ... the
    // Association ... was only informed"), not said of another ("CONGOPE y la AME participaron; el Consejo Nacional
    // de Gobiernos Parroquiales fue informado")
    for (PhraseSet.Hit n : lex.cues(Family.INFORMATION_ONLY, t.language()).find(r.toks, null)) {
      if (n.from() >= a.to()) {
        int clause = r.text.lastIndexOf(';', r.toks.get(n.from()).start());
        if (clause < r.toks.get(a.to() - 1).end() || namedAgain(r, a, clause, n.from())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Text between an actor and its predicate that is one apposition set off by commas ("as autarquias locais, previstas
   * na Constituição de 2010 como pessoas colectivas territoriais, ainda não foram institucionalizadas").
   */
  private static boolean apposition(String between) {
    String b = between.strip();
    return b.length() > 2 && b.startsWith(",") && b.endsWith(",");
  }

  /**
   * Whether a word of the actor's name, or of the capitalised name it ends (up to eight tokens before it), stands again
   * between the text offset {@code from} and the token {@code to}: the clause's subject takes the actor back.
   */
  private static boolean namedAgain(Read r, PhraseSet.Hit a, int from, int to) {
    Set<String> name = new HashSet<>();
    for (int i = Math.max(0, a.from() - 8); i < a.to(); i++) {
      Tokens.Token tok = r.toks.get(i);
      if (tok.capitalised() && tok.text().length() >= 4) {
        name.add(tok.key());
      }
    }
    for (int i = to - 1; i >= 0 && r.toks.get(i).start() > from; i--) {
      if (name.contains(r.toks.get(i).key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * In a sentence naming a review, a vaguely quantified or counted class whose members are then listed after a colon
   * ("Some states have begun to review their own performance: Ogun published ...", "Plusieurs collectivités ont publié
   * leur propre revue : le département de la Gironde ...", "dos gobiernos locales ...: la Municipalidad de X y la
   * Municipalidad de Y") is those named governments, the reviews' authors, not a class taking part.
   */
  private boolean enumerated(Read r, PhraseSet.Hit a) {
    if (!r.review || a.from() == 0) {
      return false;
    }
    String before = Tokens.fold(r.toks.get(a.from() - 1).text());
    if (!VAGUE.contains(before) && !FEW.contains(before)) { // "Some states: ...", "dos gobiernos locales ...: la Municipalidad de"
      return false;
    }
    int end = r.toks.get(a.to() - 1).end();
    int colon = r.text.indexOf(':', end);
    if (colon < 0 || r.text.substring(end, colon).contains(";")) {
      return false;
    }
    int seen = 0;
    for (Tokens.Token tok : r.toks) {
      if (tok.start() > colon && seen++ < 6 && isPlace(tok)) {
        return true;
      }
    }
    return false;
  }

  /**
   * In a sentence naming a review, governments with a possessive ("remitidos por sus gobiernos municipales") or named
   * by their places ("pelas câmaras municipais da Praia, do Sal e de São Vicente") are the reviews' authors.
   */
  private boolean ownGovernments(Read r, PhraseSet.Hit a) {
    List<Tokens.Token> toks = r.toks;
    if (a.from() > 0 && POSSESSIVES.contains(Tokens.fold(toks.get(a.from() - 1).text()))) {
      return true;
    }
    // "Rapports volontaires de cantons et de villes": right after a review's name and "of" (and the actors coordinated
    // before), its authors; not "reviews prepared by local authorities", "received from municipalities"
    if (a.from() > 0 && GENITIVE.contains(Tokens.fold(toks.get(a.from() - 1).text()))) {
      for (int j = a.from() - 1; j >= 0 && a.from() - j <= 4; j--) {
        if (r.subjectEnds.get(j)) {
          return true;
        }
        String f = Tokens.fold(toks.get(j).text());
        int at = j;
        if (!GENITIVE.contains(f) && !CONJUNCTIONS.contains(f) && !DETERMINERS.contains(f)
            && lex.names(Family.LRG_ACTORS_WEAK).find(toks, null).stream().noneMatch(w -> w.from() <= at && at < w.to())) {
          break;
        }
      }
    }
    // two places or more coordinated after "of": "da Praia, do Sal e de São Vicente" (not "des communes du Bénin")
    int places = 0;
    int i = a.to();
    while (i + 1 < toks.size() && OF.contains(Tokens.fold(toks.get(i).text()))) {
      int j = i + 1;
      if (DETERMINERS.contains(Tokens.fold(toks.get(j).text())) && j + 1 < toks.size()) {
        j++;
      }
      if (!isPlace(toks.get(j))) {
        break;
      }
      places++;
      i = j + 1;
      while (i < toks.size() && toks.get(i).capitalised()) {
        i++; // "São Vicente"
      }
      if (i < toks.size() && CONJUNCTIONS.contains(Tokens.fold(toks.get(i).text()))) {
        i++;
      }
    }
    return places >= 2;
  }

  /** "of" as a genitive, not the agent's "by" / "from". */
  private static final Set<String> GENITIVE = Set.of("of", "de", "del", "du", "des", "do", "da", "dos", "das", "d");
  /** Quantifiers of a few, whose members a list may then name ("Some states", "Plusieurs collectivités"). */
  private static final Set<String> VAGUE = Set.of("some", "several", "certain", "algunos", "algunas", "varios", "varias",
      "plusieurs", "certaines", "certains", "quelques", "alguns", "algumas", "vários", "várias");

  private static final Set<String> POSSESSIVES = Set.of("their", "its", "sus", "su", "leurs", "leur", "ses", "son", "sa",
      "seus", "suas",
      "respective", "respectivos", "respectivas", "respectifs", "respectives", "respetivos", "respetivas",
      "seu", "sua", "own", "propio", "propia", "propios", "propias", "próprio", "própria", "proprio", "propria", "propre",
      "propres");

  /**
   * An acronym followed by a full stop and a word in capitals is a word's abbreviation, as table headers write them
   * ("VLR. PREVISTO (R$ mi)" for "valor previsto"), not a review.
   */
  private static boolean abbreviation(Read r, int i) {
    Tokens.Token tok = r.toks.get(i);
    if (i + 1 >= r.toks.size() || !r.text.startsWith(".", tok.end())) {
      return false;
    }
    String next = r.toks.get(i + 1).text();
    return next.length() >= 3 && next.chars().allMatch(Character::isUpperCase)
        && r.text.substring(tok.end() + 1, r.toks.get(i + 1).start()).isBlank();
  }

  /** What opens an apposition: a comma, a dash, a bracket ("las gobernaciones —dependencias de la Función Ejecutiva—"). */
  private static final Pattern APPOSITION = Pattern.compile("[,(—–]|\\s-\\s");

  /** A passage that calls some actor an organ of the central state ("services déconcentrés de l'État"). */
  private boolean speaksOfDeconcentration(List<Read> reads, Tokens t) {
    for (Read r : reads) {
      if (any(Family.DECONCENTRATION_WORDS, r, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * In a sentence that names a review, one local government in the singular with a definite article ("elaborado por
   * el GAD municipal", "the city council adopted it") is the named place's own government, the review's author: a
   * citation, not local governments as a class taking part.
   */
  private static boolean namedGovernment(List<Tokens.Token> toks, PhraseSet.Hit a) {
    // (a plural "s" folded off: French feminine words, whose key folds their "e", are singular: "l'Assemblée régionale")
    boolean singular = toks.subList(a.from(), a.to()).stream().noneMatch(MentionRules::plural);
    if (!singular) {
      return false;
    }
    // "Conseil régional de Nouakchott (2023), Revue locale volontaire": the government named by its place (the rest of
    // its title may stand between: "Prefeitura Municipal de Chapecó")
    int of = a.to() + 1 < toks.size() && toks.get(a.to()).capitalised() && !OF.contains(Tokens.fold(toks.get(a.to()).text()))
        ? a.to() + 1 : a.to();
    if (of + 1 < toks.size() && OF.contains(Tokens.fold(toks.get(of).text())) && isPlace(toks.get(of + 1))) {
      return true;
    }
    if (a.from() == 0) {
      return false;
    }
    String before = Tokens.fold(toks.get(a.from() - 1).text());
    // after a contraction, an acronym names an association ("com o apoio da ANAMM"), not the place's own government
    boolean acronym = a.to() - a.from() == 1 && toks.get(a.from()).text().chars().allMatch(Character::isUpperCase);
    // (not a partner: "prepared a VLR in 2022 with the state government")
    boolean partner = a.from() >= 2 && TOGETHER_WITH.contains(Tokens.fold(toks.get(a.from() - 2).text()));
    return (SINGULAR_ARTICLES.contains(before) && !partner) || (CONTRACTED_ARTICLES.contains(before) && !acronym);
  }

  /**
   * The actor is followed by "of" / "de" and places coordinated: "las ciudades de Cuenca y Manta", "the cities of Naga
   * and Valenzuela". In a sentence naming a review, these named governments are its authors, not a class taking part.
   */
  private static boolean namedPlaces(List<Tokens.Token> toks, PhraseSet.Hit a) {
    // (an adjective may stand between: "les communes urbaines de Maradi et de Zinder")
    int of = a.to() + 1 < toks.size() && !toks.get(a.to()).capitalised() && !OF.contains(Tokens.fold(toks.get(a.to()).text()))
        && OF.contains(Tokens.fold(toks.get(a.to() + 1).text())) ? a.to() + 1 : a.to();
    if (of + 1 >= toks.size() || !OF.contains(Tokens.fold(toks.get(of).text())) || !isPlace(toks.get(of + 1))) {
      return false;
    }
    // two places or more, coordinated ("the municipalities of Mali" is a country's, not named ones; "de Maradi et de
    // Zinder" repeats the preposition)
    for (int j = of + 2; j < toks.size() && j <= of + 4; j++) {
      if (CONJUNCTIONS.contains(Tokens.fold(toks.get(j).text()))) {
        int next = j + 1 < toks.size() && OF.contains(Tokens.fold(toks.get(j + 1).text())) ? j + 2 : j + 1;
        return next < toks.size() && isPlace(toks.get(next));
      }
    }
    return false;
  }

  /**
   * "the two city governments", "les deux communes", "ambos municipios": a small count after an article, or "both",
   * refers back to governments just named; in a sentence naming reviews, their authors.
   */
  private static boolean fewBefore(List<Tokens.Token> toks, PhraseSet.Hit a) {
    if (a.from() >= 1 && BOTH.contains(Tokens.fold(toks.get(a.from() - 1).text()))) {
      return true;
    }
    return a.from() >= 2 && FEW.contains(Tokens.fold(toks.get(a.from() - 1).text()))
        && COUNTED_DETERMINERS.contains(Tokens.fold(toks.get(a.from() - 2).text()));
  }

  /**
   * "those of (other) municipalities", "las de otros municipios", "celles des communes": the actor owns a thing named
   * before (figures compared with theirs), it does not act.
   */
  private static boolean thoseOf(List<Tokens.Token> toks, PhraseSet.Hit a) {
    int i = a.from() - 1;
    if (i >= 0 && OTHER.contains(Tokens.fold(toks.get(i).text()))) {
      i--;
    }
    return i >= 1 && OF.contains(Tokens.fold(toks.get(i).text())) && THOSE.contains(Tokens.fold(toks.get(i - 1).text()));
  }

  private static final Set<String> THOSE = Set.of("those", "las", "los", "celles", "ceux", "as", "os");

  /**
   * A small count right before the actor, then a colon and a capitalised name: the governments are listed by name ("Two
   * cities have also published reviews of their own progress on the Goals: Da Nang issued ...").
   */
  private static boolean fewListed(Read r, PhraseSet.Hit a) {
    if (a.from() < 1 || !FEW.contains(Tokens.fold(r.toks.get(a.from() - 1).text()))) {
      return false;
    }
    int colon = r.text.indexOf(':', r.toks.get(a.to() - 1).end());
    return colon > 0 && r.toks.stream().anyMatch(tok -> tok.start() > colon && tok.start() - colon <= 3 && tok.capitalised());
  }

  /** The sentence has a reporting cue ("published", "report on"): what a few governments did may be their own review. */
  private boolean reports(Read r, Tokens t) {
    return !lex.cues(Family.REPORTING_CUES, t.language()).find(r.toks, null).isEmpty();
  }

  private static final Set<String> CONTRACTED_ARTICLES = Set.of("da", "do", "del", "du", "al", "ao", "au");

  private static final Set<String> SINGULAR_ARTICLES = Set.of("the", "el", "la", "le", "l", "o", "a", "pela", "pelo");

  /** The actor has involvement cues within the window and a negation stands between it and every one of them. */
  private static boolean onlyNegatedCues(List<Tokens.Token> toks, PhraseSet.Hit a, List<PhraseSet.Hit> cues,
      List<PhraseSet.Hit> negations) {
    boolean any = false;
    for (PhraseSet.Hit c : cues) {
      if (!near(a, c)) {
        continue;
      }
      boolean between = negatedBetween(a, c, negations);
      if (!between && !governed(toks, a, c, negations)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** A negation governing a cue that comes before the actor: "no fue posible realizar consultas con los municipios". */
  private static boolean governed(List<Tokens.Token> toks, PhraseSet.Hit a, PhraseSet.Hit c, List<PhraseSet.Hit> negations) {
    // (further when it denies a possibility: "no fue posible desarrollar un proceso de consulta específico con")
    return c.to() <= a.from() && negations.stream().anyMatch(n -> n.to() <= c.from()
        && c.from() - n.to() <= (impossible(toks, n.from(), n.to()) ? 6 : 3));
  }

  /** "no fue posible", "was not possible", "n'a pas été possible", "não foi possível": a negation denying a possibility. */
  private static boolean impossible(List<Tokens.Token> toks, int from, int at) {
    for (int i = Math.max(0, from); i < toks.size() && i <= at + 2; i++) {
      if (POSSIBLE.contains(Tokens.fold(toks.get(i).text()))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> POSSIBLE = Set.of("possible", "posible", "possivel", "feasible");

  /**
   * The actor's own predicate is negated: a negation at most two tokens after it ("local authorities had no seat",
   * "las alcaldías quedaron al margen", "les collectivités n'ont pas été consultées"), not "not only".
   */
  private static boolean predicateNegated(List<Tokens.Token> toks, PhraseSet.Hit a, List<PhraseSet.Hit> negations,
      String language) {
    // "the nine provincial governments and Honiara City Council could not be reached": the predicate follows the
    // names coordinated with the actor
    // (or the words of a short conjunct: "the municipal councils and town boards did not have the opportunity to",
    // "les conseils départementaux et municipaux n'ont pas eu l'occasion")
    int end = a.to();
    // "la Fédération Nationale des Villes Tunisiennes (FNVT) n'a pas pu": past the rest of a capitalised name and the
    // actor's acronym in brackets
    int name = end;
    while (name < toks.size() && name - end < 4 && toks.get(a.from()).capitalised() && toks.get(name).capitalised()
        && !allUpperCase(toks.get(name).text())) {
      name++;
    }
    if (name < toks.size() && toks.get(name).text().length() >= 2 && allUpperCase(toks.get(name).text())) {
      end = name + 1;
    }
    if (end + 1 < toks.size() && CONJUNCTIONS.contains(Tokens.fold(toks.get(end).text()))) {
      int j = end + 1;
      while (j < toks.size() && j - end <= 5 && toks.get(j).capitalised()) {
        j++;
      }
      if (j == end + 1) {
        int k = end + 1;
        while (k < toks.size() && k - end <= 3 && !NOT_PREDICATE.contains(Tokens.fold(toks.get(k).text()))) {
          int at = ++k;
          if (negations.stream().anyMatch(n -> n.from() >= at && n.from() - at <= 1)) {
            j = k; // a negation follows the conjunct
            break;
          }
        }
      }
      if (j > end + 1) {
        end = j;
      }
    }
    for (PhraseSet.Hit n : negations) {
      if ("pt".equals(language) && n.entry().equals("no")) {
        continue; // Portuguese "no" is "in the": "governos estaduais no país"
      }
      if (n.from() >= end && n.from() - end <= 1 && end < toks.size()
          && (n.from() == end || !NOT_PREDICATE.contains(Tokens.fold(toks.get(end).text())))) {
        boolean notOnly = n.to() < toks.size() && NOT_DENYING.contains(Tokens.fold(toks.get(n.to()).text()));
        if (!notOnly) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * One government named by its place acts, with no review near (where it would be the review's author): "The
   * southern-region validation workshop was hosted by the Maseru City Council", "La Municipalidad de Valparaíso ...
   * incorporó indicadores de seguimiento vinculados a las metas del ODS 11", "Conseil de district de Moka : intégration
   * des cibles 6.3 et 11.6". The cue is the actor's own (after it, in its sentence part) or the actor is its agent.
   */
  private boolean namedAgent(Read r, PhraseSet.Hit a, List<PhraseSet.Hit> cues, boolean reviewNear) {
    // (or several, each named: "las intendencias de Montevideo, Canelones y Maldonado revisaron el borrador")
    // (not their possessions: "los borradores de los planes de desarrollo de las intendencias de Montevideo y Canelones")
    if (reviewNear || r.review || r.anaphor || r.inReviewBox || r.figure
        || !(namedByPlace(r.toks, a) || (namedPlaces(r.toks, a) && !owner(r.toks, a))) || !namesGoals(r)) {
      return false;
    }
    for (PhraseSet.Hit c : cues) {
      if (c.from() < 0 || c.entry() == null || lex.coveredBy(c.entry(), Family.GOAL_WORDS)
          || (AUTHORING.contains(c.entry()) && !draftReviewed(r.toks, c))) {
        continue; // ("Elaborada por el Gobierno Autónomo Municipal ...": a document's author)
      }
      if (c.from() >= a.to() && c.from() - a.to() <= WINDOW && !partEnds(r, a.to(), c.from())) {
        return true;
      }
      // (the cue's own "by": "hosted by the Maseru City Council")
      if (c.to() <= a.from() && a.from() - c.to() <= 4 && r.toks.subList(c.from(), a.from()).stream()
          .anyMatch(tok -> AGENT.contains(Tokens.fold(tok.text())))) {
        return true;
      }
    }
    return false;
  }

  /** "of the" right before the actor: it owns what comes before ("los planes de las intendencias de ..."). */
  private static boolean owner(List<Tokens.Token> toks, PhraseSet.Hit a) {
    int i = a.from() - 1;
    if (i >= 0 && DETERMINERS.contains(Tokens.fold(toks.get(i).text()))) {
      i--;
    }
    return i >= 0 && (OF.contains(Tokens.fold(toks.get(i).text())) || CONTRACTED_DEFINITE.contains(Tokens.fold(toks.get(i).text())));
  }

  /** A draft that was reviewed, a verb of reviewing right before it: "revisaron el borrador", "commented on the draft". */
  private static boolean draftReviewed(List<Tokens.Token> toks, PhraseSet.Hit c) {
    for (int i = c.from() - 1; i >= 0 && c.from() - i <= 3; i--) {
      String w = Tokens.fold(toks.get(i).text());
      if (REVIEWING.stream().anyMatch(w::startsWith)) {
        return true;
      }
      if (!DETERMINERS.contains(w) && !OF.contains(w) && !w.equals("on") && !w.equals("sur")) {
        return false;
      }
    }
    return false;
  }

  /** Beginnings of verbs of reviewing a draft (en, es, fr, pt). */
  private static final List<String> REVIEWING = List.of("review", "revis", "comment", "valid", "examin", "relu",
      "relire", "amend", "enmend");

  /** Cues that name who wrote a document: its author, one government alone, is no sign of taking part. */
  private static final Set<String> AUTHORING = Set.of("draft", "wrote", "write", "written", "redactar", "elaborar",
      "rédiger", "rédaction", "borrador", "projet de rapport", "minuta");

  /** "Maseru City Council", "la Municipalidad de Valparaíso", "Conseil de district de Moka": one government, by its place. */
  private static boolean namedByPlace(List<Tokens.Token> toks, PhraseSet.Hit a) {
    if (namedGovernment(toks, a)) {
      return true;
    }
    // (the actor ends the name: not "Deputy County Commissioners")
    int p = a.from() - 1;
    return p >= 0 && toks.get(p).capitalised() && isPlace(toks.get(p)) && !DETERMINERS.contains(Tokens.fold(toks.get(p).text()))
        && (a.to() == toks.size() || !toks.get(a.to()).capitalised());
  }

  /**
   * The sentence speaks of the Goals, by name or by a target's number ("intégration des cibles 6.3 et 11.6"): what a
   * single government does counts as taking part only about them ("The City of Windhoek has adopted an informal
   * settlement upgrading strategy" does not).
   */
  private boolean namesGoals(Read r) {
    return !lex.names(Family.GOAL_WORDS).find(r.toks, null).isEmpty()
        || TARGET_NUMBER.matcher(r.text).find();
  }

  /** A target named by its number: "cibles 6.3 et 11.6", "target 11.1", "las metas 5.5 y 16.7". */
  private static final Pattern TARGET_NUMBER = Pattern.compile(
      "(?iu)\\b(targets?|metas?|cibles?)\\s+(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-c])\\b");

  /** The evidence object is the review's: "of" and the review (or its reference) right after it. */
  private static boolean reviewsObject(Read r, PhraseSet.Hit o) {
    if (o.to() >= r.toks.size()) {
      return false;
    }
    String next = Tokens.fold(r.toks.get(o.to()).text());
    // "Dados dessas revisões": "of" fused with the demonstrative that takes the reviews back
    if (OF_THESE.contains(next) && r.references.get(o.to())) {
      return true;
    }
    int ref = r.references.nextSetBit(o.to() + 1);
    return OF.contains(next) && ref >= 0 && ref <= o.to() + 3;
  }

  /** "of" fused with a demonstrative: "dessas revisões", "destes relatórios". */
  private static final Set<String> OF_THESE = Set.of("dessas", "desses", "destas", "destes", "dessa", "desse", "desta",
      "deste", "daquela", "daquele", "daquelas", "daqueles");

  /**
   * Words taking back one document, or two, that the sentence's own documents come before: "that review", "that report",
   * "ambos informes" (not "these reviews", "the reports": "For this VNR, the findings of these reviews were used").
   */
  private static final Set<String> NEAR_TAKE_BACK = Set.of("that review", "that report", "ambos informe",
      "ambas revision", "ambos reporte", "ambos relatorio", "ambas revisao");

  /**
   * Before {@code at}, the sentence names a document that is no local review: a national review ("its second VNR"), or
   * a report word that is no part of a review's name ("informes sectoriales"), which a word taking reports back after it
   * refers to.
   */
  private boolean otherDocumentEarlier(Read r, int at) {
    List<Tokens.Token> before = r.toks.subList(0, at);
    if (lex.names(Family.NATIONAL_REVIEW_NAMES).find(before, null).stream().anyMatch(h -> h.from() >= 0)) {
      return true;
    }
    for (PhraseSet.Hit w : lex.names(Family.REVIEW_WORDS).find(before, null)) {
      if (w.from() >= 0 && !r.masked[w.from()] && r.references.get(Math.max(0, w.from() - 3), w.to()).isEmpty()
          && !(w.from() > 0 && THIS_REPORT.contains(Tokens.fold(r.toks.get(w.from() - 1).text())))) {
        return true; // (not this report: "For this report, ...", "deste relatório")
      }
    }
    return false;
  }

  /**
   * The entry's first word is a plural demonstrative written as such ("destes relatório") and the text's is the singular
   * "this", which the plural folding took for it: "deste relatório" (this report: the VNR; not "desse relatório", that
   * one, named before).
   */
  private static boolean singularForPlural(Tokens.Token first, String entry) {
    if (entry == null) {
      return false;
    }
    int space = entry.indexOf(' ');
    String word = Tokens.fold(space < 0 ? entry : entry.substring(0, space));
    return PLURAL_DEMONSTRATIVES.contains(word) && THIS_ONE.contains(Tokens.fold(first.text()));
  }

  private static final Set<String> PLURAL_DEMONSTRATIVES = Set.of("estes", "esses", "estas", "essas", "destes", "desses",
      "destas", "dessas", "nestes", "nesses", "nestas", "nessas");
  /** Portuguese "this" (and "of/in this"), which names the document in hand: "deste relatório", "neste relatório". */
  private static final Set<String> THIS_ONE = Set.of("este", "esta", "deste", "desta", "neste", "nesta");

  /** Token {@code i} opens the sentence or a part after a semicolon (a determiner before it allowed). */
  /**
   * The token at {@code i} is the verb of a review as its subject: right after its name or reference back, or after the
   * name and its complement of place ("O relatório local voluntário do estado utiliza a mesma série do INPE").
   */
  private static boolean reviewsVerb(Read r, int i) {
    if (r.subjectEnds.get(i)) {
      return true;
    }
    int end = r.subjectEnds.previousSetBit(i - 1);
    return end >= 0 && i - end <= 3 && end < r.toks.size() && OF.contains(Tokens.fold(r.toks.get(end).text()))
        && !punctuationBetween(r, end, i, CLAUSE_END);
  }

  /**
   * The word at {@code i} is the review's, after a relative possessive right after its name: "publicaram relatórios
   * locais voluntários, cujos achados ... foram ... incorporados ao capítulo 4", "des revues dont les constats".
   */
  private static boolean whoseReview(Read r, int i) {
    int w = i - 1;
    if (w >= 0 && DETERMINERS.contains(Tokens.fold(r.toks.get(w).text()))) {
      w--; // "dont les constats"
    }
    return w >= 1 && WHOSE.contains(Tokens.fold(r.toks.get(w).text())) && r.firstReviewToken >= 0
        && r.firstReviewToken < w && w - Math.max(r.firstReviewToken, r.lastReviewToken) <= 4;
  }

  private static final Set<String> WHOSE = Set.of("whose", "cuyo", "cuya", "cuyos", "cuyas", "cujo", "cuja", "cujos",
      "cujas", "dont");

  private static boolean opensPart(Read r, int i) {
    if (i <= 2) {
      return true;
    }
    return punctuationBetween(r, i - 1, i, SEMICOLON);
  }

  /**
   * How many tokens between {@code from} and {@code to} stand in relative clauses set off by commas: "Findings of that
   * review on ... the capital, where only 41 per cent of households are connected, have been incorporated".
   */
  private static int asides(Read r, int from, int to) {
    int inside = 0;
    int open = -1;
    for (int i = Math.max(1, from); i < to && i < r.toks.size(); i++) {
      boolean comma = r.text.substring(r.toks.get(i - 1).end(), r.toks.get(i).start()).contains(",");
      if (comma && open >= 0) {
        inside += i - open;
        open = -1;
      } else if (comma && ASIDE_OPENERS.contains(Tokens.fold(r.toks.get(i).text()))) {
        open = i;
      }
    }
    return inside;
  }

  /** Words opening a relative clause set off by commas. */
  private static final Set<String> ASIDE_OPENERS = Set.of("where", "which", "who", "whose", "when", "donde", "cuyo",
      "cuya", "cuyos", "cuyas", "que", "quien", "quienes", "ou", "qui", "dont", "lequel", "laquelle", "onde", "cujo",
      "cuja", "cujos", "cujas", "quando", "cuando", "lorsque");

  /** A sentence part ends between two tokens (a semicolon or a full stop: not a comma, colon or bracket). */
  private static boolean partEnds(Read r, int from, int to) {
    return punctuationBetween(r, from, to, PART_END);
  }

  private static final Pattern SEMICOLON = Pattern.compile(";");
  private static final Pattern PART_END = Pattern.compile("[;.]");

  /** A cue apart from the actor and within {@link #WINDOW} tokens of it, on either side. */
  private static boolean near(PhraseSet.Hit a, PhraseSet.Hit c) {
    if (c.from() < 0 || overlaps(a, c)) {
      return false;
    }
    int gap = c.from() >= a.to() ? c.from() - a.to() : a.from() - c.to();
    return gap <= WINDOW;
  }

  /**
   * The cue after the actor is within the window once an aside between them is left out, a list set off by dashes or
   * brackets: "diversas capitais e estados — entre eles São Paulo, Rio de Janeiro, Belo Horizonte, Niterói e o estado
   * do Pará — publicaram relatórios locais voluntários".
   */
  private static boolean nearPastAside(Read r, PhraseSet.Hit a, PhraseSet.Hit c) {
    if (c.from() < a.to() || c.from() - a.to() > 3 * WINDOW) {
      return false;
    }
    // (a count before the actor and the aside names them all, authors of their own reviews: "Três municípios — Praia,
    // São Vicente e Santa Catarina — concluíram os seus Relatórios Locais Voluntários")
    if (a.from() > 0 && (FEW.contains(Tokens.fold(r.toks.get(a.from() - 1).text())) || count(r.toks.get(a.from() - 1)))) {
      return false;
    }
    int from = r.toks.get(a.to() - 1).end();
    String between = r.text.substring(from, r.toks.get(c.from()).start());
    java.util.regex.Matcher m = ASIDE.matcher(between);
    if (!m.find()) {
      return false;
    }
    int asideFrom = from + m.start();
    int asideTo = from + m.end();
    long outside = r.toks.subList(a.to(), c.from()).stream()
        .filter(tok -> tok.start() < asideFrom || tok.start() >= asideTo).count();
    return outside <= WINDOW;
  }

  /** An aside set off by a pair of dashes or by brackets. */
  private static final Pattern ASIDE = Pattern.compile("\\s[—–]\\s[^—–;.]+\\s[—–]\\s|\\([^()]+\\)");

  /** A negation stands between the actor and the cue. */
  private static boolean negatedBetween(PhraseSet.Hit a, PhraseSet.Hit c, List<PhraseSet.Hit> negations) {
    int lo = Math.min(a.to(), c.to());
    int hi = Math.max(a.from(), c.from());
    return negations.stream().anyMatch(n -> n.from() >= lo && n.from() < hi);
  }

  private static boolean overlaps(PhraseSet.Hit a, PhraseSet.Hit b) {
    return a.from() < b.to() && b.from() < a.to();
  }

  /**
   * A class of local governments, not one named place: a plural ("municipalities", "regions") or a
   * quantified singular ("every regency and city"), and not "the cities of Mérida and Oaxaca".
   */
  private static boolean generic(List<Tokens.Token> toks, PhraseSet.Hit a) {
    Tokens.Token last = toks.get(a.to() - 1);
    String f = Tokens.fold(last.text());
    boolean plural = f.endsWith("s") || f.endsWith("x");
    boolean quantified = a.from() > 0 && QUANTIFIERS.contains(Tokens.fold(toks.get(a.from() - 1).text()));
    // "both counties", "the two cities", "the three cities", "ambos municipios", "les deux communes": places named
    // before, not a class (a number in digits counts a class: "the 76 municipalities")
    // (unless they are the agent: "submitted by the two Metropolitan Assemblies")
    int p = a.from() - 1;
    if (p >= 0 && (BOTH.contains(Tokens.fold(toks.get(p).text())) || (FEW.contains(Tokens.fold(toks.get(p).text()))
        && p > 0 && PLURAL_DETERMINERS.contains(Tokens.fold(toks.get(p - 1).text()))))) {
      int q = BOTH.contains(Tokens.fold(toks.get(p).text())) ? p - 1 : p - 2;
      if (q < 0 || !AGENT.contains(Tokens.fold(toks.get(q).text()))) {
        return false;
      }
    }
    if (!plural && !quantified) {
      return false;
    }
    int i = a.to();
    // ("from X to Y" is a range of them, not their names: "the thirteen municipal councils, from Levuka to Rakiraki")
    if (i + 1 < toks.size() && OF.contains(Tokens.fold(toks.get(i).text())) && !range(toks, i)) {
      int j = i + 1;
      if (DETERMINERS.contains(Tokens.fold(toks.get(j).text())) && j + 1 < toks.size()) {
        j++;
      }
      return !isPlace(toks.get(j)); // "the cities of Mérida and Oaxaca": named
    }
    return true;
  }

  /**
   * "et non par des élus locaux", "and not by the local councils", "y no por los ayuntamientos", "e não pelos
   * municípios": a negation, an agent preposition and only articles before the actor.
   */
  private static boolean agentDenied(List<Tokens.Token> toks, PhraseSet.Hit a) {
    for (int by = a.from() - 1; by >= 1 && a.from() - by <= 3; by--) {
      if (AGENT.contains(Tokens.fold(toks.get(by).text()))) {
        return NOT_WORDS.contains(Tokens.fold(toks.get(by - 1).text())) && toks.subList(by + 1, a.from()).stream()
            .allMatch(tok -> DETERMINERS.contains(Tokens.fold(tok.text())) || OF.contains(Tokens.fold(tok.text())));
      }
    }
    return false;
  }

  private static final Set<String> NOT_WORDS = Set.of("not", "non", "no", "nao");

  /** "en su calidad de", "in their capacity as", "en leur qualité de", "na qualidade de" right before token {@code at}. */
  private static boolean inCapacity(Read r, int at) {
    for (int i = Math.max(0, at - 3); i < at; i++) {
      if (CAPACITY.contains(Tokens.fold(r.toks.get(i).text()))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> CAPACITY = Set.of("capacity", "capacities", "calidad", "qualite", "qualidade");

  /**
   * A numbered table or figure of this report: a word of {@link #TABLE_WORDS}, a number, "of" and "this" / "este" /
   * "présent" and a report noun ("la tabla 7.3 de este Informe", "Figure 6.11 of this review", "le tableau 4 du présent
   * rapport").
   */
  private static boolean inOwnTable(Read r) {
    for (int i = 0; i + 4 < r.toks.size(); i++) {
      if (!TABLE_WORDS.contains(Tokens.fold(r.toks.get(i).text())) || !Character.isDigit(r.toks.get(i + 1).text().charAt(0))) {
        continue;
      }
      // the number, "of" / "de" (or contracted "du", "do"), "this" / "este" / "présent", a report
      if (thisReportAt(r, thisAfterOf(r, afterNumber(r, i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence places something in a chapter or section of the VNR, numbered or given to a Goal: "sus principales
   * hallazgos ... se recogen en el capítulo dedicado al ODS 11", "los resultados ... se presentan en el capítulo 4".
   */
  private static boolean inOwnChapter(Read r) {
    for (int i = 1; i + 1 < r.toks.size(); i++) {
      if (CHAPTER_WORDS.contains(Tokens.fold(r.toks.get(i).text())) && IN.contains(Tokens.fold(r.toks.get(i - 1).text()))
          && (Character.isDigit(r.toks.get(i + 1).text().charAt(0)) || DEDICATED.contains(Tokens.fold(r.toks.get(i + 1).text())))) {
        // (a chapter of another document: "en el capítulo 3 de ese documento", "in Chapter 3 of the county's review")
        int j = afterNumber(r, i + 1);
        return j >= r.toks.size() || !OF.contains(Tokens.fold(r.toks.get(j).text())) || thisAfterOf(r, j) >= 0;
      }
    }
    return false;
  }

  /**
   * Evidence used in a part of this report: an evidence word and a use cue near each other (not negated), and the
   * place of use one of this report's chapters, sections, tables or figures ("in Figure 4.6.2 above", "en el análisis
   * del ODS 10 de este Informe").
   */
  private boolean usedInThisReport(Read r, Tokens t) {
    if (!(inOwnChapter(r) || inOwnTable(r) || thisReportNamed(r) || figureAbove(r))) {
      return false;
    }
    List<PhraseSet.Hit> negations = negations(r, t);
    List<PhraseSet.Hit> objects = lex.cues(Family.EVIDENCE_OBJECTS, t.language()).find(r.toks, r.text);
    for (PhraseSet.Hit u : lex.cues(Family.EVIDENCE_CUES, t.language()).find(r.toks, r.text)) {
      if (u.from() < 0 || negatedBefore(u, negations) || deniedInClause(r, u, negations)
          || (reviewsVerb(r, u.from()) && !participle(r.toks.get(u.from())))) {
        continue; // (nor the review's own use: "El informe utilizó los datos del Censo 2020 que se presentan en el capítulo 4")
      }
      for (PhraseSet.Hit o : objects) {
        int from = Math.min(u.from(), o.from());
        int to = Math.max(u.from(), o.from());
        if (o.from() >= 0 && to - from - asides(r, from, to) <= WINDOW && !partEnds(r, from, to)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The "this" / "présent" at {@code k} (-1: none) is followed by a word for this report: "este Informe", "présent rapport". */
  private static boolean thisReportAt(Read r, int k) {
    return k >= 0 && k + 1 < r.toks.size() && OWN_REPORT.contains(Tokens.fold(r.toks.get(k + 1).text()));
  }

  /** "of this report", "de este Informe", "du présent rapport", "deste relatório". */
  private static boolean thisReportNamed(Read r) {
    for (int j = 0; j < r.toks.size(); j++) {
      // ("deste relatório", "neste relatório": "of" or "in" fused with "this")
      if (thisReportAt(r, THIS_ONE.contains(Tokens.fold(r.toks.get(j).text())) ? j : thisAfterOf(r, j))) {
        return true;
      }
    }
    return false;
  }

  /** A table or figure of this report by its number and place: "in Figure 4.6.2 above", "au graphique 3 ci-dessous". */
  private static boolean figureAbove(Read r) {
    for (int i = 0; i + 1 < r.toks.size(); i++) {
      if (TABLE_WORDS.contains(Tokens.fold(r.toks.get(i).text())) && Character.isDigit(r.toks.get(i + 1).text().charAt(0))) {
        int j = afterNumber(r, i + 1);
        if (j < r.toks.size() && HERE.contains(Tokens.fold(r.toks.get(j).text()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words placing a table or figure in the document at hand: "above", "below", "ci-dessus", "supra", "acima". */
  private static final Set<String> HERE = Set.of("above", "below", "supra", "infra", "arriba", "abajo", "anterior",
      "siguiente", "ci-dessus", "ci-dessous", "precedent", "suivant", "acima", "abaixo", "seguinte");

  /** The first token from {@code j} on that is no number ("7.3" may be two tokens). */
  private static int afterNumber(Read r, int j) {
    while (j < r.toks.size() && Character.isDigit(r.toks.get(j).text().charAt(0))) {
      j++;
    }
    return j;
  }

  /**
   * Where "this" / "este" / "présent" (as written: not "está") stands after "of" at {@code j} and an article ("de la
   * présente revue"); -1 when the words at {@code j} are not those.
   */
  private static int thisAfterOf(Read r, int j) {
    if (j >= r.toks.size() || !OF.contains(Tokens.fold(r.toks.get(j).text()))) {
      return -1;
    }
    int k = j + 1 < r.toks.size() && DETERMINERS.contains(Tokens.fold(r.toks.get(j + 1).text())) ? j + 2 : j + 1;
    return k < r.toks.size() && THIS_REPORT.contains(r.toks.get(k).text().toLowerCase(java.util.Locale.ROOT)) ? k : -1;
  }

  private static final Set<String> CHAPTER_WORDS = Set.of("chapter", "section", "capitulo", "seccion", "apartado",
      "chapitre", "seccao", "secao");
  private static final Set<String> DEDICATED = Set.of("dedicated", "devoted", "dedicado", "dedicada", "consacre", "consacree",
      "dedie", "dediee");

  private static final Set<String> THIS_REPORT = Set.of("this", "este", "esta", "presente", "present", "présent",
      "présente", "cette", "ce", "deste", "desta", "neste", "nesta");
  private static final Set<String> OWN_REPORT = Set.of("report", "review", "vnr", "informe", "reporte", "examen", "rapport",
      "revue", "relatorio", "revisao", "rnv", "env", "inv");

  /**
   * The strong actors of a sentence, with those whose level word is coordinated with another before the noun: "every
   * provincial and territorial government" is a provincial government ("A and B N" where "A N" is an actor).
   */
  private List<PhraseSet.Hit> strongActors(Read r) {
    PhraseSet strong = lex.names(Family.LRG_ACTORS);
    List<PhraseSet.Hit> hits = strong.find(r.toks, null);
    List<PhraseSet.Hit> out = null;
    for (int i = 1; i + 2 < r.toks.size(); i++) {
      if (!CONJUNCTIONS.contains(r.toks.get(i).word()) || r.masked[i - 1] || !strong.startsEntry(r.toks.get(i - 1))) {
        continue;
      }
      List<Tokens.Token> joined = new ArrayList<>(4);
      joined.add(r.toks.get(i - 1));
      joined.addAll(r.toks.subList(i + 2, Math.min(r.toks.size(), i + 5)));
      for (PhraseSet.Hit h : strong.find(joined, null)) {
        int begin = i - 1;
        int end = i + 1 + h.to();
        if (h.from() == 0 && h.to() >= 2 && hits.stream().noneMatch(x -> x.from() <= begin && x.to() >= end)) {
          if (out == null) {
            out = new ArrayList<>(hits);
          }
          out.add(new PhraseSet.Hit(begin, end, h.entry()));
        }
      }
    }
    return out == null ? hits : out;
  }

  /**
   * A sentence that opens with a concession of an invitation ("Although ... invited", "Si bien se cursó invitación") and
   * then denies an involvement cue of local governments, the main clause's subject: the invitation did not make them
   * take part ("..., las corporaciones municipales no participaron").
   */
  private boolean concededThenDenied(Read r, Tokens t) {
    if (r.toks.size() < 4 || !concessive(r.toks)) {
      return false;
    }
    int comma = r.text.indexOf(',');
    if (comma < 0 || r.toks.stream().noneMatch(tok -> tok.start() < comma && INVITED.stream().anyMatch(tok.word()::startsWith))) {
      return false; // (only an invitation conceded: "Although many municipalities took part, the private sector did not")
    }
    List<PhraseSet.Hit> negations = negations(r, t);
    List<PhraseSet.Hit> actors = new ArrayList<>(lex.names(Family.LRG_ACTORS).find(r.toks, null));
    actors.addAll(lex.names(Family.LRG_ACTORS_WEAK).find(r.toks, null));
    // the denied cue's subject, between the comma and the cue, is a local government
    return involvement(r, t).stream().anyMatch(c -> c.from() >= 0 && r.toks.get(c.from()).start() > comma
        && negatedBefore(c, negations) && actors.stream().anyMatch(a -> a.from() >= 0
            && r.toks.get(a.from()).start() > comma && a.to() <= c.from()));
  }

  /** "Although", "Though", "Aunque", "Si bien", "Bien que", "Quoique", "Embora", "Apesar de" opening the sentence. */
  private static boolean concessive(List<Tokens.Token> toks) {
    String first = Tokens.fold(toks.get(0).text());
    String second = Tokens.fold(toks.get(1).text());
    return CONCESSIVE.contains(first) || (first.equals("si") && second.equals("bien"))
        || (first.equals("bien") && second.equals("que"));
  }

  private static final Set<String> CONCESSIVE = Set.of("although", "though", "aunque", "quoique", "embora", "apesar",
      "conquanto");
  private static final Set<String> INVITED = Set.of("invit", "convid", "convoc", "convit");

  /**
   * The actor is the author in a bibliographic reference: "(Conseil régional, 2023, p. 41)", "Lalitpur Metropolitan City
   * (2022)" after a review's title or before it: a year right after it (past a comma or a bracket) in a sentence naming a
   * review.
   */
  private static boolean referenceAuthor(Read r, PhraseSet.Hit a) {
    if (!r.review || a.to() >= r.toks.size()) {
      return false;
    }
    String between = r.text.substring(r.toks.get(a.to() - 1).end(), r.toks.get(a.to()).start()).strip();
    return (between.equals(",") || between.equals("(")) && YEAR_TOKEN.matcher(r.toks.get(a.to()).text()).matches()
        && !period(r, a.to());
  }

  /** The year at token {@code i} opens a period: "2019-2024", "2019–2024" (a caption's years, not a reference's). */
  private static boolean period(Read r, int i) {
    return i + 1 < r.toks.size() && YEAR_TOKEN.matcher(r.toks.get(i + 1).text()).matches()
        && PERIOD_DASH.matcher(r.text.substring(r.toks.get(i).end(), r.toks.get(i + 1).start())).matches();
  }

  private static final Pattern PERIOD_DASH = Pattern.compile("\\s*[-–—]\\s*");

  /** An actor's acronym naming one government by its place: "el GAD Municipal de Cuenca", "la AMB de Bamako". */
  private static boolean placeAfterAcronym(List<Tokens.Token> toks, int i) {
    int j = i + 1;
    if (j < toks.size() && toks.get(j).capitalised() && !OF.contains(Tokens.fold(toks.get(j).text()))) {
      j++; // "Municipal"
    }
    return j + 1 < toks.size() && OF.contains(Tokens.fold(toks.get(j).text())) && isPlace(toks.get(j + 1));
  }

  /** Governments still to come: "as futuras autarquias", "the future municipalities" (not a name's "SDG Future Cities"). */
  private static boolean yetToCome(List<Tokens.Token> toks, PhraseSet.Hit a) {
    int p = a.from() - 1;
    return p >= 0 && !toks.get(p).capitalised() && FUTURE.contains(Tokens.fold(toks.get(p).text()));
  }

  private static final Set<String> FUTURE = Set.of("future", "futuros", "futuras", "futures", "futurs", "futuro", "futura");

  /**
   * The actor opens a condition, only articles between: "si les collectivités territoriales décidaient de s'engager",
   * "if local governments were to take part", "caso os municípios venham a".
   */
  private static boolean conditional(List<Tokens.Token> toks, PhraseSet.Hit a) {
    for (int i = a.from() - 1; i >= 0 && a.from() - i <= 3; i--) {
      String w = Tokens.fold(toks.get(i).text());
      if (CONDITIONS.contains(w)) {
        // (not a concession: "Even if county governments had limited time, all 47 submitted comments", "Si les
        // collectivités ont été associées tardivement, elles ont néanmoins contribué")
        return !(i > 0 && EVEN.contains(Tokens.fold(toks.get(i - 1).text())))
            && toks.subList(i, toks.size()).stream().noneMatch(tok -> CONCESSION.contains(Tokens.fold(tok.text())));
      }
      if (!DETERMINERS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> CONDITIONS = Set.of("if", "si", "caso", "unless");

  /**
   * Token {@code i} opens a condition: "if", "si", "unless" not after an article or a preposition; "caso" opening the
   * sentence or a clause, or in "en caso de", "em caso de" (not "estudo de caso", "Un caso destacado", "no caso de").
   */
  private static boolean condition(Read r, int i) {
    String w = Tokens.fold(r.toks.get(i).text());
    if (w.equals("should") || w.equals("were")) {
      return i == 0; // "Should aimags decide in future to prepare ...", "Were municipalities to prepare ...": inverted
    }
    if (!CONDITIONS.contains(w)) {
      return false;
    }
    String before = i > 0 ? Tokens.fold(r.toks.get(i - 1).text()) : "";
    if (w.equals("caso")) {
      return i == 0 || punctuationBetween(r, i - 1, i, CLAUSE_END) || ((before.equals("en") || before.equals("em"))
          && i + 1 < r.toks.size() && OF.contains(Tokens.fold(r.toks.get(i + 1).text())));
    }
    if (w.equals("si") && i + 1 < r.toks.size() && Tokens.fold(r.toks.get(i + 1).text()).equals("bien")) {
      return false; // "Si bien la Intendencia ... elaboró su Informe": although, a concession
    }
    return i == 0 || !(DETERMINERS.contains(before) || OF.contains(before) || IN.contains(before));
  }
  private static final Set<String> EVEN = Set.of("even", "aun", "aunque", "meme", "mesmo", "ainda");
  /** Adverbs of a main clause that concedes what the "if" clause says. */
  private static final Set<String> CONCESSION = Set.of("nevertheless", "nonetheless", "however", "still", "neanmoins",
      "cependant", "pourtant", "toutefois", "embargo", "obstante", "todavia", "contudo", "entanto");

  /** The actor is the subject of a review yet to be made, right before it: "si los GAD provinciales llegaran a elaborar". */
  private static boolean hypothetical(Read r, PhraseSet.Hit a) {
    if (conditional(r.toks, a)) {
      return true;
    }
    int next = r.prospective.nextSetBit(a.to());
    if (next < 0 || next - a.to() > 12) {
      return false;
    }
    if (next - a.to() <= 3) {
      return true;
    }
    // or past an apposition and a verb: "Other city councils, notably Bo and Makeni, have indicated interest in
    // preparing local reviews of their own"
    int from = r.toks.get(a.to() - 1).end();
    String between = r.text.substring(from, r.toks.get(next).start());
    int last = between.lastIndexOf(',');
    if (last <= 0 || !apposition(between.substring(0, last + 1)) || PART_END.matcher(between).find()) {
      return false;
    }
    long verb = r.toks.subList(a.to(), next).stream().filter(tok -> tok.start() > from + last).count();
    return verb <= 3;
  }

  /** The sentence opens with a review (or a review word, in a box about one): "Gulu's review tracked 38 indicators". */
  private boolean reviewSubject(Read r) {
    if (r.firstReviewToken >= 0 && r.firstReviewToken <= 3) {
      return true;
    }
    return lex.names(Family.REVIEW_WORDS).find(r.toks.subList(0, Math.min(r.toks.size(), 4)), null).stream()
        .anyMatch(h -> h.from() >= 0);
  }

  /**
   * The review opens the sentence and its verb says what it was made from: "Both reviews were compiled from ...", "El
   * Informe Local Voluntario de Santa Rosa de Copán (2024) se basó en ...", "Le rapport a été élaboré à partir de ..."
   * (past its place, year and auxiliaries).
   */
  private boolean reviewMadeFrom(Read r, Tokens t) {
    if (!(r.review || r.anaphor) || !reviewSubject(r)) {
      return false;
    }
    int start = r.subjectEnds.nextSetBit(Math.max(0, r.firstReviewToken));
    if (start < 0) {
      return false;
    }
    List<PhraseSet.Hit> making = lex.cues(Family.MAKING_VERBS, t.language()).find(r.toks, null);
    for (int i = start; i + 1 < r.toks.size() && i - start <= 10; i++) {
      Tokens.Token tok = r.toks.get(i);
      String w = Tokens.fold(tok.text());
      int k = i;
      boolean made = MADE_FROM.contains(w) || making.stream().anyMatch(m -> m.from() == k && m.to() == k + 1);
      if (made) {
        // (not an aside: "El Informe Local Voluntario de Mérida, elaborado en 2022, aportó los datos"; nor a date)
        return FROM_WHAT.contains(Tokens.fold(r.toks.get(i + 1).text()))
            && (i + 2 >= r.toks.size() || !YEAR_TOKEN.matcher(r.toks.get(i + 2).text()).matches());
      }
      if (!(OF.contains(w) || DETERMINERS.contains(w) || AUXILIARIES.contains(w) || tok.capitalised()
          || Character.isDigit(tok.text().charAt(0)))) {
        return false;
      }
    }
    return false;
  }

  /**
   * A making verb between a cue and the review: the review is what is made ("recorreu ao apoio técnico do PNUD para
   * elaborar o seu Relatório Local Voluntário"), not what the cue relies on.
   */
  private boolean madeBetween(Read r, Tokens t, int from, int ref) {
    return ref > from && lex.cues(Family.MAKING_VERBS, t.language()).find(r.toks, null).stream()
        .anyMatch(m -> m.from() > from && m.to() <= ref && ref - m.to() <= 3 && r.toks.subList(m.to(), ref).stream()
            .allMatch(tok -> REVIEW_LEAD.contains(Tokens.fold(tok.text())))
            && PURPOSE.contains(Tokens.fold(r.toks.get(m.from() - 1).text())));
  }

  /** Words before an infinitive of purpose: "to prepare", "para elaborar", "pour élaborer", "de produire". */
  private static final Set<String> PURPOSE = Set.of("to", "para", "pour", "a", "de", "d", "afin");

  /**
   * The reference at {@code ref} opens a clause after {@code from}: a comma (or stronger stop) and at most determiners
   * before it ("Com base em 41 indicadores, o relatório de Quelimane mostra ..."; not "relies on figures that Malmö,
   * Uppsala and Helsingborg reported in their voluntary local reviews").
   */
  private static boolean opensClause(Read r, int from, int ref) {
    int i = ref;
    while (i > from && DETERMINERS.contains(Tokens.fold(r.toks.get(i - 1).text()))) {
      i--;
    }
    return i >= from && i > 0 && CLAUSE_END.matcher(r.text.substring(r.toks.get(i - 1).end(), r.toks.get(i).start())).find();
  }

  /**
   * The sentence says what was used for the review's own making: "Para su elaboración se emplearon datos del Censo",
   * "In preparing it, the city used census tables", "Pour son élaboration, ..." (its sources, not this report's use).
   */
  private boolean forItsMaking(Read r, Tokens t) {
    for (PhraseSet.Hit m : lex.cues(Family.MAKING_VERBS, t.language()).find(r.toks, null)) {
      if (m.from() >= 2 && m.from() <= 3 && FOR_ITS.contains(Tokens.fold(r.toks.get(m.from() - 2).text()))
          && ITS.contains(Tokens.fold(r.toks.get(m.from() - 1).text()))) {
        return true;
      }
      if (m.from() >= 0 && m.from() <= 2 && m.to() < r.toks.size() && "it".equals(Tokens.fold(r.toks.get(m.to()).text()))
          && (m.from() == 0 || FOR_ITS.contains(Tokens.fold(r.toks.get(m.from() - 1).text())))) {
        return true; // "In preparing it, ..."
      }
    }
    return false;
  }

  private static final Set<String> FOR_ITS = Set.of("para", "pour", "for", "in", "na", "en", "lors", "durante");
  private static final Set<String> ITS = Set.of("su", "sua", "son", "sa", "its", "their", "sus", "suas", "leur");

  /** Participles of a document's making from its sources: "compiled", "based", "built", "basó", "élaboré". */
  private static final Set<String> MADE_FROM = Set.of("compiled", "based", "built", "drawn", "derived", "baso", "basaron",
      "basado", "basada", "compilado", "compilada", "construido", "construida", "elaborado", "elaborada", "fonde", "fondee",
      "compile", "compilee", "base", "basee", "construit", "construite", "elabore", "elaboree", "baseado", "baseada",
      "baseou", "compilou", "elaborou", "derive", "derivee", "derivado", "derivada");
  /** What a document is made from: "from", "on", "en", "de", "à partir", "a partir", "sur", "em". */
  private static final Set<String> FROM_WHAT = Set.of("from", "on", "upon", "en", "de", "del", "a", "sur", "em", "no", "na",
      "nos", "nas", "dos", "das", "do", "da", "des", "du", "using");
  /** Auxiliaries and the reflexive between a subject and its verb: "were", "se", "a été", "foi". */
  private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "has", "have", "had", "been", "be",
      "se", "fue", "fueron", "ha", "han", "es", "son", "a", "ont", "ete", "est", "sont", "foi", "foram", "e", "sao", "tem",
      "both", "each", "largely", "mainly", "partly", "entirely", "primarily");

  /** A gerund: "drawing", "utilizando", "s'appuyant" ("appuyant"), "usando", "recorrendo". */
  private static boolean gerund(Tokens.Token t) {
    String w = t.word();
    return w.length() >= 5 && (w.endsWith("ing") || w.endsWith("ando") || w.endsWith("iendo") || w.endsWith("endo")
        || w.endsWith("ant"));
  }

  /** A comma followed by a conjunction between tokens {@code from} and {@code to}: a new clause or conjunct begins. */
  private static boolean commaConjunction(Read r, int from, int to) {
    for (int i = Math.max(from, 1); i < to; i++) {
      if (CONJUNCTIONS.contains(Tokens.fold(r.toks.get(i).text()))
          && r.text.substring(r.toks.get(i - 1).end(), r.toks.get(i).start()).contains(",")) {
        return true;
      }
    }
    return false;
  }

  /** "from Levuka to Rakiraki", "desde Arica hasta Magallanes", "de Dakar à Ziguinchor": a range starting at {@code i}. */
  private static boolean range(List<Tokens.Token> toks, int i) {
    if (!RANGE_FROM.contains(Tokens.fold(toks.get(i).text()))) {
      return false;
    }
    for (int j = i + 2; j < toks.size() && j <= i + 4; j++) {
      if (RANGE_TO.contains(Tokens.fold(toks.get(j).text())) && j + 1 < toks.size() && isPlace(toks.get(j + 1))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RANGE_FROM = Set.of("from", "desde", "de", "du", "do", "da");
  private static final Set<String> RANGE_TO = Set.of("to", "hasta", "a", "au", "ate");

  private static String span(Read r, int from, int to) {
    return r.text.substring(r.toks.get(from).start(), r.toks.get(to - 1).end());
  }

  private boolean any(Family f, Read r, Tokens t) {
    return !lex.cues(f, t.language()).find(r.toks, r.text).isEmpty();
  }

  /** A value and the bracket after it: "71.4 % (Bandung VLR 2023, Table 6.1)", "18,4 % (Informe Local Voluntario 2023)". */
  private static final Pattern VALUE_SOURCE = Pattern.compile("\\d(?:[\\d.,\\s]*\\d)?\\s*(?:%|‰)?\\s*\\(([^()]{3,120})\\)");
  private static final Pattern YEAR_VALUE = Pattern.compile("(?:19|20)\\d\\d\\s*\\(");
  /** A value marked for a note, and the note: "Jawa Barat: 21.7* | ... | * Jawa Barat Provincial SDG Progress Report 2023". */
  private static final Pattern NOTE_MARK = Pattern.compile("\\d\\s?%?\\s?(\\*{1,3}|[†‡ᵃᵇᶜᵈᵉᶠᵍ])"); // "61.0%ᵃ" too

  /**
   * A table row or line that gives a value and names a review as that value's source, in the bracket after it or in the
   * note its mark points to: the VNR's table takes the figure from the review.
   */
  private static boolean valueSourcedFromReview(Read r) {
    if (r.firstReviewToken < 0) {
      return false;
    }
    int[] at = {r.toks.get(r.firstReviewToken).start(), r.toks.get(r.lastReviewToken).start()};
    java.util.regex.Matcher m = VALUE_SOURCE.matcher(r.text);
    while (m.find()) {
      if (YEAR_VALUE.matcher(m.group()).lookingAt()) {
        continue; // "Quito 2024 (versión íntegra en el volumen complementario)": a year, not a value
      }
      for (int a : at) {
        if (a >= m.start(1) && a < m.end(1)) {
          return true;
        }
      }
    }
    if (cellSourced(r, at)) {
      return true;
    }
    java.util.regex.Matcher n = NOTE_MARK.matcher(r.text);
    while (n.find()) {
      int note = r.text.indexOf(n.group(1) + " ", n.end());
      if (note < 0) {
        note = r.text.indexOf(n.group(1), n.end());
      }
      for (int a : at) {
        if (note >= 0 && a > note && a - note <= 40) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The place a row of a table of reviews names in its first cell ("Montevideo | 2020, 2023 | ODS 1, 5, 6"), or null: not
   * a header ("County | Year | Goals covered"), a note or a total, nor a review not yet made ("Nakuru | Not started",
   * "Canelones | En preparación").
   */
  private String listedPlace(String row, Tokens t) {
    int bar = row.indexOf('|');
    if (bar <= 0) {
      return null;
    }
    String cell = row.substring(0, bar).strip();
    List<Tokens.Token> toks = t.tokenize(cell);
    // a place's name, its class words allowed ("Kisumu County", "Ciudad de México"), not class words alone ("County")
    // (nor a national source: "National Census 2019")
    if (toks.isEmpty() || toks.size() > 5 || !toks.get(0).capitalised() || ROW_TOTALS.contains(Tokens.fold(toks.get(0).text()))
        || toks.stream().anyMatch(tok -> DATA_SOURCES.contains(Tokens.fold(tok.text())))
        || toks.stream().noneMatch(tok -> isPlace(tok) && !isWord(Family.PLACE_WORDS, tok) && !isWord(Family.LEVEL_WORDS, tok)
            && !isWord(Family.CITY_WORDS, tok))) {
      return null;
    }
    // its status right after it, or anywhere in a row with no year: "Nakuru | Not started", "Canelones | En preparación"
    // (not "Busia | 2022 | SDG 1-17 | Next review planned for 2025")
    String[] cells = row.split("\\|");
    boolean dated = t.tokenize(row).stream().anyMatch(tok -> YEAR_TOKEN.matcher(tok.text()).matches());
    for (int k = 1; k < cells.length && (k == 1 || !dated); k++) {
      List<Tokens.Token> status = t.tokenize(cells[k]);
      if (!lex.names(Family.NEGATIONS).find(status, null).isEmpty()
          || !lex.cues(Family.INTENTION_CUES, t.language()).find(status, null).isEmpty()
          || status.stream().anyMatch(tok -> NOT_YET.contains(Tokens.fold(tok.text())))) {
        return null;
      }
    }
    return cell;
  }

  /** A review's status that says it is not made yet: "planned", "en preparación", "en cours", "em elaboração". */
  private static final Set<String> NOT_YET = Set.of("planned", "pending", "preparation", "preparing", "ongoing", "underway",
      "draft", "prevista", "previsto", "prevue", "prevu", "preparacion", "elaboracion", "cours", "preparacao",
      "elaboracao", "planeada", "planeado", "planificada", "pendiente", "pendente", "borrador", "projet", "rascunho");

  /** Row labels that are no place: "Total | 14", "Ensemble | 9". */
  private static final Set<String> ROW_TOTALS = Set.of("total", "totals", "subtotal", "totales", "totaux", "totais",
      "ensemble", "conjunto", "overall", "all");

  /** A table cell that is a measured value alone: "95,2 %", "100 %", "12.5" (not a count of Goals, "17"). */
  private static final Pattern VALUE_CELL = Pattern.compile(
      "\\s*[<>≤≥~]?\\s*(?:\\d[\\d.,\\s]*\\s*(?:%|‰)|\\d+[.,]\\d{1,2})\\s*");

  /**
   * A table row whose cells are values and, in a cell of its own, a review: its source column ("Niterói | 95,2 % | 100 %
   * | RLV Niterói (2023)"); not a row listing reviews with their years ("Montevideo | 2020, 2023 | ODS 1, 5, 6").
   */
  private static boolean cellSourced(Read r, int[] at) {
    String[] cells = r.text.split("\\|", -1);
    if (cells.length < 3) {
      return false;
    }
    boolean value = false;
    boolean review = false;
    int start = 0;
    for (String cell : cells) {
      int end = start + cell.length();
      boolean holdsReview = false;
      for (int a : at) {
        holdsReview |= a >= start && a < end;
      }
      if (holdsReview) {
        review = true;
      } else if (VALUE_CELL.matcher(cell).matches() && !YEARS_CELL.matcher(cell).matches()) {
        value = true;
      }
      start = end + 1;
    }
    return value && review;
  }

  private static final Pattern YEARS_CELL = Pattern.compile("\\s*(?:(?:19|20)\\d\\d[\\s,;]*)+");

  /** Evidence of use in a sentence that names or refers to a review: a source cue, a joint process, a data word and a use cue. */
  private String integrationRule(Read r, Tokens t, boolean aboutTheReview) {
    if (valueSourcedFromReview(r)) {
      return "review-as-value-source";
    }
    List<PhraseSet.Hit> negations = negations(r, t);
    if (useDenied(r, t, negations)) {
      return null; // "Estos informes no fueron incorporados al análisis ..., dado que ... la Encuesta utilizada como fuente"
    }
    if (!aboutTheReview && figureQuoted(r, t, negations)) {
      return "review-figure-quoted"; // "County disparities remain wide: Kisumu's 2023 local review reports 58 per cent ..."
    }
    if (!usedByReview(r, t) && (pointsToReview(Family.SOURCE_CUES, r, t, negations, aboutTheReview) || sourceLabel(r, t))) {
      return "review-as-source";
    }
    // "according to the VLR of Bonn": the VNR takes the review's word, unless the passage is about the review (a box,
    // a section of its own), where "según sus resultados" is the review speaking
    if (!aboutTheReview && pointsToReview(Family.ATTRIBUTION_CUES, r, t, negations, false)) {
      return "review-as-source";
    }
    // "this chapter draws on the VLR" (the VNR relies on the review), not "the VLR draws on 85 indicators"
    for (PhraseSet.Hit h : lex.cues(Family.RELIANCE_CUES, t.language()).find(r.toks, r.text)) {
      // (its object: not "Com base em 41 indicadores, o relatório de Quelimane mostra que ...", where the review speaks)
      int ref = h.from() < 0 ? -1 : r.references.nextSetBit(h.to());
      if (h.from() >= 0 && r.lastReviewToken >= h.to() && !ownOtherThing(r, h.to(), t)
          && (ref < 0 || !opensClause(r, h.to() + 1, ref)) && !usedByReview(r, t) && !madeBetween(r, t, h.to(), ref)
          && !(h.entry() != null && Tokens.fold(h.entry()).startsWith("recor") && h.to() < r.toks.size()
              && OF.contains(Tokens.fold(r.toks.get(h.to()).text())))) {
        // ("recorrer" takes its object with "a", not "de": "recorreu da decisão do tribunal" is an appeal)
        return "review-as-source";
      }
    }
    // "Both reviews were compiled from ward-level tables ..., which the NSO provided", "El Informe Local Voluntario de X
    // (2024) se basó en los datos del Sistema ...": what the sentence then says of data is the review's own sources
    List<PhraseSet.Hit> use = reviewMadeFrom(r, t) || (aboutTheReview && forItsMaking(r, t)) ? List.of()
        : lex.cues(Family.EVIDENCE_CUES, t.language()).find(r.toks, r.text);
    if (!use.isEmpty()) {
      List<PhraseSet.Hit> objects = lex.cues(Family.EVIDENCE_OBJECTS, t.language()).find(r.toks, r.text);
      for (PhraseSet.Hit u : use) {
        if (negatedBefore(u, negations) || deniedInClause(r, u, negations)) {
          continue; // "their figures have not been used in this report's tables"
        }
        if (inTitle(r.toks, u)) {
          continue; // "the County Integrated Development Plan": a word of a name, not a use
        }
        if (u.entry() != null && Tokens.fold(u.entry()).startsWith("compar")
            && (reviewsVerb(r, u.from())
                || negations.stream().anyMatch(n -> n.to() <= u.from() && u.from() - n.to() <= 4))) {
          continue; // a comparison the review makes ("The VLR of Kisumu compares ..."), or one denied ("It is not yet
                    // possible to compare the indicators of the VLRs"); not "Data from the VLRs were compared with ..."
        }
        if (u.from() >= 2 && AVAILABLE.contains(Tokens.fold(r.toks.get(u.from() - 2).text()))
            && "be".equals(Tokens.fold(r.toks.get(u.from() - 1).text()))) {
          continue; // "the full reports can be obtained from the Town Clerks": available, not used
        }
        if (u.from() >= 0 && reviewsVerb(r, u.from()) && !participle(r.toks.get(u.from()))) {
          continue; // "Both reports use a framework of 100 indicators": the review uses data, not the VNR the review
        }
        if (u.from() > 0 && reviewSubject(r) && gerund(r.toks.get(u.from()))) {
          continue; // "Gulu's review tracked 38 indicators, drawing on household surveys": the review's own sources
        }
        if (u.from() >= 0 && u.to() < r.toks.size() && ORIGIN.contains(Tokens.fold(r.toks.get(u.to()).text()))
            && r.lastReviewToken < u.to()) {
          if (r.review && u.to() + 1 < r.toks.size() && THEM.contains(Tokens.fold(r.toks.get(u.to() + 1).text()))
              && objects.stream().anyMatch(o -> o.from() >= 0 && o.from() < u.from())) {
            return "review-evidence-used"; // "Drafts of the Kópavogur and Reykjavík reviews ..., and the figures ... are taken from them"
          }
          continue; // "... a third of them drawn from the household surveys": data from another source
        }
        if (u.from() >= 0 && u.to() > u.from() && ORIGIN.contains(Tokens.fold(r.toks.get(u.to() - 1).text()))
            && !Tokens.fold(r.toks.get(u.from()).text()).startsWith("serv")
            && !Tokens.fold(r.toks.get(u.from()).text()).startsWith("sirv")) { // (not "sirvieron de", "served as")
          if (sourceNamedAfter(r, u.to()) && objects.stream().anyMatch(o -> o.from() >= 0 && o.from() < u.from())) {
            return "review-evidence-used"; // "la línea de base ... se tomó del Informe Voluntario Local": taken from it
          }
          continue; // "proviennent du Recensement ... ; nous n'avons pas repris les chiffres de la revue": the source named
                    // right after the cue is another one
        }
        for (PhraseSet.Hit o : objects) {
          // (the subject "Sus resultados" opening the sentence reaches its verb past a long complement: "Sus resultados
          // sobre ... —apenas 9 horas diarias en promedio— se han incorporado al análisis")
          // (or the review's: "Las conclusiones de la revisión de Euskadi sobre ... se han incorporado al análisis"; or
          // opening a part after a semicolon: "...; sus resultados sobre ... se integraron en el análisis")
          if (u.from() < 0 || o.from() < 0 || Math.abs(u.from() - o.from()) <= WINDOW
              || (((r.evidenceAnaphor || reviewsObject(r, o)) && opensPart(r, o.from()) || whoseReview(r, o.from()))
                  && u.from() > o.from()
                  && u.from() - o.from() - asides(r, o.to(), u.from()) <= 2 * WINDOW && !partEnds(r, o.to(), u.from()))) {
            return "review-evidence-used";
          }
        }
      }
    }
    if (r.evidenceAnaphor && (inOwnTable(r) || inOwnChapter(r))) {
      return "review-evidence-used"; // "Sus cifras de brecha salarial ... son las que recoge la tabla 7.3 de este Informe"
    }
    // ("Both reviews were compiled from ward-level tables": the reviews' making, no joint process with the VNR)
    for (PhraseSet.Hit h : reviewMadeFrom(r, t) ? List.<PhraseSet.Hit>of()
        : lex.cues(Family.JOINT_CUES, t.language()).find(r.toks, r.text)) {
      // "En paralelo, Quetzaltenango y Villa Nueva elaboraron ...": a sentence adverb (meanwhile), no joint process
      boolean adverb = h.from() == 0 && h.to() > 0 && h.to() <= r.toks.size()
          && r.text.substring(r.toks.get(h.to() - 1).end()).stripLeading().startsWith(",");
      // "le volume 2 de la présente revue, publié conjointement": published together, no joint process
      boolean published = h.from() > 0 && PUBLISHED.contains(Tokens.fold(r.toks.get(h.from() - 1).text()));
      // "The Gaborone VLR was compiled by the Council's Planning Department": who wrote it, no joint process
      boolean authored = h.to() < r.toks.size() && AGENT.contains(Tokens.fold(r.toks.get(h.to()).text()));
      // "the joint position paper of the associations": a document signed together, no joint process with the VNR
      boolean document = h.to() < r.toks.size() && JOINT_DOCUMENTS.contains(Tokens.fold(r.toks.get(h.to()).text()));
      // "proposes a joint tenure-regularisation programme": the adjective of something else, not done jointly
      boolean adjective = h.from() >= 0 && h.to() == h.from() + 1 && Tokens.fold(r.toks.get(h.from()).text()).equals("joint");
      if (!adverb && !published && !authored && !document && !adjective) {
        return "joint-process";
      }
    }
    return null;
  }

  /**
   * At {@code at}, a possessive and a noun that is neither a review nor what a VNR takes from one: the subject's own
   * something ("Phuentsholing Thromde, drawing on its experience of the Township Development Project, issued its own
   * VLR": the city relied on its experience, the VNR on nothing).
   */
  private boolean ownOtherThing(Read r, int at, Tokens t) {
    int i = at;
    while (i < r.toks.size() && POSSESSIVES.contains(Tokens.fold(r.toks.get(i).text()))) {
      i++; // "their own", "sus propios"
    }
    if (i == at || i >= r.toks.size()) {
      return false;
    }
    // (the review's name may take a few words: "their own Voluntary Local Reviews")
    return lex.names(Family.REVIEW_WORDS).find(r.toks.subList(i, Math.min(r.toks.size(), i + 4)), null).isEmpty()
        && lex.cues(Family.EVIDENCE_OBJECTS, t.language()).find(r.toks.subList(i, i + 1), null).isEmpty();
  }

  /** The negations of the sentence (Portuguese "no" is "in the", no negation). */
  private List<PhraseSet.Hit> negations(Read r, Tokens t) {
    return lex.names(Family.NEGATIONS).find(r.toks, null).stream()
        .filter(n -> !("pt".equals(t.language()) && n.entry().equals("no")))
        .filter(n -> !n.entry().equals("n") || elided(r, n.from())) // ("n'a publié", not "Étude de cas n° 2")
        .toList();
  }

  /** An apostrophe right after token {@code i}: an elided word ("n'a", "d'examen"). */
  private static boolean elided(Read r, int i) {
    int end = r.toks.get(i).end();
    return end < r.text.length() && (r.text.charAt(end) == '\'' || r.text.charAt(end) == '’');
  }

  /** A cue of the family in the sentence that no negation just before denies ("não foram utilizados"). */
  private boolean affirmed(Family f, Read r, Tokens t, List<PhraseSet.Hit> negations) {
    for (PhraseSet.Hit h : lex.cues(f, t.language()).find(r.toks, r.text)) {
      if (!negatedBefore(h, negations)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A source or attribution cue, affirmed, that points to the review: the review is named before it, or after it in
   * the same clause ("calculated from official sources, and seven of them have published reports" points elsewhere).
   */
  private boolean pointsToReview(Family f, Read r, Tokens t, List<PhraseSet.Hit> negations, boolean aboutTheReview) {
    for (PhraseSet.Hit h : lex.cues(f, t.language()).find(r.toks, r.text)) {
      if (negatedBefore(h, negations)) {
        continue;
      }
      // "according to" names what it follows: the review (or a word taking it back) after it, not "… a Revue volontaire
      // provinciale, selon le canevas des examens nationaux volontaires" (a template, after the review)
      // (or a relative taking the review back: "dans sa revue locale volontaire de 2022, selon lesquels 37 % des ménages")
      if (f == Family.ATTRIBUTION_CUES && h.to() >= 0) {
        int ref = r.references.nextSetBit(h.to());
        boolean relative = h.to() + 1 < r.toks.size() && r.firstReviewToken >= 0 && r.firstReviewToken < h.from()
            && (ACCORDING_RELATIVES.contains(Tokens.fold(r.toks.get(h.to()).text()))
                || ACCORDING_RELATIVES.contains(Tokens.fold(r.toks.get(h.to() + 1).text())));
        if (!relative && (ref < 0 || ref - h.to() > WINDOW)) {
          continue;
        }
      }
      // in a box about the review, the bare noun "source" / "fuente" is what the review speaks of ("el 18 % de las
      // aldeas aún se abastece de fuentes no protegidas"), not the VNR naming its source
      if (aboutTheReview && h.entry() != null && lex.coveredBy(h.entry(), Family.SOURCE_LABELS) && h.to() > 0
          && !r.text.substring(r.toks.get(h.to() - 1).end()).stripLeading().startsWith(":")) {
        continue; // (a source line in the box, "Fuente: ...", still names the VNR's source)
      }
      if (h.from() >= 0 && h.to() < r.toks.size() && FOR.contains(Tokens.fold(r.toks.get(h.to()).text()))
          && Tokens.fold(r.toks.get(h.to() - 1).text()).startsWith("referen")
          && lex.cues(Family.EVIDENCE_OBJECTS, t.language()).find(r.toks, r.text).isEmpty()) {
        continue; // "as revisões ... como referência para a futura localização dos ODS": a model for something, no data
      }                   // (not "Leurs indicateurs ... ont servi de référence pour la cible 11.7")
      // a cue ending in "from" / "de" names its source after it: "is taken from ... Kampala Voluntary Local Review",
      // not "Ces rapports n'ont pas été exploités ..., dont l'ensemble des données provient du système MONET"
      if (h.from() >= 0 && h.to() < r.toks.size() && ORIGIN.contains(Tokens.fold(r.toks.get(h.to() - 1).text()))) {
        if (sourceNamedAfter(r, h.to()) || (r.review && r.firstReviewToken < h.from()
            && THEM.contains(Tokens.fold(r.toks.get(h.to()).text())))) {
          return true; // (or the reviews named before, taken back: "were obtained from them")
        }
        continue;
      }
      if (h.from() < 0 || h.to() >= r.toks.size() || r.firstReviewToken < h.to()
          || !NEW_CLAUSE.matcher(r.text.substring(r.toks.get(h.to() - 1).end(), r.toks.get(r.firstReviewToken).start())).find()) {
        return true;
      }
    }
    return false;
  }

  /** Relatives after "according to": "selon lesquels", "según los cuales", "segundo os quais", "according to which". */
  private static final Set<String> ACCORDING_RELATIVES = Set.of("which", "lesquels", "lesquelles", "lequel", "laquelle",
      "cuales", "cual", "quais", "qual");

  /** Participles of publishing: "published jointly" is published together, not prepared jointly. */
  private static final Set<String> PUBLISHED = Set.of("published", "presented", "released", "publie", "publiee", "publies",
      "publiees", "presente", "presentee", "presentes", "presentees", "publicado", "publicada", "publicados", "publicadas",
      "presentado", "presentada", "presentados", "presentadas", "apresentado", "apresentada", "apresentados", "apresentadas");

  /** A comma and a coordinating conjunction: a new clause begins ("… from official sources, and seven of them …"). */
  private static final Pattern NEW_CLAUSE = Pattern.compile("(?iu),\\s*(?:and|but|e|y|et|mais|mas|pero)\\s");

  /** A negation at most two tokens before the cue: "have not been used", "no se utilizaron", "n'ont pas été repris". */
  private static boolean negatedBefore(PhraseSet.Hit cue, List<PhraseSet.Hit> negations) {
    return cue.from() >= 0 && negations.stream().anyMatch(n -> n.to() <= cue.from() && cue.from() - n.to() <= 2);
  }

  /** An evidence cue of the sentence is negated: "This estimate is not used in the present report". */
  private boolean useNegated(Read r, Tokens t) {
    List<PhraseSet.Hit> negations = negations(r, t);
    return !negations.isEmpty() && lex.cues(Family.EVIDENCE_CUES, t.language()).find(r.toks, r.text).stream()
        .anyMatch(u -> negatedBefore(u, negations));
  }

  /** A table or figure of the review named with its number, or a percentage given, and no "see" before it. */
  private static boolean sourcedFigure(Read r, boolean paged) {
    if (pointer(r)) {
      return false;
    }
    // a reference with the page it is taken from: "Mbabane City Council, Voluntary Local Review ... (2024), p. 37"
    // (the page may close the note in a sentence of its own: "... Capital City. Gaborone: GCC, p. 41.")
    if (paged) {
      return true;
    }
    for (int i = 0; i + 1 < r.toks.size(); i++) {
      if (TABLE_WORDS.contains(Tokens.fold(r.toks.get(i).text())) && Character.isDigit(r.toks.get(i + 1).text().charAt(0))) {
        return true;
      }
    }
    return PERCENTAGE.matcher(r.text).find();
  }

  /**
   * A page locator of the note's own reference, outside brackets ("... Capital City. Gaborone: GCC, p. 41."; not "(UN
   * DESA, 2023, p. 12)", another document's page), in a note that opens with the reference itself, not a topic ("On the
   * participatory process followed, ...", "Pour une présentation du processus : ...").
   */
  private static boolean pagedReference(String note) {
    java.util.regex.Matcher topic = TOPIC_NOTE.matcher(note);
    if (topic.lookingAt()) {
      // (a topic closed by a comma points to reading; one closed by a colon names what the source is for: "For Kisumu:
      // Kisumu County Government (2023), Voluntary Local Review, p. 41")
      int comma = note.indexOf(',', topic.end());
      int colon = note.indexOf(':', topic.end());
      if (comma >= 0 && (colon < 0 || comma < colon)) {
        return false;
      }
    }
    java.util.regex.Matcher m = PAGE_LOCATOR.matcher(note);
    while (m.find()) {
      int open = note.lastIndexOf('(', m.start());
      // (outside brackets, or brackets holding the page alone: "Revue locale volontaire (p. 33)"; not "(UN DESA, 2023,
      // p. 12)", another document's page)
      if (open < 0 || note.lastIndexOf(')', m.start()) > open || note.substring(open + 1, m.start()).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** A note opening with a topic: "On ...", "For ...", "Pour ...", "Sur ...", "Sobre ...", "Para ...", "Acerca de ...". */
  private static final Pattern TOPIC_NOTE = Pattern.compile(
      "(?iu)[\\d¹²³⁴⁵⁶⁷⁸⁹⁰*†\\s]*(on|for|about|regarding|concerning|pour|sur|concernant|sobre|para|acerca|en cuanto|quant)\\b");

  /**
   * The note points the reader to the review: "See ...", "Ver ...", and "Sobre a gestão de resíduos ..., ver o relatório
   * de Maputo (2023), pp. 31–35" (the word before the review, wherever it stands).
   */
  private static boolean pointer(Read r) {
    if (SEE.matcher(r.text).lookingAt()) {
      return true;
    }
    java.util.regex.Matcher see = SEE_WORD.matcher(r.text);
    return r.firstReviewToken >= 0 && see.find() && see.start() < r.toks.get(r.firstReviewToken).start();
  }

  private static final Pattern SEE = Pattern.compile("(?iu)[\\d¹²³⁴⁵⁶⁷⁸⁹⁰*†\\s]*(see|voir|véase|vea|ver|veja|cf)\\b");
  private static final Pattern SEE_WORD = Pattern.compile("(?iu)(?<!\\p{L})(see|voir|véase|vea|ver|veja|cf)(?!\\p{L})");
  /** A page locator: "p. 37", "pp. 58-61", "pág. 12", "page 4". */
  private static final Pattern PAGE_LOCATOR = Pattern.compile("(?iu)(?<!\\p{L})(?:pp?|págs?|pages?|páginas?)\\.?\\s*\\d+");

  /**
   * A named review gives a figure that the VNR quotes: the review right before a verb of {@code finding-verbs}, a
   * percentage after it in its clause ("Kisumu's 2023 local review reports 58 per cent safely managed coverage"); not
   * the review's own account of its coverage ("reports on 11 Goals") and not in a box about it.
   */
  private boolean figureQuoted(Read r, Tokens t, List<PhraseSet.Hit> negations) {
    if (!r.review || r.lastReviewToken < 0) {
      return false;
    }
    for (PhraseSet.Hit v : lex.cues(Family.FINDING_VERBS, t.language()).find(r.toks, null)) {
      // (the verb may close a review noun read as one with it: "local review reports")
      if (v.from() <= 0 || !(r.subjectEnds.get(v.from()) || r.subjectEnds.get(v.to())) || negatedBefore(v, negations)) {
        continue;
      }
      int end = r.toks.get(v.from()).end();
      int stop = end;
      while (stop < r.text.length() && ";.".indexOf(r.text.charAt(stop)) < 0) {
        stop++;
      }
      if (PERCENTAGE.matcher(r.text.substring(end, stop)).find()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern PERCENTAGE = Pattern.compile(
      "(?iu)\\d+(?:[.,]\\d+)?\\s*(?:%|per ?cent|por ciento|pour cent|por cento)");

  /**
   * The reviews are the subject of a use the sentence denies, a few words on: "Estos informes no fueron incorporados al
   * análisis", "These reviews were not used in this report": whatever else it names as a source is another one.
   */
  private boolean useDenied(Read r, Tokens t, List<PhraseSet.Hit> negations) {
    if (negations.isEmpty()) {
      return false;
    }
    int subject = r.firstReviewToken >= 0 ? r.firstReviewToken : r.lastReviewToken;
    if (subject < 0) {
      return false;
    }
    for (PhraseSet.Hit u : lex.cues(Family.EVIDENCE_CUES, t.language()).find(r.toks, r.text)) {
      if (u.from() > subject && u.from() - subject <= 5 && negatedBefore(u, negations)
          && negations.stream().anyMatch(n -> n.from() > subject && n.to() <= u.from() && (n.to() >= r.toks.size()
              || !NOT_DENYING.contains(Tokens.fold(r.toks.get(n.to()).text()))))) { // (not "were not only used")
        return true;
      }
    }
    return false;
  }

  /**
   * "without" heads the cue's clause: "sans que leurs données aient toutefois pu être intégrées au présent rapport", "sin
   * que sus cifras se hayan utilizado" (within the clause, up to ten words on; not "sin embargo", "sans doute").
   */
  private static boolean deniedInClause(Read r, PhraseSet.Hit u, List<PhraseSet.Hit> negations) {
    for (PhraseSet.Hit n : negations) {
      String w = n.from() < 0 ? "" : Tokens.fold(r.toks.get(n.from()).text());
      if (n.from() < 0 || n.to() > u.from() || u.from() - n.to() > 10 || !WITHOUT.contains(w)
          || (n.to() < r.toks.size() && NOT_WITHOUT.contains(Tokens.fold(r.toks.get(n.to()).text())))
          // (a clause: "sin que", "sans que", "sem que"; not "las localidades sin encuesta propia")
          || (!"without".equals(w) && (n.to() >= r.toks.size() || !"que".equals(Tokens.fold(r.toks.get(n.to()).text()))))) {
        continue;
      }
      if (!clauseEnds(r, n.to(), u.from())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> WITHOUT = Set.of("without", "sin", "sans", "sem");
  private static final Set<String> NOT_WITHOUT = Set.of("embargo", "doute", "duvida", "duda", "dudas", "exception",
      "excepcion", "excecao");

  /** A source line: a word of {@code source-labels} and a colon ("Source:", "Fuentes :", "Fonte:", "Data:"). */
  private boolean sourceLine(String s) {
    List<Tokens.Token> toks = tokens("en").tokenize(s);
    for (PhraseSet.Hit h : lex.names(Family.SOURCE_LABELS).find(toks, null)) {
      if (h.from() == 0 && s.substring(toks.get(h.to() - 1).end()).stripLeading().startsWith(":")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A box or case-study title as the passage's first sentence: a word of {@code box-headings}, a number ("3", "3.2",
   * "IV") and a title after it ("Box 3.2: The Voluntary Local Review of Bonn", "Encadré 4 – La revue locale de Thiès").
   */
  private boolean boxTitle(String s) {
    List<Tokens.Token> toks = tokens("en").tokenize(s);
    int next = afterBoxNumber(toks, s);
    return next >= 0 && next < toks.size();
  }

  /** The token after a box label's word and number ("Box 3.2", "Encadré IV") opening {@code s}, or -1: no such label. */
  private int afterBoxNumber(List<Tokens.Token> toks, String s) {
    for (PhraseSet.Hit h : lex.names(Family.BOX_HEADINGS).find(toks, null)) {
      if (h.from() != 0 || h.to() >= toks.size() || !BOX_NUMBER.matcher(toks.get(h.to()).text()).matches()) {
        continue;
      }
      int next = h.to() + 1;
      while (next < toks.size() && toks.get(next).start() - toks.get(next - 1).end() == 1
          && s.charAt(toks.get(next - 1).end()) == '.' && Character.isDigit(toks.get(next).text().charAt(0))) {
        next++; // "3.2"
      }
      return next;
    }
    return -1;
  }

  private static final Pattern BOX_NUMBER = Pattern.compile("\\d+|[IVXLC]+");

  /** A box's label alone, its number ended by a stop: "Recuadro 5.", "Box 3.2.", "Encadré IV." */
  private boolean boxLabel(String s) {
    List<Tokens.Token> toks = tokens("en").tokenize(s);
    return afterBoxNumber(toks, s) == toks.size() && s.strip().endsWith(".");
  }

  /** A cue capitalised inside a run of capitalised words, not opening the sentence: a word of a name or title. */
  private static boolean inTitle(List<Tokens.Token> toks, PhraseSet.Hit u) {
    if (u.from() <= 0 || !toks.get(u.from()).capitalised()) {
      return false;
    }
    // (not a caption written in title case: "Table 5: Poverty Rates Drawn From Kisumu's Voluntary Local Review")
    long capitalised = toks.stream().filter(Tokens.Token::capitalised).count();
    if (capitalised * 2 > toks.size()) {
      return false;
    }
    return toks.get(u.from() - 1).capitalised() || (u.to() < toks.size() && toks.get(u.to()).capitalised());
  }

  /** A past participle (en, es, fr, pt): "provided", "utilizados", "utilisées", "obtidas". */
  private static boolean participle(Tokens.Token tok) {
    String f = tok.text().toLowerCase(java.util.Locale.ROOT);
    return PARTICIPLE_END.matcher(f).matches() && !f.endsWith("use") && f.length() > 3;
  }

  private static final Pattern LABEL = Pattern.compile("^\\s*(\\p{L}+)\\s*:\\s*\\S.*", Pattern.DOTALL);
  /** A table note: its mark ("(*)", "(a)", "a/", "*") and a word, then "of / from" ("(*) Dato del ILV de Encarnación"). */
  private static final Pattern NOTE_LABEL = Pattern.compile(
      "^\\s*(?:\\(\\s*[\\p{Ll}\\d*]{1,2}\\s*\\)|\\*{1,3}|\\p{Ll}/)\\s*(\\p{L}+)\\s+(?i:of|from|de|del|da|do|du|des|d['’])\\b.*",
      Pattern.DOTALL);

  /**
   * A line labelled with what a VNR takes from a review: "Data: city VLRs (Kampala 2021)", "Datos: ..."; or a table
   * note that says its figure is the review's, the review within four words: "(*) Dato del ILV de Encarnación 2022".
   */
  private boolean sourceLabel(Read r, Tokens t) {
    java.util.regex.Matcher m = LABEL.matcher(r.text);
    boolean note = false;
    if (!m.matches()) {
      m = NOTE_LABEL.matcher(r.text);
      if (!m.matches()) {
        return false;
      }
      note = true;
    }
    List<Tokens.Token> label = t.tokenize(m.group(1));
    if (lex.cues(Family.EVIDENCE_OBJECTS, t.language()).find(label, null).stream().noneMatch(h -> h.from() == 0)) {
      return false;
    }
    if (!note) {
      return true;
    }
    for (int i = 0; i < r.toks.size(); i++) {
      if (r.toks.get(i).start() == m.start(1)) {
        return r.firstReviewToken > i && r.firstReviewToken - i <= 4;
      }
    }
    return false;
  }

  /** A heading naming a list of references: "Bibliography", "Referencias", "Références bibliographiques", "Bibliografia". */
  private static boolean referenceList(String heading, Tokens t) {
    return t.tokenize(heading).stream().anyMatch(tok -> REFERENCE_LISTS.contains(Tokens.fold(tok.text())));
  }

  private static final Set<String> REFERENCE_LISTS = Set.of("bibliography", "references", "bibliografia", "referencias",
      "bibliographie", "bibliographiques", "bibliograficas", "bibliograficos", "consulted", "consultadas", "consultados",
      "consultes", "consultees");

  /**
   * A sentence of the passage denies local governments' part: an actor right after a negation, with its predicate
   * negated, or whose every cue nearby is negated ("los concejos municipales no fueron convocados a la validación").
   */
  private boolean deniesInvolvement(List<Read> reads, Tokens t) {
    for (Read r : reads) {
      List<PhraseSet.Hit> negations = negations(r, t);
      if (negations.isEmpty()) {
        continue;
      }
      List<PhraseSet.Hit> cues = involvement(r, t);
      for (Family f : List.of(Family.LRG_ACTORS, Family.LRG_ACTORS_WEAK)) {
        for (PhraseSet.Hit a : lex.names(f).find(r.toks, null)) {
          if (a.from() >= 0 && (negations.stream().anyMatch(n -> n.to() <= a.from() && a.from() - n.to() <= 1)
              || predicateNegated(r.toks, a, negations, t.language()) || onlyNegatedCues(r.toks, a, cues, negations))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The review is the agent of a use: "Fuente: Encuesta Origen-Destino (INEGI), fuente utilizada también por la Revisión
   * Local Voluntaria de la Ciudad de México 2021" (a source the review used too, not the review as the source).
   */
  private boolean usedByReview(Read r, Tokens t) {
    int review = r.firstReviewToken;
    int by = review - 1;
    if (by >= 0 && DETERMINERS.contains(Tokens.fold(r.toks.get(by).text()))) {
      by--;
    }
    if (by < 1 || !AGENT.contains(Tokens.fold(r.toks.get(by).text()))) {
      return false;
    }
    int reviewAt = by;
    return lex.cues(Family.EVIDENCE_CUES, t.language()).find(r.toks, null).stream()
        .anyMatch(u -> u.from() >= 0 && u.to() <= reviewAt && reviewAt - u.to() <= 2);
  }

  /**
   * All mentions in one passage of a VNR, read in the document's order: at most one per type, quoting the
   * sentence (or heading) that shows it.
   *
   * @param role the passage's layout role (body, box, footnote, table, caption, heading) or null
   * @param ctx  the document's context, updated with what this passage says
   */
  public List<Mention> find(String text, String heading, String languageCode, String role, Context ctx) {
    String language = languageCode == null ? null : languageCode.strip().toLowerCase(java.util.Locale.ROOT);
    Tokens t = tokens(language);
    String h = heading == null ? "" : heading;
    String section = h.contains("›") ? h.substring(h.lastIndexOf('›') + 1).strip() : h.strip();
    if (!section.equals(ctx.section)) {
      ctx.section = section;
      ctx.previousNamedReview = false;
      ctx.annexOfReviews = false;
      ctx.boxTitle = null;
      ctx.reviewTable = false;
    }
    ctx.headingAcronymContext = false;
    // (what this passage may set for the next ones, as it stood before it: a citation the cited model overrules sets none)
    boolean annexOfReviewsBefore = ctx.annexOfReviews;
    String boxTitleBefore = ctx.boxTitle;
    Read sectionRead = analyse(section, t, true, ctx);
    // a heading about local matters ("Local action for the SDGs"), not just a goal chapter ("ODS 9")
    ctx.headingAcronymContext = lex.names(Family.ACRONYM_CONTEXT).find(t.tokenize(h), h).stream()
        .anyMatch(x -> !GOAL_WORDS.contains(Tokens.fold(x.entry())));
    boolean headingReview = sectionRead.review || (!h.equals(section) && analyse(h, t, true, ctx).review);
    // (an annex that lists references cites the reviews in it, it does not annex them: "Annex 2. Bibliography")
    boolean annexHeading = headingStarts(section, Family.ANNEX_HEADINGS) && !(referenceList(section, t) && !sectionRead.review);
    // a table's rows under a title that is a box word and a table word ("Cuadro 7. Reportes subnacionales ...",
    // "Quadro 6.1 – Fontes de dados ..."): the table's title, no box
    boolean boxHeading = headingStarts(section, Family.BOX_HEADINGS)
        && !(("table".equalsIgnoreCase(role) || "caption".equalsIgnoreCase(role)) && tableTitle(section));

    String body = text == null ? "" : text.strip();
    List<String> parts = new ArrayList<>(List.of(sentences(body)));
    if (parts.size() > 1 && boxLabel(parts.get(0))) {
      parts.set(0, parts.get(0) + " " + parts.remove(1)); // "Recuadro 5." and its title, split at the number's stop
    }
    if (ctx.tail != null && !parts.isEmpty()) {
      String joined = ctx.tail + " " + parts.get(0);
      boolean continues = !parts.get(0).isEmpty() && Character.isLowerCase(parts.get(0).codePointAt(0));
      Read alone = analyse(parts.get(0), t, false, ctx);
      Read withTail = analyse(joined, t, false, ctx);
      if (continues || (withTail.review && !alone.review && !analyse(ctx.tail, t, false, ctx).review)) {
        parts.set(0, joined); // a review name cut by a page or column break
      }
    }

    List<Read> reads = new ArrayList<>(parts.size());
    ctx.reviewSentences.clear();
    ctx.sectionNamesReview = sectionRead.review;
    ctx.sectionHeading = section;
    String citedQuote = null;
    String citedRule = null;
    String reviewSentence = null;
    boolean earlier = headingReview || ctx.previousNamedReview || ctx.boxTitle != null;
    boolean inBoxRole = "box".equalsIgnoreCase(role) || boxHeading;
    boolean otherReviewsBefore = false;
    boolean boxTitleHere = false;
    List<Read> referring = new ArrayList<>();
    for (String s : parts) {
      if (s.isBlank()) {
        continue;
      }
      Read r = analyse(s, t, false, ctx);
      if ("footnote".equalsIgnoreCase(role) && !reads.isEmpty() && reads.get(reads.size() - 1).review && !r.review) {
        thisCitedReview(r); // "23 Ulaanbaatar City (2020), Voluntary Local Review .... The PM2.5 ... are taken from this review."
      }
      reads.add(r);
      if (r.review) {
        ctx.documentNamedReview = true;
        for (Tokens.Token tok : r.toks) {
          if (isPlace(tok)) {
            ctx.reviewPlaceKeys.add(tok.key());
          }
        }
        if (reads.size() > 1 && sourceLine(s)) {
          // "Table 6.3 Households ... in Saint-Louis and Ziguinchor. Sources: the two communes' local reviews":
          // the caption before a source line names the places the source speaks of
          ctx.reviewSentences.add(reads.get(reads.size() - 2).text);
        }
        ctx.reviewSentences.add(s); // where cited places are sought
        if (citedQuote == null) {
          citedQuote = quote(s);
          citedRule = "review-name";
        }
        if (reviewSentence == null) {
          reviewSentence = s;
        }
        // "Cuadro 11.1 Indicadores urbanos ...": in a table, "Cuadro" / "Tableau" titles the table, it opens no box
        if (reads.size() == 1 && boxTitle(s) && !"table".equalsIgnoreCase(role)
            && !("caption".equalsIgnoreCase(role) && tableTitle(s))) { // (a table's caption: "Cuadro 4. Informes ...")
          boxTitleHere = true;
        }
        referring.add(r);
      } else if ((r.anaphor && (earlier || (r.saidBefore && ctx.documentNamedReview && !otherDocumentBefore(reads, r)))
          && !otherReviewsBefore) || (ctx.boxTitle != null && inBoxRole && boxReference(r, t))) {
        referring.add(r);
        if (r.anaphor) { // (the box's review was placed by its title: "the city government's review" names no other)
          ctx.reviewSentences.add(s); // "the reports of Braga, Guimarães and Lagoa are reproduced in Annex IV"
        }
        if (citedQuote == null) {
          citedQuote = quote(s);
          citedRule = "review-referred-to";
        }
      }
      earlier |= r.review;
      // "les revues annuelles conjointes, la revue à mi-parcours ... Ces revues mettent en évidence ...": after reviews
      // of another kind (traps) and no local one, "these reviews" are those
      otherReviewsBefore = r.review ? false : otherReviewsBefore || trapReviews(r);
    }
    boolean textReview = reviewSentence != null;
    // "Cuadro 4. Informes locales voluntarios elaborados por los gobiernos departamentales" and then its rows,
    // "Montevideo | 2020, 2023 | ODS 1, 5, 6 | Intendencia de Montevideo": each row naming a place lists its review
    boolean tableRow = "table".equalsIgnoreCase(role);
    String listedPlace = tableRow && ctx.reviewTable && !textReview && referring.isEmpty() ? listedPlace(body, t) : null;
    // a row of a table whose title (the passage's heading) names reviews: "Tabela A3. Relatórios Locais Voluntários
    // considerados neste RNV" and "Nampula | 2023 | ODS 1, 6 e 11 | Dados de saneamento utilizados no capítulo do ODS 6"
    // (a row naming a place in its first cell: not "National Census 2019 | KNBS | Data used in Chapter 4")
    String rowPlace = tableRow && !textReview && referring.isEmpty() && !reads.isEmpty() && sectionRead.review
        && !singularReview(sectionRead) && tableTitle(section) ? listedPlace(body, t) : null;
    if (rowPlace != null) {
      referring.add(reads.get(0));
      ctx.reviewSentences.add(rowPlace);
    }
    if (listedPlace != null) {
      referring.add(reads.get(0));
      ctx.reviewSentences.add(listedPlace); // (the place its first cell names, not the row's other capitalised words)
      citedQuote = quote(body);
      citedRule = "row-of-review-table";
    }
    if ("caption".equalsIgnoreCase(role)) {
      ctx.reviewTable = textReview && reads.stream().anyMatch(r -> r.review && !singularReview(r));
    } else if (!tableRow) {
      ctx.reviewTable = false;
    }
    boolean anyReview = textReview || headingReview || !referring.isEmpty();

    List<Mention> out = new ArrayList<>();
    if (citedQuote != null) {
      out.add(new Mention(MentionType.CITED, citedQuote, citedRule, 0.9));
    } else if (headingReview) {
      out.add(new Mention(MentionType.CITED, section.isEmpty() ? h : section, "review-name-in-heading", 0.85));
    }

    // featured: a box or case study about a review, a section of its own, a box title passage and what follows it
    if (boxTitleHere) {
      ctx.boxTitle = reviewSentence;
      ctx.boxTitleInBox = "box".equalsIgnoreCase(role);
    } else if (ctx.boxTitle != null && ctx.boxTitleInBox && "body".equalsIgnoreCase(role)) {
      ctx.boxTitle = null; // the layout put the title in a box and this passage outside it: the box has ended
    }
    boolean inBox = "box".equalsIgnoreCase(role) || boxHeading;
    if (inBox && anyReview) {
      out.add(new Mention(MentionType.FEATURED, boxHeading ? section : citedQuote, "box-about-review", 0.9));
    } else if (boxTitleHere) {
      out.add(new Mention(MentionType.FEATURED, quote(reviewSentence), "box-title", 0.85));
    } else if (ctx.boxTitle != null && !referring.isEmpty() && !"table".equalsIgnoreCase(role)
        && !"caption".equalsIgnoreCase(role) && !"footnote".equalsIgnoreCase(role)) {
      // (a figure's caption or a footnote after the box is the chapter's, not the box's: "Figure 7.3 ... Sources: ...
      // for Utrecht, the municipality's 2023 Voluntary Local Review")
      // (a table after the box is the section's, not the box's: "Tabela 11.1 ... ᵃ Relatório Local Voluntário")
      out.add(new Mention(MentionType.FEATURED, quote(ctx.boxTitle), "in-box-about-review", 0.8));
    } else if (sectionRead.review && !annexHeading && singularReview(sectionRead) && !evidenceHeading(sectionRead, t)
        && !towardsReview(sectionRead, t)) {
      out.add(new Mention(MentionType.FEATURED, section, "section-about-review", 0.85));
    } else if ("heading".equalsIgnoreCase(role) && reads.size() == 1 && reads.get(0).review && singularReview(reads.get(0))
        && !evidenceHeading(reads.get(0), t) && !annexHeading && !headingStarts(reads.get(0).text, Family.ANNEX_HEADINGS)
        && !towardsReview(reads.get(0), t)) {
      // the heading itself opens a section of one review: "5.2 O Relatório Local Voluntário da Matola (2023)"
      out.add(new Mention(MentionType.FEATURED, quote(reads.get(0).text), "section-about-review", 0.85));
    }

    // annexed: an annex section of reviews (the heading or its passages name them), or a sentence saying so; an annex
    // of local governments' contributions is one of their reviews too ("Anexo 3. Contribuciones de los gobiernos
    // subnacionales", a passage opening "Anexo 5. Aportes de los gobiernos locales: ...")
    // under a heading that names no review ("Annexes"), a passage opening with an annex label of its own and naming
    // neither reviews nor governments' contributions is another annex ("Annex 4: Stakeholder statements – ...",
    // "Annexe 4 – Annexe statistique : ..."): the annex of reviews before it has ended
    if (annexHeading && ctx.annexOfReviews && !headingReview && !textReview && !reads.isEmpty()
        && headingStarts(reads.get(0).text, Family.ANNEX_HEADINGS) && referring.isEmpty()
        && reads.stream().noneMatch(r -> contributionsOf(r, t))) {
      ctx.annexOfReviews = false;
    }
    if (annexHeading && !ctx.annexOfReviews && (contributionsOf(sectionRead, t)
        || (!reads.isEmpty() && headingStarts(reads.get(0).text, Family.ANNEX_HEADINGS) && (contributionsOf(reads.get(0), t)
            || (reads.size() > 1 && reads.get(0).toks.size() <= 3 && contributionsOf(reads.get(1), t)))))) {
      ctx.annexOfReviews = true;
    }
    // a statistical annex whose tables take figures from reviews uses them as sources: it does not annex them
    boolean usedAsData = annexHeading && !headingReview && referring.stream()
        .anyMatch(r -> !intention(r, t) && !r.pronounOnly && integrationRule(r, t, false) != null);
    // "n'est pas reproduit ici" under an annex of reviews: this review is named, not annexed
    boolean annexDenied = referring.stream().anyMatch(r -> deniedAnnex(r, t));
    if (annexHeading && !usedAsData && !annexDenied && (headingReview || textReview || ctx.annexOfReviews)) {
      ctx.annexOfReviews = true;
      out.add(new Mention(MentionType.ANNEXED, section, "annex-of-reviews", 0.9));
    } else {
      for (Read r : referring) {
        if (annexCue(r, t) && !intention(r, t) && !(deniedAnnex(r, t) && onlyLabelAffirmed(r, t))) {
          out.add(new Mention(MentionType.ANNEXED, quote(r.text), "annexed-statement", 0.85));
          break;
        }
      }
    }

    // integrated: the review's data or findings used, the review as a source, a joint process
    for (Read r : referring) {
      String rule = intention(r, t) || r.pronounOnly ? null
          : integrationRule(r, t, out.stream().anyMatch(m -> m.type() == MentionType.FEATURED));
      if (rule != null) {
        out.add(new Mention(MentionType.INTEGRATED, quote(r.text), rule, rule.equals("joint-process") ? 0.75 : 0.85));
        break;
      }
    }

    // a note that sources a figure to a review's table or gives its value: "31 Commune de Sfax, Examen local volontaire des
    // ODD 2022, tableau 7 (taux de collecte des déchets ménagers : 78 %)" (not "See ..., p. 14", a pointer to read on)
    // (nor one that says the figure is not used: "This estimate is not used in the present report")
    if (out.stream().noneMatch(m -> m.type() == MentionType.INTEGRATED) && "footnote".equalsIgnoreCase(role)
        && reads.stream().noneMatch(r -> useNegated(r, t))) {
      boolean paged = reads.stream().anyMatch(r -> pagedReference(r.text));
      for (Read r : reads) {
        if (r.review && sourcedFigure(r, paged)) {
          out.add(new Mention(MentionType.INTEGRATED, quote(r.text), "review-as-figure-source", 0.8));
          break;
        }
      }
    }

    // in a box or section about one review, its data or findings used in a part of this report, in a sentence that need
    // not name the review again: "Elle fait ressortir un taux ... de 41 %, chiffre repris dans la section consacrée à
    // l'ODD 6", "It found that ... rose to 71 per cent, the figure used for the county comparison in Figure 4.6.2 above"
    if (out.stream().noneMatch(m -> m.type() == MentionType.INTEGRATED)
        && out.stream().anyMatch(m -> m.type() == MentionType.FEATURED)) {
      for (Read r : reads) {
        if (!intention(r, t) && usedInThisReport(r, t)) {
          out.add(new Mention(MentionType.INTEGRATED, quote(r.text), "featured-review-evidence-used", 0.8));
          break;
        }
      }
    }

    // a section headed as evidence taken from a review ("Goal 6 - evidence from the Voluntary Subnational Review")
    if (out.stream().noneMatch(m -> m.type() == MentionType.INTEGRATED) && sectionRead.review && !boxHeading
        && !inBox && evidenceHeading(sectionRead, t)) {
      out.add(new Mention(MentionType.INTEGRATED, section, "evidence-heading", 0.8));
    } else if (out.stream().noneMatch(m -> m.type() == MentionType.INTEGRATED) && "heading".equalsIgnoreCase(role)
        && reads.size() == 1 && reads.get(0).review && evidenceHeading(reads.get(0), t)) {
      out.add(new Mention(MentionType.INTEGRATED, quote(reads.get(0).text), "evidence-heading", 0.8)); // the heading itself
    }

    // lrg: local and regional governments involved, in the text or the innermost heading
    boolean reviewBefore = headingReview || ctx.previousNamedReview;
    // (an annexed review too: "Anexo B – Relatório Local Voluntário de Chapecó. Prefeitura Municipal de Chapecó")
    boolean reviewBox = out.stream().anyMatch(m -> m.type() == MentionType.FEATURED || m.type() == MentionType.ANNEXED);
    for (Read r : reads) {
      // "Prepared by the city council with the university": in a box about one review, its own government
      r.inReviewBox = reviewBox;
      r.figure = "table".equalsIgnoreCase(role) || "caption".equalsIgnoreCase(role);
      if (out.stream().anyMatch(m -> m.type() == MentionType.LRG)) {
        defineActorAcronyms(r, ctx); // (an acronym defined after the passage's lrg sentence holds for what follows)
        continue;
      }
      String words = lrgIn(r, t, r.review || reviewBefore, ctx);
      reviewBefore |= r.review;
      if (words != null) {
        out.add(new Mention(MentionType.LRG, quote(r.text), "local-governments", 0.7));
      }
    }
    // (not a passage denying their part: "... y los concejos municipales no fueron convocados a la validación")
    if (out.stream().noneMatch(m -> m.type() == MentionType.LRG) && !section.isEmpty() && !speaksOfDeconcentration(reads, t)
        && !deniesInvolvement(reads, t)) {
      if (lrgIn(sectionRead, t, false, true) != null) {
        out.add(new Mention(MentionType.LRG, section, "local-governments-in-heading", 0.65));
      }
    }
    Boolean modelCites = null; // (the review-flag models' reading of whether the passage cites a review, if they changed it)
    if ((involvement != null || !reviewModels.isEmpty()) && !Tokens.hasCjk(body)) {
      long[] features = null; // (hashed once, read by every model that is asked)
      if (involvement != null && involvement.covers(language)) {
        features = PassageModel.featureHashes(body, h);
        decideInvolvement(out, body, h, features, language, reads, sectionRead, section, ctx);
      }
      if (!reviewModels.isEmpty()) {
        modelCites = decideReviewFlags(out, body, h, features == null ? PassageModel.featureHashes(body, h) : features,
            language, reads, ctx);
      }
    }

    ctx.previousNamedReview = modelCites != null ? modelCites : textReview || !referring.isEmpty() || headingReview;
    if (Boolean.FALSE.equals(modelCites)) {
      ctx.annexOfReviews = annexOfReviewsBefore; // (an annex or a box this passage opened about the review overruled)
      ctx.boxTitle = boxTitleBefore;
    }
    ctx.tail = body.isEmpty() || ENDS_SENTENCE.matcher(body).matches() ? null : lastSentence(parts);
    return out;
  }

  /**
   * The rules and the involvement model decide lrg together. The rules' lrg stands unless the model finds it unlikely
   * (probability below {@link PassageModel#keep()}) in a passage that cites a review or is long enough for its
   * reading to count ({@link PassageModel#overruleWords()}). Where the rules found none, the model adds it (rule
   * {@code local-governments-model}, confidence = its probability) when its probability reaches its threshold and
   * the passage names a local or regional government the rules do not rule out ({@link #freeActors}) in its text or
   * heading, quoting from the sentence naming one to the sentence that weighs most in the model's reading (the heading
   * when only it names one); a passage where the rules read involvement denied keeps their reading.
   */
  private void decideInvolvement(List<Mention> out, String body, String heading, long[] features, String language,
      List<Read> reads, Read sectionRead, String section, Context ctx) {
    Mention rules = out.stream().filter(m -> m.type() == MentionType.LRG).findFirst().orElse(null);
    if (rules != null) {
      // (in a short passage the model has little to read beyond words that weigh against any passage, function words
      // of a language, a Goal heading: its reading of "Las alcaldías participaron en el proceso de elaboración del
      // informe" is no evidence against the rules')
      // (a passage that cites a review is overruled whatever its length: the governments may be only its authors,
      // which the rules often miss in annex entries and box titles)
      boolean citesReview = out.stream().anyMatch(m -> m.type() != MentionType.LRG);
      if ((citesReview || PassageModel.letterWords(body) >= involvement.overruleWords())
          && involvement.probability(features) < involvement.keep()) {
        out.remove(rules); // the model finds it unlikely: overruled
      }
      return;
    }
    // (the cheap check first: most passages name no government)
    if (!namesActor(reads, sectionRead, ctx)) {
      return;
    }
    double p = involvement.probability(features);
    Tokens t = tokens(language);
    if (p < involvement.threshold() || deniesInvolvement(reads, t)) {
      return; // (a denial the rules read: "Los gobiernos municipales no fueron consultados"; words alone do not weigh it)
    }
    // the quote: from the sentence naming a government the rules do not rule out to the sentence that weighs most in
    // the model's reading (the one whose removal lowers the passage's probability most), preferring one that is not
    // itself a naming sentence ("Municipalities vary greatly in size. Their representatives validated the final
    // report.": the naming sentence's actor words would outweigh the act)
    List<Integer> named = new ArrayList<>();
    for (int i = 0; i < reads.size(); i++) {
      if (!freeActors(reads.get(i), t, ctx).isEmpty()) {
        named.add(i);
      }
    }
    String quote = null;
    if (!named.isEmpty()) {
      int evidence = named.get(0);
      double best = 0;
      double bestNamed = -Double.MAX_VALUE;
      boolean other = false;
      for (int i = 0; i < reads.size() && reads.size() > 1; i++) {
        double weight = reads.size() > MAX_LEAVE_ONE_OUT ? involvement.probability(reads.get(i).text, heading)
            : p - involvement.probability(without(reads, i), heading);
        if (!named.contains(i) && weight > best) {
          best = weight;
          evidence = i;
          other = true;
        } else if (!other && named.contains(i) && weight > bestNamed) {
          bestNamed = weight;
          evidence = i;
        }
      }
      int at = evidence;
      int from = named.stream().filter(i -> i <= at).reduce((x, y) -> y).orElse(named.get(0));
      StringBuilder b = new StringBuilder();
      for (int i = Math.min(from, at); i <= Math.max(from, at); i++) {
        b.append(i > Math.min(from, at) ? " " : "").append(reads.get(i).text);
      }
      quote = quote(b.toString());
    } else if (!section.isEmpty() && !freeActors(sectionRead, t, ctx).isEmpty()) {
      quote = section;
    }
    if (quote != null) {
      out.add(new Mention(MentionType.LRG, quote, "local-governments-model", Math.round(p * 1000) / 1000.0));
    }
  }

  /**
   * The rules and the review-flag models decide cited, annexed and integrated together, cited first: a flag the rules
   * found stands unless its model's probability is below the model's {@link PassageModel#keep()} (only the cited model
   * has one, and it does not overrule a passage the rules read as a box, case study or annex about a review), and a flag they did not find is added (rule {@code <flag>-model}, confidence = that model's probability)
   * where it reaches the model's {@link PassageModel#threshold()}, quoting the sentence that weighs most in the model's
   * reading. The flags stay coherent: annexed and integrated are added only to a passage that cites a review, by the
   * rules or the cited model (an annex of participants or a national survey's data used is no local review annexed or
   * used), and cited overruled takes featured, annexed and integrated with it. Where cited is added, the quoted
   * sentence is where cited places are sought, and the passage counts as naming a review for the next ones ("these
   * reports"); where it is overruled, it does not.
   *
   * @return whether the passage cites a review after the models' decision, or null when they left the rules' reading
   */
  private Boolean decideReviewFlags(List<Mention> out, String body, String heading, long[] features, String language,
      List<Read> reads, Context ctx) {
    Boolean cites = null;
    for (PassageModel m : reviewModels) {
      if (!m.covers(language)) {
        continue;
      }
      MentionType flag = m.flag();
      boolean found = out.stream().anyMatch(x -> x.type() == flag);
      double p = m.probability(features);
      // (a box, case study or annex the rules read about a review is a structure words do not outweigh: its citation
      // stands)
      boolean structural = out.stream().anyMatch(x -> x.type() == MentionType.FEATURED || x.type() == MentionType.ANNEXED);
      if (found && p < m.keep() && !structural) {
        out.removeIf(x -> x.type() == flag || (flag == MentionType.CITED && x.type() != MentionType.LRG));
        if (flag == MentionType.CITED) {
          ctx.reviewSentences.clear();
          cites = false;
        }
      } else if (!found && p >= m.threshold() && !body.isBlank()
          && (flag == MentionType.CITED || out.stream().anyMatch(x -> x.type() == MentionType.CITED))) {
        String sentence = reads.isEmpty() ? body : reads.get(weightiest(m, reads, heading, p)).text;
        out.add(new Mention(flag, quote(sentence), flag.code() + "-model", Math.round(p * 1000) / 1000.0));
        if (flag == MentionType.CITED) {
          if (ctx.reviewSentences.isEmpty()) {
            ctx.reviewSentences.add(sentence); // (where cited places are sought: the whole sentence, not the quote)
          }
          cites = true;
        }
      }
    }
    return cites;
  }

  /** Passages of more sentences are weighed sentence by sentence alone (linear), not by leaving each one out. */
  static final int MAX_LEAVE_ONE_OUT = 40;

  /**
   * The sentence whose removal lowers the model's probability of the passage most (the first of one sentence); in a
   * passage of more than {@link #MAX_LEAVE_ONE_OUT} sentences (each removal re-reads the passage), the sentence the
   * model finds likeliest on its own.
   */
  private static int weightiest(PassageModel m, List<Read> reads, String heading, double p) {
    int best = 0;
    double bestWeight = -Double.MAX_VALUE;
    boolean alone = reads.size() > MAX_LEAVE_ONE_OUT;
    for (int i = 0; i < reads.size() && reads.size() > 1; i++) {
      double weight = alone ? m.probability(reads.get(i).text, heading) : p - m.probability(without(reads, i), heading);
      if (weight > bestWeight) {
        bestWeight = weight;
        best = i;
      }
    }
    return best;
  }

  /** The passage's sentences but one, joined. */
  private static String without(List<Read> reads, int skip) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < reads.size(); i++) {
      if (i != skip) {
        b.append(b.length() > 0 ? " " : "").append(reads.get(i).text);
      }
    }
    return b.toString();
  }

  /** Whether the passage or its heading names a local or regional government (an actor or an acronym defined for one). */
  private boolean namesActor(List<Read> reads, Read sectionRead, Context ctx) {
    List<Read> all = new ArrayList<>(reads);
    all.add(sectionRead);
    for (Read r : all) {
      if (!lex.names(Family.LRG_ACTORS).find(r.toks, null).isEmpty()
          || !lex.names(Family.LRG_ACTORS_WEAK).find(r.toks, null).isEmpty()) {
        return true;
      }
      for (Tokens.Token tok : r.toks) {
        if (ctx.actorAcronyms.contains(tok.text())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A strong actor the rules rule out as taking no part, whatever the cue: masked by a trap, hypothetical or yet to
   * come, a reference's author, an organ of the State, part of a name, the object of an oversight or a count, only its
   * means, "those of", a place, denied after, one of a list, a definition; a review's own government or named places
   * in a sentence or box about it, a few named before reports (the rules' lrg and {@link #freeActors} share it).
   */
  private boolean strongRuledOut(Read r, PhraseSet.Hit h, Tokens t) {
    return r.masked[h.from()] || hypothetical(r, h) || yetToCome(r.toks, h) || referenceAuthor(r, h)
        || deconcentrated(r, h, t) || partOfName(r.toks, h) || acronymNamed(r, h) || overseen(r, h, t)
        || counted(r, h, t) || onlyTheirMeans(r, h, t) || thoseOf(r.toks, h) || strongLocative(r.toks, h)
        || deniedAfter(r, h, t) || enumerated(r, h) || definition(r)
        || ((r.review || r.inReviewBox) && (namedGovernment(r.toks, h) || ownGovernments(r, h)))
        || (r.review && namedPlaces(r.toks, h))
        || ((r.review || reports(r, t)) && (fewBefore(r.toks, h) || fewListed(r, h)));
  }

  /** A weak actor the rules rule out as taking no part, whatever the cue (as {@link #strongRuledOut}, for weak ones). */
  private boolean weakRuledOut(Read r, PhraseSet.Hit a, Tokens t, List<PhraseSet.Hit> negations) {
    return r.masked[a.from()] || hypothetical(r, a) || yetToCome(r.toks, a)
        || predicateNegated(r.toks, a, negations, t.language()) || thoseOf(r.toks, a) || overseen(r, a, t)
        || deconcentrated(r, a, t) || locative(r.toks, a) || partOfName(r.toks, a) || acronymNamed(r, a)
        || deniedAfter(r, a, t) || definition(r) || enumerated(r, a)
        || (r.inReviewBox && namedGovernment(r.toks, a)) || (r.review && namedPlaces(r.toks, a))
        || ((r.review || reports(r, t)) && (fewBefore(r.toks, a) || fewListed(r, a)))
        || ((r.review || r.anaphor || r.inReviewBox) && ownGovernments(r, a));
  }

  /**
   * The local or regional governments the sentence names (actors of the lexicon, acronyms the document defined for
   * one) that the rules do not rule out as taking no part, whatever the cue: not named in a denial, a condition, a
   * plan or an election; not organs of the State, parts of a name, places, objects of an oversight, a count, their
   * means only, a definition or a list; not a review's own author in a sentence or box about it. What the sentence
   * says they do is left to the involvement model.
   */
  private List<PhraseSet.Hit> freeActors(Read r, Tokens t, Context ctx) {
    if (Tokens.hasCjk(r.text) || concededThenDenied(r, t) || planned(r, t) || definition(r)
        || lex.names(Family.ELECTION_WORDS).find(r.toks, null).stream().anyMatch(e -> !actorsAside(r, e, t))) {
      return List.of();
    }
    List<PhraseSet.Hit> negations = negations(r, t);
    List<PhraseSet.Hit> cues = involvement(r, t);
    List<PhraseSet.Hit> out = new ArrayList<>();
    List<PhraseSet.Hit> strong = strongActors(r);
    for (PhraseSet.Hit h : strong) {
      boolean negated = negations.stream().anyMatch(n -> n.to() <= h.from() && h.from() - n.to() <= 1)
          || agentDenied(r.toks, h) || predicateNegated(r.toks, h, negations, t.language())
          || (!negations.isEmpty() && onlyNegatedCues(r.toks, h, cues, negations));
      if (!negated && !strongRuledOut(r, h, t)) {
        out.add(h);
      }
    }
    for (PhraseSet.Hit a : lex.names(Family.LRG_ACTORS_WEAK).find(r.toks, null)) {
      if (a.from() < 0 || strong.stream().anyMatch(h -> h.from() <= a.from() && a.to() <= h.to())
          || negations.stream().anyMatch(n -> n.to() <= a.from() && a.from() - n.to() <= 1)
          || (!negations.isEmpty() && onlyNegatedCues(r.toks, a, cues, negations))
          || weakRuledOut(r, a, t, negations)) {
        continue;
      }
      out.add(a);
    }
    for (int i = 0; i < r.toks.size(); i++) {
      PhraseSet.Hit a = new PhraseSet.Hit(i, i + 1, null);
      if (ctx.actorAcronyms.contains(r.toks.get(i).text()) && !r.masked[i] && !deniedAfter(r, a, t)
          && !overseen(r, a, t) && !counted(r, a, t) && !predicateNegated(r.toks, a, negations, t.language())
          && negations.stream().noneMatch(n -> n.to() <= a.from() && a.from() - n.to() <= 1)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * A sentence of the passage before {@code r} names another document, whose "said review" this may be: a review word,
   * masked or not, or a study ("El Consejo publicó su estudio ... Dicha revisión").
   */
  private boolean otherDocumentBefore(List<Read> reads, Read r) {
    for (Read before : reads) {
      if (before == r) {
        break;
      }
      if (!lex.names(Family.REVIEW_WORDS).find(before.toks, null).isEmpty()
          || before.toks.stream().anyMatch(tok -> STUDIES.contains(tok.key()))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> STUDIES = Set.of("study", "studi", "estudio", "estudo", "etud", "etude", "survey",
      "encuesta", "enquet", "inquerito", "publication", "publicacion", "publicacao");

  /** The sentence names reviews only inside traps: "la revue à mi-parcours du PND", "the joint sector reviews". */
  private boolean trapReviews(Read r) {
    return lex.names(Family.REVIEW_WORDS).find(r.toks, null).stream().anyMatch(h -> h.from() >= 0 && r.masked[h.from()]);
  }

  /**
   * In a box about one review, a word of {@code review-words} names that review ("The city government's review,
   * drafted by ...", "Adopté par le conseil départemental, ce rapport couvre ..."), unless it is the VNR itself: a
   * national review name (masked), "the present report" / "le présent rapport", or a capitalised "this Report" /
   * "este Informe" (the VNR's own name).
   */
  private boolean boxReference(Read r, Tokens t) {
    boolean vnr = !lex.names(Family.NATIONAL_REVIEW_NAMES).find(r.toks, null).isEmpty();
    for (PhraseSet.Hit h : lex.names(Family.REVIEW_WORDS).find(r.toks, null)) {
      if (h.from() < 0 || r.masked[h.from()]) {
        continue;
      }
      String before = h.from() == 0 ? "" : Tokens.fold(r.toks.get(h.from() - 1).text());
      boolean self = PRESENT.contains(before) || (h.from() >= 2 && PRESENT.contains(Tokens.fold(r.toks.get(h.from() - 2).text())))
          || (THIS.contains(before) && r.toks.get(h.from()).capitalised());
      if (!self) {
        return true;
      }
      vnr = true;
    }
    // "El documento de Curridabat organiza su diagnóstico ...": in the box, the document is the review
    for (int i = 1; i < r.toks.size(); i++) {
      if (DOCUMENT_WORDS.contains(r.toks.get(i).key()) && !r.masked[i]
          && DETERMINERS.contains(Tokens.fold(r.toks.get(i - 1).text()))) {
        return true;
      }
    }
    // the VNR itself taking something in a box about a review takes it from that review: "this Report uses the
    // city's enumeration as the data point for target 11.1", "... ont été reprises dans l'analyse du présent rapport"
    return vnr && !lex.cues(Family.EVIDENCE_CUES, t.language()).find(r.toks, r.text).isEmpty();
  }

  private static final Set<String> DOCUMENT_WORDS = Set.of("document", "documento");

  /** "the present report", "le présent rapport", "el presente informe", "o presente relatório". */
  private static final Set<String> PRESENT = Set.of("present", "presente", "presents");
  private static final Set<String> THIS = Set.of("this", "este", "esta", "ce", "cette", "cet", "esse", "essa");

  /**
   * An annex title of local governments' contributions: an actor that counts on its own and a word of
   * {@code contribution-words} ("contributions", "aportes", "contributos", "submissions", "inputs").
   */
  private boolean contributionsOf(Read r, Tokens t) {
    if (lrgIn(r, t, false, true) == null) {
      return false;
    }
    // the contributions are theirs: the word within a few tokens of the actor ("Aportes de los gobiernos locales",
    // "Local governments' submissions"), not a list of institutions that sent inputs with them somewhere in it
    List<PhraseSet.Hit> actors = new ArrayList<>(lex.names(Family.LRG_ACTORS).find(r.toks, null));
    actors.addAll(lex.names(Family.LRG_ACTORS_WEAK).find(r.toks, null)); // "Contributions écrites des communes et de l'ABELO"
    for (PhraseSet.Hit c : lex.cues(Family.CONTRIBUTION_WORDS, t.language()).find(r.toks, r.text)) {
      if (c.from() > 0 && CONTRIBUTING.contains(Tokens.fold(r.toks.get(c.from() - 1).text()))) {
        continue; // "Liste des ... administrations communales ayant contribué au présent rapport": who, not what
      }
      if (c.from() < 0 || actors.stream().anyMatch(a -> a.from() >= 0
          && (c.from() >= a.to() ? c.from() - a.to() : a.from() - c.to()) <= CONTRIBUTION_REACH)) {
        return true;
      }
    }
    return false;
  }

  /** Before a verb of contributing: "ayant contribué", "that contributed", "que contribuyeron". */
  private static final Set<String> CONTRIBUTING = Set.of("ayant", "having", "that", "which", "who", "qui", "que",
      "have", "has", "ont", "han", "ha", "tem", "têm", "teve", "tiveram");

  /** How far from the actor a contribution word may stand: "Contributions of the national associations of local authorities". */
  private static final int CONTRIBUTION_REACH = 5;

  /**
   * The sentence speaks of a later report ("to be annexed to the next report", "sus resultados se incorporen al
   * próximo informe"): an intention, not an annex of or evidence in this one.
   */
  private boolean intention(Read r, Tokens t) {
    return any(Family.INTENTION_CUES, r, t);
  }

  /** A heading whose evidence word comes before the review it names: "Data from the VLR of Bonn", "evidencia de la RLV". */
  private boolean evidenceHeading(Read heading, Tokens t) {
    int review = heading.firstReviewToken;
    if (review < 0) {
      return false;
    }
    // (or what the reviews contributed: "Una mirada desde los territorios: aportes de los informes locales voluntarios")
    List<PhraseSet.Hit> words = new ArrayList<>(lex.cues(Family.EVIDENCE_OBJECTS, t.language()).find(heading.toks, null));
    words.addAll(lex.cues(Family.CONTRIBUTION_WORDS, t.language()).find(heading.toks, null));
    for (PhraseSet.Hit o : words) {
      if (o.from() >= 0 && o.to() <= review && review - o.to() <= 3) {
        return true;
      }
    }
    return false;
  }

  /** An annex cue, not one that says where data come from ("data reproduced from the local review"). */
  private boolean annexCue(Read r, Tokens t) {
    // (not "are not reproduced in this report")
    for (PhraseSet.Hit h : affirmedAnnexCues(r, t)) {
      if (h.from() > 0 && locator(r, h.from())) {
        continue; // "Suva City Council, Voluntary Local Review 2023, Annex B": the review's own annex, cited
      }
      if (statisticalAnnex(r, h)) {
        continue; // "figures used in Chapter 5 and in the Statistical Annex": an annex of data, not of the reviews
      }
      if (h.from() < 0 || h.to() >= r.toks.size()) {
        return true;
      }
      if (!FROM.contains(r.toks.get(h.to()).key()) && !inTable(r.toks, h.to()) && !asReported(r, h.to())
          && !reproducesEvidence(r, h, t)) {
        return true;
      }
    }
    return false;
  }

  /** The annex the cue names is a statistical one: "the Statistical Annex", "l'annexe statistique", "Anexo Estadístico". */
  private static boolean statisticalAnnex(Read r, PhraseSet.Hit h) {
    // (right before or after the annex word: "the Statistical Annex", "l'annexe statistique"; not "l'Agence nationale
    // de la statistique et annexée")
    for (int i = h.from(); i < h.to(); i++) {
      if (ANNEX_WORDS.contains(Tokens.fold(r.toks.get(i).text()))) {
        boolean before = i > 0 && STATISTICAL.contains(Tokens.fold(r.toks.get(i - 1).text()));
        boolean after = i + 1 < r.toks.size() && STATISTICAL.contains(Tokens.fold(r.toks.get(i + 1).text()));
        return before || after;
      }
    }
    return false;
  }

  private static final Set<String> STATISTICAL = Set.of("statistical", "statistique", "estadistico", "estatistico");
  private static final Set<String> ANNEX_WORDS = Set.of("annex", "annexe", "anexo", "annexes", "anexos");

  /**
   * "reproduce" with an object that is evidence a few words on ("reproduces the figures") or theirs ("reproducen sus
   * principales conclusiones"), in a sentence that names no annex: the findings are taken over, no document annexed.
   */
  private boolean reproducesEvidence(Read r, PhraseSet.Hit cue, Tokens t) {
    if (cue.entry() == null || !Tokens.fold(cue.entry()).startsWith("reprod")
        || !lex.names(Family.ANNEX_HEADINGS).find(r.toks, null).isEmpty()) {
      return false;
    }
    if (cue.to() < r.toks.size() && lex.names(Family.ANAPHOR_DETERMINERS).find(r.toks.subList(cue.to(), cue.to() + 1), null)
        .stream().anyMatch(h -> h.from() == 0)) {
      return true; // "reproducen sus principales conclusiones": what is theirs, taken over
    }
    for (PhraseSet.Hit e : lex.cues(Family.EVIDENCE_OBJECTS, t.language()).find(r.toks, null)) {
      if (e.from() >= cue.to() && e.from() - cue.to() <= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * "reproduced as reported by the Council", "reproduits tels que publiés": figures taken over unchanged, where no annex
   * is named in the sentence ("reproduced as Annex 3" and "as submitted, in Annex 2" are annexes).
   */
  private boolean asReported(Read r, int i) {
    if (i + 1 >= r.toks.size() || !AS.contains(Tokens.fold(r.toks.get(i).text()))
        || !REPORTED.contains(Tokens.fold(r.toks.get(i + 1).text()))) {
      return false;
    }
    return lex.names(Family.ANNEX_HEADINGS).find(r.toks, null).isEmpty();
  }

  private static final Set<String> AS = Set.of("as", "tal", "tel", "tels", "telle", "telles", "tais", "como");
  private static final Set<String> REPORTED = Set.of("reported", "published", "provided", "given", "calculated",
      "estimated", "que", "como", "publicados", "publicadas", "publies", "publiees", "reportados", "informados");

  /** The words at {@code i} follow a review's name (and year) after a comma: a locator inside a reference. */
  private static boolean locator(Read r, int i) {
    int end = i;
    if (end > 0 && r.toks.get(end - 1).text().matches("(?:19|20)\\d\\d")) {
      end--; // "Voluntary Local Review 2023, Annex B", "the Bhopal VLR (2024), Annex B"
    }
    return (r.subjectEnds.get(end) || end - 1 == r.lastReviewToken)
        && r.text.substring(r.toks.get(i - 1).end(), r.toks.get(i).start()).contains(",");
  }

  /**
   * The only annex cue not negated is the annex's own label opening the sentence: "Annexe 4 – Documents de référence :
   * les deux revues ... ne sont pas reproduites" (an annex that says the reviews are not in it), not "... não são
   * reproduzidos no corpo do texto; a sua íntegra está disponível no volume de anexos".
   */
  private boolean onlyLabelAffirmed(Read r, Tokens t) {
    return affirmedAnnexCues(r, t).stream()
        .allMatch(h -> h.from() == 0 && h.to() < r.toks.size() && ANNEX_NUMBER.matcher(r.toks.get(h.to()).text()).matches());
  }

  private static final Pattern ANNEX_NUMBER = Pattern.compile("\\d+[a-z]?|[A-Z]|[IVX]+");

  /** An annex cue with a negation right before it: "is not reproduced here", "n'est pas reproduit ici". */
  private boolean deniedAnnex(Read r, Tokens t) {
    return affirmedAnnexCues(r, t).size() < lex.cues(Family.ANNEX_CUES, t.language()).find(r.toks, r.text).size();
  }

  /**
   * The annex cues no negation denies: not one right after a negation, nor one that continues a denied cue ("n'a pas pu
   * être jointe en annexe": "annexe" is what was not done).
   */
  private List<PhraseSet.Hit> affirmedAnnexCues(Read r, Tokens t) {
    List<PhraseSet.Hit> negations = negations(r, t);
    List<PhraseSet.Hit> affirmed = new ArrayList<>();
    int deniedEnd = -1;
    for (PhraseSet.Hit h : lex.cues(Family.ANNEX_CUES, t.language()).find(r.toks, r.text).stream()
        .sorted(java.util.Comparator.comparingInt(PhraseSet.Hit::from)).toList()) {
      if (negatedBefore(h, negations) || (deniedEnd >= 0 && h.from() >= deniedEnd && h.from() - deniedEnd <= 2)) {
        deniedEnd = Math.max(deniedEnd, h.to());
      } else {
        affirmed.add(h);
      }
    }
    return affirmed;
  }

  private static final Set<String> FROM = Set.of("from");
  private static final Pattern CLAUSE_END = Pattern.compile("[.,;:()]");
  private static final Set<String> THAT_AFTER = Set.of("of", "in", "on", "from", "with", "to", "by", "for", "and");

  /**
   * A review (or a word referring to one) within eight tokens after {@code at}, in the same clause (no semicolon
   * between): the source a cue ending in "from" / "de" names ("reproduced from Lalitpur Metropolitan City (2022), SDG
   * Localization Status Report").
   */
  private static boolean sourceNamedAfter(Read r, int at) {
    int review = r.firstReviewToken >= at ? r.firstReviewToken : r.lastReviewToken >= at ? r.lastReviewToken : -1;
    return review >= at && review - at <= 8 && (review == at
        || r.text.substring(r.toks.get(at).start(), r.toks.get(review).start()).indexOf(';') < 0);
  }
  private static final Set<String> JOINT_DOCUMENTS = Set.of("position", "paper", "statement", "declaration", "submission",
      "letter", "communique");
  /** Object pronouns after "from": the reviews the sentence named ("taken from them", "provienen de ellos"). */
  private static final Set<String> THEM = Set.of("them", "ellos", "ellas", "eux", "elles", "eles", "elas");

  private static final Set<String> ORIGIN = Set.of("from", "de", "del", "des", "du", "do", "da", "dos", "das");

  /** "in Table 11.3", "en el cuadro 2", "dans le tableau": the words at {@code i} place data in a table or figure. */
  private static boolean inTable(List<Tokens.Token> toks, int i) {
    for (int j = i; j < Math.min(toks.size(), i + 3); j++) {
      String f = Tokens.fold(toks.get(j).text());
      if (TABLE_WORDS.contains(f)) {
        return j > i;
      }
      if (!IN.contains(f)) {
        return false;
      }
    }
    return false;
  }

  /** A heading about one review ("Box 3: the VLR of Bristol"), not a list of them ("Cities that published VLRs"). */
  private boolean singularReview(Read heading) {
    int i = heading.firstReviewToken;
    if (i < 0) {
      return false;
    }
    for (int j = i; j < heading.toks.size(); j++) {
      Tokens.Token tok = heading.toks.get(j);
      // (the words of review-words, whatever their stem: "revues" is "revu", "informes" "inform")
      if (isWord(Family.REVIEW_WORDS, tok) || lex.isAcronym(tok.text())) {
        String f = Tokens.fold(tok.text());
        return !(f.endsWith("s") || f.endsWith("x")) || f.equals("revisao");
      }
    }
    return true;
  }

  private static String lastSentence(List<String> parts) {
    String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
    return last.length() > 300 ? last.substring(last.length() - 300) : last;
  }

  private static String quote(String s) {
    String q = SPACES.matcher(s.strip()).replaceAll(" ");
    return q.length() > QUOTE_MAX ? q.substring(0, QUOTE_MAX - 1) + "…" : q;
  }
}
