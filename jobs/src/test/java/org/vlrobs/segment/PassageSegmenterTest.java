package org.vlrobs.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSegmenterTest {
  private final PassageSegmenter segmenter = new PassageSegmenter(new Splitters());

  @Test
  void headingsAreCarriedAndChaptersStartOnPages() {
    List<PageText> pages = List.of(
        new PageText(1, "SDG 6: Clean water and sanitation\n\nThe city reduced water losses in the network from 23 per "
            + "cent to 15 per cent in six years, and all waste water is treated.\n\nWater reuse\n\nA growing share of "
            + "treated water irrigates parks and gardens across the city during the summer.", "en"),
        new PageText(2, "SDG 11: Sustainable cities\n\nHousing prices have grown faster than incomes in most districts "
            + "of the city since the last review was published.", "en"));
    List<Passage> ps = segmenter.segment("doc", pages, "en");
    assertEquals(3, ps.size(), ps.toString());
    assertEquals("SDG 6: Clean water and sanitation", ps.get(0).heading());
    assertEquals("SDG 6: Clean water and sanitation › Water reuse", ps.get(1).heading());
    assertEquals("SDG 11: Sustainable cities", ps.get(2).heading());
    assertEquals(List.of(1, 2, 3), ps.stream().map(Passage::ordinal).toList());
    assertEquals(List.of(1, 1, 2), ps.stream().map(Passage::pageNo).toList());
  }

  @Test
  void hyphenationAndLineBreaksAreRepaired() {
    assertEquals("the sustainable development of the city is measured with local indicators",
        PassageSegmenter.joinLines("the sustainable develop-\nment of the city is\nmeasured with local indicators"));
    assertEquals("Helsinki-Uusimaa region", PassageSegmenter.joinLines("Helsinki-\nUusimaa region"),
        "a hyphen before a capital is part of the name");
    assertEquals("北九州市は日本で初めての自発的自治体レビューを提出しました。",
        PassageSegmenter.joinLines("北九州市は日本で初めての自発的\n自治体レビューを提出しました。"));
  }

  @Test
  void aParagraphCutByAPageBreakIsJoined() {
    List<PageText> pages = List.of(
        new PageText(1, "Introduction\n\nThe review was prepared by a working group of all divisions and the", "en"),
        new PageText(2, "strategy department, with comments from residents on the participation platform.", "en"));
    List<Passage> ps = segmenter.segment("doc", pages, "en");
    assertEquals(1, ps.size(), ps.toString());
    assertTrue(ps.get(0).text().contains("divisions and the strategy department"));
    assertEquals(1, ps.get(0).pageNo());
  }

  @Test
  void longParagraphsSplitAtSentenceEnds() {
    StringBuilder b = new StringBuilder("Results\n\n");
    for (int i = 0; i < 40; i++) {
      b.append("Sentence number ").append(i).append(" reports progress on local indicators of the review. ");
    }
    List<Passage> ps = segmenter.segment("doc", List.of(new PageText(1, b.toString(), "en")), "en");
    assertTrue(ps.size() >= 3, ps.size() + " passages");
    for (Passage p : ps) {
      assertTrue(p.nTokens() <= PassageSegmenter.MAX_TOKENS, p.nTokens() + " tokens");
      assertTrue(p.text().endsWith("review."), p.text());
      assertTrue(p.text().startsWith("Sentence number"), p.text());
    }
  }

  @Test
  void shortScrapsJoinTheNextParagraph() {
    List<PageText> pages = List.of(new PageText(1, "Chapter 2 Housing\n\nIndicator 2015 2020\n\nRents (EUR/m2) 14 17\n\n"
        + "Rents grew by a fifth in five years while incomes grew by a tenth, which widened the gap.", "en"));
    List<Passage> ps = segmenter.segment("doc", pages, "en");
    assertEquals(1, ps.size(), ps.toString());
    assertTrue(ps.get(0).text().startsWith("Indicator 2015 2020\nRents"));
  }

  @Test
  void idsAreStableAndDistinct() {
    List<PageText> pages = List.of(new PageText(1, "A first paragraph that is long enough to be a passage on its own here.\n\n"
        + "A second paragraph that is also long enough to be a passage on its own.", "en"));
    List<Passage> a = segmenter.segment("doc-a", pages, "en");
    List<Passage> again = new PassageSegmenter(new Splitters()).segment("doc-a", pages, "en");
    assertEquals(a, again);
    assertNotEquals(a.get(0).passageId(), a.get(1).passageId());
    assertNotEquals(a.get(0).passageId(), segmenter.segment("doc-b", pages, "en").get(0).passageId());
    assertEquals(24, a.get(0).passageId().length());
  }

  @Test
  void headingHeuristics() {
    assertTrue(PassageSegmenter.isHeading("ODS 6: Agua limpia y saneamiento"));
    assertTrue(PassageSegmenter.isHeading("Box 4: Helsinki's Voluntary Local Review"));
    assertTrue(PassageSegmenter.isHeading("3.2 Local implementation"));
    assertTrue(PassageSegmenter.isHeading("Part II Implementation"));
    assertTrue(PassageSegmenter.isHeading("Box 1: Why a local review?"));
    assertTrue(PassageSegmenter.isHeading("Recuadro 2: Datos desagregados para no dejar a nadie atrás"));
    assertTrue(PassageSegmenter.isHeading("SDG6 Water"));
    assertFalse(PassageSegmenter.isHeading("Participation in early childhood education, age 3-5 (%)"));
    assertFalse(PassageSegmenter.isHeading("The city grew."));
    assertFalse(PassageSegmenter.isHeading("100 100"));
    assertFalse(PassageSegmenter.isHeading("Households in fuel poverty (%) 12.1 10.9"));
    assertFalse(PassageSegmenter.isHeading("and continues a sentence from the previous page"));
  }
}
