package org.vlrobs.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link TrendReport} to {@code <dir>}: {@code index.html} (self-contained, charts inline as SVG,
 * opens offline; also well-formed XML, so it can be checked and transformed), {@code report.md} (the same text, charts as {@code fig-<id>.svg} files), and
 * {@code fig-<id>.csv} with each figure's data. Text and layout are Mustache templates
 * ({@code org/vlrobs/report/templates}: {@code index.html.mustache}, {@code report.md.mustache},
 * {@code style.mustache}); this class prepares what they show. The same report gives the same bytes.
 */
public final class ReportWriter {
  /** Rows of a figure's data shown in the page; all rows are in its CSV. */
  static final int ROWS_SHOWN = 25;
  private static final String TEMPLATES = "org/vlrobs/report/templates";
  /** The figure listing each VNR's evidence quotes: shown whole, each VNR's first row an anchor its row in the list links to. */
  static final String EVIDENCE_FIGURE = "vnr-integration-evidence";
  private static final String VNR_LIST_FIGURE = "vnr-integration";

  /** Writes the files; returns the paths written. */
  public List<Path> write(TrendReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    java.util.Map<String, String> charts = new java.util.HashMap<>(); // each chart drawn once, for file and page
    for (TrendReport.Section s : report.sections()) {
      for (Figure f : s.figures()) {
        written.add(write(dir.resolve("fig-" + f.id() + ".csv"), csv(f)));
        String svg = Charts.svg(f);
        if (svg != null) {
          charts.put(f.id(), svg);
          written.add(write(dir.resolve("fig-" + f.id() + ".svg"), svg + "\n"));
        }
      }
    }
    written.add(write(dir.resolve("index.html"), html(report, charts)));
    written.add(write(dir.resolve("report.md"), markdown(report)));
    return written;
  }

  private static Path write(Path p, String text) throws IOException {
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  static String csv(Figure f) throws IOException {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(f.columns().toArray(new String[0])).get())) {
      for (List<Object> row : f.rows()) {
        List<String> cells = new ArrayList<>();
        for (Object o : row) {
          cells.add(cell(o));
        }
        p.printRecord(cells);
      }
    }
    return w.toString();
  }

  /** A value as text: numbers with at most 3 decimals, lists joined by "; ", null empty. */
  static String cell(Object o) {
    if (o == null) {
      return "";
    }
    if (o instanceof Double || o instanceof Float) {
      double d = ((Number) o).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.3f", d);
    }
    if (o instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(x -> parts.add(cell(x)));
      return String.join("; ", parts);
    }
    return o.toString();
  }

  /** Templates ({@code templates/*.mustache} next to this class): HTML with the project's escaping, Markdown raw. */
  private static final Mustache HTML = new DefaultMustacheFactory(TEMPLATES) {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(esc(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }.compile("index.html.mustache");
  private static final Mustache MARKDOWN = new DefaultMustacheFactory(TEMPLATES) {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }.compile("report.md.mustache");

  static String html(TrendReport r, Map<String, String> charts) {
    return render(HTML, view(r, charts));
  }

  static String markdown(TrendReport r) {
    return render(MARKDOWN, view(r, Map.of()));
  }

  private static String render(Mustache template, Object view) {
    StringWriter w = new StringWriter();
    template.execute(w, view);
    return w.toString();
  }

  /** What the templates show: the report's text and each figure's table cells, formatted. */
  private static Map<String, Object> view(TrendReport r, Map<String, String> charts) {
    List<Map<String, Object>> sections = new ArrayList<>();
    for (TrendReport.Section s : r.sections()) {
      List<Map<String, Object>> figures = new ArrayList<>();
      for (Figure f : s.figures()) {
        Map<String, Object> fig = new HashMap<>();
        fig.put("id", f.id());
        fig.put("title", f.title());
        fig.put("reading", f.reading());
        fig.put("svg", charts.get(f.id()));
        fig.put("mdChart", f.chart() != null && !f.rows().isEmpty());
        fig.put("hasRows", !f.rows().isEmpty());
        fig.put("columns", f.columns());
        fig.put("columnsLine", String.join(" | ", f.columns()));
        fig.put("separator", " --- |".repeat(f.columns().size()));
        // the evidence figure is shown whole, each VNR's first row an anchor; the VNR list links each file to it
        boolean evidence = f.id().equals(EVIDENCE_FIGURE);
        boolean list = f.id().equals(VNR_LIST_FIGURE) && !f.columns().isEmpty() && f.columns().get(0).equals("file_name");
        int shownCount = evidence ? f.rows().size() : Math.min(ROWS_SHOWN, f.rows().size());
        java.util.Set<String> anchored = new java.util.HashSet<>();
        List<Map<String, Object>> shown = new ArrayList<>();
        for (List<Object> row : f.rows().subList(0, shownCount)) {
          List<String> cells = row.stream().map(ReportWriter::cell).toList();
          String file = cells.isEmpty() ? "" : cells.get(0);
          List<Map<String, Object>> htmlCells = new ArrayList<>();
          for (int i = 0; i < cells.size(); i++) {
            Map<String, Object> c = new HashMap<>();
            c.put("text", cells.get(i));
            c.put("href", list && i == 0 ? "#evidence-" + anchor(file) : null);
            htmlCells.add(c);
          }
          Map<String, Object> shownRow = new HashMap<>();
          shownRow.put("cells", htmlCells);
          shownRow.put("rowId", evidence && anchored.add(file) ? "evidence-" + anchor(file) : null);
          shownRow.put("mdLine", String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()));
          shown.add(shownRow);
        }
        fig.put("shownRows", shown);
        fig.put("truncated", f.rows().size() > shownCount);
        fig.put("shown", ROWS_SHOWN);
        fig.put("rowCount", f.rows().size());
        fig.put("rowsWord", f.rows().size() == 1 ? "row" : "rows");
        fig.put("sql", f.sql().strip());
        figures.add(fig);
      }
      Map<String, Object> sec = new HashMap<>();
      sec.put("id", s.id());
      sec.put("title", s.title());
      sec.put("intro", s.intro() == null || s.intro().isBlank() ? null : s.intro());
      sec.put("figures", figures);
      sec.put("notes", s.notes());
      sections.add(sec);
    }
    Map<String, Object> view = new HashMap<>();
    view.put("year", r.year());
    view.put("runId", r.runId());
    view.put("tables", r.tables());
    view.put("sections", sections);
    return view;
  }

  /** An HTML id from a file name. */
  static String anchor(String s) {
    return s.replaceAll("[^A-Za-z0-9_-]+", "-");
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
