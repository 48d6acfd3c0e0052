package org.vlrobs.fetch;

import java.util.Locale;

/** What became of one catalogue URL; written lower-case in {@code fetch-report.csv}. */
public enum FetchStatus {
  /** Downloaded, checked (content type, checksum when known) and renamed into place. */
  OK,
  /** Already present from an earlier run and verified (catalogue checksum, or the checksum recorded then). */
  CACHED,
  /** 404 or 410. */
  NOT_FOUND,
  /** Another HTTP error (5xx and 429 after the retries). */
  HTTP_ERROR,
  /** No answer, or a pause in the body, longer than the timeout (after the retries). */
  TIMEOUT,
  /** Connection refused or reset, DNS or TLS failure (after the retries). */
  NETWORK_ERROR,
  /** The bytes do not have the catalogue's SHA-256. */
  CHECKSUM_MISMATCH,
  /** A PDF was expected and something else came, usually an HTML page. */
  NOT_PDF,
  /** Over the size cap (declared Content-Length or counted while streaming). */
  TOO_LARGE,
  /** A redirect loop, too many hops, or a redirect without a usable Location. */
  REDIRECT_ERROR,
  /** Not an http(s) URL. */
  INVALID_URL,
  /** The same URL again, further down the catalogue. */
  DUPLICATE_URL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean usable() {
    return this == OK || this == CACHED;
  }

  /** Worth another attempt after a pause. */
  boolean transientFailure() {
    return this == HTTP_ERROR || this == TIMEOUT || this == NETWORK_ERROR;
  }
}
