package org.vlrobs.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link TrendReport} to {@code <dir>}: {@code index.html} (self-contained, charts inline as SVG,
 * opens offline; also well-formed XML, so it can be checked and transformed), {@code report.md} (the same text, charts as {@code fig-<id>.svg} files), and
 * {@code fig-<id>.csv} with each figure's data. Plain Java: the same report gives the same bytes.
 */
public final class ReportWriter {
  /** Rows of a figure's data shown in the page; all rows are in its CSV. */
  static final int ROWS_SHOWN = 25;
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

  static String html(TrendReport r, java.util.Map<String, String> charts) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>VLR Observatory: trends to ").append(r.year()).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:1000px;margin:2em auto;")
        .append("padding:0 1em;color:#222;line-height:1.45}\nh1{font-size:1.8em}h2{border-bottom:2px solid #0072B2;")
        .append("padding-bottom:.2em;margin-top:2em}h3{margin-top:1.6em}\n")
        .append("table{border-collapse:collapse;font-size:.9em;margin:.6em 0}td,th{border:1px solid #ccc;padding:.25em .5em;")
        .append("text-align:left;vertical-align:top}th{background:#f0f4f8}\n.reading{background:#f7f7f2;border-left:4px solid ")
        .append("#E69F00;padding:.5em .8em}\npre{background:#f4f4f4;padding:.6em;overflow-x:auto;font-size:.85em}\n")
        .append("figure{margin:1.5em 0}\ntable{display:block;overflow-x:auto;max-width:100%}\nsvg{max-width:100%;height:auto}\nnav ol{columns:2}\nfooter{margin-top:3em;font-size:.85em;color:#555;")
        .append("border-top:1px solid #ccc;padding-top:.6em}\n@media print{details{display:none}}\n</style>\n</head>\n<body>\n");
    b.append("<h1>Voluntary Local and National Reviews: trends to ").append(r.year()).append("</h1>\n");
    b.append("<p>Figures computed from the VLR Observatory tables. Every figure has its data as CSV next to this page ")
        .append("and the query that produced it.</p>\n<nav><ol>\n");
    for (TrendReport.Section s : r.sections()) {
      b.append("<li><a href=\"#").append(s.id()).append("\">").append(esc(s.title())).append("</a></li>\n");
    }
    b.append("</ol></nav>\n");
    for (TrendReport.Section s : r.sections()) {
      b.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(esc(s.title())).append("</h2>\n");
      if (s.intro() != null && !s.intro().isBlank()) {
        b.append("<p>").append(esc(s.intro())).append("</p>\n");
      }
      for (Figure f : s.figures()) {
        b.append("<figure id=\"fig-").append(f.id()).append("\">\n<h3>").append(esc(f.title())).append("</h3>\n");
        b.append("<p class=\"reading\">").append(esc(f.reading())).append("</p>\n");
        String svg = charts.get(f.id());
        if (svg != null) {
          b.append(svg).append('\n');
        }
        b.append(htmlTable(f));
        b.append("<p><a href=\"fig-").append(f.id()).append(".csv\">Data (CSV, ").append(f.rows().size())
            .append(f.rows().size() == 1 ? " row" : " rows").append(")</a></p>\n");
        b.append("<details><summary>Query</summary>\n<pre>").append(esc(f.sql())).append("</pre>\n</details>\n</figure>\n");
      }
      for (String note : s.notes()) {
        b.append("<p>").append(esc(note)).append("</p>\n");
      }
      b.append("</section>\n");
    }
    b.append("<footer>Run ").append(esc(r.runId())).append(" · tables ").append(esc(r.tables()))
        .append(" · VLR Observatory trend report for ").append(r.year()).append("</footer>\n</body>\n</html>\n");
    return b.toString();
  }

  private static String htmlTable(Figure f) {
    if (f.rows().isEmpty()) {
      return "<p><em>No data for this figure.</em></p>\n";
    }
    StringBuilder b = new StringBuilder("<table>\n<tr>");
    for (String c : f.columns()) {
      b.append("<th>").append(esc(c)).append("</th>");
    }
    b.append("</tr>\n");
    boolean evidence = f.id().equals(EVIDENCE_FIGURE);
    boolean list = f.id().equals(VNR_LIST_FIGURE) && !f.columns().isEmpty() && f.columns().get(0).equals("file_name");
    int shown = evidence ? f.rows().size() : Math.min(ROWS_SHOWN, f.rows().size());
    java.util.Set<String> anchored = new java.util.HashSet<>();
    for (List<Object> row : f.rows().subList(0, shown)) {
      String file = cell(row.get(0));
      b.append(evidence && anchored.add(file) ? "<tr id=\"evidence-" + anchor(file) + "\">" : "<tr>");
      for (int i = 0; i < row.size(); i++) {
        String c = esc(cell(row.get(i)));
        if (list && i == 0) {
          c = "<a href=\"#evidence-" + anchor(file) + "\" title=\"the quotes behind its flags\">" + c + "</a>";
        }
        b.append("<td>").append(c).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
    if (f.rows().size() > shown) {
      b.append("<p><em>First ").append(ROWS_SHOWN).append(" of ").append(f.rows().size()).append(" rows.</em></p>\n");
    }
    return b.toString();
  }

  static String markdown(TrendReport r) {
    StringBuilder b = new StringBuilder();
    b.append("# Voluntary Local and National Reviews: trends to ").append(r.year()).append("\n\n");
    for (TrendReport.Section s : r.sections()) {
      b.append("## ").append(s.title()).append("\n\n");
      if (s.intro() != null && !s.intro().isBlank()) {
        b.append(s.intro()).append("\n\n");
      }
      for (Figure f : s.figures()) {
        b.append("### ").append(f.title()).append("\n\n").append(f.reading()).append("\n\n");
        if (f.chart() != null && !f.rows().isEmpty()) {
          b.append("![").append(f.title()).append("](fig-").append(f.id()).append(".svg)\n\n");
        }
        if (!f.rows().isEmpty()) {
          b.append("| ").append(String.join(" | ", f.columns())).append(" |\n|");
          b.append(" --- |".repeat(f.columns().size())).append('\n');
          for (List<Object> row : f.rows().subList(0, Math.min(ROWS_SHOWN, f.rows().size()))) {
            List<String> cells = new ArrayList<>();
            row.forEach(o -> cells.add(cell(o).replace("|", "\\|")));
            b.append("| ").append(String.join(" | ", cells)).append(" |\n");
          }
          b.append('\n');
        }
        b.append("Data: [fig-").append(f.id()).append(".csv](fig-").append(f.id()).append(".csv)\n\n```sql\n")
            .append(f.sql().strip()).append("\n```\n\n");
      }
      for (String note : s.notes()) {
        b.append(note).append("\n\n");
      }
    }
    b.append("---\nRun ").append(r.runId()).append(" · tables ").append(r.tables()).append('\n');
    return b.toString();
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
