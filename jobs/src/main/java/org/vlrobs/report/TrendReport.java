package org.vlrobs.report;

import java.util.List;

/**
 * A yearly trend report: sections of figures for one year, the run whose tables it reads, and where those
 * tables are. Built by {@code ReportBuilder} (Spark SQL over the tables), written by {@link ReportWriter}.
 */
public record TrendReport(int year, String runId, String tables, List<Section> sections) {
  /** A part of the report: a heading, a paragraph, figures, and optional free text (Markdown-free). */
  public record Section(String id, String title, String intro, List<Figure> figures, List<String> notes) {}
}
