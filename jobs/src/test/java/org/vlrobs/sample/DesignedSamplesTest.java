package org.vlrobs.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;
import org.vlrobs.link.LinkageEvaluation;
import org.vlrobs.link.LinkageTruth;

/**
 * The designed samples and their layout truth agree with what was printed: every block's text is on
 * the page the truth says (so nothing overflowed a page and the page numbers of the truth are right),
 * untagged twins carry no tags and draw the same text, and every designed VNR has linkage truth whose
 * VLRs are in the corpus.
 */
class DesignedSamplesTest {
  private static final Set<String> ROLES = Set.of("title", "heading", "body", "box", "footnote", "caption", "table",
      "header", "footer", "page_number", "pull_quote");

  @Test
  void everyBlockOfTheTruthIsPrintedOnItsPage() throws IOException {
    List<Path> sources = DesignedSamples.sources(TestPaths.sampleSources());
    assertTrue(sources.size() >= 4, sources.toString());
    Set<String> roles = new TreeSet<>();
    for (Path html : sources) {
      String name = DesignedSamples.name(html);
      JsonNode truth = new ObjectMapper().readTree(TestPaths.sampleLayout().resolve(name + ".truth.json").toFile());
      assertEquals(name + ".pdf", truth.path("file").asText());
      assertTrue(Set.of("en", "es", "fr", "pt").contains(truth.path("language").asText()), name);
      List<String> pages = pageTexts(TestPaths.sampleLayout().resolve(name + ".pdf"));
      // the running text of each page: the page's text without its header, footer, number and footnotes,
      // so that a paragraph continued on the next page reads on
      List<String> flow = new ArrayList<>();
      pages.forEach(p -> flow.add(squash(p)));
      for (JsonNode b : truth.path("blocks")) {
        if (Set.of("header", "footer", "page_number", "footnote").contains(b.path("role").asText())) {
          int i = b.path("page").asInt() - 1;
          String t = squash(b.path("text").asText());
          int at = flow.get(i).lastIndexOf(t);
          assertTrue(at >= 0, name + " p." + (i + 1) + ": " + b);
          flow.set(i, flow.get(i).substring(0, at) + flow.get(i).substring(at + t.length()));
        }
      }
      int lastPage = 0;
      for (JsonNode b : truth.path("blocks")) {
        int page = b.path("page").asInt();
        String role = b.path("role").asText();
        String text = b.path("text").asText();
        roles.add(role);
        assertTrue(ROLES.contains(role), name + ": role " + role);
        assertTrue(page >= lastPage && page <= pages.size(), name + ": page " + page);
        lastPage = page;
        assertEquals(role.equals("heading"), b.has("level"), name + ": level only for headings: " + b);
        assertFalse(text.isBlank() || text.contains("\u00AD"), name + ": " + b);
        String here = squash(pages.get(page - 1));
        String withNext = page < pages.size() ? flow.get(page - 1) + flow.get(page) : flow.get(page - 1);
        if (role.equals("table")) { // cells are laid out in a grid: each cell on the page
          for (String row : text.split("\n")) {
            for (String cell : row.split(" ")) {
              assertTrue(here.contains(squash(cell)), name + " p." + page + ": table cell " + cell);
            }
          }
        } else {
          String t = squash(text);
          assertTrue(here.contains(t.substring(0, Math.min(40, t.length()))), name + " p." + page + ": starts here: " + text);
          // footnote markers are printed in the text but are not part of it: the digit-free comparison allows them
          assertTrue(here.contains(t) || withNext.contains(t) || withNext.replaceAll("\\d", "").contains(t.replaceAll("\\d", "")),
              name + " p." + page + ": printed whole (here or continued on the next page): " + text);
        }
      }
      assertTrue(truth.path("blocks").size() > 10, name);
    }
    assertEquals(ROLES, roles, "the set exercises every role");
  }

  @Test
  void untaggedTwinsHaveNoTagsAndTheSameText() throws IOException {
    for (Path html : DesignedSamples.sources(TestPaths.sampleSources())) {
      String name = DesignedSamples.name(html);
      Path tagged = TestPaths.sampleLayout().resolve(name + ".pdf");
      Path untagged = TestPaths.sampleLayout().resolve(name + "-untagged.pdf");
      try (PDDocument t = Loader.loadPDF(tagged.toFile()); PDDocument u = Loader.loadPDF(untagged.toFile())) {
        assertNotNull(t.getDocumentCatalog().getStructureTreeRoot(), name + " as Chromium prints it is tagged");
        assertTrue(markedContentOperators(t) > 0, name);
        assertNull(u.getDocumentCatalog().getStructureTreeRoot(), name + "-untagged");
        assertNull(u.getDocumentCatalog().getMarkInfo(), name + "-untagged");
        assertEquals(0, markedContentOperators(u), name + "-untagged");
        // Chromium writes ligatures and small capitals with /ActualText spans, which go with the marked
        // content: the untagged twin reads "ﬁ" and "FOREWORD" where the tagged one reads "fi" and "Foreword",
        // and spaces where soft hyphens were not used
        assertEquals(pageTexts(tagged).stream().map(x -> squash(folded(x))).toList(),
            pageTexts(untagged).stream().map(x -> squash(folded(x))).toList(), name);
      }
      assertTrue(Files.readAllBytes(TestPaths.sampleCorpus().resolve("designed/" + name + ".pdf")).length > 0);
      assertEquals(-1, Files.mismatch(tagged, TestPaths.sampleCorpus().resolve("designed/" + name + ".pdf")),
          "the layout set's tagged PDF is the corpus's");
    }
  }

