package org.vlrobs.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link Figure}'s chart to SVG with JFreeChart: large type for print, colour-blind-safe colours
 * (Okabe-Ito; viridis steps for levels and shades), official SDG colours where goals are the categories.
 * Deterministic: the same data give the same SVG (fixed ids, no timestamps).
 */
public final class Charts {
  static final Color[] OKABE_ITO = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), Color.BLACK, new Color(0xF0E442)};
  /** Level 0 (grey) to 5 (dark): viridis steps, ordered light to dark. */
  static final Color[] LEVELS = {new Color(0xBDBDBD), new Color(0xFDE725), new Color(0x7AD151), new Color(0x22A884),
      new Color(0x2A788E), new Color(0x414487)};
  /** The official SDG colours, goal 1 to 17. */
  static final Color[] SDG = {new Color(0xE5243B), new Color(0xDDA63A), new Color(0x4C9F38), new Color(0xC5192D),
      new Color(0xFF3A21), new Color(0x26BDE2), new Color(0xFCC30B), new Color(0xA21942), new Color(0xFD6925),
      new Color(0xDD1367), new Color(0xFD9D24), new Color(0xBF8B2E), new Color(0x3F7E44), new Color(0x0A97D9),
      new Color(0x56C02B), new Color(0x00689D), new Color(0x19486A)};
  private static final int WIDTH = 960;
  private static final int HEIGHT = 440;
  private static final Font BASE = new Font("SansSerif", Font.PLAIN, 15);

  private Charts() {}

  /** The chart as an SVG element, or null when the figure has no chart or no rows. */
  public static String svg(Figure f) {
    if (f.chart() == null || f.rows().isEmpty()) {
      return null;
    }
    JFreeChart chart = f.chart().type() == Figure.Type.HEATMAP ? heatmap(f) : categoryChart(f);
    chart.setAntiAlias(true);
    chart.setBackgroundPaint(Color.WHITE);
    int height = f.chart().type() == Figure.Type.HEATMAP ? Math.max(HEIGHT, 120 + 24 * distinct(f, f.chart().category()).size()) : HEIGHT;
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
    g.setDefsKeyPrefix("vlr-" + f.id() + "-");
    chart.draw(g, new Rectangle(0, 0, WIDTH, height));
    // a viewBox, so the chart scales down to the page's width instead of being cut off
    return g.getSVGElement("fig-" + f.id(), true, new org.jfree.svg.ViewBox(0, 0, WIDTH, height),
        org.jfree.svg.PreserveAspectRatio.XMID_YMID, org.jfree.svg.MeetOrSlice.MEET);
  }

  private static JFreeChart categoryChart(Figure f) {
    Figure.Chart c = f.chart();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int ci = f.column(c.category());
    int si = c.series() == null ? -1 : f.column(c.series());
    int vi = f.column(c.value());
    // series in their natural order (levels 0..5, years), whatever order the rows come in
    java.util.TreeMap<Object, String> seriesOrder = new java.util.TreeMap<>(Charts::compareValues);
    for (List<Object> row : f.rows()) {
      if (si >= 0 && row.get(si) != null) {
        seriesOrder.put(row.get(si), label(c.series(), row.get(si)));
      }
    }
    for (String key : seriesOrder.values()) {
      for (List<Object> row : f.rows()) {
        if (row.get(vi) != null) {
          data.addValue(null, key, label(c.category(), row.get(ci)));
          break;
        }
      }
    }
    boolean integral = true;
    for (List<Object> row : f.rows()) {
      Object v = row.get(vi);
      if (v != null) {
        double d = ((Number) v).doubleValue();
        integral &= d == Math.rint(d);
        data.setValue(d, si < 0 ? c.valueLabel() : label(c.series(), row.get(si)), label(c.category(), row.get(ci)));
      }
    }
    JFreeChart chart;
    switch (c.type()) {
      case STACKED_BAR:
        chart = ChartFactory.createStackedBarChart(null, null, c.valueLabel(), data, PlotOrientation.VERTICAL, si >= 0, false, false);
        break;
      case LINE:
        chart = ChartFactory.createLineChart(null, null, c.valueLabel(), data, PlotOrientation.VERTICAL, si >= 0, false, false);
        break;
      default:
        chart = ChartFactory.createBarChart(null, null, c.valueLabel(), data, PlotOrientation.VERTICAL, si >= 0, false, false);
    }
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(BASE.deriveFont(Font.BOLD, 18f));
    theme.setLargeFont(BASE.deriveFont(Font.BOLD, 15f));
    theme.setRegularFont(BASE);
    theme.setSmallFont(BASE.deriveFont(13f));
    theme.apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xCCCCCC));
    if (data.getColumnCount() > 8) {
      plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    if (integral) {
      ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    if (c.category().equals("sdg")) { // goal labels in their official colours
      for (Object key : data.getColumnKeys()) {
        plot.getDomainAxis().setTickLabelPaint((Comparable<?>) key, sdgColour(key.toString()));
      }
    }
    if (plot.getRenderer() instanceof BarRenderer bars) {
      bars.setBarPainter(new StandardBarPainter());
      bars.setShadowVisible(false);
      bars.setMaximumBarWidth(0.08);
      if (c.palette() == Figure.Palette.SDG && si < 0) {
        plot.setRenderer(new SdgBarRenderer(data));
        ((BarRenderer) plot.getRenderer()).setBarPainter(new StandardBarPainter());
        ((BarRenderer) plot.getRenderer()).setShadowVisible(false);
      }
    }
    if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
      lines.setDefaultShapesVisible(true);
    }
    for (int s = 0; s < data.getRowCount(); s++) {
      plot.getRenderer().setSeriesPaint(s, seriesColour(c.palette(), data.getRowKey(s).toString(), s));
      plot.getRenderer().setSeriesStroke(s, new BasicStroke(2.5f));
    }
    return chart;
  }

  /** Bars coloured by the SDG of their category ("SDG 6" is SDG 6's colour). */
  private static final class SdgBarRenderer extends BarRenderer {
    private final transient DefaultCategoryDataset data;

    SdgBarRenderer(DefaultCategoryDataset data) {
      this.data = data;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return sdgColour(data.getColumnKey(column).toString());
    }
  }

  private static Paint seriesColour(Figure.Palette palette, String key, int index) {
    if (palette == Figure.Palette.LEVELS) {
      String digits = key.replaceAll("\\D", "");
      int level = digits.isEmpty() ? index : Math.min(5, Integer.parseInt(digits.substring(0, 1)));
      return LEVELS[level];
    }
    if (palette == Figure.Palette.SDG && key.replaceAll("\\D", "").length() > 0) {
      return sdgColour(key);
    }
    return OKABE_ITO[index % OKABE_ITO.length];
  }

  static Color sdgColour(String key) {
    String digits = key.replaceAll("\\D", "");
    int sdg = digits.isEmpty() ? 1 : Integer.parseInt(digits);
    return SDG[Math.max(1, Math.min(17, sdg)) - 1];
  }

  /** Documents (rows) × goals (columns), shaded by value in [0, 1]. */
  private static JFreeChart heatmap(Figure f) {
    Figure.Chart c = f.chart();
    List<String> rows = distinct(f, c.category());
    int si = f.column(c.series());
    int vi = f.column(c.value());
    int ci = f.column(c.category());
    List<double[]> cells = new ArrayList<>();
    double max = 0;
    for (List<Object> row : f.rows()) {
      double v = row.get(vi) == null ? 0 : ((Number) row.get(vi)).doubleValue();
      cells.add(new double[] {((Number) row.get(si)).doubleValue(), rows.indexOf(String.valueOf(row.get(ci))), v});
      max = Math.max(max, v);
    }
    double[][] xyz = new double[3][cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      for (int k = 0; k < 3; k++) {
        xyz[k][i] = cells.get(i)[k];
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries(c.valueLabel(), xyz);
    NumberAxis x = new NumberAxis("SDG");
    x.setRange(0.5, 17.5);
    x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
    x.setTickLabelFont(BASE.deriveFont(13f));
    SymbolAxis y = new SymbolAxis(null, rows.toArray(new String[0]));
    y.setTickLabelFont(BASE.deriveFont(12f));
    y.setInverted(true);
    double top = max <= 0 ? 1 : max;
    LookupPaintScale scale = new LookupPaintScale(0, top + 1e-9, Color.WHITE);
    Color[] shades = {new Color(0xF7F7F7), new Color(0xFDE725), new Color(0x7AD151), new Color(0x22A884),
        new Color(0x2A788E), new Color(0x414487), new Color(0x440154)};
    for (int i = 0; i < shades.length; i++) {
      scale.add(i == 0 ? 0 : top * (i - 0.5) / (shades.length - 1), shades[i]);
    }
    XYBlockRenderer r = new XYBlockRenderer();
    r.setPaintScale(scale);
    XYPlot plot = new XYPlot(data, x, y, r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart(null, BASE, plot, false);
    NumberAxis legendAxis = new NumberAxis(c.valueLabel());
    legendAxis.setRange(0, top);
    legendAxis.setTickLabelFont(BASE.deriveFont(12f));
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(4, 4, 40, 4);
    chart.addSubtitle(legend);
    return chart;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    if (a instanceof Comparable x && a.getClass() == b.getClass()) {
      return x.compareTo(b);
    }
    return a.toString().compareTo(b.toString());
  }

  private static List<String> distinct(Figure f, String column) {
    int i = f.column(column);
    Set<String> seen = new LinkedHashSet<>();
    for (List<Object> row : f.rows()) {
      seen.add(String.valueOf(row.get(i)));
    }
    return new ArrayList<>(seen);
  }

  /** "SDG 6" for goal numbers, "level 3" for levels, as written otherwise. */
  private static String label(String column, Object v) {
    if (v == null) {
      return "unknown";
    }
    if (column.equals("sdg")) {
      return "SDG " + v;
    }
    if (column.equals("level")) {
      return "level " + v;
    }
    return v.toString();
  }
}
