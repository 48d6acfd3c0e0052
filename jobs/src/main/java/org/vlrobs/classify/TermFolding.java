package org.vlrobs.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vlrobs.metadata.TextKey;

/**
 * The one normalisation shared by lexicon building and matching: accents and case folded, stop words
 * dropped, plurals reduced by light per-language rules ("cities" → city, "ciudades" → ciudad,
 * "habitações" → habitacao, "sociaux" → social). Both sides go through it, so they meet.
 */
public final class TermFolding {
  private static final Map<String, Set<String>> STOP = Map.of(
      "en", Set.of(
          "the", "a", "an", "and", "or", "of", "to", "in", "for", "with", "by", "on", "at", "from", "as", "its",
          "their", "all", "be", "is", "are", "that", "this", "which", "including", "such", "other", "more", "per",
          "into", "through", "among", "between", "within", "least", "particular", "ensure", "achieve", "promote",
          "increase", "reduce", "substantially", "significantly", "proportion", "number", "level", "levels", "total",
          "it", "they", "we", "our", "has", "have", "had", "been", "was", "were", "will", "would", "can", "not",
          "no", "these", "those", "there", "also", "than", "his", "her", "who", "what", "when", "where", "how", "so",
          "do", "does", "did", "but", "if", "about", "over", "under", "after", "before", "each", "some", "any",
          "may"),
      "es", Set.of(
          "el", "la", "los", "las", "un", "una", "y", "o", "de", "del", "a", "al", "en", "por", "para", "con", "su",
          "sus", "que", "se", "lo", "como", "entre", "todo", "todos", "todas", "mas", "sobre", "e", "u",
          "garantizar", "lograr", "promover", "aumentar", "reducir", "proporcion", "numero", "nivel", "es", "son",
          "ha", "han", "fue", "ser", "esta", "este", "estos", "estas", "ese", "esa", "no", "le", "les", "nos",
          "pero", "si", "ya", "muy", "tambien", "cada", "donde", "cuando", "hasta", "desde"),
      "fr", Set.of(
          "le", "la", "les", "l", "un", "une", "et", "ou", "de", "des", "du", "d", "a", "au", "aux", "en", "par",
          "pour", "avec", "sur", "son", "sa", "ses", "leur", "leurs", "que", "qui", "dans", "tous", "toutes", "tout",
          "plus", "entre", "assurer", "garantir", "promouvoir", "accroitre", "reduire", "proportion", "nombre", "il",
          "ils", "elle", "elles", "est", "sont", "ont", "ete", "etre", "avoir", "ce", "cet", "cette", "ces", "ne",
          "pas", "se", "nous", "vous", "on", "y", "mais", "si", "aussi", "tres", "chaque", "lors", "dont", "depuis",
          "comme", "sans", "sous"),
      "pt", Set.of(
          "o", "a", "os", "as", "um", "uma", "e", "ou", "de", "do", "da", "dos", "das", "em", "no", "na", "nos",
          "nas", "por", "para", "com", "seu", "sua", "seus", "suas", "que", "se", "ao", "aos", "entre", "todos",
          "todas", "mais", "sobre", "garantir", "promover", "aumentar", "reduzir", "proporcao", "numero", "foi",
          "foram", "ser", "sao", "tem", "ha", "este", "esta", "estes", "estas", "esse", "essa", "isso", "nao", "ja",
          "muito", "tambem", "cada", "onde", "quando", "ate", "desde", "pelo", "pela", "pelos", "pelas"),
      "de", Set.of(
          "der", "die", "das", "und", "oder", "von", "zu", "im", "in", "fur", "mit", "auf", "den", "dem", "des",
          "ein", "eine", "alle", "bis"),
      "it", Set.of(
          "il", "lo", "la", "i", "gli", "le", "e", "o", "di", "del", "della", "dei", "delle", "a", "in", "per",
          "con", "su", "tutti", "tutte"));
  private static final Set<String> ALL_STOP = new java.util.HashSet<>();

  static {
    STOP.values().forEach(ALL_STOP::addAll);
  }

  private TermFolding() {}

  /** Folded, stemmed content tokens of a text in a language (null: stop words of all languages). */
  public static List<String> tokens(String text, String language) {
    return foldedTokens(TextKey.of(text), language);
  }

  /**
   * {@link #tokens} of a text already folded by {@link TextKey#of}: callers that need the tokens in several
   * languages (the text's own, and all languages for the model) fold the text once.
   */
  public static List<String> foldedTokens(String folded, String language) {
    Set<String> stop = language == null ? ALL_STOP : STOP.getOrDefault(language, ALL_STOP);
    List<String> out = new ArrayList<>();
    if (folded.isEmpty()) {
      return out;
    }
    for (String t : folded.split(" ")) {
      if (t.length() < 2 || stop.contains(t) || t.chars().allMatch(Character::isDigit)) {
        continue;
      }
      out.add(stem(t, language));
    }
    return out;
  }

  /** A term as matched: its tokens joined by single spaces. */
  public static String term(String text, String language) {
    return String.join(" ", tokens(text, language));
  }

  /** "ciudade" → "ciudad": a final e after one of the given letters goes (singular and plural meet). */
  private static String dropFinalE(String t, String after) {
    int n = t.length();
    return n > 3 && t.endsWith("e") && after.indexOf(t.charAt(n - 2)) >= 0 ? t.substring(0, n - 1) : t;
  }

  static String stem(String t, String language) {
    int n = t.length();
    if (n <= 3) {
      return t;
    }
    String lang = language == null ? "en" : language;
    switch (lang) {
      case "pt":
        if (t.endsWith("oes") || t.endsWith("aes")) {
          return t.substring(0, n - 3) + "ao";
        }
        if (t.endsWith("ais")) {
          return t.substring(0, n - 3) + "al";
        }
        if (t.endsWith("eis")) {
          return t.substring(0, n - 3) + "el";
        }
        if (t.endsWith("ns")) {
          return t.substring(0, n - 2) + "m";
        }
        return dropFinalE(t.endsWith("s") ? t.substring(0, n - 1) : t, "rzdl");
      case "es":
        if (t.endsWith("ces")) {
          return t.substring(0, n - 3) + "z";
        }
        // ciudades -> ciudade -> ciudad, ciudad -> ciudad; sostenibles/sostenible -> sostenibl
        return dropFinalE(t.endsWith("s") ? t.substring(0, n - 1) : t, "dlnrzj");
      case "fr":
        if (t.endsWith("eaux")) {
          return t.substring(0, n - 1); // reseaux -> reseau
        }
        if (t.endsWith("aux")) {
          return t.substring(0, n - 3) + "al";
        }
        return t.endsWith("s") || t.endsWith("x") ? t.substring(0, n - 1) : t;
      default:
        if (t.endsWith("ies")) {
          return t.substring(0, n - 3) + "y";
        }
        if (t.endsWith("ss") || t.endsWith("us") || t.endsWith("is")) {
          return t;
        }
        return t.endsWith("s") ? t.substring(0, n - 1) : t;
    }
  }
}
