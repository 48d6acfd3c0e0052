package org.vlrobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSignatureTest {
  private static final String TEXT = "Helsinki wants to be the most functional city in the world. This second "
      + "Voluntary Local Review tells how far we have come since our first review in 2019 and where we are still "
      + "falling short. The review follows the structure of the city strategy and reports on all seventeen goals.";

  @Test
  void layoutCaseAccentsAndPageNumbersDoNotMatter() {
    long[] a = TextSignature.of(List.of(new ExtractedPage(1, TEXT, "en")));
    String relaid = TEXT.toUpperCase().replace(". ", ".\n\n3\n").replace("e", "é");
    long[] b = TextSignature.of(List.of(new ExtractedPage(1, relaid.substring(0, 100), "en"),
        new ExtractedPage(2, relaid.substring(100), "en")));
    assertTrue(TextSignature.similarity(a, b) >= 0.8, "similarity " + TextSignature.similarity(a, b));
  }

  @Test
  void differentTextsAreApart() {
    long[] a = TextSignature.of(List.of(new ExtractedPage(1, TEXT, "en")));
    long[] b = TextSignature.of(List.of(new ExtractedPage(1, "Málaga presenta su primera Revisión Local Voluntaria "
        + "con el objetivo de rendir cuentas a la ciudadanía sobre el grado de cumplimiento de los Objetivos.", "es")));
    assertTrue(TextSignature.similarity(a, b) < 0.1);
  }

  @Test
  void tooShortHasNoSignature() {
    assertEquals(0, TextSignature.of(List.of(new ExtractedPage(1, "SDG 11 goal", "en"))).length);
    assertEquals(0.0, TextSignature.similarity(new long[0], new long[0]));
  }
}
