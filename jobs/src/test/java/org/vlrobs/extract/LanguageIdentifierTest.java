package org.vlrobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  private final LanguageIdentifier li = new LanguageIdentifier();

  @Test
  void theFourMainLanguagesOfReviews() {
    assertEquals("en", li.detect("The city prepared its review with residents and the national government, "
        + "reporting on housing, transport and climate action."));
    assertEquals("es", li.detect("La ciudad elaboró su revisión con la ciudadanía y el gobierno nacional, "
        + "informando sobre vivienda, transporte y acción climática."));
    assertEquals("fr", li.detect("La ville a préparé son examen avec les habitants et le gouvernement national, "
        + "en rendant compte du logement, des transports et de l'action climatique."));
    assertEquals("pt", li.detect("A cidade preparou o seu relatório com os moradores e o governo federal, "
        + "informando sobre habitação, transporte e ação climática."));
  }

  @Test
  void tooShortToTell() {
    assertNull(li.detect("SDG 11"));
    assertNull(li.detect("   12  "));
  }

  @Test
  void dominantLanguageIsWeightedByLength() {
    List<ExtractedPage> pages = List.of(new ExtractedPage(1, "x".repeat(100), "en"),
        new ExtractedPage(2, "y".repeat(500), "fr"), new ExtractedPage(3, "z".repeat(50), null));
    assertEquals("fr", LanguageIdentifier.dominant(pages));
  }
}
