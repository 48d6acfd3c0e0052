package org.vlrobs.layout;

/**
 * One glyph as drawn: position (points, top-left origin; {@code base} is the baseline), font facts,
 * text, and where it sits in the structure tree ({@code element}: index of its block-level structure
 * element, -1 untagged, -2 an artifact such as a running header).
 */
final class Glyph {
  final float x;
  final float base;
  final float w;
  final float h;
  final float size;
  final boolean bold;
  final boolean italic;
  final String text;
  final int element;
  boolean spaceBefore;

  Glyph(float x, float base, float w, float h, float size, boolean bold, boolean italic, String text, int element) {
    this.x = x;
    this.base = base;
    this.w = w;
    this.h = h;
    this.size = size;
    this.bold = bold;
    this.italic = italic;
    this.text = text;
    this.element = element;
  }

  float x1() {
    return x + w;
  }
}
