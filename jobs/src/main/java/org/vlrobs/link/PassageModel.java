package org.vlrobs.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vlrobs.lexicon.Tokens;

/**
 * A learned reading of one flag of a VNR passage: a logistic regression over the passage's words, word pairs and word
 * beginnings and its section heading's words, trained on the labelled passages by {@code bin/vlr train linkage}
 * ({@code org.vlrobs.training.LinkageTraining}; model card in {@code models/linkage/MODEL_CARD.md}). One model per
 * flag it was trained for ({@code models/linkage/<flag>.tsv}): {@code lrg} (local or regional governments take part in
 * the review or in localising the SDGs), {@code cited}, {@code annexed} and {@code integrated}.
 *
 * <p>The hand-written rules know actors, cues and review names by name and fail on phrasing they were not written
 * against (actors far from their cue, cues the lexicon does not hold, "fichas técnicas remitieron", a review called by
 * a name the lexicon lacks: "Sindh SDGs Status Report", "revue régionale des Hauts-Bassins"); a model weighs every word
 * of the passage and generalised better on batches nobody had read (see the model card), but words alone misread short
 * plain statements. So the two decide together ({@code MentionRules.decideInvolvement} for lrg,
 * {@code MentionRules.decideReviewFlags} for the others), in the languages the models were trained on: a model adds
 * its flag where it is confident ({@link #threshold()}) and overrules the rules where it finds the flag unlikely
 * ({@link #keep()}). The rules alone decide elsewhere.
 *
 * <p>Plain data, read once per JVM from the jar ({@link #shared(MentionType)}), thread-safe.
 */
