package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written sentence splitter splits exactly as the regular expression it replaces. */
class SentencesTest {
  private static final Pattern REGEX = Pattern.compile(Sentences.REGEX);

  private static void same(String s) {
    assertArrayEquals(REGEX.split(s), Sentences.split(s), () -> "'" + s.replace("\n", "\\n") + "'");
  }

  @Test
  void splitsLikeTheRegexOnPassages() {
    for (String s : List.of("", " ", "\n", "One. Two! Three? Four", "Ends with a dot.", "Ends with a space. ",
        "a.b. c", "Line one\nLine two\n\n\nLine three", "第一句。第二句！第三句？", "第一句。 第二句。\n", "。Start",
        ". Start", "\nStart", "x.\n\ny", "x。\n", "x。 ", "x。", "?", "!!  ??", "Box 3.2: The VLR of Bonn. It finds that\n",
        "a 😀. 😀\n😀。😀", "\u000B\f\r\t. x", "x.\r\ny", "Annex IV.\u000Bnext")) {
      same(s);
      same(s.strip());
    }
  }

  @Test
  void splitsLikeTheRegexOnRandomText() {
    String alphabet = "ab .!?。！？\n\t\r\u000B\f😀";
    int[] cps = alphabet.codePoints().toArray();
    Random random = new Random(7);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(14);
      for (int i = 0; i < len; i++) {
        b.appendCodePoint(cps[random.nextInt(cps.length)]);
      }
      same(b.toString());
    }
  }
}
