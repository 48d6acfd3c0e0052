package org.vlrobs.report;

import java.util.List;

/**
 * One figure of the trend report: its data (columns and rows, written as CSV), the query that produced
 * it, a plain-language reading of the data, and how to chart it (null: a table only).
 */
public record Figure(String id, String title, String reading, String sql, List<String> columns,
    List<List<Object>> rows, Chart chart) {

  /**
   * How to draw the data: {@code category} on the x axis (or rows of a heatmap), {@code series} one colour
   * each (null: one series), {@code value} the bar height, line value or cell shade.
   */
  public record Chart(Type type, String category, String series, String value, String valueLabel, Palette palette) {}

  public enum Type { BAR, STACKED_BAR, LINE, HEATMAP }

  /** Colours: Okabe-Ito (colour-blind safe) for categories, the official SDG colours for goals. */
  public enum Palette { OKABE_ITO, SDG, LEVELS }

  public int column(String name) {
    int i = columns.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("figure " + id + " has no column " + name + ": " + columns);
    }
    return i;
  }
}
