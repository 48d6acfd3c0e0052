package org.vlrobs.link;

import java.util.Locale;

/** How a VNR passage relates to local reviews, weakest to strongest (the order gives the level 1..5). */
public enum MentionType {
  /** Local and regional governments involved in implementation or in the review itself. */
  LRG,
  /** A local review is referenced. */
  CITED,
  /** A local review has a box, case study or section of its own. */
  FEATURED,
  /** Local reviews are annexed to or published with the VNR. */
  ANNEXED,
  /** Evidence from local reviews feeds the national analysis, or a joint VLR–VNR process compiles them. */
  INTEGRATED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** 1 (lrg) to 5 (integrated). */
  public int level() {
    return ordinal() + 1;
  }

  /** The level of a set of mention types: the strongest one's, 0 for none. */
  public static int levelOf(java.util.Collection<MentionType> types) {
    return types.stream().mapToInt(MentionType::level).max().orElse(0);
  }
}
