package org.vlrobs.layout;

import java.io.Serializable;
import java.util.List;

/** One page after layout analysis: its size in points and its blocks in reading order. */
public record LayoutPage(int pageNo, float width, float height, List<LayoutBlock> blocks) implements Serializable {

  /** The page's text in reading order, blocks separated by a blank line. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (LayoutBlock block : blocks) {
      if (block.text().isBlank()) {
        continue;
      }
      if (b.length() > 0) {
        b.append("\n\n");
      }
      b.append(block.text());
    }
    return b.toString();
  }
}
