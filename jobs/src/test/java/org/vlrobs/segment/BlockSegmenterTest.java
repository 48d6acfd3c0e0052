package org.vlrobs.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Passages from layout blocks: headings by role and level, boxes apart from body text, pieces joined. */
class BlockSegmenterTest {
  private static final String ASSEMBLIES = "Metropolitan, Municipal and District Assemblies integrated the goals into "
      + "their medium-term development plans, with guidelines issued by the National Development Planning Commission";
  private static final String BOX = "In 2020 the Accra Metropolitan Assembly published a Voluntary Local Review. Its "
      + "findings on flooding and solid waste informed the chapter on Goal 11 of this review.";

  private static BlockText block(int no, String role, int level, String text, boolean title, boolean continues) {
    return new BlockText(no, role, level, text, title, continues, 1, 0);
  }

  @Test
  void boxesHeadingsAndContinuedParagraphs() {
    List<PageText> pages = List.of(
        new PageText(1, "(page text is not used when blocks exist)", "en", List.of(
            block(1, "header", 0, "Ghana Voluntary National Review 2022", false, false),
            block(2, "title", 0, "Ghana Voluntary National Review 2022", false, false),
            block(3, "heading", 1, "3. Localising the SDGs", false, false),
            block(4, "body", 0, ASSEMBLIES + " in 2018 and again in", false, false),
            block(5, "box", 3, "Box 3.1 The Accra Voluntary Local Review", true, false),
            block(6, "box", 0, BOX, false, false),
            block(7, "body", 0, "2021, so that every Assembly presented its annual progress report.", false, true),
            block(8, "footnote", 0, "1 National Development Planning Commission, Guidelines, 2021.", false, false),
            block(9, "page_number", 0, "12", false, false))),
        new PageText(2, "", "en", List.of(
            block(1, "heading", 2, "3.1 Financing local action", false, false),
            block(2, "body", 0, "Transfers to the Assemblies grew in nominal terms between 2017 and 2021, yet their "
                + "share of national revenue fell.", false, false))));
    List<Passage> ps = new PassageSegmenter(new Splitters()).segment("doc", pages, "en");
    Passage body = ps.stream().filter(p -> p.text().startsWith("Metropolitan")).findFirst().orElseThrow();
    assertEquals("body", body.role());
    assertEquals("3. Localising the SDGs", body.heading());
    assertEquals(ASSEMBLIES + " in 2018 and again in 2021, so that every Assembly presented its annual progress report.",
        body.text(), "the paragraph cut by the box is joined again, without the box's words");
    Passage box = ps.stream().filter(p -> "box".equals(p.role())).findFirst().orElseThrow();
    assertEquals("Box 3.1 The Accra Voluntary Local Review\n" + BOX, box.text());
    assertEquals("3. Localising the SDGs › Box 3.1 The Accra Voluntary Local Review", box.heading());
    Passage note = ps.stream().filter(p -> "footnote".equals(p.role())).findFirst().orElseThrow();
    assertTrue(note.text().startsWith("1 National Development"));
    Passage financing = ps.stream().filter(p -> p.text().startsWith("Transfers")).findFirst().orElseThrow();
    assertEquals("3. Localising the SDGs › 3.1 Financing local action", financing.heading());
    assertEquals(2, financing.pageNo());
    for (Passage p : ps) {
      assertFalse(p.text().contains("Ghana Voluntary National Review 2022"), "running header and title are not text");
      assertFalse(p.text().equals("12"));
      assertFalse("body".equals(p.role()) && p.text().contains("Accra"), "box text never in a body passage");
    }
    assertEquals(4, ps.size(), ps.toString());
  }

  @Test
  void pagesWithoutBlocksUseTheTextHeuristics() {
    List<Passage> ps = new PassageSegmenter(new Splitters()).segment("doc",
        List.of(new PageText(1, "1. Introduction\n\nThe city of Bristol published its first Voluntary Local Review in "
            + "2019, covering all seventeen goals with local indicators.", "en")), "en");
    assertEquals(1, ps.size());
    assertEquals("1. Introduction", ps.get(0).heading());
    assertEquals("body", ps.get(0).role());
  }
}
