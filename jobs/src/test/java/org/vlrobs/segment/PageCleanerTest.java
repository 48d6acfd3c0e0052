package org.vlrobs.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCleanerTest {

  private static List<PageText> report(int n) {
    List<PageText> pages = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String[] topics = {"housing", "transport", "schools", "climate", "water", "jobs", "health", "culture"};
      pages.add(new PageText(i, "Helsinki VLR 2021 | Chapter " + i + "\n\nBody text of page " + i + " about "
          + topics[i % topics.length] + ".\nMore text on " + topics[(i + 3) % topics.length] + ".\n\n"
          + (i % 2 == 0 ? "- " + i + " -" : "Page " + i + " of " + n), "en"));
    }
    return pages;
  }

  @Test
  void runningHeadersFootersAndPageNumbersGo() {
    List<PageText> pages = report(6);
    PageCleaner c = PageCleaner.of(pages);
    for (PageText p : pages) {
      String cleaned = c.clean(p.text());
      assertFalse(cleaned.contains("Helsinki VLR 2021"), cleaned);
      assertFalse(cleaned.matches("(?s).*\\d+ -.*|(?s).*Page \\d.*"), cleaned);
      assertTrue(cleaned.contains("Body text of page " + p.pageNo()), cleaned);
    }
  }

  @Test
  void linesThatRepeatOnFewPagesStay() {
    List<PageText> pages = new ArrayList<>(report(10));
    pages.set(0, new PageText(1, "Box 1: Learning\n\ntext", "en"));
    pages.set(1, new PageText(2, "Box 1: Learning\n\nother text", "en"));
    PageCleaner c = PageCleaner.of(pages);
    assertTrue(c.clean(pages.get(0).text()).contains("Box 1: Learning"));
  }

  @Test
  void numbersInsideTheTextStay() {
    PageCleaner c = PageCleaner.of(report(3));
    String page = "Title\n\nIntro line\n2019\nwas a good year\n\nEnd of text here\nlast";
    assertEquals(page, c.clean(page), "a year in the middle of the page is not a page number");
  }
}
