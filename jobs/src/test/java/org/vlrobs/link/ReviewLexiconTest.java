package org.vlrobs.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vlrobs.lexicon.PhraseSet;
import org.vlrobs.lexicon.ReviewLexicon;
import org.vlrobs.lexicon.ReviewLexicon.Family;
import org.vlrobs.lexicon.Tokens;

/**
 * Every entry of every lexicon file takes effect: each is put in a sentence of its language where it alone makes
 * the difference (with it a mention, without it none, or the reverse for traps and negations). A word added to the
 * lexicon that does nothing fails here.
 */
class ReviewLexiconTest {
  private final ReviewLexicon lex = ReviewLexicon.shared();
  /** The rules alone (the involvement model is tested with them in PassageModelTest). */
  private final MentionRules rules = new MentionRules(ReviewLexicon.shared());

  private static final Map<String, String> EVERY = Map.of("en", "every", "es", "cada", "fr", "chaque", "pt", "cada");

  private Set<MentionType> types(String text, String heading, String lang) {
    return rules.find(text, heading, lang, null, MentionRules.newDocument()).stream().map(Mention::type)
        .collect(Collectors.toSet());
  }

  /** The entry as a phrase: a '*' gap closed. */
  private static String phrase(String entry) {
    return entry.replace(" * ", " ");
  }

  private List<String[]> entries(Family f) {
    List<String[]> out = new ArrayList<>();
    for (String lang : ReviewLexicon.LANGUAGES) {
      for (String e : lex.entries(f, lang)) {
        out.add(new String[] {lang, e});
      }
    }
    assertFalse(out.isEmpty(), f + " has entries");
    return out;
  }

  private static String cueLang(String lang) {
    return ReviewLexicon.CUE_LANGUAGES.contains(lang) ? lang : "en";
  }

  @Test
  void everyFamilyHasAFileInEnglishAndLoads() {
    for (Family f : Family.values()) {
      if (f == Family.PLACE_SUFFIXES || f == Family.FUNCTION_CHARACTERS) {
        for (String lang : List.of("zh", "ja")) {
          assertFalse(lex.entries(f, lang).isEmpty(), lang + "/" + f.file()); // Chinese and Japanese only
        }
        assertTrue(lex.entries(f, "en").isEmpty(), f.file() + " has no English entries");
      } else {
        assertFalse(lex.entries(f, "en").isEmpty(), f.file());
      }
    }
  }

  @Test
  void placeSuffixesEndAChineseOrJapaneseNameBeforeAReviewAndFunctionCharactersBeginNone() {
    LocalityFinder finder = new LocalityFinder(org.vlrobs.metadata.LocalityGazetteer.with(List.of()), null);
    java.util.Map<String, String> review = java.util.Map.of("zh", "自愿地方审查报告", "ja", "の自発的自治体レビュー");
    for (String lang : List.of("zh", "ja")) {
      for (String suffix : lex.entries(Family.PLACE_SUFFIXES, lang)) {
        String text = "专栏 洛沙" + suffix + review.get(lang);
        assertEquals(List.of("洛沙" + suffix), finder.find(text, lang).stream().map(LocalityFinder.Found::name).toList(),
            lang + ": " + text);
      }
      for (String c : lex.entries(Family.FUNCTION_CHARACTERS, lang)) {
        String text = "专栏 " + c + "洛沙市" + review.get(lang);
        assertEquals(List.of("洛沙市"), finder.find(text, lang).stream().map(LocalityFinder.Found::name).toList(),
            lang + ": " + text);
        // a function character before a one-character name leaves no name at all ("各省", "同市")
        assertEquals(List.of(), finder.find("专栏 " + c + "沙市" + review.get(lang), lang).stream()
            .map(LocalityFinder.Found::name).toList(), lang + ": " + c + "沙市");
      }
    }
  }

  @Test
  void localReviewNamesCiteOnTheirOwn() {
    for (String[] e : entries(Family.LOCAL_REVIEW_NAMES)) {
      String text = Tokens.hasCjk(e[1]) ? "报告" + e[1] + "。" : "The " + e[1] + " was published.";
      assertTrue(types(text, null, cueLang(e[0])).contains(MentionType.CITED), e[0] + ": " + e[1]);
    }
  }

