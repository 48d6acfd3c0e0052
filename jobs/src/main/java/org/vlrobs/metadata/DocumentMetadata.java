package org.vlrobs.metadata;

import java.io.Serializable;
import java.util.Map;

/**
 * Resolved metadata of a document and, per field, where it came from: {@code manifest},
 * {@code inferred} (from the text, title or file) or {@code none}.
 */
public record DocumentMetadata(
    DocumentKind kind,
    String country,
    String locality,
    Integer year,
    String language,
    String title,
    Map<String, String> sources) implements Serializable {

  public static final String MANIFEST = "manifest";
  public static final String INFERRED = "inferred";
  public static final String NONE = "none";
}
