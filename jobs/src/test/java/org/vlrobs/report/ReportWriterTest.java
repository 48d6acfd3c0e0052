package org.vlrobs.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vlrobs.metadata.M49;

class ReportWriterTest {
  private static TrendReport report() {
    List<List<Object>> years = List.of(List.of(2020, "VLR", 3L), List.of(2020, "VNR", 1L), List.of(2021, "VLR", 5L));
    List<List<Object>> levels = List.of(List.of(2021, 2, 1L), List.of(2021, 0, 2L), List.of(2022, 5, 1L));
    List<List<Object>> heat = new ArrayList<>();
    for (int sdg = 1; sdg <= 17; sdg++) {
      heat.add(List.of("VLR a.pdf", sdg, sdg / 17.0));
      heat.add(List.of("VNR <b>.pdf", sdg, 0.0));
    }
    List<List<Object>> goals = new ArrayList<>();
    for (int sdg = 1; sdg <= 17; sdg++) {
      goals.add(List.of(sdg, sdg % 3 / 10.0));
    }
    List<Figure> figures = List.of(
        new Figure("years", "Per year", "Reading & more", "SELECT 1", List.of("year", "kind", "documents"), years,
            new Figure.Chart(Figure.Type.BAR, "year", "kind", "documents", "documents", Figure.Palette.OKABE_ITO)),
        new Figure("levels", "Levels", "r", "SELECT 2", List.of("year", "level", "vnrs"), levels,
            new Figure.Chart(Figure.Type.STACKED_BAR, "year", "level", "vnrs", "VNRs", Figure.Palette.LEVELS)),
        new Figure("heat", "Heat", "r", "SELECT 3", List.of("document", "sdg", "share"), heat,
            new Figure.Chart(Figure.Type.HEATMAP, "document", "sdg", "share", "share", null)),
        new Figure("goals", "Goals", "r", "SELECT 4", List.of("sdg", "mean_share"), goals,
            new Figure.Chart(Figure.Type.BAR, "sdg", null, "mean_share", "share", Figure.Palette.SDG)),
        new Figure("lines", "Lines", "r", "SELECT 5", List.of("year", "theme", "share"), List.of(List.of(2020, "x", 0.5),
            List.of(2021, "x", 0.25)), new Figure.Chart(Figure.Type.LINE, "year", "theme", "share", "share", Figure.Palette.OKABE_ITO)),
        new Figure("list", "A table", "r", "SELECT 6", List.of("file", "localities"),
            List.of(List.of("x.pdf", List.of("Málaga", "Bilbao"))), null),
        new Figure("empty", "Nothing", "r", "SELECT 7", List.of("a"), List.of(),
            new Figure.Chart(Figure.Type.BAR, "a", null, "a", "a", Figure.Palette.OKABE_ITO)));
    return new TrendReport(2022, "run-1", "/data/tables", List.of(
        new TrendReport.Section("s1", "Section <one>", "Intro", figures, List.of("A note."))));
  }

  @Test
  void writesHtmlMarkdownCsvAndSvgReproducibly(@TempDir Path a, @TempDir Path b) throws Exception {
    List<Path> written = new ReportWriter().write(report(), a);
    new ReportWriter().write(report(), b);
    for (Path p : written) {
      assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(b.resolve(p.getFileName())), "reproducible: " + p);
    }
    for (String id : List.of("years", "levels", "heat", "goals", "lines")) {
      assertTrue(Files.readString(a.resolve("fig-" + id + ".svg")).startsWith("<svg"), id);
    }
    assertFalse(Files.exists(a.resolve("fig-list.svg")), "a table-only figure has no chart");
    assertFalse(Files.exists(a.resolve("fig-empty.svg")), "no chart without data");
    assertEquals("file,localities\r\nx.pdf,Málaga; Bilbao\r\n", Files.readString(a.resolve("fig-list.csv")));

    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var html = factory.newDocumentBuilder().parse(a.resolve("index.html").toFile());
    assertEquals(7, html.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "figure").getLength());
    assertEquals(5, html.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength());
    String page = Files.readString(a.resolve("index.html"));
    assertTrue(page.contains("Section &lt;one&gt;") && page.contains("Reading &amp; more"), "text is escaped");
    assertTrue(page.contains("Run run-1"));
    assertFalse(page.matches("(?s).*20\\d\\d-\\d\\d-\\d\\dT.*"), "no timestamps");
    String md = Files.readString(a.resolve("report.md"));
    assertTrue(md.contains("![Per year](fig-years.svg)") && md.contains("```sql\nSELECT 1\n```"));
  }

  @Test
  void sdgChartsUseTheOfficialColours() {
    assertEquals(new java.awt.Color(0x26BDE2), Charts.sdgColour("SDG 6"));
    assertEquals(new java.awt.Color(0x19486A), Charts.sdgColour("SDG 17"));
  }

  @Test
  void regionsAfterM49() {
    assertEquals("Europe", M49.region("FIN"));
    assertEquals("Latin America and the Caribbean", M49.region("BRA"));
    assertEquals("Northern America", M49.region("USA"));
    assertEquals("Asia", M49.region("JPN"));
    assertEquals("Unknown", M49.region(null));
    assertTrue(M49.all().size() > 240);
  }

  @Test
  void modelScoresAreQuotedFromTheMetricsFile() throws Exception {
    List<String> rows = ReportBuilder.macroRows(org.vlrobs.evaluation.ModelMetrics.SDG_CLASSIFIER);
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("held-out scores") && r.contains("F1 0.")), rows.toString());
    assertTrue(ReportBuilder.macroRows("/no/such/metrics.json").isEmpty());
  }
}
