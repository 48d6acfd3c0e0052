package org.vlrobs.fetch;

/**
 * One row of {@code fetch-report.csv}.
 *
 * @param httpCode the last HTTP status seen (0 when there was no answer)
 * @param bytes    bytes received (decoded) in the last attempt, or the size of the verified file
 * @param sha256   SHA-256 of the bytes received, when the body was read to the end
 * @param path     the local file name (relative to the output folder) when usable, else null
 * @param finalUrl the URL the bytes came from after redirects
 */
public record FetchResult(CatalogEntry entry, FetchStatus status, int httpCode, long bytes, String sha256,
    String reason, String path, String finalUrl, int attempts) {}
