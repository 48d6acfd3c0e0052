package org.vlrobs.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The review vocabulary as data ({@code org/vlrobs/lexicon/<language>/<family>.txt}, GROBID style): review
 * names and acronyms, local and regional government actors, involvement, evidence, annex and joint cues,
 * annex and box heading words, anaphora, negations and traps, in English, Spanish, French and Portuguese
 * (Italian, Japanese and Chinese review names). Read once per JVM ({@link #shared()}); one source for the
 * link rules and metadata inference. Immutable and thread-safe.
 */
public final class ReviewLexicon implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** The languages with a folder. */
  public static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "it", "ja", "zh");
  /** The languages whose cue families are read (Snowball stemmers; ja/zh cues are substrings). */
  public static final List<String> CUE_LANGUAGES = List.of("en", "es", "fr", "pt", "ja", "zh");

  /** The families (one file each per language) and how their entries are matched. */
  public enum Family {
    LOCAL_REVIEW_NAMES(PhraseSet.Match.KEY),
    REVIEW_NOUNS(PhraseSet.Match.KEY),
    REVIEW_ACRONYMS(null),
    NATIONAL_REVIEW_NAMES(PhraseSet.Match.KEY),
    ACRONYM_CONTEXT(PhraseSet.Match.KEY),
    ANAPHORA(PhraseSet.Match.KEY),
    ANAPHOR_DETERMINERS(PhraseSet.Match.KEY),
    LRG_ACTORS(PhraseSet.Match.KEY),
    LRG_ACTORS_WEAK(PhraseSet.Match.KEY),
    TRAPS(PhraseSet.Match.KEY),
    ELECTION_WORDS(PhraseSet.Match.KEY),
    ANNEX_HEADINGS(PhraseSet.Match.KEY),
    BOX_HEADINGS(PhraseSet.Match.KEY),
    NEGATIONS(PhraseSet.Match.WORD),
    SOURCE_LABELS(PhraseSet.Match.KEY),
    PLACE_WORDS(PhraseSet.Match.KEY),
    VOLUNTARY_WORDS(PhraseSet.Match.KEY),
    LEVEL_WORDS(PhraseSet.Match.KEY),
    REVIEW_WORDS(PhraseSet.Match.KEY),
    PUBLISHING_VERBS(PhraseSet.Match.KEY),
    CITY_WORDS(PhraseSet.Match.KEY),
    /** The Goals and the Agenda ("SDG", "ODS", "Sustainable Development Goals", "Agenda 2030"). */
    GOAL_WORDS(PhraseSet.Match.KEY),
    /** Chinese and Japanese only: administrative suffixes that end a place name (市, 县, 町). */
    PLACE_SUFFIXES(PhraseSet.Match.KEY),
    /** Chinese and Japanese only: characters that never begin a place name (的, 年, 各). */
    FUNCTION_CHARACTERS(PhraseSet.Match.KEY),
    INVOLVEMENT_CUES(PhraseSet.Match.STEM),
    REPORTING_CUES(PhraseSet.Match.STEM),
    EVIDENCE_OBJECTS(PhraseSet.Match.STEM),
    EVIDENCE_CUES(PhraseSet.Match.STEM),
    SOURCE_CUES(PhraseSet.Match.STEM),
    ATTRIBUTION_CUES(PhraseSet.Match.STEM),
    RELIANCE_CUES(PhraseSet.Match.STEM),
    ANNEX_CUES(PhraseSet.Match.STEM),
    JOINT_CUES(PhraseSet.Match.STEM),
    INTENTION_CUES(PhraseSet.Match.STEM),
    CONTRIBUTION_WORDS(PhraseSet.Match.STEM),
    DECONCENTRATION_WORDS(PhraseSet.Match.STEM),
    /** Heads of names that contain an actor after "of" / "de": organs and instruments ("Ministry of", "Ley de"). */
    ORGAN_HEADS(PhraseSet.Match.KEY),
    /** Nouns an actor modifies in an English compound: "local government areas", "Local Government Service". */
    MODIFIED_HEADS(PhraseSet.Match.KEY),
    /** Pronouns of negation that take an actor back: "none of them", "ninguno de ellos", "aucun d'entre eux". */
    REFERRING_NEGATIONS(PhraseSet.Match.KEY),
    /** Being told rather than taking part: "was only informed", "ont été informés", "fueron notificados". */
    INFORMATION_ONLY(PhraseSet.Match.STEM),
    /**
     * The central state acting on local governments: "evaluates", "audit", "transfers", "covering". An actor that is
     * only such a word's object is not taking part.
     */
    OVERSIGHT_CUES(PhraseSet.Match.STEM),
    /**
     * Local governments that are not there to take part: "dissolved", "completed their terms", "pending elections",
     * "pas encore installées". In the actor's clause after it, or just before it, they deny its involvement.
     */
    ABSENCE_CUES(PhraseSet.Match.STEM),
    /**
     * What local governments have, not what they do: "revenue", "budget", "fiscalité", "instalaciones". An actor that
     * is only such a word's owner is not taking part.
     */
    HOLDING_WORDS(PhraseSet.Match.STEM),
    /**
     * Reviews yet to be made: "interest in preparing", "plan to prepare", "prevén elaborar", "envisagent de préparer".
     * A review named right after such words is not referred to (it does not exist yet).
     */
    PROSPECTIVE_CUES(PhraseSet.Match.STEM),
    /** Verbs that make a review ("prepare", "elaborar", "réaliser", "produzir"): see {@link #HYPOTHESIS_WORDS}. */
    MAKING_VERBS(PhraseSet.Match.STEM),
    /**
     * Words that make what follows a possibility ("may", "whether", "decidan", "souhaiteraient", "poderiam"): a word of
     * {@link #MAKING_VERBS} up to four words after one, in its clause, makes the review named right after it one yet to
     * be made ("is now considering whether to prepare a Voluntary Local Review"). Matched by key, each form listed: stems
     * of such short words are other words' too ("queiram" and "que", "caso" and "casas", "poderia" and "poder").
     */
    HYPOTHESIS_WORDS(PhraseSet.Match.KEY),
    /**
     * Adjectives right after a review word that make it a review of another kind ("L'examen environnemental", "la revisión
     * ambiental", "o relatório anual"): no reference back to a local review.
     */
    OTHER_KIND_WORDS(PhraseSet.Match.KEY),
    /**
     * Verbs with which a review gives a figure ("reports", "registra", "estime", "aponta"): a named review as their subject
     * and a percentage after them is the review's figure quoted in the VNR's analysis.
     */
    FINDING_VERBS(PhraseSet.Match.STEM);

    final PhraseSet.Match match;

    Family(PhraseSet.Match match) {
      this.match = match;
    }

    /** The file name: {@code local-review-names.txt}. */
    public String file() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
    }
  }

  private static volatile ReviewLexicon shared;

  private final Map<Family, Map<String, List<String>>> raw = new EnumMap<>(Family.class);
  private transient Map<Family, PhraseSet> names;
  private transient Map<String, Map<Family, PhraseSet>> cues;
  private transient Set<String> acronyms;
  /** The first characters of the acronyms. */
  private transient String acronymFirst;

  /** The lexicon packaged in the jar, read once. */
  public static ReviewLexicon shared() {
    ReviewLexicon l = shared;
    if (l == null) {
      synchronized (ReviewLexicon.class) {
        if (shared == null) {
          shared = new ReviewLexicon();
        }
        l = shared;
      }
    }
    return l;
  }

  private ReviewLexicon() {
    for (Family f : Family.values()) {
      Map<String, List<String>> perLanguage = new HashMap<>();
      for (String lang : LANGUAGES) {
        perLanguage.put(lang, read(lang + "/" + f.file()));
      }
      raw.put(f, perLanguage);
    }
    compile();
  }

  private void compile() {
    names = new EnumMap<>(Family.class);
    Tokens keyTokens = new Tokens("");
    for (Family f : Family.values()) {
      if (f.match == PhraseSet.Match.KEY || f.match == PhraseSet.Match.WORD) {
        names.put(f, new PhraseSet(f.match, entries(f), keyTokens));
      }
    }
    cues = new HashMap<>();
    for (String lang : CUE_LANGUAGES) {
      Tokens t = new Tokens(lang);
      Map<Family, PhraseSet> m = new EnumMap<>(Family.class);
      for (Family f : Family.values()) {
        if (f.match == PhraseSet.Match.STEM) {
          m.put(f, new PhraseSet(PhraseSet.Match.STEM, raw.get(f).get(lang), t));
        }
      }
      cues.put(lang, m);
    }
    Set<String> a = new LinkedHashSet<>(entries(Family.REVIEW_ACRONYMS));
    acronyms = Set.copyOf(a);
    StringBuilder first = new StringBuilder();
    for (String e : a) {
      if (!e.isEmpty() && first.indexOf(e.substring(0, 1)) < 0) {
        first.append(e.charAt(0));
      }
    }
    acronymFirst = first.toString();
  }

  private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    compile();
  }

  /** The entries of one lexicon file (comments and blank lines left out); empty if there is no such file. */
  static List<String> read(String path) {
    List<String> out = new ArrayList<>();
    try (InputStream in = ReviewLexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          if (s.endsWith("*")) {
            throw new IllegalStateException("lexicon " + path + ": an entry may not end with '*': " + s);
          }
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("lexicon " + path, e);
    }
    return out;
  }

  /** One family's entries in one language, as written. */
  public List<String> entries(Family f, String language) {
    return raw.get(f).getOrDefault(language, List.of());
  }

  /** One family's entries in all languages, as written, without repeats. */
  public List<String> entries(Family f) {
    Set<String> all = new LinkedHashSet<>();
    for (String lang : LANGUAGES) {
      all.addAll(raw.get(f).get(lang));
    }
    return List.copyOf(all);
  }

  /** A name family (matched on keys), all languages together. */
  public PhraseSet names(Family f) {
    PhraseSet p = names.get(f);
    if (p == null) {
      throw new IllegalArgumentException(f + " is matched on stems: use cues(family, language)");
    }
    return p;
  }

  /** A cue family (matched on Snowball stems) of one language; English when the language has no cue files. */
  public PhraseSet cues(Family f, String language) {
    Map<Family, PhraseSet> m = cues.get(language);
    if (m == null) {
      m = cues.get("en");
    }
    PhraseSet p = m.get(f);
    if (p == null) {
      throw new IllegalArgumentException(f + " is matched on keys: use names(family)");
    }
    return p;
  }

  /** Review acronyms (case-sensitive; a plural {@code s} is allowed). */
  public boolean isAcronym(String token) {
    if (token.isEmpty() || acronymFirst.indexOf(token.charAt(0)) < 0) {
      return false; // most words: no acronym starts with their first letter
    }
    return acronyms.contains(token)
        || (token.length() > 2 && token.endsWith("s") && acronyms.contains(token.substring(0, token.length() - 1)));
  }

  /**
   * A name family's entries for counting on title pages (metadata inference): the names, and of the acronyms only
   * those given (an acronym such as the Spanish "ENV" is too common a string to count on its own).
   */
  public List<String> names(Family f, java.util.Collection<String> acronymsToo) {
    List<String> out = new ArrayList<>();
    for (String e : entries(f)) {
      boolean acronym = e.length() <= 4 && e.equals(e.toUpperCase(Locale.ROOT)) && !Tokens.hasCjk(e);
      if (!acronym || acronymsToo.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * A regular expression (case-insensitive, accent-tolerant, any inflection) for the review names and nouns of
   * every language and the acronyms, for the locality patterns that read a place next to a review name
   * ("the Voluntary Local Review of X", "X's VLR"). Built from the lexicon, so the two never drift apart.
   */
  public String reviewNameRegex() {
    return reviewNameRegex(true);
  }

  /** The same, with or without the generic nouns ("local review", "SDG report") that need a place next to them. */
  public String reviewNameRegex(boolean withNouns) {
    List<String> alts = new ArrayList<>();
    for (Family f : withNouns ? List.of(Family.LOCAL_REVIEW_NAMES, Family.REVIEW_NOUNS) : List.of(Family.LOCAL_REVIEW_NAMES)) {
      for (String e : entries(f)) {
        if (Tokens.hasCjk(e)) {
          alts.add(java.util.regex.Pattern.quote(e));
          continue;
        }
        List<String> words = new ArrayList<>();
        for (String w : e.split("\\s+")) {
          String folded = Tokens.fold(w).replaceAll("[^\\p{L}\\p{N}]", "");
          if (folded.isEmpty()) {
            continue;
          }
          String stem = folded.length() > 4 ? folded.substring(0, folded.length() - 2) : folded;
          words.add(accentFree(stem) + (folded.length() > 4 ? "\\p{L}{0,5}" : "s?"));
        }
        alts.add(String.join("[\\s-]*", words));
      }
    }
    alts.sort((a, b) -> b.length() - a.length());
    List<String> acr = new ArrayList<>();
    for (String a : entries(Family.REVIEW_ACRONYMS)) {
      acr.add(java.util.regex.Pattern.quote(a));
    }
    return "(?:(?iu:" + String.join("|", alts) + ")|" + composedNameRegex() + "|(?<![\\p{L}])(?-i:" + String.join("|", acr)
        + ")s?(?![\\p{L}]))";
  }

  /**
   * A regular expression for the entries of a name family in every language as written in a text: case and accents
   * free, singular or plural ("city" = "cities", "região" = "regiões", "municipio" = "Municipios"), words of an entry
   * joined by spaces or hyphens, longest entries first. For finders that must cut a name out of the characters after
   * the word ("the City of Bonn"), where a token match alone cannot say where the name ends.
   */
  public String surfaceRegex(Family f) {
    List<String> alts = new ArrayList<>();
    for (String e : entries(f)) {
      if (Tokens.hasCjk(e)) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String w : e.split("\\s+")) {
        words.add(surfaceWord(Tokens.fold(w)));
      }
      alts.add(String.join("[\\s-]+", words));
    }
    alts = new ArrayList<>(new java.util.LinkedHashSet<>(alts));
    alts.sort((a, b) -> b.length() - a.length());
    return "(?iu:" + String.join("|", alts) + ")";
  }

  /** Every token of the text is covered by entries of the given name families ("Estatal Voluntaria", "Source"). */
  public boolean coveredBy(String text, Family... families) {
    List<Tokens.Token> toks = new Tokens("").tokenize(text);
    if (toks.isEmpty()) {
      return false;
    }
    boolean[] covered = new boolean[toks.size()];
    for (Family f : families) {
      for (PhraseSet.Hit h : names(f).find(toks, null)) {
        for (int i = Math.max(0, h.from()); i < h.to(); i++) {
          covered[i] = true;
        }
      }
    }
    for (boolean c : covered) {
      if (!c) {
        return false;
      }
    }
    return true;
  }

  /** The entries of a family as written (case and accents free, no other forms), longest first. */
  public String literalRegex(Family f) {
    List<String> alts = new ArrayList<>();
    for (String e : entries(f)) {
      List<String> words = new ArrayList<>();
      for (String w : e.split("\\s+")) {
        words.add(accentFree(Tokens.fold(w)));
      }
      alts.add(String.join("\\s+", words));
    }
    alts.sort((a, b) -> b.length() - a.length());
    return "(?iu:" + String.join("|", alts) + ")";
  }

  /** One folded word, accents free, with its plural endings: y/ies, ão/ões/ães, z/ces, al/aux/ais, +s/es/x. */
  private static String surfaceWord(String folded) {
    String stem = folded;
    String ending;
    if (folded.endsWith("y") && folded.length() > 3) {
      stem = folded.substring(0, folded.length() - 1);
      ending = "(?:y|ies)";
    } else if (folded.endsWith("ao")) {
      stem = folded.substring(0, folded.length() - 2);
      ending = "(?:[aã]o|[oõ]es|[aã]es)";
    } else if (folded.endsWith("z")) {
      stem = folded.substring(0, folded.length() - 1);
      ending = "(?:z|ces)";
    } else if (folded.endsWith("al")) {
      stem = folded.substring(0, folded.length() - 2);
      ending = "(?:al|aux|ais|ales|als)";
    } else {
      ending = "(?:s|es|x)?";
    }
    return accentFree(stem) + ending;
  }

  /** A folded word as a pattern that also matches its accented letters. */
  private static String accentFree(String folded) {
    StringBuilder b = new StringBuilder();
    for (char c : folded.toCharArray()) {
      b.append(switch (c) {
        case 'a' -> "[aáàâãä]";
        case 'e' -> "[eéèêë]";
        case 'i' -> "[iíìîï]";
        case 'o' -> "[oóòôõö]";
        case 'u' -> "[uúùûü]";
        case 'c' -> "[cç]";
        case 'n' -> "[nñ]";
        default -> java.util.regex.Pattern.quote(String.valueOf(c));
      });
    }
    return b.toString();
  }

  /**
   * Review names composed of a word of {@code voluntary-words}, one of {@code level-words} and one of
   * {@code review-words} on three consecutive tokens, in any order: "cantonal voluntary reviews", "Informe Voluntario
   * Local", "rapport volontaire local", "voluntary local report". Each hit spans the three tokens.
   */
  public List<PhraseSet.Hit> composedReviewNames(List<Tokens.Token> toks) {
    if (toks.size() < 3) {
      return List.of();
    }
    List<PhraseSet.Hit> voluntary = names(Family.VOLUNTARY_WORDS).find(toks, null);
    if (voluntary.isEmpty()) {
      return List.of(); // most sentences: no need to look for the other two words
    }
    int[] kind = new int[toks.size()];
    mark(kind, voluntary, 1);
    mark(kind, names(Family.LEVEL_WORDS).find(toks, null), 2);
    mark(kind, names(Family.REVIEW_WORDS).find(toks, null), 4);
    // two levels joined by a conjunction count as one: "voluntary local and regional reviews", "revisões locais e
    // subnacionais voluntárias"
    List<int[]> units = new ArrayList<>(); // from, to, kind
    for (int i = 0; i < toks.size(); i++) {
      if (kind[i] == 2 && i + 2 < toks.size() && kind[i + 2] == 2 && AND.contains(Tokens.fold(toks.get(i + 1).text()))) {
        units.add(new int[] {i, i + 3, 2});
        i += 2;
      } else {
        units.add(new int[] {i, i + 1, kind[i]});
      }
    }
    List<PhraseSet.Hit> out = new ArrayList<>();
    for (int u = 0; u + 2 < units.size(); u++) {
      int a = units.get(u)[2];
      int b = units.get(u + 1)[2];
      int c = units.get(u + 2)[2];
      if ((a | b | c) == 7 && a != 0 && b != 0 && c != 0
          && Integer.bitCount(a) == 1 && Integer.bitCount(b) == 1 && Integer.bitCount(c) == 1) {
        out.add(new PhraseSet.Hit(units.get(u)[0], units.get(u + 2)[1], "composed"));
        u += 2;
      }
    }
    return out;
  }

  private static final Set<String> AND = Set.of("and", "y", "e", "et");

  /**
   * Levels that also name a body above the nation or the nation itself ("the regional report on the SDGs" is the UN
   * regional commission's, "informe estatal" may be the State's): not enough to make a report on the Goals local.
   */
  private static final Set<String> AMBIGUOUS_LEVELS = Set.of("regional", "regionale", "state", "estatal", "estadual");

  /**
   * Review names bound to the Goals rather than called voluntary: a word of {@code review-words} with a word of
   * {@code level-words} right before it or up to four tokens after it, and a word of {@code goal-words} up to seven
   * tokens after the review word, before or after the level ("bilan ODD départemental"), in one clause ("informe
   * municipal de seguimiento de los ODS", "informe de avance local sobre los ODS", "relatório municipal de acompanhamento dos ODS", "rapport communal de suivi des ODD"); or a
   * level, a goal word and a review word in a row ("county SDG report"). A level in the plural before the review word
   * is a subject, not a name ("cities report their SDG data").
   */
  public List<PhraseSet.Hit> goalBoundReviewNames(List<Tokens.Token> toks, String text) {
    List<PhraseSet.Hit> goals = names(Family.GOAL_WORDS).find(toks, null);
    if (goals.isEmpty() || toks.size() < 3) {
      return List.of();
    }
    boolean[] review = new boolean[toks.size()];
    boolean[] level = new boolean[toks.size()];
    boolean[] ambiguous = new boolean[toks.size()];
    for (PhraseSet.Hit h : names(Family.REVIEW_WORDS).find(toks, null)) {
      if (h.from() >= 0 && h.to() == h.from() + 1) {
        review[h.from()] = true;
      }
    }
    for (PhraseSet.Hit h : names(Family.LEVEL_WORDS).find(toks, null)) {
      if (h.from() >= 0 && h.to() == h.from() + 1) {
        (AMBIGUOUS_LEVELS.contains(toks.get(h.from()).key()) ? ambiguous : level)[h.from()] = true;
      }
    }
    for (int i = 0; i < toks.size(); i++) {
      // "city-level SDG reports": a level word joined by a hyphen to the word "level"
      String w = toks.get(i).word();
      int dash = w.indexOf('-');
      if (!level[i] && dash > 0 && LEVEL_NOUNS.contains(w.substring(dash + 1)) && levelWord(w.substring(0, dash))) {
        level[i] = true;
      }
    }
    List<PhraseSet.Hit> out = new ArrayList<>();
    goalBound(toks, text, review, level, goals, out);
    // a regional or state report on the Goals is local when a subnational government owns it: "Rapport régional de
    // suivi des ODD 2023 du Conseil de la Région", "State SDG Progress Report of the Government of Kerala"
    List<PhraseSet.Hit> owned = new ArrayList<>();
    goalBound(toks, text, review, ambiguous, goals, owned);
    for (PhraseSet.Hit h : owned) {
      if (ownedBySubnational(toks, h.to())) {
        out.add(h);
      }
    }
    return out;
  }

  /** Words of a report that is no review between the Goals and the report word: "SDG Index Report", "SDG audit report". */
  private static final Set<String> OTHER_REPORTS = Set.of("index", "audit", "budget", "tracking", "indice", "indicador");

  private void goalBound(List<Tokens.Token> toks, String text, boolean[] review, boolean[] level, List<PhraseSet.Hit> goals,
      List<PhraseSet.Hit> out) {
    for (int i = 0; i < toks.size(); i++) {
      if (!review[i]) {
        continue;
      }
      // "county SDG report": a level, a goal word, the review word (a word or two between them: "Governorate SDG
      // Localization Report", "county SDG progress report")
      for (PhraseSet.Hit g : goals) {
        int before = levelBefore(toks, level, g.from());
        // (the words between are a title's, capitalised, and not an index's, an audit's or a budget's)
        if (g.to() <= i && i - g.to() <= 2 && before >= 0 && oneClause(toks, text, before, i + 1)
            && toks.subList(g.to(), i).stream().allMatch(tok -> tok.capitalised() && !OTHER_REPORTS.contains(tok.key()))) {
          out.add(new PhraseSet.Hit(before, i + 1, "goal-bound"));
        }
      }
      int lvl = -1;
      if (i > 0 && level[i - 1] && !toks.get(i - 1).folded()) {
        lvl = i - 1;
      } else {
        for (int j = i + 1; j < toks.size() && j <= i + 4; j++) {
          if (level[j]) {
            lvl = j;
            break;
          }
        }
      }
      if (lvl < 0) {
        continue;
      }
      for (PhraseSet.Hit g : goals) {
        if (g.from() > i && g.from() != lvl && g.from() <= i + 7
            && oneClause(toks, text, Math.min(i, lvl), Math.max(g.to(), lvl + 1))) {
          out.add(new PhraseSet.Hit(Math.min(i, lvl), Math.max(g.to(), lvl + 1), "goal-bound"));
          break;
        }
      }
    }
  }

  /**
   * Within a few tokens after {@code end} (a year may stand first), "of" / "du" / "de la" and a local or regional
   * government: the report is that government's.
   */
  private boolean ownedBySubnational(List<Tokens.Token> toks, int end) {
    int i = end;
    while (i < toks.size() && i <= end + 2 && !OWNER_LINKS.contains(Tokens.fold(toks.get(i).text()))) {
      i++; // "2023", "(2023)"
    }
    if (i >= toks.size() || !OWNER_LINKS.contains(Tokens.fold(toks.get(i).text()))) {
      return false;
    }
    List<Tokens.Token> rest = toks.subList(i + 1, Math.min(toks.size(), i + 6));
    // the government's name: "du Conseil de la Région", "of the Government of Kerala", "de la Gobernación de Antioquia"
    return names(Family.LRG_ACTORS).find(rest, null).stream().anyMatch(h -> h.from() >= 0)
        || names(Family.LRG_ACTORS_WEAK).find(rest, null).stream().anyMatch(h -> h.from() >= 0
            && rest.get(h.from()).capitalised());
  }

  private static final Set<String> OWNER_LINKS = Set.of("of", "by", "du", "de", "del", "do", "da");

  /**
   * The level word right before a token ("county SDG report"), or before the word "level" there ("city-level SDG
   * reports", "municipal level SDG reviews"); -1 when there is none.
   */
  private static int levelBefore(List<Tokens.Token> toks, boolean[] level, int at) {
    if (at >= 1 && level[at - 1]) {
      return at - 1;
    }
    if (at >= 2 && level[at - 2] && LEVEL_NOUNS.contains(toks.get(at - 1).key())) {
      return at - 2;
    }
    return -1;
  }

  private boolean levelWord(String word) {
    return !AMBIGUOUS_LEVELS.contains(Tokens.key(word)) && coveredBy(word, Family.LEVEL_WORDS);
  }

  private static final Set<String> LEVEL_NOUNS = Set.of("level", "nivel", "niveau", "nível");

  private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[.,]\\s");

  /** No clause punctuation between the first token and the last (exclusive end). */
  private static boolean oneClause(List<Tokens.Token> toks, String text, int from, int to) {
    if (text == null) {
      return true;
    }
    String between = text.substring(toks.get(from).start(), toks.get(to - 1).end());
    return between.chars().noneMatch(c -> ";:()–—".indexOf(c) >= 0) && !CLAUSE_BREAK.matcher(between).find();
  }

  private static void mark(int[] kind, List<PhraseSet.Hit> hits, int bit) {
    for (PhraseSet.Hit h : hits) {
      if (h.from() >= 0 && h.to() == h.from() + 1) {
        kind[h.from()] |= bit;
      }
    }
  }

  /** The composed names as a regular expression: the three word families in each of their six orders. */
  private String composedNameRegex() {
    String v = surfaceRegex(Family.VOLUNTARY_WORDS);
    String l = surfaceRegex(Family.LEVEL_WORDS);
    String r = surfaceRegex(Family.REVIEW_WORDS);
    String sep = "[\\s-]+";
    List<String> orders = List.of(v + sep + l + sep + r, l + sep + v + sep + r, r + sep + v + sep + l,
        r + sep + l + sep + v, v + sep + r + sep + l, l + sep + r + sep + v);
    return "(?<![\\p{L}])(?:" + String.join("|", orders) + ")(?![\\p{L}])";
  }
}
