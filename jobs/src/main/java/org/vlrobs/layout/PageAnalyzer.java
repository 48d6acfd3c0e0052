package org.vlrobs.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Geometry of one page: glyphs → words → line segments (a baseline cut at column gutters and box
 * edges) → blocks (lines stacked by proximity, left alignment, size and weight; in a tagged PDF, the
 * lines of one structure element). Also finds the drawn boxes (filled or framed rectangles) and the
 * rows of tables. Roles and reading order are decided later, for the whole document. Reused for every
 * page of a document.
 */
final class PageAnalyzer {

  /** A word (or a run of CJK characters): glyphs on one baseline without a gap. */
  static final class Word {
    float x0;
    float x1;
    float base;
    float size;
    float top;
    final StringBuilder text = new StringBuilder();
    int chars;
    int boldChars;
    int italicChars;
    float sizeSum;
    int element;
    int region;
    boolean markerStart;

    void add(Glyph g) {
      x1 = Math.max(x1, g.x1());
      top = Math.min(top, g.base - g.h);
      text.append(g.text);
      int n = g.text.length();
      chars += n;
      sizeSum += g.size * n;
      if (g.bold) {
        boldChars += n;
      }
      if (g.italic) {
        italicChars += n;
      }
    }
  }

  /** Words on one baseline, between two gutters. */
  static final class Line {
    final List<Word> words = new ArrayList<>();
    float x0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float base;
    float top = Float.MAX_VALUE;
    int element;
    int region;
    int chars;
    float sizeSum;
    int boldChars;
    int italicChars;
    boolean tableRow;

    void add(Word w) {
      words.add(w);
      x0 = Math.min(x0, w.x0);
      x1 = Math.max(x1, w.x1);
      top = Math.min(top, w.top);
      chars += w.chars;
      sizeSum += w.sizeSum;
      boldChars += w.boldChars;
      italicChars += w.italicChars;
    }

    float size() {
      return chars == 0 ? 0 : sizeSum / chars;
    }

    boolean bold() {
      return boldChars >= chars * 0.8f;
    }

