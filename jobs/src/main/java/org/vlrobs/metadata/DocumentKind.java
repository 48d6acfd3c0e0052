package org.vlrobs.metadata;

import java.util.Locale;

/** VLR (local or regional review, including Voluntary Subnational Reviews), VNR, or anything else. */
public enum DocumentKind {
  VLR, VNR, OTHER;

  /** Accepts VLR, VNR, VSR (a subnational review counts as local), OTHER, any case; null otherwise. */
  public static DocumentKind parse(String s) {
    return switch (s.trim().toUpperCase(Locale.ROOT)) {
      case "VLR", "VSR", "LOCAL" -> VLR;
      case "VNR", "NATIONAL" -> VNR;
      case "OTHER" -> OTHER;
      default -> null;
    };
  }
}