  @Test
  void withoutChromiumTheCommittedPdfsAreKeptAndTheRestIsMadeAgain() throws IOException {
    Path dir = Files.createTempDirectory("designed-no-chromium");
    DesignedSamples samples = new DesignedSamples(DesignedSamples.Render.ANY_CHROMIUM, java.util.Optional.empty());
    List<Path> written = samples.generate(TestPaths.sampleSources(), dir.resolve("corpus"), dir.resolve("layout"));
    assertTrue(samples.note().startsWith("no Chromium found"), samples.note());
    assertEquals(DesignedSamples.sources(TestPaths.sampleSources()).size() * 5, written.size());
    for (Path f : written) {
      Path committed = f.startsWith(dir.resolve("corpus")) ? TestPaths.sampleCorpus().resolve(dir.resolve("corpus").relativize(f))
          : TestPaths.sampleLayout().resolve(dir.resolve("layout").relativize(f));
      assertEquals(-1, Files.mismatch(f, committed), f.toString());
    }
  }

  @Test
  void truthIsDerivedFromTheSourceConventions() throws IOException {
    Path dir = Files.createTempDirectory("designed-truth");
    Path html = dir.resolve("t.html");
    Files.writeString(html, """
        <!DOCTYPE html><html lang="fr"><body>
        <div class="page"><div class="run-header">Rapport</div><div class="body"><h2>1. Titre</h2>
        <p>Un para&#xAD;graphe<sup class="fnref">1</sup> et</p><div class="box"><div class="box-title">Encadré 1</div>
        <p>Texte</p></div><p data-cont="a">coupé par la</p></div><div class="notes"><p><sup>1</sup> Note.</p></div>
        <div class="run-footer"><span class="foot">Pied</span><span class="pageno">1</span></div></div>
        <div class="page"><div class="body"><p data-cont="a">page suivante.</p><h3 class="caps">1.1 Sous-titre</h3>
        <table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table></div></div>
        </body></html>
        """);
    DesignedTruth.Layout l = DesignedTruth.read(html);
    assertEquals("fr", l.language());
    List<String> got = new ArrayList<>();
    for (DesignedTruth.Block b : l.blocks()) {
      got.add(b.page() + " " + b.role() + (b.level() != null ? b.level() : "") + (b.boxTitle() ? "*" : "") + " " + b.text());
    }
    assertEquals(List.of("1 header Rapport", "1 heading1 1. Titre", "1 body Un paragraphe et", "1 box* Encadré 1",
        "1 box Texte", "1 body coupé par la page suivante.", "1 footnote 1 Note.", "1 footer Pied", "1 page_number 1",
        "2 heading2 1.1 Sous-titre", "2 table a b\n1 2"), got);
  }

  @Test
  void everyDesignedVnrHasLinkageTruthWhoseReviewsAreInTheCorpus() throws IOException {
    var truth = LinkageTruth.read(TestPaths.projectDir().resolve("data/sample/designed-linkage-truth.json"));
    Set<String> vnrs = new HashSet<>();
    for (Path html : DesignedSamples.sources(TestPaths.sampleSources())) {
      if (DesignedSamples.name(html).contains("-vnr-")) {
        vnrs.add(DesignedSamples.name(html) + ".pdf");
      }
    }
    assertEquals(vnrs, truth.keySet());
    Set<String> languages = new HashSet<>();
    for (var e : truth.entrySet()) {
      LinkageEvaluation.Labels l = e.getValue();
      for (String vlr : l.resolvesTo()) {
        assertTrue(Files.exists(TestPaths.sampleCorpus().resolve(vlr))
            || Files.exists(TestPaths.sampleCorpus().resolve("designed/" + vlr)), e.getKey() + " → " + vlr);
      }
      languages.add(new ObjectMapper().readTree(TestPaths.sampleLayout()
          .resolve(e.getKey().replace(".pdf", ".truth.json")).toFile()).path("language").asText());
    }
    assertTrue(truth.size() >= 3, truth.keySet().toString());
  }

  private static List<String> pageTexts(Path pdf) throws IOException {
    List<String> out = new ArrayList<>();
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper s = new PDFTextStripper();
      for (int p = 1; p <= d.getNumberOfPages(); p++) {
        s.setStartPage(p);
        s.setEndPage(p);
        out.add(s.getText(d));
      }
    }
    return out;
  }

  private static int markedContentOperators(PDDocument d) throws IOException {
    int n = 0;
    for (PDPage page : d.getPages()) {
      for (Object t : new PDFStreamParser(page).parse()) {
        if (t instanceof Operator op && Set.of("BDC", "BMC", "EMC").contains(op.getName())) {
          n++;
        }
      }
    }
    return n;
  }

  private static String folded(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replace("\u00AD", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  /** Text without white space, hyphens or soft hyphens: what survives any line breaking. */
  private static String squash(String s) {
    return s.replaceAll("[\\s\\u00A0\\u00AD\\-‐]+", "");
  }
}
