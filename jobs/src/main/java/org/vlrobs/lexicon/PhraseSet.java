package org.vlrobs.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A family of lexicon entries compiled for matching on a sentence's tokens: each entry is a sequence of
 * keys (or of Snowball stems), {@code *} standing for up to three tokens; entries in Chinese or Japanese
 * are matched as substrings. Immutable and thread-safe once built.
 */
public final class PhraseSet {
  /** How an entry's words are compared with a text's. */
  /** KEY: case, accents and plurals folded; WORD: case and accents folded only; STEM: Snowball stems. */
  public enum Match { KEY, WORD, STEM }

  /** One match: token indexes [from, to) (for substring entries -1, -1) and the entry that matched. */
  public record Hit(int from, int to, String entry) {}

  private static final int GAP = 3;

  /** Size of the first-word filter in 64-bit words (a power of two). */
  private static final int FILTER_WORDS = 64;

  private final Match match;
  /** The entries' language (cue families are one set per language; names are one set for all, "en" tokenized). */
  private final String language;
  private final Map<String, List<String[]>> byFirst = new HashMap<>();
  /**
   * A bit per hash of the entries' first words (4,096 bits): a token whose form's hash has no bit set starts no
   * entry, known without a map look-up (most tokens of most sentences, for every family).
   */
  private final long[] firstHashes = new long[FILTER_WORDS];
  private final Map<String[], String> source = new java.util.IdentityHashMap<>();
  private final List<String> substrings = new ArrayList<>();
  private final List<String> entries = new ArrayList<>();

  /** @param tokens tokenizer of the entries' language (its stemmer is used for STEM entries) */
  PhraseSet(Match match, List<String> lines, Tokens tokens) {
    this.match = match;
    this.language = tokens.language();
    for (String line : lines) {
      entries.add(line);
      if (Tokens.hasCjk(line)) {
        substrings.add(line);
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (String piece : line.split("\\s+")) {
        if (piece.equals("*")) {
          parts.add("*");
          continue;
        }
        for (Tokens.Token t : tokens.tokenize(piece)) {
          parts.add(form(t));
        }
      }
      if (parts.isEmpty() || parts.get(0).equals("*")) {
        throw new IllegalArgumentException("lexicon entry without a word to start with: '" + line + "'");
      }
      String[] seq = parts.toArray(new String[0]);
      byFirst.computeIfAbsent(seq[0], k -> new ArrayList<>()).add(seq);
      int h = seq[0].hashCode();
      firstHashes[(h >>> 6) & (FILTER_WORDS - 1)] |= 1L << h;
      source.put(seq, line);
    }
  }

  public Match match() {
    return match;
  }

  /** The entries as written in the file. */
  public List<String> entries() {
    return entries;
  }

  private String form(Tokens.Token t) {
    return switch (match) {
      case KEY -> t.key();
      case WORD -> t.word();
      case STEM -> t.stem();
    };
  }

  /** Every match in the tokens (and, for substring entries, in the raw text), leftmost-longest first per start. */
  public List<Hit> find(List<Tokens.Token> toks, String text) {
    List<Hit> out = null; // most finds find nothing: no list made for them
    int size = toks.size();
    for (int i = 0; i < size; i++) {
      String first = form(toks.get(i));
      int h = first.hashCode();
      if ((firstHashes[(h >>> 6) & (FILTER_WORDS - 1)] & (1L << h)) == 0) {
        continue;
      }
      List<String[]> cands = byFirst.get(first);
      if (cands == null) {
        continue;
      }
      int best = -1;
      String bestEntry = null;
      for (String[] seq : cands) {
        int end = matchAt(toks, i, seq, 1);
        if (end > best) {
          best = end;
          bestEntry = source.get(seq);
        }
      }
      if (best > 0) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(new Hit(i, best, bestEntry));
      }
    }
    if (!substrings.isEmpty() && text != null) {
      for (String s : substrings) {
        if (text.contains(s)) {
          if (out == null) {
            out = new ArrayList<>(2);
          }
          out.add(new Hit(-1, -1, s));
        }
      }
    }
    return out == null ? List.of() : out;
  }