    String text() {
      StringBuilder b = new StringBuilder();
      for (Word w : words) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(w.text);
      }
      return b.toString();
    }
  }

  /** A block before roles are known. */
  static final class Block {
    final int pageNo;
    final List<Line> lines = new ArrayList<>();
    float x0 = Float.MAX_VALUE;
    float y0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;
    float y1 = -Float.MAX_VALUE;
    int chars;
    float sizeSum;
    int boldChars;
    int italicChars;
    int element;
    int region;
    boolean table;
    int column;
    /** 0-based position in the page's reading order. */
    int order;
    boolean markerStart;
    boolean ruleAbove;
    // decided for the document
    BlockRole role = BlockRole.BODY;
    int level;
    boolean boxTitle;
    boolean continues;
    String text;

    Block(int pageNo) {
      this.pageNo = pageNo;
    }

    void add(Line l) {
      lines.add(l);
      x0 = Math.min(x0, l.x0);
      x1 = Math.max(x1, l.x1);
      y0 = Math.min(y0, l.top);
      y1 = Math.max(y1, l.base + l.size() * 0.25f);
      chars += l.chars;
      sizeSum += l.sizeSum;
      boldChars += l.boldChars;
      italicChars += l.italicChars;
    }

    Line last() {
      return lines.get(lines.size() - 1);
    }

    float size() {
      return chars == 0 ? 0 : sizeSum / chars;
    }

    boolean bold() {
      return boldChars >= chars * 0.8f;
    }

    boolean italic() {
      return italicChars >= chars * 0.6f;
    }

    float width() {
      return x1 - x0;
    }

    String rawText() {
      StringBuilder b = new StringBuilder();
      for (Line l : lines) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(l.text());
      }
      return b.toString();
    }
  }

  /** The page after analysis. */
  record Page(int pageNo, float width, float height, List<Block> blocks, List<Shape> boxes, List<Shape> rules) {}

  Page analyse(int pageNo, float width, float height, List<Glyph> glyphs, List<Shape> shapes, boolean tagged,
      java.util.function.IntPredicate tableElement) {
    List<Shape> boxes = new ArrayList<>();
    List<Shape> rules = new ArrayList<>();
    findBoxes(shapes, width, height, boxes, rules);
    List<Word> words = words(glyphs, boxes);
    List<Line> lines = lines(words);
    markTableRows(lines, width, tableElement);
    List<Block> blocks = blocks(pageNo, lines, tagged);
    for (Block b : blocks) {
      b.markerStart = !b.lines.isEmpty() && !b.lines.get(0).words.isEmpty() && b.lines.get(0).words.get(0).markerStart;
      for (Shape r : rules) {
        if (r.y1() <= b.y0 + 1 && b.y0 - r.y1() < 14 && r.x0() <= b.x0 + 4 && r.x1() > b.x0 + 10) {
          b.ruleAbove = true;
        }
      }
    }
    return new Page(pageNo, width, height, blocks, boxes, rules);
  }

  // ---- boxes ----

  /**
   * Drawn boxes: filled (not white) or framed rectangles big enough to hold text, not the page's own
   * background and not the cells of a ruled table (rectangles with two or more neighbours sharing an
   * edge). Thin horizontal shapes are rules.
   */
  static void findBoxes(List<Shape> shapes, float width, float height, List<Shape> boxes, List<Shape> rules) {
    List<Shape> candidates = new ArrayList<>();
    for (Shape s : shapes) {
      if (s.horizontalRule()) {
        rules.add(s);
        continue;
      }
      if (s.width() >= 40 && s.height() >= 14 && s.width() * s.height() < 0.6f * width * height) {
        candidates.add(s);
      }
    }
    for (Shape s : candidates) {
      int neighbours = 0;
      for (Shape o : candidates) {
        if (o == s) {
          continue;
        }
        boolean sideBySide = (Math.abs(o.x0() - s.x1()) < 2 || Math.abs(o.x1() - s.x0()) < 2)
            && o.y0() < s.y1() - 1 && o.y1() > s.y0() + 1;
        boolean stacked = (Math.abs(o.y0() - s.y1()) < 2 || Math.abs(o.y1() - s.y0()) < 2)
            && Math.abs(o.x0() - s.x0()) < 2 && Math.abs(o.x1() - s.x1()) > 2;
        if (sideBySide || stacked) {
          neighbours++;
        }
      }
      if (neighbours < 2) {
        boxes.add(s);
      }
    }
    // nested duplicates (a fill and its frame): keep one
    boxes.sort(Comparator.comparingDouble(s -> s.width() * s.height()));
  }

  private static int regionOf(List<Shape> boxes, float x, float y) {
    for (int i = 0; i < boxes.size(); i++) { // smallest first
      if (boxes.get(i).contains(x, y)) {
        return i + 1;
      }
    }
    return 0;
  }

  // ---- words ----

  /**
   * A word that starts with a raised note marker ("¹National"): the word takes the text's baseline and size
   * and keeps the marker, set off by a space. Returns the word's new size.
   */
  private static float startAfterMarker(Word cur, Glyph g) {
    cur.base = g.base;
    cur.size = g.size;
    cur.markerStart = true;
    cur.text.append(' ');
    cur.add(g);
    return g.size;
  }

  static List<Word> words(List<Glyph> glyphs, List<Shape> boxes) {
    List<Word> words = new ArrayList<>();
    Word cur = null;
    float curSize = 0;
    for (Glyph g : glyphs) {
      int region = boxes.isEmpty() ? 0 : regionOf(boxes, g.x + g.w / 2, g.base - g.h / 2);
      // a note marker set small and raised, then a space, then the note ("¹ Figures for ...")
      if (cur != null && g.spaceBefore && cur.chars <= 3 && cur.size < 0.85f * g.size && g.base - cur.base > 0
          && g.base - cur.base < 0.7f * g.size && g.x - cur.x1 < 0.6f * g.size && g.x >= cur.x1 - 0.5f
          && cur.element == g.element) {
        curSize = startAfterMarker(cur, g);
        continue;
      }
      if (cur != null && !g.spaceBefore && g.element == cur.element && region == cur.region) {
        float gap = g.x - cur.x1;
        float ref = Math.max(curSize, g.size);
        boolean adjacent = gap <= 0.2f * ref && gap >= -0.3f * ref;
        if (adjacent && Math.abs(g.base - cur.base) <= 0.25f * Math.min(curSize, g.size)) {
          cur.add(g);
          continue;
        }
        // a superscript note marker after a word ("framework.1")
        if (adjacent && g.size < 0.85f * curSize && cur.base - g.base > 0 && cur.base - g.base < 0.7f * curSize) {
          cur.x1 = Math.max(cur.x1, g.x1());
          cur.text.append(g.text);
          continue;
        }
        // a word that starts with a raised marker ("¹National") takes the baseline of the text
        if (adjacent && cur.size < 0.85f * g.size && g.base - cur.base > 0 && g.base - cur.base < 0.7f * g.size
            && cur.chars <= 3) {
          curSize = startAfterMarker(cur, g);
          continue;
        }
      }
      cur = new Word();
      cur.x0 = g.x;
      cur.x1 = g.x1();
      cur.base = g.base;
      cur.top = g.base - g.h;
      cur.size = g.size;
      curSize = g.size;
      cur.element = g.element;
      cur.region = region;
      cur.add(g);
      words.add(cur);
    }
    for (Word w : words) {
      w.size = w.chars == 0 ? w.size : w.sizeSum / w.chars;
    }
    return words;
  }

  // ---- lines ----

  /** Words on a baseline, cut into line segments at gutters: gaps that stay empty on the lines above and below. */
  static List<Line> lines(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble((Word w) -> w.base).thenComparingDouble(w -> w.x0));
    List<List<Word>> rows = new ArrayList<>();
    List<Float> rowBase = new ArrayList<>();
    for (Word w : sorted) {
      int last = rows.size() - 1;
      if (last >= 0 && Math.abs(w.base - rowBase.get(last)) <= 0.3f * w.size) {
        rows.get(last).add(w);
      } else {
        List<Word> row = new ArrayList<>();
        row.add(w);
        rows.add(row);
        rowBase.add(w.base);
      }
    }
    List<Line> lines = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Word> row = rows.get(r);
      row.sort(Comparator.comparingDouble(w -> w.x0));
      Line line = null;
      Word prev = null;
      for (Word w : row) {
        if (line != null && split(prev, w, r, rows, rowBase)) {
          line = null;
        }
        if (line == null) {
          line = new Line();
          line.base = w.base;
          line.element = w.element;
          line.region = w.region;
          lines.add(line);
        }
        line.add(w);
        prev = w;
      }
    }
    return lines;
  }

  private static boolean split(Word a, Word b, int r, List<List<Word>> rows, List<Float> rowBase) {
    if (a.element != b.element || a.region != b.region) {
      return true;
    }
    float size = Math.max(a.size, b.size);
    float gap = b.x0 - a.x1;
    if (gap < 0.6f * size) {
      return false;
    }
    if (gap > 3f * size) {
      return true;
    }
    float ratio = a.size / b.size;
    if (ratio > 1.18f || ratio < 0.85f) {
      return true;
    }
    // a gutter stays empty on neighbouring lines; a wide justified space does not: narrow the white
    // strip by the words of the lines above and below and see whether enough of it is left
    float[] strip = {a.x1, b.x0};
    float base = rowBase.get(r);
    int neighbours = 0;
    for (int k = r - 1; k >= 0 && base - rowBase.get(k) <= 3 * size; k--) {
      narrow(rows.get(k), strip);
      neighbours += spans(rows.get(k), a.x1, b.x0) ? 1 : 0;
    }
    for (int k = r + 1; k < rows.size() && rowBase.get(k) - base <= 3 * size; k++) {
      narrow(rows.get(k), strip);
      neighbours += spans(rows.get(k), a.x1, b.x0) ? 1 : 0;
    }
    if (strip[1] - strip[0] < Math.max(0.45f * size, 3f)) {
      return false;
    }
    return neighbours > 0 || gap > 1.6f * size;
  }

  private static void narrow(List<Word> row, float[] strip) {
    for (Word w : row) {
      if (w.x0 < strip[1] && w.x1 > strip[0]) {
        if ((w.x0 + w.x1) / 2 < (strip[0] + strip[1]) / 2) {
          strip[0] = Math.max(strip[0], w.x1);
        } else {
          strip[1] = Math.min(strip[1], w.x0);
        }
      }
    }
  }

  /** The row has text on both sides of the gap. */
  private static boolean spans(List<Word> row, float left, float right) {
    boolean l = false;
    boolean rt = false;
    for (Word w : row) {
      l |= w.x1 <= left + 1;
      rt |= w.x0 >= right - 1;
    }
    return l && rt;
  }

  // ---- tables ----

  /**
   * Rows of a table: baselines cut into two or more segments of which at least one is a short cell (a
   * figure, or three words at most), in a run of such rows whose cells line up (left or right edges),
   * with the wrapped lines of long cells in between; two such rows at least. Box fills behind rows
   * (banded tables) do not matter. Lines of a structure element tagged Table are table rows too.
   */
  static void markTableRows(List<Line> lines, float pageWidth, java.util.function.IntPredicate tableElement) {
    for (Line l : lines) {
      if (l.element >= 0 && tableElement.test(l.element)) {
        l.tableRow = true;
      }
    }
    List<Line> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingDouble((Line l) -> l.base).thenComparingDouble(l -> l.x0));
    List<List<Line>> rows = new ArrayList<>();
    for (Line l : sorted) {
      int last = rows.size() - 1;
      if (last >= 0 && Math.abs(rows.get(last).get(0).base - l.base) < 0.35f * l.size()) {
        rows.get(last).add(l);
      } else {
        List<Line> row = new ArrayList<>();
        row.add(l);
        rows.add(row);
      }
    }
    int i = 0;
    while (i < rows.size()) {
      if (!cellRow(rows.get(i), pageWidth)) {
        i++;
        continue;
      }
      int cells = 1;
      List<Line> last = rows.get(i);
      int end = i + 1;
      while (end < rows.size()) {
        List<Line> row = rows.get(end);
        float gap = row.get(0).base - rows.get(end - 1).get(0).base;
        if (gap > 2.6f * row.get(0).size()) {
          break;
        }
        if (cellRow(row, pageWidth) && aligned(last, row)) {
          cells++;
          last = row;
        } else if (!(row.size() < last.size() && within(row, last) && narrow(row, pageWidth))) {
          break;
        }
        end++;
      }
      if (cells >= 2) {
        for (int k = i; k < end; k++) {
          rows.get(k).forEach(l -> l.tableRow = true);
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  private static boolean narrow(List<Line> row, float pageWidth) {
    for (Line l : row) {
      if (l.x1 - l.x0 > 0.34f * pageWidth) {
        return false;
      }
    }
    return true;
  }

  private static boolean cellRow(List<Line> row, float pageWidth) {
    if (row.size() < 2 || !narrow(row, pageWidth)) {
      return false;
    }
    boolean cell = false;
    for (Line l : row) {
      String t = l.text();
      if (t.matches("[-+−–(]?[\\d.,%‰$€£ ]+[)%]?|[-–—]|n/?a|\\.\\.+")
          || (l.words.size() <= 3 && l.x1 - l.x0 < 0.3f * pageWidth)) {
        cell = true;
      }
    }
    return cell;
  }

  /** Each line of the row starts under a cell of the row before: the wrapped lines of long cells. */
  private static boolean within(List<Line> row, List<Line> cells) {
    for (Line l : row) {
      boolean under = false;
      for (Line c : cells) {
        if (Math.abs(l.x0 - c.x0) < 3 || Math.abs(l.x1 - c.x1) < 3) {
          under = true;
        }
      }
      if (!under) {
        return false;
      }
    }
    return true;
  }

  private static boolean aligned(List<Line> a, List<Line> b) {
    int same = 0;
    for (Line x : a) {
      for (Line y : b) {
        if (Math.abs(x.x0 - y.x0) < 3 || Math.abs(x.x1 - y.x1) < 3) {
          same++;
          break;
        }
      }
    }
    return same >= 2;
  }

  // ---- blocks ----

  /** Section numbering at the start of a line: "3.1 ", "4.2.1 ", "3. " (not a year or a bare count). */
  private static final java.util.regex.Pattern SECTION_NUMBER =
      java.util.regex.Pattern.compile("(\\d{1,2}(\\.\\d{1,2})+\\.?|\\d{1,2}\\.)\\s+\\p{L}");

  static List<Block> blocks(int pageNo, List<Line> lines, boolean tagged) {
    List<Block> blocks = new ArrayList<>();
    List<Line> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingDouble((Line l) -> l.base).thenComparingDouble(l -> l.x0));
    // tables: their lines form one block per table (consecutive table rows in one region)
    Block table = null;
    for (Line l : sorted) {
      if (!l.tableRow) {
        continue;
      }
      if (table == null || l.element != table.element || l.top - table.y1 > 3 * l.size()) {
        table = new Block(pageNo);
        table.table = true;
        table.element = l.element;
        blocks.add(table);
      }
      table.add(l);
    }
    List<Block> active = new ArrayList<>();
    for (Line l : sorted) {
      if (l.tableRow) {
        continue;
      }
      Block best = null;
      float bestDist = Float.MAX_VALUE;
      for (Block b : active) {
        float d = l.base - b.last().base;
        if (d <= 0 || d > 3f * l.size()) {
          continue;
        }
        if (joins(b, l, d, tagged) && d < bestDist) {
          best = b;
          bestDist = d;
        }
      }
      if (best == null) {
        best = new Block(pageNo);
        best.element = l.element;
        best.region = l.region;
        blocks.add(best);
        active.add(best);
      }
      best.add(l);
      float base = l.base;
      active.removeIf(b -> base - b.last().base > 4f * l.size());
    }
    return blocks;
  }

  private static boolean joins(Block b, Line l, float delta, boolean tagged) {
    Line prev = b.last();
    if (l.region != b.region || l.element != b.element) {
      return false;
    }
    // horizontal overlap with the block
    float overlap = Math.min(b.x1, l.x1) - Math.max(b.x0, l.x0);
    if (overlap < 0.3f * Math.min(b.width(), l.x1 - l.x0)) {
      return false;
    }
    if (tagged && l.element >= 0) {
      return delta <= 2.6f * l.size(); // the structure tree says where paragraphs end
    }
    float ratio = l.size() / prev.size();
    if (ratio > 1.15f || ratio < 0.87f) {
      return false;
    }
    if (l.bold() && prev.bold() && SECTION_NUMBER.matcher(l.text()).lookingAt()) {
      // stacked headings ("3. Progress by goal" over "3.1 Goal 7"): a bold line that opens with section
      // numbering starts a heading of its own, whatever the sizes (small caps shrink a heading's mean size)
      return false;
    }
    if (prev.bold() != l.bold() && (b.bold() || l.bold())) {
      // a bold heading above body text, or a bold line after body text
      if (b.lines.size() <= 3 || l.bold()) {
        return false;
      }
    }
    float limit;
    if (b.lines.size() >= 2) {
      float typical = Float.MAX_VALUE; // the block's tightest line spacing
      for (int i = 1; i < b.lines.size(); i++) {
        float d = b.lines.get(i).base - b.lines.get(i - 1).base;
        if (d > 0.5f * l.size()) {
          typical = Math.min(typical, d);
        }
      }
      typical = typical == Float.MAX_VALUE ? 1.2f * l.size() : typical;
      limit = Math.min(typical * 1.08f + 0.6f, 2.2f * l.size());
    } else {
      limit = 1.72f * l.size();
    }
    // a sentence end, then an indented line: a new paragraph (layouts without space between paragraphs)
    String prevText = prev.words.get(prev.words.size() - 1).text.toString();
    boolean sentenceEnd = prevText.matches(".*[.!?:。！？]['’\"”»)]*\\d{0,3}");
    if (delta > limit) {
      // a little more space (a superscript widens its line) only inside a sentence
      if (sentenceEnd || delta > (limit - 0.6f) / 1.08f * 1.35f) {
        return false;
      }
    }
    boolean indented = l.x0 > b.x0 + 0.8f * l.size() && b.lines.size() >= 2;
    if (sentenceEnd && indented) {
      return false;
    }
    return true;
  }
}
