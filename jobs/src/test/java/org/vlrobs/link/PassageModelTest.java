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

class PassageModelTest {
  @Test
  void featuresAreFoldedWordsPairsStemsAndHeadingWords() {
    Set<String> f = PassageModel.features("Los Municipios participaron.", "3. Proceso de elaboración");
    assertEquals(Set.of("los", "municipios", "participaron", "los_municipios", "municipios_participaron",
        "s:munici", "s:partic", "h:proceso", "h:de", "h:elaboracion"), f);
    assertEquals(Set.of(), PassageModel.features(null, null));
  }

  @Test
  void readsItsTextFormAndScoresALogisticRegression() throws Exception {
    PassageModel m = model("# comment\n@intercept\t-1.5\n@threshold\t0.4\n@keep\t0.1\n@languages\ten,fr\n"
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

  /** Cited, annexed and integrated: a model adds its flag where confident, overrules the rules below keep, coherently. */
  @Test
  void reviewFlagModelsAddAndOverruleTheRulesCoherently() throws Exception {
    String sindh = "Provincial figures come from many sources. The district figures in Table 6.2 are taken from the "
        + "Sindh SDGs Status Report 2023. The table was compiled in May.";
    MentionRules rules = new MentionRules(ReviewLexicon.shared());
    assertTrue(rules.find(sindh, "SDG 6", "en", "body", MentionRules.newDocument()).isEmpty(),
        "a review name the lexicon does not hold: the rules alone read nothing");
    PassageModel cited = model("@flag\tcited\n@intercept\t-3\n@threshold\t0.9\n@keep\t0.2\n@languages\ten\n"
        + "status_report\t6\n");
    PassageModel integrated = model("@flag\tintegrated\n@intercept\t-3\n@threshold\t0.9\n@keep\t0.05\n"
        + "@languages\ten\ntaken_from\t6\n");
    assertEquals(MentionType.CITED, cited.flag());
    MentionRules.Context ctx = MentionRules.newDocument();
    List<Mention> found = new MentionRules(ReviewLexicon.shared(), List.of(cited, integrated)).find(sindh, "SDG 6",
        "en", "body", ctx);
    assertEquals(Set.of(MentionType.CITED, MentionType.INTEGRATED),
        found.stream().map(Mention::type).collect(java.util.stream.Collectors.toSet()));
    Mention c = found.stream().filter(x -> x.type() == MentionType.CITED).findFirst().orElseThrow();
    assertEquals("cited-model", c.rule());
    assertEquals(1 / (1 + Math.exp(-3)), c.confidence(), 1e-3);
    // the quote: the sentence whose removal lowers the probability most; cited places are sought there
    assertEquals("The district figures in Table 6.2 are taken from the Sindh SDGs Status Report 2023.", c.matchedText());
    assertEquals(List.of(c.matchedText()), ctx.reviewSentences);
    // integrated alone (no cited model) adds nothing to a passage that cites no review: an annex of participants or a
    // national survey's data used is no local review annexed or used
    assertTrue(new MentionRules(ReviewLexicon.shared(), List.of(integrated)).find(sindh, "SDG 6", "en", "body",
        MentionRules.newDocument()).isEmpty());
    PassageModel annexed = model("@flag\tannexed\n@intercept\t-3\n@threshold\t0.5\n@keep\t0\n@languages\ten\n"
        + "reproduced\t6\n");
    assertTrue(new MentionRules(ReviewLexicon.shared(), List.of(annexed)).find("The list of participants in the county "
        + "consultations is reproduced in Annex 1.", "Annexes", "en", "body", MentionRules.newDocument()).isEmpty());
    // the places of a model-added citation are sought in its whole sentence, not in the quote (cut at 400 characters)
    String longSentence = "The district figures in Table 6.2, which cover " + "piped water, sewerage, ".repeat(20)
        + "are taken from the Sindh SDGs Status Report 2023.";
    MentionRules.Context longCtx = MentionRules.newDocument();
    Mention longCited = new MentionRules(ReviewLexicon.shared(), List.of(cited)).find(longSentence, "SDG 6", "en", "body",
        longCtx).get(0);
    assertTrue(longCited.matchedText().endsWith("…"), longCited.matchedText());
    assertEquals(List.of(longSentence), longCtx.reviewSentences);
    // below the threshold nothing is added
    PassageModel unsure = model("@flag\tcited\n@intercept\t-3\n@threshold\t0.9\n@keep\t0.01\n@languages\ten\n"
        + "status_report\t4\n"); // p = 0.73
    assertTrue(new MentionRules(ReviewLexicon.shared(), List.of(unsure)).find(sindh, "SDG 6", "en", "body",
        MentionRules.newDocument()).isEmpty());
    // the rules' cited and integrated: a cited model finding them unlikely takes every review flag away, lrg stays
    String bristol = "Bristol City Council took part in the consultations. Data in Table 11.3 are taken from the "
        + "Voluntary Local Review of Bristol (2019).";
    Set<MentionType> byRules = rules.find(bristol, "SDG 11", "en", "body", MentionRules.newDocument()).stream()
        .map(Mention::type).collect(java.util.stream.Collectors.toSet());
    assertTrue(byRules.containsAll(Set.of(MentionType.CITED, MentionType.INTEGRATED)), byRules.toString());
    PassageModel never = model("@flag\tcited\n@intercept\t-10\n@threshold\t0.9\n@keep\t0.2\n@languages\ten\n");
    MentionRules.Context after = MentionRules.newDocument();
    Set<MentionType> overruled = new MentionRules(ReviewLexicon.shared(), List.of(never)).find(bristol, "SDG 11", "en",
        "body", after).stream().map(Mention::type).collect(java.util.stream.Collectors.toSet());
    Set<MentionType> expected = new java.util.HashSet<>(byRules);
    expected.removeAll(Set.of(MentionType.CITED, MentionType.FEATURED, MentionType.ANNEXED, MentionType.INTEGRATED));
    assertEquals(expected, overruled);
    assertTrue(after.reviewSentences.isEmpty(), "no places sought for a review no longer cited");
    // a citation overruled by the cited model is not brought back by another model
    PassageModel annexAll = model("@flag\tannexed\n@intercept\t10\n@threshold\t0.5\n@keep\t0\n@languages\ten\n");
    assertEquals(expected, new MentionRules(ReviewLexicon.shared(), List.of(never, annexAll)).find(bristol, "SDG 11", "en",
        "body", MentionRules.newDocument()).stream().map(Mention::type).collect(java.util.stream.Collectors.toSet()));
    // what a passage carries to the next (read here by the rules alone, sharing the document's context): an overruled
    // citation nothing, a citation the model added the review ("its findings")
    MentionRules vetoed = new MentionRules(ReviewLexicon.shared(), List.of(never));
    String findings = "Its findings were used in the analysis of target 11.1.";
    MentionRules.Context ruled = MentionRules.newDocument();
    rules.find(bristol, "SDG 11", "en", "body", ruled);
    assertTrue(rules.find(findings, "SDG 11", "en", "body", ruled).stream()
        .anyMatch(x -> x.type() == MentionType.INTEGRATED), "the rules alone carry the review over");
    MentionRules.Context afterVeto = MentionRules.newDocument();
    vetoed.find(bristol, "SDG 11", "en", "body", afterVeto);
    assertTrue(rules.find(findings, "SDG 11", "en", "body", afterVeto).stream()
        .noneMatch(x -> x.type() != MentionType.LRG), "no review named before: 'its findings' refers to none");
    MentionRules.Context added = MentionRules.newDocument();
    new MentionRules(ReviewLexicon.shared(), List.of(cited)).find(sindh, "SDG 6", "en", "body", added);
    assertTrue(rules.find("Its findings were used in the analysis of target 6.1.", "SDG 6", "en", "body", added)
        .stream().anyMatch(x -> x.type() == MentionType.INTEGRATED), "the review the model read is carried over");
    // an annex of reviews, as the rules read it, is a structure the cited model does not overrule: its citation stands
    // and the annex goes on to the next passage
    String annex = "Annex 4. Contributions";
    String reproduced = "The Voluntary Local Review of Bristol (2019) is reproduced below.";
    String summary = "Executive summary: the city met 12 of its 20 targets.";
    MentionRules.Context annexRuled = MentionRules.newDocument();
    Set<MentionType> byRulesAnnex = rules.find(reproduced, annex, "en", "body", annexRuled).stream().map(Mention::type)
        .collect(java.util.stream.Collectors.toSet());
    assertTrue(byRulesAnnex.contains(MentionType.ANNEXED), byRulesAnnex.toString());
    assertTrue(rules.find(summary, annex, "en", "body", annexRuled).stream()
        .anyMatch(x -> x.type() == MentionType.ANNEXED), "the rules alone: the annex of reviews goes on");
    MentionRules.Context annexVetoed = MentionRules.newDocument();
    assertEquals(byRulesAnnex, vetoed.find(reproduced, annex, "en", "body", annexVetoed).stream().map(Mention::type)
        .collect(java.util.stream.Collectors.toSet()));
    assertTrue(rules.find(summary, annex, "en", "body", annexVetoed).stream()
        .anyMatch(x -> x.type() == MentionType.ANNEXED));
    // a passage of more than MentionRules.MAX_LEAVE_ONE_OUT sentences is weighed sentence by sentence
    StringBuilder longPassage = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      longPassage.append(i == 31 ? "The district figures are taken from the Sindh SDGs Status Report 2023. "
          : "Access to piped water rose in the period under review. ");
    }
    assertEquals("The district figures are taken from the Sindh SDGs Status Report 2023.", new MentionRules(
        ReviewLexicon.shared(), List.of(cited)).find(longPassage.toString().strip(), "SDG 6", "en", "body",
        MentionRules.newDocument()).get(0).matchedText());
    // a box about a review, as the rules read it, keeps its citation whatever the cited model says
    MentionRules.Context box = MentionRules.newDocument();
    List<Mention> boxTitle = rules.find("Box 3: The Voluntary Local Review of Bristol (2019)", "SDG 11", "en", "box", box);
    assertTrue(boxTitle.stream().anyMatch(x -> x.type() == MentionType.FEATURED), boxTitle.toString());
    assertEquals(boxTitle.stream().map(Mention::type).collect(java.util.stream.Collectors.toSet()),
        new MentionRules(ReviewLexicon.shared(), List.of(never)).find("Box 3: The Voluntary Local Review of Bristol (2019)",
            "SDG 11", "en", "box", MentionRules.newDocument()).stream().map(Mention::type)
            .collect(java.util.stream.Collectors.toSet()));
    // an integrated model finding use unlikely takes only integrated away
    PassageModel noUse = model("@flag\tintegrated\n@intercept\t-10\n@threshold\t0.9\n@keep\t0.05\n" // (not packaged: keep 0)
        + "@languages\ten\n");
    Set<MentionType> cut = new MentionRules(ReviewLexicon.shared(), List.of(noUse)).find(bristol, "SDG 11", "en",
        "body", MentionRules.newDocument()).stream().map(Mention::type).collect(java.util.stream.Collectors.toSet());
    Set<MentionType> less = new java.util.HashSet<>(byRules);
    less.remove(MentionType.INTEGRATED);
    assertEquals(less, cut);
    // a language the models do not cover: the rules decide
    assertEquals(byRules, new MentionRules(ReviewLexicon.shared(), List.of(model("@flag\tcited\n@intercept\t-10\n"
        + "@languages\tes\n"))).find(bristol, "SDG 11", "en", "body", MentionRules.newDocument()).stream()
        .map(Mention::type).collect(java.util.stream.Collectors.toSet()));
    // one model per flag, none for featured
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new MentionRules(ReviewLexicon.shared(), List.of(cited, cited)));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new MentionRules(ReviewLexicon.shared(), List.of(model("@flag\tfeatured\n@languages\ten\n"))));
    org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> model("@flag\tquoted\n"));
  }

  /** A government the lexicon does not name is not asked about: the model weighs what is done, not who does it. */
  @Test
  void addsNoLrgWhereNoKnownGovernmentIsNamed() throws Exception {
    MentionRules sure = new MentionRules(ReviewLexicon.shared(), model("@intercept\t10\n@languages\ten\n"));
    for (String text : List.of("The eight Kaupule convened island consultations and validated the data for the report.",
        "Civil society organisations and NGOs hosted validation workshops and submitted written inputs.",
        "Members of the National Assembly hosted validation workshops in their constituencies.")) {
      assertFalse(lrg(sure.find(text, "2. Process", "en", "body", MentionRules.newDocument())), text);
    }
    // the language is matched whatever its case, by the models and the rules
    PassageModel m = model("@languages\ten\n");
    assertTrue(m.covers("EN") && m.covers(" en ") && !m.covers(""));
    MentionRules rules = new MentionRules(ReviewLexicon.shared());
    String es = "Las alcaldías participaron en los talleres de validación del informe.";
    assertEquals(rules.find(es, "Proceso", "es", "body", MentionRules.newDocument()),
        rules.find(es, "Proceso", "ES", "body", MentionRules.newDocument()));
    assertTrue(lrg(rules.find(es, "Proceso", "ES", "body", MentionRules.newDocument())));
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
    PassageModel m = PassageModel.shared(MentionType.LRG);
    assertNotNull(m, "models/linkage/lrg.tsv is packaged");
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

  private static PassageModel model(String text) throws Exception {
    return PassageModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Scoring hashes the features as it reads them instead of making their strings: it must give the sum over
   * {@link PassageModel#features} exactly, on every labelled passage and on text that tests word boundaries
   * (accents folded, digits, underscores, letters outside the BMP, CJK, a word of exactly six letters).
   */
  @Test
  void hashedScoringEqualsTheSumOverTheFeatureStrings() throws Exception {
    PassageModel m = PassageModel.shared(MentionType.LRG);
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
    PassageModel small = model("@intercept\t0\n@languages\ten\nmunicipalities_were\t1.0\ns:munici\t0.5\n"
        + "h:annex\t0.25\ncities\t0.125\n");
    assertEquals(1 / (1 + Math.exp(-(1.0 + 0.5 + 0.25 + 0.125))),
        small.probability("Municipalities were, cities. Municipalities were cities municipal", "Annex, annex"), 1e-12);
    assertEquals(small.probabilityOfFeatures("Municipales", "Annex"), small.probability("Municipales", "Annex"), 1e-12);
  }

  @Test
  void weightsAreAnUnmodifiableCopy() {
    PassageModel m = new PassageModel(MentionType.LRG, new java.util.HashMap<>(Map.of("a", 1.0)), 0, 0.5, 0.15, 15,
        Set.of("en"));
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> m.weights().put("b", 2.0));
  }
}
