package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vlrobs.TestPaths;

class SdgModelTest {
  private static final SdgModel MODEL = SdgModel.load();

  private static int best(String text) {
    double[] p = MODEL.probabilities(text);
    int best = 0;
    for (int g = 1; g < 17; g++) {
      if (p[g] > p[best]) {
        best = g;
      }
    }
    return best + 1;
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "6|The city reduced losses in the drinking water network and treats all wastewater before it reaches the sea.",
      "4|Free early childhood education and more teachers in schools of disadvantaged neighbourhoods.",
      "13|Greenhouse gas emissions fell by a third and the city plans to be carbon neutral by 2035.",
      "5|Violence against women rose during lockdowns; the city opened shelters and a gender equality office.",
      "6|La ciudad redujo las pérdidas de agua potable y depura todas las aguas residuales.",
      "7|Le réseau de chaleur utilise la biomasse et les énergies renouvelables pour 40 000 habitants.",
      "6|O município universalizou o abastecimento de água e ampliou a coleta de esgoto.",
      "3|A mortalidade infantil caiu e a cobertura de saúde da família chegou a 70 % da população."})
  void clearPassagesInFourLanguages(int goal, String text) {
    assertEquals(goal, best(text), text);
  }

  @Test
  void predictionsCarryProbabilitiesLabelsAndEvidenceTerms() {
    List<SdgModel.Prediction> ps = MODEL.predict("Rental housing, public transport and air quality in urban districts.", 3);
    assertEquals(17, ps.size());
    SdgModel.Prediction eleven = ps.get(10);
    assertEquals(11, eleven.goal());
    assertTrue(eleven.label(), "labelled 11: " + eleven);
    assertTrue(eleven.probability() > 0.5 && eleven.probability() <= 1);
    assertTrue(!eleven.topTerms().isEmpty() && eleven.topTerms().size() <= 3, eleven.topTerms().toString());
    assertTrue(ps.stream().filter(SdgModel.Prediction::label).count() <= 4, "not everything: " + ps);
  }

  @Test
  void writeAndReadGiveTheSameModel() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MODEL.write(out);
    SdgModel again = SdgModel.read(new ByteArrayInputStream(out.toByteArray()));
    String text = "Biodiversity loss in forests and protected areas.";
    double[] a = MODEL.probabilities(text);
    double[] b = again.probabilities(text);
    for (int g = 0; g < 17; g++) {
      assertEquals(a[g], b[g], 1e-4);
    }
  }

  /** Regression floor: the committed model on the held-out split it never saw (needs ../shared). */
  @Test
  void heldOutScoresStayAboveTheFloor() throws Exception {
    Path shared = TestPaths.shared();
    assumeTrue(shared != null, "../shared is not present");
    List<String> official = new ArrayList<>();
    new LexiconBuilder().frameworkTexts(shared.resolve("data/sdg-framework/translations"), "en").values()
        .forEach(official::addAll);
    List<LabelledText> heldOut = LabelledText.trail22(shared.resolve("data/labelled/trail22"), official).stream()
        .filter(t -> t.inHeldOut(20, "test") && !t.official()).toList();
    assertTrue(heldOut.size() > 800, "held-out texts: " + heldOut.size());
    Metrics m = new Metrics();
    for (LabelledText t : heldOut) {
      double[] p = MODEL.probabilities(t.text());
      for (int g = 1; g <= 17; g++) {
        m.add(g, t.goal() == g, p[g - 1] >= MODEL.threshold(g));
      }
    }
    assertTrue(m.macro(m::balancedAccuracy) >= 0.85, "macro balanced accuracy " + m.macro(m::balancedAccuracy));
    assertTrue(m.macro(m::f1) >= 0.65, "macro F1 " + m.macro(m::f1));
  }
}
