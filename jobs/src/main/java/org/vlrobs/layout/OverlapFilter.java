package org.vlrobs.layout;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Drops the duplicate glyphs some producers draw to fake bold (the same character painted again a fraction
 * of its width away). The rule is PDFBox's {@code PDFTextStripper} rule with {@code
 * setSuppressDuplicateOverlappingText(true)}: a glyph is a duplicate when a glyph of the same text was kept on
 * the page at {@code x} in {@code [x - t, x + t)} and {@code y} in {@code [y - t, y + t)}, where {@code t} is a
 * third of the glyph's width per character. PDFBox looks this up in a tree of trees, which cost a fifth of
 * extraction time in the profile of {@code bin/vlr bench extract}; here kept glyphs go into a hash grid of
 * {@link #CELL}-point cells, so a lookup visits the few cells the tolerance box touches. One per page reader;
 * {@link #clear()} at each page; not thread-safe.
 */
final class OverlapFilter {
  /** Cell size in points: about a glyph of body text. */
  static final float CELL = 8f;
  /** A tolerance box spanning more cells than this per axis is looked up by scanning the text's glyphs. */
  private static final int MAX_CELLS = 16;

  /** Kept glyph positions per text, per cell. */
  private final Map<String, Map<Long, Points>> cells = new HashMap<>();

  void clear() {
    cells.clear();
  }

  /**
   * True when a glyph of the same text was kept close enough to this one; otherwise this glyph is kept
   * (remembered for later lookups) and false is returned.
   */
  boolean duplicate(String text, float x, float y, float width) {
    if (text == null || !Float.isFinite(x) || !Float.isFinite(y)) {
      return false;
    }
    float tolerance = width / text.length() / 3.0f;
    float x0 = x - tolerance;
    float x1 = x + tolerance;
    float y0 = y - tolerance;
    float y1 = y + tolerance;
    Map<Long, Points> grid = cells.computeIfAbsent(text, k -> new HashMap<>());
    if (x0 < x1 && y0 < y1) { // a positive tolerance (not NaN): otherwise nothing can be within it
      if (2 * tolerance < (MAX_CELLS - 2) * CELL && Float.isFinite(x0) && Float.isFinite(y0)) {
        long cx0 = cell(x0);
        long cx1 = cell(x1);
        long cy0 = cell(y0);
        long cy1 = cell(y1);
        for (long cx = cx0; cx <= cx1; cx++) {
          for (long cy = cy0; cy <= cy1; cy++) {
            Points points = grid.get(key(cx, cy));
            if (points != null && points.within(x0, x1, y0, y1)) {
              return true;
            }
          }
        }
      } else {
        for (Points points : grid.values()) { // a glyph a hundred points wide (or no width): scan this text's
          if (points.within(x0, x1, y0, y1)) {
            return true;
          }
        }
      }
    }
    grid.computeIfAbsent(key(cell(x), cell(y)), k -> new Points()).add(x, y);
    return false;
  }

  /** The positions kept in one cell: x and y of each glyph in turn. */
  private static final class Points {
    private float[] xy = new float[4];
    private int n;

    void add(float x, float y) {
      if (2 * n + 2 > xy.length) {
        xy = Arrays.copyOf(xy, 2 * xy.length);
      }
      xy[2 * n] = x;
      xy[2 * n + 1] = y;
      n++;
    }

    boolean within(float x0, float x1, float y0, float y1) {
      for (int i = 0; i < n; i++) {
        float px = xy[2 * i];
        float py = xy[2 * i + 1];
        if (px >= x0 && px < x1 && py >= y0 && py < y1) {
          return true;
        }
      }
      return false;
    }
  }

  private static long cell(float v) {
    return (long) Math.floor(v / CELL);
  }

  private static long key(long cx, long cy) {
    return (cx << 32) ^ (cy & 0xffffffffL);
  }
}
