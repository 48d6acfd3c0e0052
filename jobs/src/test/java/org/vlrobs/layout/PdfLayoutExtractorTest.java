package org.vlrobs.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The layout engine on Chromium-printed PDFs, through the structure tree and by geometry alone. */
class PdfLayoutExtractorTest {

  static PdfLayoutExtractor.Result extract(String name, boolean tree) throws Exception {
    Path pdf = Path.of(PdfLayoutExtractorTest.class.getResource("/layout/" + name).toURI());
    return new PdfLayoutExtractor(tree).extract(pdf, 100, System.nanoTime() + 60_000_000_000L, 16L << 20);
  }

  static List<LayoutBlock> blocks(PdfLayoutExtractor.Result r) {
    List<LayoutBlock> all = new ArrayList<>();
    r.pages().forEach(p -> all.addAll(p.blocks()));
    return all;
  }

  static LayoutBlock find(List<LayoutBlock> blocks, Predicate<LayoutBlock> p, String what) {
    return blocks.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no block " + what + " in "
        + blocks.stream().map(b -> b.role().code() + ": " + b.text()).toList()));
  }

  static int indexOf(List<LayoutBlock> blocks, String start) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).text().startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no block starting with " + start);
  }

  @ParameterizedTest(name = "structure tree {0}")
  @ValueSource(booleans = {true, false})
  void twoColumnsFloatingBoxAndFootnote(boolean tree) throws Exception {
    PdfLayoutExtractor.Result r = extract("ghana-vnr-2022.pdf", tree);
    assertEquals(tree, r.tagged());
    List<LayoutBlock> b = blocks(r);
    LayoutBlock title = find(b, x -> x.role() == BlockRole.TITLE, "title");
    assertEquals("Ghana Voluntary National Review 2022", title.text());
    LayoutBlock section = find(b, x -> x.text().equals("3. Localising the SDGs"), "section heading");
    assertEquals(BlockRole.HEADING, section.role());
    LayoutBlock sub = find(b, x -> x.text().equals("3.1 Financing local action"), "sub-section heading");
    assertEquals(BlockRole.HEADING, sub.role());
    assertTrue(sub.level() > section.level(), "3.1 is below 3.");
    // the box: its title whole, on one block, and its paragraph, both role box
    LayoutBlock boxTitle = find(b, LayoutBlock::boxTitle, "box title");
    assertEquals("Box 3.1 The Accra Voluntary Local Review", boxTitle.text());
    assertEquals(BlockRole.BOX, boxTitle.role());
    LayoutBlock box = find(b, x -> x.text().startsWith("In 2020 the Accra"), "box paragraph");
    assertEquals(BlockRole.BOX, box.role());
    assertTrue(box.text().endsWith("used for the assessment of target 11.6."), box.text());
    assertTrue(box.region() > 0, "the box is a drawn rectangle");
    // the first paragraph is whole, one block, lines joined; the box does not cut into it
    LayoutBlock first = find(b, x -> x.text().startsWith("Metropolitan, Municipal and District Assemblies"), "first paragraph");
    assertEquals(BlockRole.BODY, first.role());
    assertTrue(first.text().contains("medium-term development plans, with guidelines issued by the National"), first.text());
    assertTrue(first.text().endsWith("national framework.1"), first.text());
    assertEquals(1, first.column());
    // reading order: title, section, first paragraph, the box; the second column after the first
    assertTrue(indexOf(b, "Ghana Voluntary") < indexOf(b, "3. Localising"));
    assertTrue(indexOf(b, "3. Localising") < indexOf(b, "Metropolitan"));
    assertTrue(indexOf(b, "Metropolitan") < indexOf(b, "Box 3.1"));
    assertTrue(indexOf(b, "Box 3.1") < indexOf(b, "In 2020 the Accra"));
    assertTrue(indexOf(b, "Metropolitan") < indexOf(b, "Civil society organisations"));
    assertTrue(indexOf(b, "Civil society organisations") < indexOf(b, "3.1 Financing"));
    // the paragraph that runs beside the box and on into the second column is one paragraph in pieces
    String assemblies = paragraph(b, "The Assemblies reported on their own targets");
    assertTrue(assemblies.contains("their own targets through the District Assemblies Common Fund"), assemblies);
    assertTrue(assemblies.contains("before they are entered in the national system. The Ministry of Local Government"),
        assemblies);
    assertTrue(assemblies.endsWith("for the first time in 2021."), assemblies);
    LayoutBlock note = find(b, x -> x.text().startsWith("1 National Development Planning Commission"), "footnote");
    assertEquals(BlockRole.FOOTNOTE, note.role());
    // the page text: paragraphs separated by blank lines, not a line per line
    String page = r.pages().get(0).text();
    assertTrue(page.contains("\n\nBox 3.1 The Accra Voluntary Local Review\n\nIn 2020 the Accra Metropolitan Assembly"),
        page);
    assertFalse(page.contains("Box 3.1 The Accra\n"), page);
  }

  /** The text of a paragraph from the block that starts it through the blocks that continue it. */
  static String paragraph(List<LayoutBlock> blocks, String start) {
    int i = indexOf(blocks, start);
    BlockRole role = blocks.get(i).role();
    StringBuilder t = new StringBuilder(blocks.get(i).text());
    for (int k = i + 1; k < blocks.size(); k++) {
      LayoutBlock x = blocks.get(k);
      if (x.role() != role) {
        continue;
      }
      if (!x.continues()) {
        break;
      }
      t.append(' ').append(x.text());
    }
    return t.toString();
  }

  @ParameterizedTest(name = "structure tree {0}")
  @ValueSource(booleans = {true, false})
  void tableFramedBoxAndParagraphAcrossPages(boolean tree) throws Exception {
    PdfLayoutExtractor.Result r = extract("spain-vnr-2021.pdf", tree);
    assertEquals(2, r.pages().size());
    assertEquals(2, r.declaredPages());
    List<LayoutBlock> b = blocks(r);
    if (tree) {
      // by geometry alone, this small table set right under a paragraph (no space, no rules) is not found: its
      // cell gaps are crossed by the prose line above; its text stays in reading order
      LayoutBlock table = find(b, x -> x.role() == BlockRole.TABLE, "table");
      assertTrue(table.text().startsWith("Región\t2019\t2020\t2021\nAndalucía\t12,5\t13,1\t14,0\n"), table.text());
    }
    assertTrue(indexOf(b, "2.1 Financiación") < indexOf(b, "Región"), "the table after its section heading");
    LayoutBlock boxTitle = find(b, LayoutBlock::boxTitle, "box title");
    assertEquals("Recuadro 2. La Revisión Local Voluntaria de Málaga", boxTitle.text());
    LayoutBlock box = find(b, x -> x.text().startsWith("Málaga publicó"), "box text");
    assertEquals(BlockRole.BOX, box.role());
    LayoutBlock heading = find(b, x -> x.text().equals("2.1 Financiación de la acción local"), "heading");
    assertEquals(BlockRole.HEADING, heading.role());
    // the long paragraph runs from page 1 over to page 2 and is continued there
    LayoutBlock top2 = find(r.pages().get(1).blocks(), x -> x.text().startsWith("objetivos y metas"),
        "the rest of the paragraph cut at the foot of page 1");
    assertEquals(BlockRole.BODY, top2.role());
    assertTrue(top2.continues(), top2.text());
    assertTrue(b.stream().anyMatch(x -> x.text().endsWith("sin interrupción alguna del sentido de la frase.")
        && x.continues()), "the end of the long paragraph continues it");
  }

  @Test
  void notAPdfIsAnError(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x.pdf");
    Files.writeString(f, "%PDF-1.7\nthis is not really a PDF\n");
    assertThrows(IOException.class, () -> new PdfLayoutExtractor().extract(f, 10, System.nanoTime() + 10_000_000_000L,
        1L << 20));
  }

  @Test
  void deadlineStopsAndKeepsNothingHalfRead() throws Exception {
    Path pdf = Path.of(PdfLayoutExtractorTest.class.getResource("/layout/spain-vnr-2021.pdf").toURI());
    PdfLayoutExtractor.Result r = new PdfLayoutExtractor().extract(pdf, 100, System.nanoTime() - 1, 1L << 20);
    assertTrue(r.timedOut());
    assertTrue(r.pages().isEmpty());
  }

  @Test
  void pageLimit() throws Exception {
    Path pdf = Path.of(PdfLayoutExtractorTest.class.getResource("/layout/spain-vnr-2021.pdf").toURI());
    PdfLayoutExtractor.Result r = new PdfLayoutExtractor().extract(pdf, 1, System.nanoTime() + 60_000_000_000L, 1L << 20);
    assertEquals(1, r.pages().size());
    assertEquals(2, r.declaredPages());
  }
}
