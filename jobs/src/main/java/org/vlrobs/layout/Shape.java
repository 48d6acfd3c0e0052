package org.vlrobs.layout;

/** A painted rectangle (or the bounds of a painted path): points, top-left origin. */
record Shape(float x0, float y0, float x1, float y1, boolean filled, boolean stroked) {
  float width() {
    return x1 - x0;
  }

  float height() {
    return y1 - y0;
  }

  boolean contains(float x, float y) {
    return x >= x0 - 0.5f && x <= x1 + 0.5f && y >= y0 - 0.5f && y <= y1 + 0.5f;
  }

  /** A thin horizontal line: a rule above footnotes, a table border. */
  boolean horizontalRule() {
    return height() <= 2.5f && width() >= 20;
  }
}
