package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
  private static final WordPieceTokenizer TOKENIZER = SentenceEmbedder.tokenizer();

  /**
   * Every text of the fixture (sample-corpus and evaluation passages in en/es/fr/pt, and synthetic strings:
   * accents, CJK, kana, hangul, other scripts, emoji, control and format characters, odd white space,
   * special tokens, over-long words, texts beyond 512 tokens) gets exactly the ids the reference path gave.
   */
  @Test
  void reproducesTheReferenceIds() throws IOException {
    List<BgeReferenceFixture> rows = BgeReferenceFixture.load();
    assertTrue(rows.size() >= 300, rows.size() + " rows");
    List<String> wrong = new ArrayList<>();
    int truncated = 0;
    for (BgeReferenceFixture row : rows) {
      long[] expected = row.ids().isEmpty() ? new long[] {101, 102} : row.ids().get(0);
      assertTrue(row.ids().size() <= 1, "the reference cut every text at 512 tokens: one part each");
      long[] got = TOKENIZER.encode(row.text(), WordPieceTokenizer.MAX_LENGTH);
      if (!Arrays.equals(expected, got)) {
        wrong.add(row.text().substring(0, Math.min(60, row.text().length())) + "\n expected "
            + Arrays.toString(expected) + "\n      got " + Arrays.toString(got));
      }
      if (got.length == WordPieceTokenizer.MAX_LENGTH) {
        truncated++;
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " of " + rows.size() + " differ:\n" + String.join("\n", wrong));
    assertTrue(truncated >= 3, "texts beyond 512 tokens in the fixture: " + truncated);
  }

  @Test
  void basicTokenization() {
    assertEquals(List.of("cafe", ",", "naive", "sao", "paulo", "!"), TOKENIZER.tokens("Café, NAÏVE São\tPaulo!"));
    // ideographs one by one, kana kept as a word
    List<String> zh = TOKENIZER.tokens("可持续发展");
    assertEquals(5, zh.size(), zh.toString());
    // control and format characters dropped, non-breaking space splits
    assertEquals(TOKENIZER.tokens("water supply"), TOKENIZER.tokens("wa\u0000ter\u200B\u00A0sup\u00ADply"));
    // ASCII symbols are punctuation words
    assertEquals(List.of("a", "+", "b", "=", "c", "$", "5"), TOKENIZER.tokens("a+b=c $5"));
    // special tokens only as written, case-sensitively
    assertEquals(List.of("x", "[SEP]", "y", "[", "sep", "]"), TOKENIZER.tokens("x[SEP]y [sep]"));
  }

  @Test
  void wordPiecesAndUnknownWords() {
    List<String> t = TOKENIZER.tokens("unbelievably");
    assertTrue(t.size() > 1 && t.subList(1, t.size()).stream().allMatch(p -> p.startsWith("##")), t.toString());
    assertEquals("unbelievably", String.join("", t).replace("##", ""));
    assertEquals(List.of("[UNK]"), TOKENIZER.tokens("b".repeat(101)));
    assertEquals(List.of("[UNK]"), TOKENIZER.tokens("🫠"));
  }

  @Test
  void truncatesToTheModelLength() {
    String text = "water ".repeat(2000);
    long[] ids = TOKENIZER.encode(text, WordPieceTokenizer.MAX_LENGTH);
    assertEquals(WordPieceTokenizer.MAX_LENGTH, ids.length);
    assertEquals(101, ids[0]);
    assertEquals(102, ids[ids.length - 1]);
    assertArrayEquals(new long[] {101, 102}, TOKENIZER.encode("\u0001 \u200B", WordPieceTokenizer.MAX_LENGTH));
    assertEquals(7, TOKENIZER.encode("water ".repeat(20), 7).length);
  }

  @Test
  void refusesAnotherKindOfTokenizer() {
    String json = "{\"normalizer\":{\"type\":\"NFC\"},\"pre_tokenizer\":{\"type\":\"Whitespace\"},"
        + "\"model\":{\"type\":\"BPE\",\"vocab\":{}}}";
    assertThrows(IOException.class,
        () -> WordPieceTokenizer.fromTokenizerJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }
}
