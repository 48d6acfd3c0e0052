package org.vlrobs.layout;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * One pass over each page's content stream: PDFBox's text stripper collects the glyphs (the duplicate
 * glyphs some producers draw for fake bold are dropped by {@link OverlapFilter}, PDFBox's rule on a hash grid
 * instead of its own sorted maps), and a few extra operators record
 * the rectangles and paths that are painted (box backgrounds, frames, rules) and the marked-content
 * ids that tie glyphs to the structure tree. For each page the glyphs and shapes go to a {@link Sink};
 * nothing else is kept. One reader per document; not thread-safe.
 */
final class PageReader extends PDFTextStripper {
  interface Sink {
    void page(int pageNo, float width, float height, List<Glyph> glyphs, List<Shape> shapes) throws IOException;
  }

  /** Thrown when the deadline passes; the pages read so far are kept. */
  static final class Deadline extends RuntimeException {
    Deadline() {
      super("time limit reached", null, false, false);
    }
  }

  private static final COSName MCID = COSName.getPDFName("MCID");
  private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

  private final Sink sink;
  private final StructureTree tree;
  private final long deadlineNanos;
  private final List<Shape> shapes = new ArrayList<>();
  private final Map<TextPosition, Integer> elementOf = new IdentityHashMap<>();
  private final Map<PDFont, int[]> fontStyle = new IdentityHashMap<>();
  /** Marked-content stack: element index, -2 inside an artifact, -1 otherwise. */
  private final Deque<Integer> marked = new ArrayDeque<>();
  private final OverlapFilter overlaps = new OverlapFilter();
  /** Whether each open marked-content sequence has an /ActualText (PDFBox keeps such glyphs, duplicates or not). */
  private final Deque<Boolean> actualText = new ArrayDeque<>();
  /** As PDFBox's stripper: the innermost sequence's /ActualText decides, and ending one with it clears it. */
  private boolean inActualText;
  private final List<float[]> subpaths = new ArrayList<>();
  private float[] open;
  private PDRectangle crop;
  private int rotation;
  private int counter;

  PageReader(Sink sink, StructureTree tree, long deadlineNanos) throws IOException {
    this.sink = sink;
    this.tree = tree;
    this.deadlineNanos = deadlineNanos;
    setSortByPosition(false);
    setShouldSeparateByBeads(false);
    setSuppressDuplicateOverlappingText(false); // done by the overlap filter, same rule, faster
    addOperator(new SetNonStrokingColorSpace(this));
    addOperator(new SetNonStrokingColor(this));
    addOperator(new SetNonStrokingColorN(this));
    addOperator(new SetNonStrokingDeviceGrayColor(this));
    addOperator(new SetNonStrokingDeviceRGBColor(this));
    addOperator(new SetNonStrokingDeviceCMYKColor(this));
    addOperator(new PathOp(this, "re"));
    for (String op : List.of("m", "l", "c", "v", "y", "h")) {
      addOperator(new PathOp(this, op));
    }
    for (String op : List.of("f", "F", "f*")) {
      addOperator(new PaintOp(this, op, true, false));
    }
    for (String op : List.of("B", "B*", "b", "b*")) {
      addOperator(new PaintOp(this, op, true, true));
    }
    for (String op : List.of("S", "s")) {
      addOperator(new PaintOp(this, op, false, true));
    }
    addOperator(new PaintOp(this, "n", false, false));
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    crop = page.getCropBox();
    rotation = page.getRotation();
    shapes.clear();
    elementOf.clear();
    marked.clear();
    overlaps.clear();
    subpaths.clear();
    open = null;
    if (System.nanoTime() > deadlineNanos) {
      throw new Deadline();
    }
    super.processPage(page);
  }