  @Test
  void reviewNounsCiteNextToAPlaceOnly() {
    for (String[] e : entries(Family.REVIEW_NOUNS)) {
      assertTrue(types("The Bonn " + e[1] + " was published.", null, e[0]).contains(MentionType.CITED), e[1]);
      assertTrue(types("The " + e[1] + " of Bonn was published.", null, e[0]).contains(MentionType.CITED), e[1]);
      assertFalse(types("The " + e[1] + " of procurement was published.", null, e[0]).contains(MentionType.CITED), e[1]);
    }
  }

  @Test
  void acronymsNeedContextAndAreCaseSensitive() {
    for (String[] e : entries(Family.REVIEW_ACRONYMS)) {
      assertTrue(types("The " + e[1] + " of Bonn was published.", null, e[0]).contains(MentionType.CITED), e[1]);
      assertTrue(types("The " + e[1] + "s were published.", null, e[0]).isEmpty(), e[1] + " without context");
      assertTrue(types("The " + e[1].toLowerCase() + " of Bonn was published.", null, e[0]).isEmpty(), e[1] + " lower");
      assertTrue(types("The " + e[1] + " (variable lending rate) of the city rose.", null, e[0]).isEmpty(), e[1]);
    }
  }

  @Test
  void acronymContextWordsMakeAnAcronymAReview() {
    for (String[] e : entries(Family.ACRONYM_CONTEXT)) {
      String with = Tokens.hasCjk(e[1]) ? "VLRは" + e[1] + "にある。" : "The VLR was discussed with the " + e[1] + " there.";
      String without = Tokens.hasCjk(e[1]) ? "VLRはある。" : "The VLR was discussed with the others there.";
      assertTrue(types(with, null, cueLang(e[0])).contains(MentionType.CITED), e[0] + ": " + e[1]);
      assertFalse(types(without, null, cueLang(e[0])).contains(MentionType.CITED), without);
    }
  }

  @Test
  void anaphoraCarryAReviewToTheNextPassageOfTheSection() {
    for (String[] e : entries(Family.ANAPHORA)) {
      MentionRules.Context ctx = MentionRules.newDocument();
      rules.find("The Voluntary Local Review of Bonn appeared in 2020.", "Localisation", e[0], null, ctx);
      String text = Character.toUpperCase(e[1].charAt(0)) + e[1].substring(1) + " appeared.";
      assertTrue(rules.find(text, "Localisation", e[0], null, ctx).stream().anyMatch(m -> m.type() == MentionType.CITED),
          e[0] + ": " + e[1]);
      assertTrue(types(text, "Localisation", e[0]).isEmpty(), e[1] + " on its own");
    }
  }

  @Test
  void anaphorDeterminersBeforeAnEvidenceObjectReferBack() {
    for (String[] e : entries(Family.ANAPHOR_DETERMINERS)) {
      String object = lex.entries(Family.EVIDENCE_OBJECTS, e[0]).get(0);
      MentionRules.Context ctx = MentionRules.newDocument();
      rules.find("The Voluntary Local Review of Bonn appeared in 2020.", "Localisation", e[0], null, ctx);
      String text = Character.toUpperCase(e[1].charAt(0)) + e[1].substring(1) + " " + object + " appeared.";
      assertTrue(rules.find(text, "Localisation", e[0], null, ctx).stream().anyMatch(m -> m.type() == MentionType.CITED),
          e[0] + ": " + text);
      assertTrue(types(text, "Localisation", e[0]).isEmpty(), text + " on its own");
      MentionRules.Context ctx2 = MentionRules.newDocument();
      rules.find("The Voluntary Local Review of Bonn appeared in 2020.", "Localisation", e[0], null, ctx2);
      String noObject = Character.toUpperCase(e[1].charAt(0)) + e[1].substring(1) + " plans appeared.";
      assertTrue(rules.find(noObject, "Localisation", e[0], null, ctx2).isEmpty(), e[0] + ": " + noObject);
    }
  }

  @Test
  void relianceCuesCountOnlyBeforeTheReview() {
    for (String[] e : entries(Family.RELIANCE_CUES)) {
      String before = "This chapter " + phrase(e[1]) + " the Voluntary Local Review of Bonn.";
      String after = "The Voluntary Local Review of Bonn " + phrase(e[1]) + " a survey of residents.";
      assertTrue(types(before, null, e[0]).contains(MentionType.INTEGRATED), e[0] + ": " + before);
      assertFalse(types(after, null, e[0]).contains(MentionType.INTEGRATED), e[0] + ": " + after);
    }
  }

