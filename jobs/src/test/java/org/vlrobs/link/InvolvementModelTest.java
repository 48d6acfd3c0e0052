package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vlrobs.lexicon.ReviewLexicon;

class InvolvementModelTest {
  @Test
  void featuresAreFoldedWordsPairsStemsAndHeadingWords() {
    Set<String> f = InvolvementModel.features("Los Municipios participaron.", "3. Proceso de elaboración");
    assertEquals(Set.of("los", "municipios", "participaron", "los_municipios", "municipios_participaron",
        "s:munici", "s:partic", "h:proceso", "h:de", "h:elaboracion"), f);
    assertEquals(Set.of(), InvolvementModel.features(null, null));
  }

  @Test
  void readsItsTextFormAndScoresALogisticRegression() throws Exception {
    InvolvementModel m = model("# comment\n@intercept\t-1.5\n@threshold\t0.4\n@keep\t0.1\n@languages\ten,fr\n"
        + "consulted\t2.0\nh:process\t1.0\nkeep\t3.0\nlanguages\t-1.0\n");
    assertTrue(m.covers("en") && m.covers("fr") && !m.covers("es") && !m.covers(null));
    assertEquals(0.4, m.threshold());
    assertEquals(0.1, m.keep());
    assertEquals(1 / (1 + Math.exp(-(-1.5 + 2.0 + 1.0))), m.probability("They were consulted.", "The process"), 1e-12);
    assertEquals(1 / (1 + Math.exp(1.5)), m.probability("Nothing here.", null), 1e-12);
    // the words "keep" and "languages" are features like any other, not settings
    assertEquals(1 / (1 + Math.exp(-(-1.5 + 3.0 - 1.0))), m.probability("Keep the languages.", null), 1e-12);
    org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> model("@treshold\t0.3\n"));
  }

  @Test
  void decidesLrgOnlyWhereAGovernmentIsNamed() throws Exception {
    MentionRules yes = new MentionRules(ReviewLexicon.shared(), model("@intercept\t10\n@languages\ten,es\n"));
    // no actor named: the model is not asked
    assertFalse(lrg(yes.find("Consultations were held in Kumasi and Tamale in March.", "3.2 Process", "en", "body",
        MentionRules.newDocument())));
    Mention m = yes.find("Municipalities vary greatly in size. The municipalities appear in the tables of Annex 2.",
        "3.2 Process", "en", "body", MentionRules.newDocument()).stream().filter(x -> x.type() == MentionType.LRG)
        .findFirst().orElseThrow();
    assertEquals("local-governments-model", m.rule());
    assertEquals(1.0, m.confidence(), 1e-3);
    // the rules' own lrg keeps its rule and quote
    assertEquals("local-governments", yes.find("The municipalities took part in the validation workshop.", "3.2 Process",
        "en", "body", MentionRules.newDocument()).stream().filter(x -> x.type() == MentionType.LRG).findFirst()
        .orElseThrow().rule());
    // a denial the rules read stands
    assertFalse(lrg(yes.find("Los gobiernos municipales no fueron consultados durante la elaboración del informe.",
        "Participación", "es", "body", MentionRules.newDocument())));
    // the rules' lrg stands while the model does not rule it out, and falls below the model's keep probability
    MentionRules unsure = new MentionRules(ReviewLexicon.shared(), model("@intercept\t-1\n@threshold\t0.5\n@keep\t0.2\n"
        + "@languages\ten\n")); // p = 0.27
    assertTrue(lrg(unsure.find("County governments were consulted on the draft report in three regional workshops.",
        "3.2 Process", "en", "body", MentionRules.newDocument())));
    assertFalse(lrg(new MentionRules(ReviewLexicon.shared()).find("The municipalities appear in the tables of Annex 2.",
        "3.2 Process", "en", "body", MentionRules.newDocument())));
    assertFalse(lrg(unsure.find("The municipalities appear in the tables of Annex 2.", "3.2 Process", "en", "body",
        MentionRules.newDocument())), "not found by the rules, not likely enough for the model");
    assertTrue(lrg(yes.find("The municipalities appear in the tables of Annex 2.", "3.2 Process", "en", "body",
        MentionRules.newDocument())), "not found by the rules, likely for the model");
    MentionRules no = new MentionRules(ReviewLexicon.shared(), model("@intercept\t-10\n@languages\ten\n"));
    String consulted = "County governments were consulted on the draft report in three regional workshops.";
    assertTrue(lrg(new MentionRules(ReviewLexicon.shared()).find(consulted, "3.2 Process", "en", "body",
        MentionRules.newDocument())), "the rules alone read it");
    assertFalse(lrg(no.find(consulted, "3.2 Process", "en", "body", MentionRules.newDocument())));
    // a language the model does not cover: the rules decide
    assertTrue(lrg(no.find("Las municipalidades fueron consultadas sobre el borrador del informe.", "Proceso", "es",
        "body", MentionRules.newDocument())));
  }

  @Test
  void quotesTheLikeliestSentenceFromTheOneNamingTheGovernments() throws Exception {
    MentionRules rules = new MentionRules(ReviewLexicon.shared(),
        model("@intercept\t-1\n@threshold\t0.5\n@keep\t0.15\n@languages\ten\nvalidated\t4\n"));
    Mention m = rules.find("Municipalities in the country vary greatly in size and capacity. Their representatives "
        + "validated the final report. The report was printed in June.", "3.2 Process", "en", "body",
        MentionRules.newDocument()).stream().filter(x -> x.type() == MentionType.LRG).findFirst().orElseThrow();
    assertEquals("Municipalities in the country vary greatly in size and capacity. Their representatives validated the "
        + "final report.", m.matchedText());
  }

  /** The packaged model reads the real phrasing the linkage issue listed as missed (its examples, not our batches). */
  @Test
  void packagedModelReadsRealVnrPhrasing() {
    InvolvementModel m = InvolvementModel.shared();
    assertNotNull(m, "models/linkage/involvement.tsv is packaged");
    assertTrue(m.size() > 1000 && m.threshold() > 0 && m.threshold() < 1);
    VnrLinker linker = new VnrLinker(new VlrCatalog(List.of()), null);
    for (String[] p : List.of(
        new String[] {"en", "County governments were consulted through the Council of Governors during the preparation "
            + "of this review."},
        new String[] {"en", "Sub-national and local governments were engaged throughout the process, and their "
            + "associations validated the draft."},
        new String[] {"es", "Las alcaldías y las gobernaciones participaron en la redacción del informe."},
        new String[] {"fr", "Les entités fédérées ont été activement associées à l'élaboration de la revue."})) {
      assertTrue(linker.analyse(p[1], "2. Methodology and process", p[0], null, null).stream()
          .anyMatch(e -> e.type() == MentionType.LRG), p[1]);
    }
    assertFalse(linker.analyse("Consultations were held in Kumasi, Tamale and Ho with civil society and the private "
        + "sector.", "2. Methodology and process", "en", null, null).stream().anyMatch(e -> e.type() == MentionType.LRG));
  }

  private static boolean lrg(List<Mention> mentions) {
    return mentions.stream().anyMatch(x -> x.type() == MentionType.LRG);
  }

  private static InvolvementModel model(String text) throws Exception {
    return InvolvementModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Scoring hashes the features as it reads them instead of making their strings: it must give the sum over
   * {@link InvolvementModel#features} exactly, on every labelled passage and on text that tests word boundaries
   * (accents folded, digits, underscores, letters outside the BMP, CJK, a word of exactly six letters).
   */
  @Test
  void hashedScoringEqualsTheSumOverTheFeatureStrings() throws Exception {
    InvolvementModel m = InvolvementModel.shared();
    assertNotNull(m);
    List<String[]> texts = new java.util.ArrayList<>();
    for (LabelledPassages.Passage p :
        LabelledPassages.read(org.vlrobs.TestPaths.projectDir().resolve("data/eval/vnr-passages.csv"))) {
      texts.add(new String[] {p.text(), p.heading()});
    }
    texts.add(new String[] {"Œuvre des municipalités_locales, 2030: 𝐌𝐮𝐧𝐢𝐜𝐢𝐩𝐚𝐥𝐢𝐭𝐢𝐞𝐬 консультировались 地方政府 "
        + "cities citiess 2024-2030 a_b", "Annexe 3 — Mise en œuvre 2025"});
    texts.add(new String[] {"", ""});
    texts.add(new String[] {null, null});
    texts.add(new String[] {"...", "12"});
    int differing = 0;
    for (String[] t : texts) {
      double hashed = m.probability(t[0], t[1]);
      double strings = m.probabilityOfFeatures(t[0], t[1]);
      if (Math.abs(hashed - strings) > 1e-12) {
        differing++;
      }
    }
    assertEquals(0, differing, "passages whose hashed score differs from the feature strings' score");
    assertTrue(texts.size() > 4000);
    // a model of a handful of features: a pair, a stem, a heading word each count once however often they occur
    InvolvementModel small = model("@intercept\t0\n@languages\ten\nmunicipalities_were\t1.0\ns:munici\t0.5\n"
        + "h:annex\t0.25\ncities\t0.125\n");
    assertEquals(1 / (1 + Math.exp(-(1.0 + 0.5 + 0.25 + 0.125))),
        small.probability("Municipalities were, cities. Municipalities were cities municipal", "Annex, annex"), 1e-12);
    assertEquals(small.probabilityOfFeatures("Municipales", "Annex"), small.probability("Municipales", "Annex"), 1e-12);
  }

  @Test
  void weightsAreAnUnmodifiableCopy() {
    InvolvementModel m = new InvolvementModel(new java.util.HashMap<>(Map.of("a", 1.0)), 0, 0.5, 0.15, 15,
        Set.of("en"));
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> m.weights().put("b", 2.0));
  }
}