  @Override
  public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
    super.beginMarkedContentSequence(tag, properties);
    inActualText = properties != null && properties.getString(COSName.ACTUAL_TEXT) != null;
    actualText.push(inActualText);
    int parent = marked.isEmpty() ? -1 : marked.peek();
    int current = parent;
    if (ARTIFACT.equals(tag)) {
      current = -2;
    } else if (parent == -1 && tree != null && properties != null) {
      int mcid = properties.getInt(MCID, -1);
      if (mcid >= 0) {
        current = tree.element(getCurrentPageNo() - 1, mcid);
      }
    }
    marked.push(current);
  }

  @Override
  public void endMarkedContentSequence() {
    super.endMarkedContentSequence();
    if (!actualText.isEmpty() && actualText.pop()) {
      inActualText = false;
    }
    if (!marked.isEmpty()) {
      marked.pop();
    }
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    if ((++counter & 1023) == 0 && System.nanoTime() > deadlineNanos) {
      throw new Deadline();
    }
    if (!inActualText && overlaps.duplicate(text.getUnicode(), text.getX(), text.getY(), text.getWidth())) {
      return;
    }
    elementOf.put(text, marked.isEmpty() ? -1 : marked.peek());
    super.processTextPosition(text);
  }

  @Override
  protected void writePage() throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    boolean space = false;
    for (List<TextPosition> article : getCharactersByArticle()) {
      for (TextPosition t : article) {
        String u = t.getUnicode();
        if (u == null || u.isEmpty() || u.isBlank()) {
          space = true;
          continue;
        }
        float size = t.getFontSizeInPt();
        if (!(size > 0.5f) || size > 500) {
          size = Math.max(1f, Math.abs(t.getHeightDir()) * 1.4f);
        }
        int[] style = style(t.getFont());
        Integer el = elementOf.get(t);
        Glyph g = new Glyph(t.getXDirAdj(), t.getYDirAdj(), Math.max(0f, t.getWidthDirAdj()),
            Math.max(t.getHeightDir(), size * 0.5f), size, style[0] == 1, style[1] == 1, u, el == null ? -1 : el);
        g.spaceBefore = space;
        space = false;
        glyphs.add(g);
      }
    }
    float w = crop.getWidth();
    float h = crop.getHeight();
    if (rotation % 180 != 0) {
      float tmp = w;
      w = h;
      h = tmp;
    }
    sink.page(getCurrentPageNo(), w, h, glyphs, rotation == 0 ? shapes : List.of());
  }

  /** {bold, italic} of a font, from its name and descriptor; computed once per font. */
  private int[] style(PDFont font) {
    if (font == null) {
      return new int[] {0, 0};
    }
    return fontStyle.computeIfAbsent(font, f -> {
      String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
      PDFontDescriptor d = f.getFontDescriptor();
      boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy")
          || name.contains("semibold") || name.contains("demi")
          || (d != null && (d.getFontWeight() >= 600 || d.isForceBold()));
      boolean italic = name.contains("italic") || name.contains("oblique")
          || (d != null && (d.isItalic() || Math.abs(d.getItalicAngle()) > 1));
      return new int[] {bold ? 1 : 0, italic ? 1 : 0};
    });
  }

  // ---- paths: only their bounds matter ----

  private void point(float x, float y) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    float px = ctm.getScaleX() * x + ctm.getShearX() * y + ctm.getTranslateX();
    float py = ctm.getShearY() * x + ctm.getScaleY() * y + ctm.getTranslateY();
    if (open == null) {
      open = new float[] {px, py, px, py};
      subpaths.add(open);
    } else {
      open[0] = Math.min(open[0], px);
      open[1] = Math.min(open[1], py);
      open[2] = Math.max(open[2], px);
      open[3] = Math.max(open[3], py);
    }
  }

  private void paint(boolean fill, boolean stroke) {
    if ((fill || stroke) && crop != null && shapes.size() < 5000) {
      boolean visible = !fill || !nearWhite();
      for (float[] b : subpaths) {
        // to top-left page coordinates of the crop box
        float x0 = b[0] - crop.getLowerLeftX();
        float x1 = b[2] - crop.getLowerLeftX();
        float y0 = crop.getUpperRightY() - b[3];
        float y1 = crop.getUpperRightY() - b[1];
        if (x1 - x0 < 0.1f && y1 - y0 < 0.1f) {
          continue;
        }
        if (fill && !visible && !stroke) {
          continue; // white on white: page or cell background
        }
        shapes.add(new Shape(x0, y0, x1, y1, fill && visible, stroke));
      }
    }
    subpaths.clear();
    open = null;
  }

  private boolean nearWhite() {
    try {
      PDColor c = getGraphicsState().getNonStrokingColor();
      if (c == null || c.getColorSpace() == null) {
        return false;
      }
      int rgb = c.toRGB();
      return ((rgb >> 16) & 0xff) > 245 && ((rgb >> 8) & 0xff) > 245 && (rgb & 0xff) > 245;
    } catch (IOException | RuntimeException e) {
      return false; // patterns, odd colour spaces: count it as visible
    }
  }

  private static final class PathOp extends OperatorProcessor {
    private final String name;
    private final PageReader reader;

    PathOp(PageReader reader, String name) {
      super(reader);
      this.reader = reader;
      this.name = name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      float[] v = new float[operands.size()];
      for (int i = 0; i < v.length; i++) {
        if (!(operands.get(i) instanceof COSNumber n)) {
          return;
        }
        v[i] = n.floatValue();
      }
      switch (name) {
        case "re" -> {
          if (v.length < 4) {
            return;
          }
          reader.open = null;
          reader.point(v[0], v[1]);
          reader.point(v[0] + v[2], v[1] + v[3]);
          reader.point(v[0] + v[2], v[1]);
          reader.point(v[0], v[1] + v[3]);
          reader.open = null;
        }
        case "m" -> {
          if (v.length < 2) {
            return;
          }
          reader.open = null;
          reader.point(v[0], v[1]);
        }
        case "h" -> { }
        default -> {
          for (int i = 0; i + 1 < v.length; i += 2) {
            reader.point(v[i], v[i + 1]);
          }
        }
      }
    }

    @Override
    public String getName() {
      return name;
    }
  }

  private static final class PaintOp extends OperatorProcessor {
    private final String name;
    private final boolean fill;
    private final boolean stroke;
    private final PageReader reader;

    PaintOp(PageReader reader, String name, boolean fill, boolean stroke) {
      super(reader);
      this.reader = reader;
      this.name = name;
      this.fill = fill;
      this.stroke = stroke;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      reader.paint(fill, stroke);
    }

    @Override
    public String getName() {
      return name;
    }
  }

}
