package org.vlrobs.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Word tokens of a sentence with three forms each: the surface text (with its offsets), a light key
 * (accents and case folded, plurals folded: {@code reviews = review}, {@code locales = local},
 * {@code locaux = local}, {@code revisões = revisão}) and a Snowball stem in the text's language
 * ({@code consulted = consult}). Hyphens and apostrophes inside words: {@code sub-national} is one token
 * {@code subnational}; {@code Bonn's} is {@code Bonn} + {@code s}; {@code l'élaboration} is {@code l} +
 * {@code elaboration}. Not thread-safe (the stemmer has state): one instance per thread.
 */
public final class Tokens {
  /**
   * One word of a sentence: its surface text and offsets, its key, its stem and its {@code word} (the surface text
   * with case and accents folded, {@link #fold(String)} of {@code text}), all computed once when the sentence is
   * tokenized (and the forms of a word once per tokenizer).
   */
  public record Token(String text, int start, int end, String key, String stem, String word) {
    public Token(String text, int start, int end, String key, String stem) {
      this(text, start, end, key, stem, fold(text));
    }

    public boolean capitalised() {
      return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Plural (or otherwise inflected) form: the key folded something off the word. */
    public boolean folded() {
      return !key.equals(word);
    }
  }

  private final SnowballStemmer stemmer;
  private final String language;

  /**
   * Words kept whole instead of stemmed, per language ({@code <lang>/stem-exceptions.txt} in the lexicon folder): their
   * Snowball stem is a cue's ("informal" = "inform", "íntegramente" = "integrar") though they mean something else.
   * Compared with their accents, in lower case: "pública" (public) is kept whole, the verb "publica" is stemmed.
   */
  private static final Map<String, Set<String>> STEM_EXCEPTIONS = stemExceptions();

  private static Map<String, Set<String>> stemExceptions() {
    Map<String, Set<String>> out = new java.util.HashMap<>();
    for (String lang : List.of("en", "es", "fr", "pt")) {
      Set<String> words = new java.util.HashSet<>();
      for (String w : ReviewLexicon.read(lang + "/stem-exceptions.txt")) {
        words.add(w.strip().toLowerCase(Locale.ROOT));
      }
      out.put(lang, Set.copyOf(words));
    }
    return Map.copyOf(out);
  }


  private final Set<String> stemExceptions;

  public Tokens(String language) {
    this.language = language == null ? "" : language;
    this.stemExceptions = STEM_EXCEPTIONS.getOrDefault(this.language, Set.of());
    this.stemmer = stemmerFor(this.language);
  }

  public String language() {
    return language;
  }

  /** A fresh Snowball stemmer for en, es, fr or pt; null (keys only) for other languages. */
  static SnowballStemmer stemmerFor(String language) {
    return switch (language) {
      case "en" -> new EnglishStemmer();
      case "es" -> new SpanishStemmer();
      case "fr" -> new FrenchStemmer();
      case "pt" -> new PortugueseStemmer();
      default -> null;
    };
  }

  /**
   * The tokens of the text, unmodifiable. The texts tokenized most recently are remembered with their tokens (a
   * heading is read for every passage under it, a sentence cut by a page break with and without the sentence before):
   * a repeat costs an equality test, not a tokenization.
   */
  public List<Token> tokenize(String text) {
    int slot = text.hashCode() & (RECENT - 1);
    if (text.equals(recentText[slot])) {
      return recentTokens[slot];
    }
    List<Token> toks = java.util.Collections.unmodifiableList(split(text));
    recentText[slot] = text;
    recentTokens[slot] = toks;
    return toks;
  }

  /** How many recent texts are remembered (a power of two; one slot per hash). */
  private static final int RECENT = 64;
  private final String[] recentText = new String[RECENT];
  @SuppressWarnings("unchecked")
  private final List<Token>[] recentTokens = new List[RECENT];