  @Test
  void strongActorsAreLrgOnTheirOwnUnlessNegated() {
    for (String[] e : entries(Family.LRG_ACTORS)) {
      String text = Tokens.hasCjk(e[1]) ? e[1] + "。" : "The " + phrase(e[1]) + " met.";
      assertTrue(types(text, null, cueLang(e[0])).contains(MentionType.LRG), e[0] + ": " + e[1]);
    }
  }

  @Test
  void weakActorsNeedAnInvolvementCue() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String cue = lex.entries(Family.INVOLVEMENT_CUES, lang).get(0);
      for (String actor : lex.entries(Family.LRG_ACTORS_WEAK, lang)) {
        String with = EVERY.get(lang) + " " + actor + " " + cue;
        assertTrue(types(with, null, lang).contains(MentionType.LRG), lang + ": " + with);
        assertFalse(types(EVERY.get(lang) + " " + actor + " met", null, lang).contains(MentionType.LRG), actor);
      }
    }
  }

  @Test
  void involvementAndReportingCues() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String actor = EVERY.get(lang) + " " + lex.entries(Family.LRG_ACTORS_WEAK, lang).get(0);
      for (String cue : lex.entries(Family.INVOLVEMENT_CUES, lang)) {
        assertTrue(types(actor + " " + phrase(cue), null, lang).contains(MentionType.LRG), lang + ": " + cue);
      }
      for (String cue : lex.entries(Family.REPORTING_CUES, lang)) {
        assertTrue(types(actor + " " + cue + " a Voluntary Local Review", null, lang).contains(MentionType.LRG), cue);
        assertFalse(types(actor + " " + cue + " a plan", null, lang).contains(MentionType.LRG), cue + " without a review");
      }
    }
  }

  @Test
  void anActorOnlyTheObjectOfAnOversightCueIsNotTakingPart() {
    Map<String, String> state = Map.of("en", "The Ministry", "es", "El Ministerio", "fr", "Le Ministère", "pt", "O Ministério");
    Map<String, String> the = Map.of("en", "the", "es", "los", "fr", "les", "pt", "os");
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String strong = phrase(lex.entries(Family.LRG_ACTORS, lang).get(0));
      String own = phrase(lex.entries(Family.INVOLVEMENT_CUES, lang).get(0));
      for (String cue : lex.entries(Family.OVERSIGHT_CUES, lang)) {
        String object = state.get(lang) + " " + cue + " " + the.get(lang) + " " + strong + ".";
        assertFalse(types(object, null, lang).contains(MentionType.LRG), lang + ": " + object);
        // the actor's own cue after the State's word keeps it taking part
        String acting = state.get(lang) + " " + cue + " " + the.get(lang) + " " + strong + " " + own + ".";
        assertTrue(types(acting, null, lang).contains(MentionType.LRG), lang + ": " + acting);
      }
    }
  }

  @Test
  void anActorOnlyOwningAHoldingWordIsNotTakingPart() {
    Map<String, String> of = Map.of("en", "of the", "es", "de los", "fr", "des", "pt", "dos");
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String strong = phrase(lex.entries(Family.LRG_ACTORS, lang).get(0));
      String own = phrase(lex.entries(Family.INVOLVEMENT_CUES, lang).get(0));
      for (String word : lex.entries(Family.HOLDING_WORDS, lang)) {
        String owned = "X " + word + " " + of.get(lang) + " " + strong + ".";
        assertFalse(types(owned, null, lang).contains(MentionType.LRG), lang + ": " + owned);
        if (lex.coveredBy(word, Family.ORGAN_HEADS)) {
          // also an organ's head ("el sitio web de la Federación de Municipios"): a name, whatever follows; as a
          // holding word it reaches past determiners ("les sites internet respectifs de ces collectivités")
          String past = "X " + word + " respectifs de ces " + strong + ".";
          assertFalse(types(past, null, lang).contains(MentionType.LRG), lang + ": " + past);
          continue;
        }
        String acting = "X " + word + " " + of.get(lang) + " " + strong + " " + own + ".";
        assertTrue(types(acting, null, lang).contains(MentionType.LRG), lang + ": " + acting);
      }
    }
    assertFalse(types("Local government units' own-source revenue reached PHP 257.4 billion.", null, "en")
        .contains(MentionType.LRG));
  }

  @Test
  void absenceCuesInTheActorsClauseDenyItsInvolvement() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String strong = phrase(lex.entries(Family.LRG_ACTORS, lang).get(0));
      String own = phrase(lex.entries(Family.INVOLVEMENT_CUES, lang).get(0));
      assertTrue(types(strong + " " + own + ".", null, lang).contains(MentionType.LRG), lang + ": " + strong);
      for (String cue : lex.entries(Family.ABSENCE_CUES, lang)) {
        String absent = strong + " " + cue + ", " + own + ".";
        assertFalse(types(absent, null, lang).contains(MentionType.LRG), lang + ": " + absent);
        // another clause's absence says nothing of this actor (a cue naming elections makes any sentence no involvement)
        if (!lex.names(Family.ELECTION_WORDS).find(new Tokens(lang).tokenize(cue), null).isEmpty()) {
          continue;
        }
        String other = strong + " " + own + "; " + EVERY.get(lang) + " x " + cue + ".";
        assertTrue(types(other, null, lang).contains(MentionType.LRG), lang + ": " + other);
      }
    }
  }

  @Test
  void negationsBreakAnActorAndItsCue() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String strong = phrase(lex.entries(Family.LRG_ACTORS, lang).get(0));
      for (String neg : lex.entries(Family.NEGATIONS, lang)) {
        assertTrue(types(strong + " met", null, lang).contains(MentionType.LRG), strong);
        // (French "n" negates only elided: "n'ont", not "n° 2018-010")
        String written = neg.equals("n") ? "n'" : neg + " ";
        assertFalse(types(written + strong + " met", null, lang).contains(MentionType.LRG), lang + ": " + neg);
      }
    }
  }

  @Test
  void evidenceObjectsAndCuesMakeIntegration() {
    for (String lang : ReviewLexicon.CUE_LANGUAGES) {
      List<String> objects = lex.entries(Family.EVIDENCE_OBJECTS, lang);
      List<String> cues = lex.entries(Family.EVIDENCE_CUES, lang);
      boolean cjk = lang.equals("ja") || lang.equals("zh");
      String review = cjk ? "自発的自治体レビュー" : "Voluntary Local Review of Bonn";
      for (String o : objects) {
        String s = cjk ? review + "の" + o + "は" + cues.get(0) + "。" : o + " " + cues.get(0) + " " + review;
        assertTrue(types(s, null, lang).contains(MentionType.INTEGRATED), lang + ": " + s);
      }
      for (String c : cues) {
        String s = cjk ? review + "の" + objects.get(0) + "は" + c + "。" : objects.get(0) + " " + phrase(c) + " " + review;
        assertTrue(types(s, null, lang).contains(MentionType.INTEGRATED), lang + ": " + s);
        if (!cjk) {
          assertFalse(types(phrase(c) + " " + review, null, lang).contains(MentionType.INTEGRATED), c + " without data");
        }
      }
    }
  }

  @Test
  void sourceAnnexAndJointCues() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      for (String c : lex.entries(Family.SOURCE_CUES, lang)) {
        assertTrue(types(phrase(c) + " the Voluntary Local Review of Bonn.", null, lang).contains(MentionType.INTEGRATED),
            lang + ": " + c);
      }
      for (String c : lex.entries(Family.ANNEX_CUES, lang)) {
        assertTrue(types("The Voluntary Local Review of Bonn " + phrase(c) + ".", null, lang).contains(MentionType.ANNEXED),
            lang + ": " + c);
        assertFalse(types("The plan of Bonn " + phrase(c) + ".", null, lang).contains(MentionType.ANNEXED), c);
      }
      for (String c : lex.entries(Family.JOINT_CUES, lang)) {
        assertTrue(types("The Voluntary Local Review of Bonn " + phrase(c) + ".", null, lang).contains(MentionType.INTEGRATED),
            lang + ": " + c);
      }
    }
  }

  @Test
  void intentionsForALaterReportAreNeitherAnnexNorEvidence() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String object = lex.entries(Family.EVIDENCE_OBJECTS, lang).get(0);
      String use = phrase(lex.entries(Family.EVIDENCE_CUES, lang).get(0));
      String annex = phrase(lex.entries(Family.ANNEX_CUES, lang).get(0));
      for (String c : lex.entries(Family.INTENTION_CUES, lang)) {
        String used = object + " " + use + " Voluntary Local Review of Bonn " + phrase(c) + ".";
        Set<MentionType> u = types(used, null, lang);
        assertTrue(u.contains(MentionType.CITED) && !u.contains(MentionType.INTEGRATED), lang + ": " + used + " " + u);
        String annexed = "The Voluntary Local Review of Bonn " + annex + " " + phrase(c) + ".";
        Set<MentionType> a = types(annexed, null, lang);
        assertTrue(a.contains(MentionType.CITED) && !a.contains(MentionType.ANNEXED), lang + ": " + annexed + " " + a);
      }
    }
  }

  /** A review name in each language, for sentences built around a cue. */
  private static final Map<String, String> REVIEWS = Map.of("en", "Voluntary Local Reviews", "es",
      "revisiones locales voluntarias", "fr", "examens locaux volontaires", "pt", "relatórios locais voluntários");

  @Test
  void prospectiveCuesMakeAReviewYetToBeMadeNoReference() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String review = REVIEWS.get(lang);
      assertTrue(types("Kiruna " + review + ".", null, lang).contains(MentionType.CITED), lang + ": " + review);
      for (String c : lex.entries(Family.PROSPECTIVE_CUES, lang)) {
        String s = "Kiruna " + phrase(c) + " " + review + ".";
        assertFalse(types(s, null, lang).contains(MentionType.CITED), lang + ": " + s);
      }
    }
  }

  @Test
  void aMakingVerbAfterAHypothesisMakesAReviewYetToBeMade() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String review = REVIEWS.get(lang);
      List<String> making = lex.entries(Family.MAKING_VERBS, lang);
      List<String> hypotheses = lex.entries(Family.HYPOTHESIS_WORDS, lang);
      for (String m : making) {
        // the making verb alone names reviews made
        assertTrue(types("Kiruna " + phrase(m) + " " + review + ".", null, lang).contains(MentionType.CITED), lang + ": " + m);
        String s = "Kiruna " + phrase(hypotheses.get(0)) + " " + phrase(m) + " " + review + ".";
        assertFalse(types(s, null, lang).contains(MentionType.CITED), lang + ": " + s);
      }
      for (String h : hypotheses) {
        String s = "Kiruna " + phrase(h) + " " + phrase(making.get(0)) + " " + review + ".";
        assertFalse(types(s, null, lang).contains(MentionType.CITED), lang + ": " + s);
      }
    }
  }

  @Test
  void annexAndBoxHeadings() {
    for (String[] e : entries(Family.ANNEX_HEADINGS)) {
      String heading = Tokens.hasCjk(e[1]) ? e[1] + "三：自愿地方审查" : e[1] + " 3: Voluntary Local Reviews";
      assertTrue(types("Bonn.", heading, cueLang(e[0])).contains(MentionType.ANNEXED), e[0] + ": " + e[1]);
    }
    for (String[] e : entries(Family.BOX_HEADINGS)) {
      assertTrue(types("Bonn met.", e[1] + " 2: The Voluntary Local Review of Bonn", e[0]).contains(MentionType.FEATURED),
          e[0] + ": " + e[1]);
    }
  }

  @Test
  void trapsMaskWhatWouldOtherwiseCount() {
    // (review words too: a trap on one keeps a reference back from reading it, "la revue à mi-parcours du PNDES")
    PhraseSet[] maskable = {lex.names(Family.LRG_ACTORS), lex.names(Family.LRG_ACTORS_WEAK),
        lex.names(Family.REVIEW_NOUNS), lex.names(Family.LOCAL_REVIEW_NAMES), lex.names(Family.REVIEW_WORDS)};
    Tokens t = new Tokens("en");
    for (String[] e : entries(Family.TRAPS)) {
      List<Tokens.Token> toks = t.tokenize(e[1]);
      boolean covers = false;
      for (PhraseSet p : maskable) {
        covers |= !p.find(toks, e[1]).isEmpty();
      }
      assertTrue(covers, "trap '" + e[1] + "' masks nothing of the lexicon");
      String text = Tokens.hasCjk(e[1]) ? "2024年，" + e[1] + "用于城镇建设。"
          : "Accra " + e[1] + " " + lex.entries(Family.INVOLVEMENT_CUES, cueLang(e[0])).get(0) + " "
          + lex.entries(Family.INVOLVEMENT_CUES, cueLang(e[0])).get(1);
      assertEquals(Set.of(), types(text, null, cueLang(e[0])), e[0] + ": " + text);
    }
  }

  @Test
  void electionWordsMakeASentenceNoInvolvement() {
    for (String[] e : entries(Family.ELECTION_WORDS)) {
      String strong = phrase(lex.entries(Family.LRG_ACTORS, e[0]).get(0));
      assertTrue(types("The " + strong + " met.", null, e[0]).contains(MentionType.LRG), strong);
      assertFalse(types("The " + e[1] + " of the " + strong + " met.", null, e[0]).contains(MentionType.LRG),
          e[0] + ": " + e[1]);
    }
  }

  private static final Map<String, String> OF_THE = Map.of("en", "of the", "es", "de los", "fr", "des", "pt", "dos");

  @Test
  void contributionWordsMakeAnAnnexOfLocalGovernmentsContributions() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String annex = lex.entries(Family.ANNEX_HEADINGS, lang).get(0);
      String heading = Character.toUpperCase(annex.charAt(0)) + annex.substring(1);
      String actor = phrase(lex.entries(Family.LRG_ACTORS, lang).get(0));
      String listed = heading + " 5. " + OF_THE.get(lang) + " " + actor + ".";
      assertFalse(types(listed, heading, lang).contains(MentionType.ANNEXED), lang + ": " + listed);
      for (String c : lex.entries(Family.CONTRIBUTION_WORDS, lang)) {
        String text = heading + " 5. " + phrase(c) + " " + OF_THE.get(lang) + " " + actor + ".";
        assertTrue(types(text, heading, lang).contains(MentionType.ANNEXED), lang + ": " + text);
      }
    }
  }

  @Test
  void boxHeadingsWithANumberOpenABoxInTheText() {
    for (String[] e : entries(Family.BOX_HEADINGS)) {
      if (Tokens.hasCjk(e[1])) {
        continue;
      }
      String word = Character.toUpperCase(e[1].charAt(0)) + e[1].substring(1);
      String title = word + " 3.2: The Voluntary Local Review of Bonn. It covers ten goals.";
      assertTrue(types(title, "Section 4", cueLang(e[0])).contains(MentionType.FEATURED), e[0] + ": " + title);
      String mention = "As in " + e[1] + " 3.2, the Voluntary Local Review of Bonn covers ten goals.";
      assertFalse(types(mention, "Section 4", cueLang(e[0])).contains(MentionType.FEATURED), e[0] + ": " + mention);
    }
  }

  private static final String CAPTION =
      "Figure 6.4 Share of households connected to centralised water supply, Almaty and Shymkent, 2018–2023.";

  @Test
  void sourceLabelsMakeTheCaptionBeforeThemAPlaceWhereCitedLocalitiesAreSought() {
    for (String[] e : entries(Family.SOURCE_LABELS)) {
      String word = Character.toUpperCase(e[1].charAt(0)) + e[1].substring(1);
      MentionRules.Context ctx = MentionRules.newDocument();
      rules.find(CAPTION + " " + word + ": Voluntary Local Reviews of the two cities (2023).", "Goal 6", e[0], null, ctx);
      assertTrue(ctx.reviewSentences.contains(CAPTION), e[0] + ": " + word + " " + ctx.reviewSentences);
    }
    MentionRules.Context ctx = MentionRules.newDocument();
    rules.find(CAPTION + " Voluntary Local Reviews of the two cities (2023).", "Goal 6", "en", null, ctx);
    assertFalse(ctx.reviewSentences.contains(CAPTION), "no source label: " + ctx.reviewSentences);
  }

  private static final Map<String, String> OF = Map.of("en", "of", "es", "de", "fr", "de", "pt", "de");

  @Test
  void placeWordsPutANameAfterThemInSingularAndPlural() {
    LocalityFinder finder = new LocalityFinder(org.vlrobs.metadata.LocalityGazetteer.with(List.of()), null);
    for (String[] e : entries(Family.PLACE_WORDS)) {
      String text = "The partners met the " + e[1] + " " + OF.get(e[0]) + " Zorvath in May.";
      assertEquals(List.of("Zorvath"), finder.find(text, e[0]).stream().map(LocalityFinder.Found::name).toList(),
          e[0] + ": " + text);
    }
    for (String plural : List.of("cities", "counties", "municipios", "regiões", "villes", "Municípios", "communautés urbaines")) {
      String text = "The partners met the " + plural + " of Zorvath in May.";
      assertEquals(List.of("Zorvath"), finder.find(text, "en").stream().map(LocalityFinder.Found::name).toList(), text);
    }
    assertEquals(List.of(), finder.find("The partners met the team of Zorvath in May.", "en").stream()
        .map(LocalityFinder.Found::name).toList(), "no place word, no place");
  }

  @Test
  void stemExceptionsKeepTheirWordsWholeSoThatNoCueMatchesThem() throws Exception {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String file = new String(Tokens.class.getResourceAsStream(lang + "/stem-exceptions.txt").readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      for (String w : file.split("\\R")) {
        if (w.isBlank() || w.startsWith("#")) {
          continue;
        }
        assertEquals(Tokens.fold(w.strip()), new Tokens(lang).stem(w.strip()), lang + ": " + w);
      }
    }
    // traps: a box title whose adjective stems like "inform"; an annex reproduced "íntegramente"
    assertFalse(types("Box 3: Making informal work visible – Accra's Voluntary Local Review", null, "en")
        .contains(MentionType.INTEGRATED));
    assertFalse(types("Los tres informes locales voluntarios se reproducen íntegramente en el Anexo III.", null, "es")
        .contains(MentionType.INTEGRATED));
    assertTrue(types("Los datos del informe local voluntario de Rosario se integran en este capítulo.", null, "es")
        .contains(MentionType.INTEGRATED));
  }

  @Test
  void goalWordsMakeALocalReportOnTheGoalsWithAReviewWordAndALevel() {
    Map<String, String> of = Map.of("en", "on the", "es", "de seguimiento de los", "fr", "de suivi des",
        "pt", "de acompanhamento dos");
    Map<String, String> level = Map.of("en", "municipal", "es", "municipal", "fr", "communal", "pt", "municipal");
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String review = lex.entries(Family.REVIEW_WORDS, lang).get(0);
      for (String goal : lex.entries(Family.GOAL_WORDS, lang)) {
        String name = lang.equals("en") ? level.get(lang) + " " + review + " " + of.get(lang) + " " + goal
            : review + " " + level.get(lang) + " " + of.get(lang) + " " + goal;
        assertTrue(types("The " + name + " was published in 2023.", null, lang).contains(MentionType.CITED),
            lang + ": " + name);
        // traps: no level; a level above the nation; the level as the plural subject of "report"; a clause break
        String bare = review + " " + of.get(lang) + " " + goal;
        assertFalse(types("The " + bare + " was published in 2023.", null, lang).contains(MentionType.CITED), bare);
      }
    }
    assertTrue(types("Each county SDG report was published in 2023.", null, "en").contains(MentionType.CITED));
    assertFalse(types("The regional report on the SDGs was launched by ECLAC.", null, "en").contains(MentionType.CITED));
    // a regional or state report on the Goals that a subnational government owns is local
    assertTrue(types("Source: Rapport régional de suivi des ODD 2023 du Conseil de la Région.", null, "fr")
        .contains(MentionType.CITED));
    assertTrue(types("The State SDG Progress Report of the Government of Kerala was published in 2023.", null, "en")
        .contains(MentionType.CITED));
    assertFalse(types("The regional report on the SDGs of the Economic Commission for Africa was launched.", null, "en")
        .contains(MentionType.CITED));
    assertFalse(types("Many cities report their SDG data to the ministry.", null, "en").contains(MentionType.CITED));
    assertFalse(types("The municipal report, in turn, covers the budget; the SDGs are in chapter 2.", null, "en")
        .contains(MentionType.CITED));
  }

  @Test
  void composedReviewNamesTakeTheirThreeWordsInAnyOrder() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String voluntary = lex.entries(Family.VOLUNTARY_WORDS, lang).get(0);
      for (String level : lex.entries(Family.LEVEL_WORDS, lang)) {
        for (String review : lex.entries(Family.REVIEW_WORDS, lang)) {
          for (String name : List.of(level + " " + voluntary + " " + review, review + " " + voluntary + " " + level,
              voluntary + " " + level + " " + review)) {
            assertTrue(types("The " + name + " was published in 2023.", null, lang).contains(MentionType.CITED),
                lang + ": " + name);
          }
        }
      }
      String national = lex.entries(Family.REVIEW_WORDS, lang).get(0) + " " + voluntary + " national";
      assertFalse(types("The " + national + " was published in 2023.", null, lang).contains(MentionType.CITED), national);
    }
  }

  @Test
  void deconcentrationWordsInAppositionMakeAnActorAnOrganOfTheState() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      String actor = phrase(lex.entries(Family.LRG_ACTORS, lang).get(0));
      String word = Character.toUpperCase(actor.charAt(0)) + actor.substring(1);
      assertTrue(types(word + ", in every province, met.", null, lang).contains(MentionType.LRG), lang + ": " + actor);
      for (String e : lex.entries(Family.DECONCENTRATION_WORDS, lang)) {
        String text = word + ", " + phrase(e) + ", met.";
        assertFalse(types(text, null, lang).contains(MentionType.LRG), lang + ": " + text);
      }
    }
  }

  @Test
  void publishingVerbsMakeTheirSubjectAPlaceOfTheReview() {
    LocalityFinder finder = new LocalityFinder(org.vlrobs.metadata.LocalityGazetteer.with(List.of()), null);
    for (String[] e : entries(Family.PUBLISHING_VERBS)) {
      String text = "Zorvath " + e[1] + " a Voluntary Local Review.";
      assertEquals(List.of("Zorvath"), finder.find(text, e[0]).stream().map(LocalityFinder.Found::name).toList(),
          e[0] + ": " + text);
    }
    assertEquals(List.of(), finder.find("Zorvath discussed a Voluntary Local Review.", "en").stream()
        .map(LocalityFinder.Found::name).toList());
  }

  @Test
  void cityWordsKeepACityNamedLikeItsCountry() {
    LocalityFinder finder = new LocalityFinder(org.vlrobs.metadata.LocalityGazetteer.with(List.of()), null);
    for (String[] e : entries(Family.CITY_WORDS)) {
      String text = "The partners met the " + e[1] + " " + OF.get(e[0]) + " Djibouti in May.";
      assertEquals(List.of("Djibouti"), finder.find(text, e[0]).stream().map(LocalityFinder.Found::name).toList(),
          e[0] + ": " + text);
    }
    assertEquals(List.of(), finder.find("The partners met the region of Djibouti in May.", "en").stream()
        .map(LocalityFinder.Found::name).toList(), "a country's name after a regional word stays a country");
  }

  @Test
  void attributionCuesIntegrateInTheBodyButNotInABoxAboutTheReview() {
    for (String lang : List.of("en", "es", "fr", "pt")) {
      for (String c : lex.entries(Family.ATTRIBUTION_CUES, lang)) {
        String text = phrase(c) + " the Voluntary Local Review of Bonn, water use fell.";
        assertTrue(types(text, "Goal 6", lang).contains(MentionType.INTEGRATED), lang + ": " + text);
        Set<MentionType> boxed = types(text, "Box 2: The Voluntary Local Review of Bonn", lang);
        assertTrue(boxed.contains(MentionType.FEATURED) && !boxed.contains(MentionType.INTEGRATED), lang + ": " + boxed);
      }
    }
  }

  @Test
  void tokensFoldPluralsAndStemCues() {
    assertEquals(Tokens.key("reviews"), Tokens.key("review"));
    assertEquals(Tokens.key("revisiones"), Tokens.key("revisión"));
    assertEquals(Tokens.key("locaux"), Tokens.key("local"));
    assertEquals(Tokens.key("locais"), Tokens.key("local"));
    assertEquals(Tokens.key("revisões"), Tokens.key("revisão"));
    assertEquals(Tokens.key("cities"), Tokens.key("city"));
    assertEquals(Tokens.key("cidades"), Tokens.key("cidade"));
    Tokens en = new Tokens("en");
    assertEquals(en.stem("consulted"), en.stem("consultation"));
    assertEquals(en.stem("SDG"), en.stem("SDGs"), "an acronym's plural is the acronym");
    assertEquals("sdgs", en.stem("sdgs"), "a lower-case word keeps Snowball's stem");
    assertEquals("subnational", en.tokenize("sub-national").get(0).key());
    assertEquals(List.of("Bonn", "s", "VLR"), en.tokenize("Bonn's VLR").stream().map(Tokens.Token::text).toList());
  }
}
