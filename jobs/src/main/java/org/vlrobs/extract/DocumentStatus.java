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
  /** Pages but no extractable text: scanned or image-only, needs OCR. */
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
  MISSING,
  /** Some of the content was read, not all: pages lost (truncated or damaged file) or characters cut. */
  PARTIAL,
  /** Not a regular file (a folder named in the manifest, a pipe, socket or device, a dangling or looping link); never opened. */
  NOT_A_FILE,
  /** A manifest path or a link that leads outside the corpus folder; never opened (see {@code --allow-outside-corpus}). */
  OUTSIDE_CORPUS,
  /** A manifest line that cannot be used (no path, an unbalanced quote); the rest of the manifest is read. */
  INVALID_MANIFEST_ROW;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static DocumentStatus fromCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
