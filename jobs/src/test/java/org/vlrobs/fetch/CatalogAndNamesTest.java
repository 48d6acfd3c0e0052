package org.vlrobs.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogAndNamesTest {

  @Test
  void readsTheTsvFormatWithSpacesAndQuotesInNames() throws Exception {
    Catalog.Parsed p = Catalog.parse(new StringReader("\uFEFFurl\thost\tupload_ym\tfilename\tkind_guess\tsha256\n"
        + "https://h.example/a%20b.pdf\th.example\t2021\ta \"b\".pdf\tvnr\t" + "AB".repeat(32) + "\n"
        + "\t\t\t\t\t\n"
        + "https://h.example/c.pdf\th.example\t2020-07\t\tunknown\tnot-a-sum\n"), true);
    assertEquals(2, p.entries().size());
    CatalogEntry a = p.entries().get(0);
    assertEquals("a \"b\".pdf", a.fileName());
    assertEquals("ab".repeat(32), a.sha256());
    assertEquals("vnr", a.kindGuess());
    assertNull(p.entries().get(1).sha256());
    assertEquals(2, p.warnings().size(), "a row without url, a malformed sum: " + p.warnings());
  }

  @Test
  void readsACsvEquivalent() throws Exception {
    Catalog.Parsed p = Catalog.parse(new StringReader("URL,Kind_Guess,filename\n"
        + "https://h.example/x.pdf,vlr,\"Report, 2021.pdf\"\n"), false);
    assertEquals("Report, 2021.pdf", p.entries().get(0).fileName());
    assertEquals("vlr", p.entries().get(0).kindGuess());
  }

  @Test
  void namesAreSafeSingleComponentsAndNeverHidden() {
    assertEquals("passwd.pdf", FileNames.safeName("../../etc/passwd"));
    assertEquals("evil.pdf", FileNames.safeName("..\\..\\evil.PDF"));
    assertEquals("hidden.pdf", FileNames.safeName(".hidden.pdf"));
    assertEquals("x.pdf", FileNames.safeName("_x"));
    assertEquals("document.pdf", FileNames.safeName(".."));
    assertEquals("document.pdf", FileNames.safeName(""));
    assertEquals("10560NVR_Morocco.pdf", FileNames.safeName("10560NVR (Morocco).pdf"));
    assertEquals("Relatório_Niterói.pdf", FileNames.safeName("Relato\u0301rio Nitero\u0301i.pdf"), "NFC");
    assertEquals("report.docx", FileNames.safeName("report.DOCX"));
    assertEquals("download.php.pdf", FileNames.safeName("download.php"));
    String longName = FileNames.safeName("a".repeat(500) + ".pdf");
    assertEquals(FileNames.MAX_BASE + 4, longName.length());
    assertEquals("a%2Fb.pdf".replace("%2F", "_"), FileNames.safeName(FileNames.lastSegment("https://h/x/a%2Fb.pdf")),
        "an encoded slash does not make a folder");
  }

  @Test
  void collisionsGetUrlHashesWhateverTheOrder() {
    CatalogEntry a = new CatalogEntry(2, "https://h.example/1/Report.pdf", null, null, null, null, null);
    CatalogEntry b = new CatalogEntry(3, "https://h.example/2/report.pdf", null, null, null, null, null);
    CatalogEntry c = new CatalogEntry(4, "https://h.example/3/other.pdf", null, null, null, null, null);
    Map<String, String> ab = FileNames.assign(List.of(a, b, c));
    Map<String, String> ba = FileNames.assign(List.of(c, b, a));
    assertEquals(ab, ba);
    assertEquals("other.pdf", ab.get(c.url()));
    assertTrue(ab.get(a.url()).matches("Report-[0-9a-f]{8}\\.pdf"));
    assertTrue(!ab.get(a.url()).equalsIgnoreCase(ab.get(b.url())));
  }

  /** The real catalogue is only parsed here, never requested. */
  @Test
  void parsesTheSharedCatalogueWithDistinctSafeNames() throws Exception {
    Path tsv = Path.of("..", "..", "shared", "data", "catalog", "published_pdf_urls.tsv");
    if (!Files.exists(tsv)) {
      tsv = Path.of("..", "shared", "data", "catalog", "published_pdf_urls.tsv");
    }
    assumeTrue(Files.exists(tsv), "../shared is absent");
    Catalog.Parsed p = Catalog.read(tsv);
    assertEquals(587, p.entries().size());
    assertTrue(p.entries().stream().allMatch(e -> e.sha256() != null && e.url().startsWith("https://")));
    Map<String, String> names = FileNames.assign(p.entries());
    Set<String> lower = new HashSet<>();
    for (String n : names.values()) {
      assertTrue(lower.add(n.toLowerCase(Locale.ROOT)), "collision: " + n);
      assertTrue(n.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*\\.(pdf|docx|doc|odt|rtf|html|htm|txt|epub|pptx)"), n);
    }
    assertTrue(p.entries().stream().map(e -> Fetcher.kind(e.kindGuess())).anyMatch("VNR"::equals));
  }
}
