package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SdgClassifierTest {
  private static final SdgClassifier CLASSIFIER = SdgClassifier.load();

  @Test
  void seventeenDecisionsWithEvidence() {
    List<SdgLabel> labels = CLASSIFIER.classify("The city reduced drinking water losses and treats all wastewater.",
        null, "en");
    assertEquals(17, labels.size());
    SdgLabel six = labels.get(5);
    assertEquals(6, six.sdg());
    assertTrue(six.label(), six.toString());
    assertTrue(six.methods().contains("model") && six.methods().contains("lexicon"), six.methods().toString());
    assertTrue(six.evidence().contains("drinking water"), six.evidence());
    assertFalse(labels.get(15).label(), "not SDG 16: " + labels.get(15));
  }

  @Test
  void anExplicitReferenceLabelsOnItsOwnAndNamesTheTarget() {
    List<SdgLabel> labels = CLASSIFIER.classify("Progress on target 16.7 was discussed with residents.", null, "en");
    SdgLabel sixteen = labels.get(15);
    assertTrue(sixteen.label(), sixteen.toString());
    assertTrue(sixteen.methods().contains("explicit"));
    assertEquals(List.of("16.7"), sixteen.targets());
    assertTrue(sixteen.evidence().contains("\"target 16.7\""), sixteen.evidence());
  }

  @Test
  void passagesUnderAnSdgChapterCarryItsGoal() {
    List<SdgLabel> labels = CLASSIFIER.classify("Indicator 2015 2020\nLosses in the network (%) 23 15",
        "ODS 6: Agua limpia y saneamiento", "es");
    assertTrue(labels.get(5).label(), labels.get(5).toString());
    assertTrue(labels.get(5).methods().contains("heading"));
  }

  @Test
  void targetTermsGiveALabelledGoalItsTarget() {
    List<SdgLabel> labels = CLASSIFIER.classify("Deaths and injuries from road traffic accidents fell by a third; "
        + "the city improved road safety around schools and hospitals.", null, "en");
    SdgLabel three = labels.get(2);
    assertTrue(three.label(), three.toString());
    assertTrue(three.targets().contains("3.6"), three.toString());
    assertTrue(three.evidence().contains("target terms: 3.6 (road traffic"), three.evidence());
    assertTrue(labels.get(16).targets().isEmpty(), "no target without a label: " + labels.get(16));
  }

  @Test
  void scoresAreProbabilitiesInOrder() {
    for (SdgLabel l : CLASSIFIER.classify("Housing and public transport in the city.", "Chapter 3", "en")) {
      assertTrue(l.score() >= 0 && l.score() <= 1, l.toString());
      assertEquals(l.score() >= 0.5, l.label(), l.toString());
    }
  }

  @Test
  void ensembleSaysWhyWithTheNearestTarget() {
    SdgClassifier ensemble = SdgClassifier.load(SdgClassifier.Method.ENSEMBLE);
    List<SdgLabel> labels = ensemble.classify(
        "Many families in the outer districts still fetch water from tanker trucks, and most homes lack a toilet "
            + "connected to a sewer.", null, "en");
    assertEquals(17, labels.size());
    SdgLabel six = labels.get(5);
    assertTrue(six.label(), six.toString());
    assertTrue(six.evidence().contains("nearest target 6."), six.evidence());
    assertTrue(six.methods().contains("embedding") || six.methods().contains("target-similarity"), six.toString());
    // Spanish goes through the fast method: no semantic evidence
    SdgLabel es = ensemble.classify("Acceso universal al agua potable y al saneamiento.", null, "es").get(5);
    assertTrue(es.label(), es.toString());
    assertTrue(!es.evidence().contains("semantic"), es.evidence());
  }
}
