package org.vlrobs.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A tokenizer gives the same tokens for a text it has just read as for a text it reads afresh. */
class TokensTest {
  @Test
  void recentTextsGiveTheSameTokensAsAFreshTokenizer() {
    Tokens t = new Tokens("en");
    String heading = "Local governments and the Voluntary Local Reviews";
    List<Tokens.Token> first = t.tokenize(heading);
    for (int i = 0; i < 500; i++) {
      assertEquals(new Tokens("en").tokenize("Sentence " + i + " of sub-national reviews."),
          t.tokenize("Sentence " + i + " of sub-national reviews."));
      assertEquals(first, t.tokenize(heading));
      assertEquals(first, t.tokenize(new String(heading.toCharArray()))); // an equal text, not the same object
    }
    assertEquals(new Tokens("en").tokenize(heading), first);
    assertEquals(List.of("local", "government", "and", "the", "voluntary", "local", "review"),
        first.stream().map(Tokens.Token::key).toList());
  }

  @Test
  void tokensAreUnmodifiable() {
    List<Tokens.Token> toks = new Tokens("fr").tokenize("les revues locales");
    assertThrows(UnsupportedOperationException.class, () -> toks.remove(0));
  }

  @Test
  void cjkIsFoundInAnyPlaneAndNotInLatinText() {
    assertEquals(false, Tokens.hasCjk("Revisión Local Voluntaria, São Paulo – 2021"));
    assertEquals(true, Tokens.hasCjk("the 自愿地方审查 of Deqing"));
    assertEquals(true, Tokens.hasCjk("ボランタリー"));
    assertEquals(true, Tokens.hasCjk("x\uD840\uDC00")); // U+20000, CJK Extension B, a surrogate pair
    assertEquals(false, Tokens.hasCjk("\uD83D\uDE00 emoji"));
  }
}
