package org.vlrobs.extract;

import java.io.Serializable;
import java.time.Duration;

/**
 * Guards that keep one document from taking a task down: bytes are checked before parsing, pages and
 * characters while parsing, time by a cooperative deadline plus a hard timeout.
 */
public record ExtractionLimits(long maxBytes, int maxPages, int maxCharsPerPage, long maxChars, Duration timeout)
    implements Serializable {

  /** 256 MiB, 3,000 pages, 50k characters a page, 8M characters a document, 2 minutes. */
  public static final ExtractionLimits DEFAULT =
      new ExtractionLimits(256L * 1024 * 1024, 3_000, 50_000, 8_000_000L, Duration.ofSeconds(120));

  /** Characters per synthetic page for formats with no pages of their own (HTML, DOCX, text). */
  public static final int FLOW_PAGE_CHARS = 3_000;
}