public final class PassageModel implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The flags a model may be packaged for, in the order they are decided (cited before those that imply it). */
  public static final List<MentionType> FLAGS =
      List.of(MentionType.LRG, MentionType.CITED, MentionType.ANNEXED, MentionType.INTEGRATED);

  /** Where the packaged model of a flag lives on the classpath: {@code /models/linkage/<flag>.tsv}. */
  public static String resource(MentionType flag) {
    return "/models/linkage/" + flag.code() + ".tsv";
  }

  private final MentionType flag;
  private final Map<String, Double> weights;
  /** The weights again, keyed by the 64-bit hash of each feature ({@link #hash}): what scoring reads. */
  private final FeatureWeights table;
  private final double intercept;
  private final double threshold;
  private final double keep;
  private final int overruleWords;
  private final Set<String> languages;

  /**
   * @param flag      the flag the model reads
   * @param threshold the probability at and above which a passage has the flag
   * @param keep      the probability at and above which the rules' flag stands (below it the model overrules them)
   * @param overruleWords the fewest words of a passage the model overrules the rules on
   */
  public PassageModel(MentionType flag, Map<String, Double> weights, double intercept, double threshold, double keep,
      int overruleWords, Set<String> languages) {
    this.flag = flag;
    this.weights = Map.copyOf(weights);
    this.table = new FeatureWeights(this.weights);
    this.intercept = intercept;
    this.threshold = threshold;
    this.keep = keep;
    this.overruleWords = overruleWords;
    this.languages = Set.copyOf(languages);
  }

  private static final Map<MentionType, PassageModel> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The model of this flag packaged in the jar, read once; null when the jar has none. */
  public static PassageModel shared(MentionType flag) {
    PassageModel m = SHARED.computeIfAbsent(flag, f -> {
      try (InputStream in = PassageModel.class.getResourceAsStream(resource(f))) {
        PassageModel read = in == null ? null : read(in);
        if (read != null && read.flag() != f) {
          throw new IOException(resource(f) + " is a model of " + read.flag().code());
        }
        return read == null ? none(f) : read;
      } catch (IOException e) {
        throw new UncheckedIOException(resource(f), e);
      }
    });
    return m.languages.isEmpty() ? null : m;
  }

  /** The packaged models, of the flags the jar has one for, in the order of {@link #FLAGS}. */
  public static List<PassageModel> packaged() {
    return FLAGS.stream().map(PassageModel::shared).filter(java.util.Objects::nonNull).toList();
  }

  private static PassageModel none(MentionType flag) {
    return new PassageModel(flag, Map.of(), 0, 1, 1, 0, Set.of());
  }

  /**
   * Reads the model's text form: {@code #} comments, {@code @flag} (lrg when absent), {@code @intercept},
   * {@code @threshold}, {@code @keep}, {@code @overrule_words} and {@code @languages} lines (no feature starts with
   * {@code @}), and one {@code feature<TAB>weight} line per feature.
   */
  public static PassageModel read(InputStream in) throws IOException {
    Map<String, Double> w = new HashMap<>();
    MentionType flag = MentionType.LRG;
    double b = 0;
    double t = 0.5;
    double k = 0.5;
    int words = 0;
    Set<String> langs = Set.of();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab < 0) {
        throw new IOException("linkage model: no tab in '" + line + "'");
      }
      String key = line.substring(0, tab);
      String value = line.substring(tab + 1);
      switch (key) {
        case "@flag" -> {
          try {
            flag = MentionType.valueOf(value.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new IOException("linkage model: unknown flag '" + value + "'");
          }
        }
        case "@intercept" -> b = Double.parseDouble(value);
        case "@threshold" -> t = Double.parseDouble(value);
        case "@keep" -> k = Double.parseDouble(value);
        case "@overrule_words" -> words = Integer.parseInt(value);
        case "@languages" -> langs = Set.of(value.split(","));
        default -> {
          if (key.startsWith("@")) {
            throw new IOException("linkage model: unknown setting '" + key + "'");
          }
          w.put(key, Double.parseDouble(value));
        }
      }
    }
    if (langs.isEmpty()) {
      throw new IOException("linkage model: no @languages line (a file of another format?)");
    }
    return new PassageModel(flag, w, b, t, Math.min(k, t), words, langs);
  }

  /** The flag this model reads. */
  public MentionType flag() {
    return flag;
  }

  /** Whether the model was trained for passages of this language (en, es, fr, pt). */
  public boolean covers(String language) {
    return language != null && languages.contains(language.strip().toLowerCase(Locale.ROOT));
  }

  /** The probability at and above which a passage is read as having the flag. */
  public double threshold() {
    return threshold;
  }

  /** The probability at and above which the rules' flag stands; below it the model overrules them. */
  public double keep() {
    return keep;
  }

  /**
   * The fewest words with a letter of a passage on which the model overrules the rules' lrg: on fewer it has little to
   * read beyond words that weigh against any passage (a language's function words, a Goal heading).
   */
  public int overruleWords() {
    return overruleWords;
  }

  public int size() {
    return weights.size();
  }

  public double intercept() {
    return intercept;
  }

  /** The features' weights (features absent have weight 0). */
  public Map<String, Double> weights() {
    return weights;
  }

  /**
   * The probability that the passage has the model's flag: the intercept plus the weight of each of {@link #features}
   * present. Scored without making the features' strings: each feature is hashed as it is read from the folded text (a word pair's hash continues its first word's), and the
   * distinct hashes are looked up in a table keyed by the hash of each feature string of the model (64 bits: a
   * collision among the model's features and a passage's is about one in 10^11 per passage).
   */
  public double probability(String text, String heading) {
    return probability(featureHashes(text, heading));
  }

  /** The probability of a passage whose {@link #featureHashes} are given (one passage's, shared by the models). */
  public double probability(long[] hashes) {
    double z = intercept;
    for (long h : hashes) {
      z += table.get(h);
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The distinct hashes of the passage's {@link #features}, sorted: what every model scores. */
  public static long[] featureHashes(String text, String heading) {
    Hashes h = new Hashes();
    long previous = 0;
    boolean first = true;
    String folded = text == null || text.isEmpty() ? "" : Tokens.fold(text);
    for (int[] w = {0, 0}; nextWord(folded, w); ) {
      long word = hash(FNV_OFFSET, folded, w[0], w[1]);
      h.add(word);
      if (!first) {
        h.add(hash(mix(previous, '_'), folded, w[0], w[1]));
      }
      int stemEnd = stemEnd(folded, w[0], w[1]);
      if (stemEnd > 0) {
        h.add(hash(mix(mix(FNV_OFFSET, 's'), ':'), folded, w[0], stemEnd));
      }
      previous = word;
      first = false;
    }
    String headingFolded = heading == null || heading.isEmpty() ? "" : Tokens.fold(heading);
    for (int[] w = {0, 0}; nextWord(headingFolded, w); ) {
      if (!allDigits(headingFolded, w[0], w[1])) {
        h.add(hash(mix(mix(FNV_OFFSET, 'h'), ':'), headingFolded, w[0], w[1]));
      }
    }
    return java.util.Arrays.copyOf(h.values, h.distinct());
  }

  /** The probability as the sum over {@link #features}' strings (what {@link #probability} must equal; for tests). */
  double probabilityOfFeatures(String text, String heading) {
    double z = intercept;
    for (String f : features(text, heading)) {
      Double w = weights.get(f);
      if (w != null) {
        z += w;
      }
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private static long mix(long h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  private static long hash(long h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      h = mix(h, s.charAt(i));
    }
    return h;
  }

  /** A feature string's hash (64-bit FNV-1a over its UTF-16 chars): the same as scoring computes while reading. */
  static long hash(String feature) {
    return hash(FNV_OFFSET, feature, 0, feature.length());
  }

  /** Moves {@code w} = {start, end} to the next word of {@link #words} after {@code w[1]}; false when none is left. */
  private static boolean nextWord(String s, int[] w) {
    int i = w[1];
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i >= n) {
      return false;
    }
    int start = i;
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    w[0] = start;
    w[1] = i;
    return true;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '_';
  }

  /** The end of the word's first six code points when it has more than six (its stem feature), else -1. */
  private static int stemEnd(String s, int from, int to) {
    int i = from;
    for (int k = 0; k < 6; k++) {
      if (i >= to) {
        return -1;
      }
      i += Character.charCount(s.codePointAt(i));
    }
    return i < to ? i : -1;
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A passage's feature hashes as they are read (repeats included), then the distinct ones first. */
  private static final class Hashes {
    private long[] values = new long[128];
    private int size;

    void add(long h) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = h;
    }

    /** Sorts the hashes and moves the distinct ones to the front; returns how many there are. */
    int distinct() {
      java.util.Arrays.sort(values, 0, size);
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (n == 0 || values[n - 1] != values[i]) {
          values[n++] = values[i];
        }
      }
      return n;
    }
  }

  /**
   * Weights keyed by feature hash in an open-addressing table (no boxing, no string made or compared per lookup): key
   * and weight side by side in one array, so that a lookup reads one cache line; 0 marks an empty slot (a feature
   * whose hash is 0 is stored under 1, and a passage's hash 0 is looked up as 1 too).
   */
  private static final class FeatureWeights implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long[] slots; // key, Double.doubleToRawLongBits(weight), key, weight...
    private final int mask;

    FeatureWeights(Map<String, Double> weights) {
      int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 2 - 1)) << 1;
      slots = new long[capacity * 2];
      mask = capacity - 1;
      for (Map.Entry<String, Double> e : weights.entrySet()) {
        long k = key(hash(e.getKey()));
        int i = slot(k);
        while (slots[2 * i] != 0 && slots[2 * i] != k) {
          i = (i + 1) & mask;
        }
        if (slots[2 * i] != 0) {
          throw new IllegalArgumentException("linkage model: two features with one hash: '" + e.getKey() + "'");
        }
        slots[2 * i] = k;
        slots[2 * i + 1] = Double.doubleToRawLongBits(e.getValue());
      }
    }

    private static long key(long h) {
      return h == 0 ? 1 : h;
    }

    private int slot(long k) {
      k ^= k >>> 33; // (murmur3's finaliser: FNV's low bits alone index poorly)
      k *= 0xff51afd7ed558ccdL;
      k ^= k >>> 33;
      return (int) k & mask;
    }

    double get(long hash) {
      long k = key(hash);
      for (int i = slot(k); slots[2 * i] != 0; i = (i + 1) & mask) {
        if (slots[2 * i] == k) {
          return Double.longBitsToDouble(slots[2 * i + 1]);
        }
      }
      return 0;
    }
  }


  /**
   * The passage's features, each present or absent: its words (lower case, accents removed), pairs of adjacent words
   * ({@code a_b}), the first six letters of words longer than six ({@code s:}, a light stem shared by the inflected
   * forms of es/fr/pt) and the words of its section heading ({@code h:}) other than numbers. Not its layout role nor
   * its language: the labelled batches differ in both for reasons of their writing (the first batches have no role),
   * and as features they moved short plain statements below the rules' keep probability.
   */
  public static Set<String> features(String text, String heading) {
    List<String> words = words(text);
    Set<String> f = new HashSet<>(words);
    for (int i = 0; i + 1 < words.size(); i++) {
      f.add(words.get(i) + "_" + words.get(i + 1));
    }
    for (String w : words) {
      if (w.codePointCount(0, w.length()) > 6) {
        f.add("s:" + w.substring(0, w.offsetByCodePoints(0, 6)));
      }
    }
    for (String w : words(heading)) {
      if (!w.chars().allMatch(Character::isDigit)) {
        f.add("h:" + w);
      }
    }
    return f;
  }

  /** The words of the text that have a letter (numbers, years and page references not counted). */
  public static int letterWords(String s) {
    int n = 0;
    for (String w : words(s)) {
      n += w.chars().anyMatch(Character::isLetter) ? 1 : 0;
    }
    return n;
  }

  /** Letters and digits runs of the folded text (the words the features are made of). */
  public static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    if (s == null || s.isEmpty()) {
      return out;
    }
    String folded = Tokens.fold(s);
    for (int[] w = {0, 0}; nextWord(folded, w); ) { // (the same word boundaries as scoring's)
      out.add(folded.substring(w[0], w[1]));
    }
    return out;
  }
}
