package org.vlrobs.layout;

import java.io.Serializable;

/**
 * A block of text on one page, in reading order: a paragraph, heading, box paragraph, footnote, table,
 * running header... Coordinates are PDF points from the page's top-left corner.
 *
 * @param blockNo 1-based position on the page in reading order
 * @param level heading level (1 = chapter) for headings and box titles, 0 otherwise
 * @param column 0 for blocks spanning the columns (or a single-column page), else 1-based column from the left
 * @param region 0, or the 1-based number of the drawn box (filled or framed rectangle) the block sits in
 * @param boxTitle the title of a box ("Box 3.1 ...", a heading inside a framed box)
 * @param continues the block continues the paragraph of the previous body (or box) block, cut by a column or page break
 * @param structure the tag of the structure element the block comes from in a tagged PDF ("P", "H2"...), or null
 */
public record LayoutBlock(int pageNo, int blockNo, BlockRole role, int level, String text, float x0, float y0,
    float x1, float y1, float fontSize, boolean bold, int column, int region, boolean boxTitle, boolean continues,
    String structure) implements Serializable {

  public LayoutBlock withOrder(int newBlockNo) {
    return new LayoutBlock(pageNo, newBlockNo, role, level, text, x0, y0, x1, y1, fontSize, bold, column, region,
        boxTitle, continues, structure);
  }
}
