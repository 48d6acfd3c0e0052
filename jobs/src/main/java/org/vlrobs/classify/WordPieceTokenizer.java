package org.vlrobs.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The BERT uncased tokenizer of bge-small-en-v1.5, as the HuggingFace {@code tokenizer.json} inside the model
 * jar describes it (BertNormalizer with lower-casing, BertPreTokenizer, WordPiece, {@code [CLS] $A [SEP]}), in
 * plain Java: it reproduces the ids of the HuggingFace tokenizers library (the Rust one, through DJL) that the
 * project used before, on the fixture of {@code WordPieceTokenizerTest}.
 *
 * <ol>
 *   <li>The special tokens ({@code [CLS]}, {@code [SEP]}, {@code [UNK]}, {@code [PAD]}, {@code [MASK]}) written
 *       in the raw text are kept whole, case-sensitively, before anything else.
 *   <li>Clean-up: NUL, U+FFFD, unpaired surrogates and control, format and private-use characters are dropped
 *       (tab, line feed and carriage return count as white space); every white-space character becomes a space.
 *   <li>Chinese, Japanese and Korean ideographs (the CJK Unified Ideograph blocks and their extensions and
 *       compatibility blocks, as in BERT) are set apart by spaces: each is a word.
 *   <li>Accents are stripped (NFD, then non-spacing marks dropped), then each character is lower-cased.
 *   <li>Words are split on white space, and every punctuation character (Unicode P*, and ASCII symbols such
 *       as {@code $+<=>^`|~}) is a word of its own.
 *   <li>WordPiece: each word is cut greedily into the longest vocabulary entries from its start, pieces after
 *       the first carrying {@code ##}; a word with a piece not in the vocabulary, or longer than 100
 *       characters, becomes {@code [UNK]}.
 *   <li>{@code [CLS]} first and {@code [SEP]} last; content beyond the model's length (512 tokens in all) is cut.
 * </ol>
 *
 * <p>Character classes follow the reference, not today's Unicode: the HuggingFace library takes general
 * categories (control, format, private use, non-spacing mark, punctuation) from Unicode 8.0 tables, so a
 * character assigned later (e.g. punctuation of Unicode 10) counts as a letter there and here
 * ({@link #category}); white space, lower-casing and decompositions follow current Unicode (ICU), as
 * there. Immutable and thread-safe.
 */
public final class WordPieceTokenizer {
  /** bge-small's (BERT's) maximum sequence length, special tokens included. */
  public static final int MAX_LENGTH = 512;

  private static final VersionInfo CATEGORY_TABLES = VersionInfo.getInstance(8, 0);
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final String[] SPECIAL = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};

  private final Map<String, Integer> vocab;
  private final Map<String, Integer> special;
  private final int unk;
  private final int cls;
  private final int sep;
  private final int maxCharsPerWord;

  WordPieceTokenizer(Map<String, Integer> vocab, int maxCharsPerWord) {
    this.vocab = vocab;
    this.special = new HashMap<>();
    for (String s : SPECIAL) {
      Integer id = vocab.get(s);
      if (id == null) {
        throw new IllegalArgumentException("vocabulary without " + s);
      }
      special.put(s, id);
    }
    this.unk = special.get("[UNK]");
    this.cls = special.get("[CLS]");
    this.sep = special.get("[SEP]");
    this.maxCharsPerWord = maxCharsPerWord;
  }

  /**
   * Reads a HuggingFace {@code tokenizer.json} and checks it describes the pipeline implemented here (an
   * uncased BERT WordPiece tokenizer); anything else is refused rather than tokenized differently.
   */
  public static WordPieceTokenizer fromTokenizerJson(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    JsonNode normalizer = root.path("normalizer");
    JsonNode model = root.path("model");
    require("BertNormalizer".equals(normalizer.path("type").asText()), "normalizer " + normalizer.path("type"));
    require(normalizer.path("lowercase").asBoolean(false), "lowercase must be true");
    require(normalizer.path("clean_text").asBoolean(false), "clean_text must be true");
    require(normalizer.path("handle_chinese_chars").asBoolean(false), "handle_chinese_chars must be true");
    require(normalizer.path("strip_accents").isNull() || normalizer.path("strip_accents").asBoolean(false),
        "strip_accents must be null or true");
    require("BertPreTokenizer".equals(root.path("pre_tokenizer").path("type").asText()), "pre_tokenizer");
    require("WordPiece".equals(model.path("type").asText()), "model " + model.path("type"));
    require("[UNK]".equals(model.path("unk_token").asText()), "unk_token");
    require("##".equals(model.path("continuing_subword_prefix").asText()), "continuing_subword_prefix");
    Map<String, Integer> vocab = new HashMap<>(40_000);
    for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      vocab.put(e.getKey(), e.getValue().asInt());
    }
    require(vocab.size() > 1000, "vocabulary of " + vocab.size() + " entries");
    return new WordPieceTokenizer(vocab, model.path("max_input_chars_per_word").asInt(100));
  }

  private static void require(boolean ok, String what) throws IOException {
    if (!ok) {
      throw new IOException("not an uncased BERT WordPiece tokenizer.json: " + what);
    }
  }

  /**
   * The model's input ids: {@code [CLS]}, the text's tokens (at most {@code maxLength - 2}) and {@code [SEP]}.
   * A text with no tokens at all (empty, or only white space or control characters) gives {@code [CLS] [SEP]}.
   */
  public long[] encode(String text, int maxLength) {
    List<Integer> ids = new ArrayList<>();
    tokenize(text, null, ids, maxLength - 2);
    long[] out = new long[ids.size() + 2];
    out[0] = cls;
    for (int i = 0; i < ids.size(); i++) {
      out[i + 1] = ids.get(i);
    }
    out[out.length - 1] = sep;
    return out;
  }

  /** The text's tokens as strings (no {@code [CLS]}/{@code [SEP]}, no length limit): for tests and evidence. */
  public List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    tokenize(text, out, new ArrayList<>(), Integer.MAX_VALUE);
    return out;
  }

  private void tokenize(String text, List<String> tokens, List<Integer> ids, int limit) {
    if (text == null) {
      return;
    }
    int from = 0;
    int i = text.indexOf('[');
    while (i >= 0 && ids.size() < limit) {
      String s = specialAt(text, i);
      if (s == null) {
        i = text.indexOf('[', i + 1);
        continue;
      }
      segment(text.substring(from, i), tokens, ids, limit);
      if (ids.size() < limit) {
        add(s, special.get(s), tokens, ids);
      }
      from = i + s.length();
      i = text.indexOf('[', from);
    }
    if (ids.size() < limit) {
      segment(text.substring(from), tokens, ids, limit);
    }
  }

  private static String specialAt(String text, int i) {
    for (String s : SPECIAL) {
      if (text.startsWith(s, i)) {
        return s;
      }
    }
    return null;
  }

  private static void add(String token, int id, List<String> tokens, List<Integer> ids) {
    ids.add(id);
    if (tokens != null) {
      tokens.add(token);
    }
  }

  /** Normalises, pre-tokenises and word-pieces a stretch of text without special tokens. */
  private void segment(String raw, List<String> tokens, List<Integer> ids, int limit) {
    if (raw.isEmpty()) {
      return;
    }
    String text = normalise(raw);
    int n = text.length();
    int start = -1; // start of the current word, -1 when between words
    for (int i = 0; i < n && ids.size() < limit; ) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (isWhitespace(cp)) {
        if (start >= 0) {
          wordPiece(text.substring(start, i), tokens, ids, limit);
          start = -1;
        }
      } else if (isPunctuation(cp)) {
        if (start >= 0) {
          wordPiece(text.substring(start, i), tokens, ids, limit);
          start = -1;
        }
        if (ids.size() < limit) {
          wordPiece(text.substring(i, i + len), tokens, ids, limit);
        }
      } else if (start < 0) {
        start = i;
      }
      i += len;
    }
    if (start >= 0 && ids.size() < limit) {
      wordPiece(text.substring(start), tokens, ids, limit);
    }
  }

  /** Clean-up, CJK spacing, accent stripping and lower-casing, in the reference's order. */
  static String normalise(String raw) {
    StringBuilder clean = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
        continue;
      }
      if (isWhitespace(cp)) {
        clean.append(' ');
      } else if (isChinese(cp)) {
        clean.append(' ').appendCodePoint(cp).append(' ');
      } else {
        clean.appendCodePoint(cp);
      }
    }
    String nfd = NFD.normalize(clean);
    StringBuilder out = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); ) {
      int cp = nfd.codePointAt(i);
      i += Character.charCount(cp);
      if (category(cp) == UCharacterCategory.NON_SPACING_MARK) {
        continue;
      }
      out.appendCodePoint(UCharacter.toLowerCase(cp));
    }
    return out.toString();
  }

  private void wordPiece(String word, List<String> tokens, List<Integer> ids, int limit) {
    if (word.codePointCount(0, word.length()) > maxCharsPerWord) {
      add("[UNK]", unk, tokens, ids);
      return;
    }
    int start = 0;
    List<String> pieces = tokens == null ? null : new ArrayList<>();
    List<Integer> pieceIds = new ArrayList<>();
    while (start < word.length()) {
      int end = word.length();
      Integer id = null;
      String piece = null;
      while (start < end) {
        piece = start > 0 ? "##" + word.substring(start, end) : word.substring(start, end);
        id = vocab.get(piece);
        if (id != null) {
          break;
        }
        end = word.offsetByCodePoints(end, -1);
      }
      if (id == null) {
        add("[UNK]", unk, tokens, ids);
        return;
      }
      pieceIds.add(id);
      if (pieces != null) {
        pieces.add(piece);
      }
      start = end;
    }
    for (int k = 0; k < pieceIds.size() && ids.size() < limit; k++) {
      add(pieces == null ? null : pieces.get(k), pieceIds.get(k), tokens, ids);
    }
  }

  /** The general category from Unicode 8.0 tables: characters assigned later count as unassigned. */
  static int category(int cp) {
    if (UCharacter.getAge(cp).compareTo(CATEGORY_TABLES) > 0) {
      return UCharacterCategory.UNASSIGNED;
    }
    return UCharacter.getType(cp);
  }

  /** Control, format, private use or surrogate (tab, line feed and carriage return are white space). */
  static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    int t = category(cp);
    return t == UCharacterCategory.CONTROL || t == UCharacterCategory.FORMAT
        || t == UCharacterCategory.PRIVATE_USE || t == UCharacterCategory.SURROGATE;
  }

  /** Unicode White_Space (Rust's {@code char::is_whitespace}). */
  static boolean isWhitespace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
        || cp == 0x3000;
  }

  /** ASCII punctuation and symbols, or a Unicode punctuation character (P*). */
  static boolean isPunctuation(int cp) {
    if (cp < 0x80) {
      return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) || (cp >= 0x5B && cp <= 0x60)
          || (cp >= 0x7B && cp <= 0x7E);
    }
    int t = category(cp);
    return t == UCharacterCategory.CONNECTOR_PUNCTUATION || t == UCharacterCategory.DASH_PUNCTUATION
        || t == UCharacterCategory.START_PUNCTUATION || t == UCharacterCategory.END_PUNCTUATION
        || t == UCharacterCategory.INITIAL_PUNCTUATION || t == UCharacterCategory.FINAL_PUNCTUATION
        || t == UCharacterCategory.OTHER_PUNCTUATION;
  }

  /** The ideograph blocks BERT sets apart (not kana or hangul, which are written with spaces or in words). */
  static boolean isChinese(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }
}