  private List<Token> split(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = codePointAt(text, i);
      if (!wordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      StringBuilder word = null; // only for a word joined over hyphens; else the word is the text itself
      int last = -1; // the last code point of the word so far
      while (i < n) {
        int c = codePointAt(text, i);
        if (wordChar(c)) {
          if (word != null) {
            word.appendCodePoint(c);
          }
          last = c;
          i += Character.charCount(c);
        } else if ((c == '-' || c == '\u2010' || c == '\u2011') && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))
            && last >= 0 && Character.isLetter(last) && !clitic(text, i + 1)) {
          if (word == null) {
            word = new StringBuilder(i - start + 16).append(text, start, i);
          }
          i++; // sub-national -> subnational
        } else {
          break;
        }
      }
      String surface = text.substring(start, i);
      if (word == null) {
        String[] forms = forms(surface);
        out.add(new Token(surface, start, i, forms[0], forms[1], forms[2]));
      } else {
        String[] forms = forms(word.toString());
        out.add(new Token(surface, start, i, forms[0], forms[1], fold(surface)));
      }
    }
    return out;
  }

  /**
   * A Portuguese pronoun joined to its verb by a hyphen starts at {@code i} and ends the word: "utilizaram-se",
   * "incorporou-os", "atribui-lhe" are the verb and the pronoun, two words (the verb keeps its stem).
   */
  private boolean clitic(String text, int i) {
    if (!"pt".equals(language)) {
      return false;
    }
    int end = i;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end < text.length() && (text.charAt(end) == '-' || Character.isLetterOrDigit(text.charAt(end)))) {
      return false; // (not the middle of a longer compound)
    }
    return CLITICS.contains(text.substring(i, end).toLowerCase(java.util.Locale.ROOT));
  }

  private static final Set<String> CLITICS = Set.of("se", "lhe", "lhes", "o", "a", "os", "as", "lo", "la", "los", "las",
      "no", "na", "nos", "nas", "me", "te");

  /** ASCII letters and digits, the ASCII characters {@link Character#isLetterOrDigit(int)} accepts. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  /** A character of a word: a letter or digit and not Chinese, Japanese or Korean (ASCII by table, the common case). */
  private static boolean wordChar(int c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c) && !isCjk(c);
  }

  /** {@link String#codePointAt(int)}, without its checks for the common case of a character outside the surrogates. */
  private static int codePointAt(String text, int i) {
    char ch = text.charAt(i);
    return Character.isHighSurrogate(ch) ? text.codePointAt(i) : ch;
  }

  /** Words seen by this instance and their key, stem and folded form (a corpus repeats its words; bounded, cleared when full). */
  private final java.util.HashMap<String, String[]> seen = new java.util.HashMap<>();
  private static final int SEEN_MAX = 50_000;

  private String[] forms(String w) {
    String[] f = seen.get(w);
    if (f == null) {
      if (seen.size() >= SEEN_MAX) {
        seen.clear();
      }
      f = new String[] {key(w), stem(w), fold(w)};
      seen.put(w, f);
    }
    return f;
  }

  /** The light key of one word: folded, plural folded. */
  public static String key(String word) {
    String f = fold(word);
    int len = f.length();
    if (len > 4 && f.endsWith("ies")) {
      return f.substring(0, len - 3) + "y";
    }
    if (len > 4 && (f.endsWith("aux") || f.endsWith("ais"))) {
      return f.substring(0, len - 3) + "al";
    }
    if (len > 4 && f.endsWith("oes")) {
      return f.substring(0, len - 3) + "ao";
    }
    if (len > 3 && f.endsWith("s") && !f.endsWith("ss") && !f.endsWith("is")) {
      f = f.substring(0, len - 1);
      len--;
    }
    if (len > 3 && f.endsWith("e")) {
      f = f.substring(0, len - 1);
    }
    return f;
  }

  /** Snowball stem of one word in this instance's language (the folded word when there is no stemmer). */
  public String stem(String word) {
    if (word.length() > 2 && word.endsWith("s") && isAcronym(word.substring(0, word.length() - 1))) {
      return fold(word.substring(0, word.length() - 1)); // "SDGs" = "SDG", "VLRs" = "VLR" (Snowball keeps the s)
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (stemmer == null || (!stemExceptions.isEmpty() && stemExceptions.contains(lower))) {
      return fold(word);
    }
    stemmer.setCurrent(lower);
    stemmer.stem();
    return fold(stemmer.getCurrent());
  }

  /** Two or more capitals (digits allowed after the first): "SDG", "VLR", "G20". */
  static boolean isAcronym(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** Lower case without accents ("Revisión" -> "revision"). */
  public static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) {
      ascii = lower.charAt(i) < 128;
    }
    if (ascii) {
      return lower;
    }
    String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString().replace("œ", "oe");
  }

  static boolean isCjk(int cp) {
    if (cp < 0x1100) {
      return false; // below Hangul Jamo: Latin, Greek, Cyrillic, Arabic, Indic... (the common case, no script lookup)
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
  }

  /**
   * Whether the text has Chinese, Japanese or Korean characters. A plain loop (no stream per call: this is asked of
   * every sentence); characters below U+1100 are never CJK, so only others are decoded and looked up.
   */
  public static boolean hasCjk(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x1100 && isCjk(Character.isHighSurrogate(c) ? s.codePointAt(i) : c)) {
        return true;
      }
    }
    return false;
  }
}