  /** Token index after the match of seq[k..] starting at token i+1..., or -1. */
  private int matchAt(List<Tokens.Token> toks, int i, String[] seq, int k) {
    int pos = i + 1;
    while (k < seq.length) {
      if (seq[k].equals("*")) {
        String next = seq[k + 1];
        for (int skip = 0; skip <= GAP && pos + skip < toks.size(); skip++) {
          if (form(toks.get(pos + skip)).equals(next)) {
            int end = matchAt(toks, pos + skip, seq, k + 2);
            if (end > 0) {
              return end;
            }
          }
        }
        return -1;
      }
      if (pos < toks.size() && !form(toks.get(pos)).equals(seq[k]) && pos + 1 < toks.size()
          && form(toks.get(pos + 1)).equals(seq[k])
          && (match == Match.STEM ? adverb(toks.get(pos)) : match == Match.KEY && SMALL_COUNTS.contains(toks.get(pos).word()))) {
        // a cue's words with an adverb between ("se nutre directamente de", "draws heavily on", "s'appuie largement sur");
        // a name's words with a small count between ("ces deux documents", "these two reviews", "estos cuatro informes")
        pos++;
      }
      if (pos >= toks.size() || !(form(toks.get(pos)).equals(seq[k]) || contraction(seq[k], toks.get(pos)))) {
        return -1;
      }
      pos++;
      k++;
    }
    return pos;
  }

  /**
   * A cue entry's "de" (or Portuguese "em") and a text's contracted with an article or a demonstrative: "provienen
   * del", "issues des", "provêm do", "com base nestes" match entries written "provienen de", "com base em" (cue families
   * only; names keep their own words).
   */
  private boolean contraction(String entryWord, Tokens.Token t) {
    if (match != Match.STEM) {
      return false;
    }
    String w = t.word();
    return switch (language) {
      case "es" -> entryWord.equals("de") && w.equals("del");
      case "fr" -> entryWord.equals("de") && (w.equals("du") || w.equals("des"));
      case "pt" -> entryWord.equals("de") && DE_CONTRACTIONS_PT.contains(w) || entryWord.equals("em") && EM_CONTRACTIONS.contains(w);
      default -> false;
    };
  }

  /** (not "dos" and "tres": Portuguese "dos" is "of the", and names are one set for all languages) */
  private static final java.util.Set<String> SMALL_COUNTS = java.util.Set.of("two", "three", "four", "cuatro", "deux",
      "trois", "quatre", "dois", "duas", "quatro");

  /** Portuguese "de" with an article or a demonstrative ("provêm do", "a partir desses"); es "del", fr "du" / "des" above. */
  private static final java.util.Set<String> DE_CONTRACTIONS_PT = java.util.Set.of("do", "da", "dos", "das", "deste", "desta",
      "destes", "destas", "desse", "dessa", "desses", "dessas");
  /** Portuguese "em" with an article or a demonstrative ("com base nestes dados"). */
  private static final java.util.Set<String> EM_CONTRACTIONS = java.util.Set.of("no", "na", "nos", "nas", "neste", "nesta",
      "nestes", "nestas", "nesse", "nessa", "nesses", "nessas", "num", "numa");

  /** An adverb of manner or degree by its ending: "-mente" (es, pt), "-ement" / "-amment" / "-emment" (fr), "-ly" (en). */
  static boolean adverb(Tokens.Token t) {
    String w = t.word();
    return w.length() >= 6 && (w.endsWith("mente") || w.endsWith("ement") || w.endsWith("amment")
        || w.endsWith("emment") || w.endsWith("ly"));
  }

  /** Whether some entry begins with this token (a cheap test before building a list to match). */
  public boolean startsEntry(Tokens.Token t) {
    String first = form(t);
    int h = first.hashCode();
    return (firstHashes[(h >>> 6) & (FILTER_WORDS - 1)] & (1L << h)) != 0 && byFirst.containsKey(first);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
