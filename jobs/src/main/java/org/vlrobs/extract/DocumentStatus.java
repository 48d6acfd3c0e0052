package org.vlrobs.extract;

/** What became of one input file. Written lower-case to the {@code documents.status} column. */
public enum DocumentStatus {
  /** Text extracted. */
  OK,
  /** Zero bytes, or a container with no content at all. */
  EMPTY,
  /** The parser could not read the file (truncated or damaged). */
  CORRUPT,
  /** Password-protected: no text without the password. */
  ENCRYPTED,
  /** Pages but no extractable text (scanned or image-only), and OCR off, unavailable or finding nothing. */
  NO_TEXT,
  /** A format with no text parser (images, archives, unknown binaries). */
  UNSUPPORTED,
  /** Named as a document format (.pdf, .docx...) but the content is a web page or plain text: usually a failed download. */
  MISLABELLED,
  /** Parsing took longer than the per-document limit. */
  TIMEOUT,
  /** Over the size limit (not parsed) or the page limit (first pages kept). */
  TOO_LARGE,
  /** Same bytes as another file of the corpus (see {@code duplicate_of}). */
  DUPLICATE,
  /** Named in the manifest but not found. */
  MISSING;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static DocumentStatus fromCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
