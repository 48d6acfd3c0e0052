package org.vlrobs.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vlrobs.layout.PageAnalyzer.Block;

/**
 * Reading order of a page's blocks by recursive cuts: where a vertical strip of white runs through a
 * group of blocks, the group is read column by column from the left; where blocks span the gutters of
 * the narrower blocks (a title, a full-width heading or box), the page is cut above and below them and
 * each band is read in turn. Blocks get their column (1-based, 0 for spanning or single-column text).
 */
final class ReadingOrder {
  private static final float MIN_GUTTER = 4f;

  private ReadingOrder() {}

  static List<Block> order(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      b.column = 0;
    }
    // a drawn box (sidebar, case study) is read as one unit: its blocks stay together, in their own order,
    // at the box's place on the page, so no body paragraph falls between a box's title and its text
    Map<Block, List<Block>> units = boxUnits(blocks);
    List<Block> top = new ArrayList<>();
    for (Block b : blocks) {
      if (b.region <= 0 || !units.containsKey(unitOf(units, b))) {
        top.add(b);
      }
    }
    top.addAll(units.keySet());
    List<Block> ordered = new ArrayList<>(top.size());
    cut(top, ordered, new boolean[1], 0);
    for (Block b : ordered) {
      List<Block> members = units.get(b);
      if (members == null) {
        out.add(b);
        continue;
      }
      List<Block> inner = new ArrayList<>(members.size());
      cut(members, inner, new boolean[1], 0);
      for (Block m : inner) {
        m.column = b.column;
        out.add(m);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      out.get(i).order = i;
    }
    return out;
  }

  /**
   * The page's boxes with more than one block, each as a stand-in block spanning its members. A region that
   * holds most of the page's text (a page-wide background) is not a box and is not grouped.
   */
  private static Map<Block, List<Block>> boxUnits(List<Block> blocks) {
    Map<Integer, List<Block>> byRegion = new LinkedHashMap<>();
    int pageChars = 0;
    for (Block b : blocks) {
      pageChars += b.chars;
      if (b.region > 0) {
        byRegion.computeIfAbsent(b.region, k -> new ArrayList<>()).add(b);
      }
    }
    Map<Block, List<Block>> units = new LinkedHashMap<>();
    for (List<Block> members : byRegion.values()) {
      int chars = members.stream().mapToInt(b -> b.chars).sum();
      if (members.size() < 2 || chars >= 0.6f * pageChars) {
        continue;
      }
      Block unit = new Block(members.get(0).pageNo);
      unit.region = members.get(0).region;
      for (Block m : members) {
        unit.x0 = Math.min(unit.x0, m.x0);
        unit.x1 = Math.max(unit.x1, m.x1);
        unit.y0 = Math.min(unit.y0, m.y0);
        unit.y1 = Math.max(unit.y1, m.y1);
        unit.chars += m.chars;
      }
      units.put(unit, members);
    }
    return units;
  }

  private static Block unitOf(Map<Block, List<Block>> units, Block b) {
    for (Map.Entry<Block, List<Block>> e : units.entrySet()) {
      if (e.getValue().contains(b)) {
        return e.getKey();
      }
    }
    return null;
  }

  private static void cut(List<Block> list, List<Block> out, boolean[] unused, int depth) {
    if (list.size() <= 1 || depth > 40) {
      List<Block> s = new ArrayList<>(list);
      s.sort(Comparator.comparingDouble((Block b) -> b.y0).thenComparingDouble(b -> b.x0));
      out.addAll(s);
      return;
    }
    List<List<Block>> columns = splitX(list, list);
    if (columns.size() > 1) {
      for (int i = 0; i < columns.size(); i++) {
        for (Block b : columns.get(i)) {
          if (b.column == 0) {
            b.column = -(i + 1); // provisional: the outermost split that separates it
          }
        }
        cut(columns.get(i), out, unused, depth + 1);
      }
      finishColumns(list);
      return;
    }
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    for (Block b : list) {
      minX = Math.min(minX, b.x0);
      maxX = Math.max(maxX, b.x1);
    }
    List<Block> narrow = new ArrayList<>();
    for (Block b : list) {
      if (b.width() < 0.6f * (maxX - minX)) {
        narrow.add(b);
      }
    }
    List<float[]> gutters = gaps(narrow);
    List<Block> spanning = new ArrayList<>();
    for (Block b : list) {
      for (float[] g : gutters) {
        if (b.x0 < g[1] && b.x1 > g[0]) {
          spanning.add(b);
          break;
        }
      }
    }
    if (gutters.isEmpty() || spanning.isEmpty() || spanning.size() == list.size()) {
      List<Block> s = new ArrayList<>(list);
      s.sort(Comparator.comparingDouble((Block b) -> b.y0).thenComparingDouble(b -> b.x0));
      out.addAll(s);
      return;
    }
    spanning.sort(Comparator.comparingDouble(b -> b.y0));
    List<List<Block>> bands = new ArrayList<>();
    for (int i = 0; i <= spanning.size(); i++) {
      bands.add(new ArrayList<>());
    }
    for (Block b : list) {
      if (spanning.contains(b)) {
        continue;
      }
      float mid = (b.y0 + b.y1) / 2;
      int k = 0;
      while (k < spanning.size() && (spanning.get(k).y0 + spanning.get(k).y1) / 2 < mid) {
        k++;
      }
      bands.get(k).add(b);
    }
    for (int k = 0; k <= spanning.size(); k++) {
      cut(bands.get(k), out, unused, depth + 1);
      if (k < spanning.size()) {
        out.add(spanning.get(k));
      }
    }
  }

  /** Provisional column marks (negative) become 1-based columns. */
  private static void finishColumns(List<Block> list) {
    for (Block b : list) {
      if (b.column < 0) {
        b.column = -b.column;
      }
    }
  }

  /** Groups separated by vertical white strips through the whole group, left to right. */
  private static List<List<Block>> splitX(List<Block> list, List<Block> all) {
    List<float[]> g = gaps(list);
    List<List<Block>> groups = new ArrayList<>();
    for (int i = 0; i <= g.size(); i++) {
      groups.add(new ArrayList<>());
    }
    for (Block b : all) {
      int k = 0;
      while (k < g.size() && b.x0 >= g.get(k)[1] - 0.5f) {
        k++;
      }
      groups.get(k).add(b);
    }
    groups.removeIf(List::isEmpty);
    return groups;
  }

  /** White strips between the blocks' horizontal extents, at least {@link #MIN_GUTTER} wide. */
  static List<float[]> gaps(List<Block> blocks) {
    List<Block> s = new ArrayList<>(blocks);
    s.sort(Comparator.comparingDouble(b -> b.x0));
    List<float[]> gaps = new ArrayList<>();
    float reach = -Float.MAX_VALUE;
    for (Block b : s) {
      if (reach > -Float.MAX_VALUE && b.x0 - reach >= MIN_GUTTER) {
        gaps.add(new float[] {reach, b.x0});
      }
      reach = Math.max(reach, b.x1);
    }
    return gaps;
  }
}
