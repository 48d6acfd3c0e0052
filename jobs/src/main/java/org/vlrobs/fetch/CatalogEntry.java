package org.vlrobs.fetch;

/**
 * One row of a catalogue of published review URLs (the {@code published_pdf_urls.tsv} format:
 * {@code url, host, upload_ym, filename, kind_guess, sha256}). Only {@code url} is required; the other
 * fields are {@code null} when the catalogue leaves them empty.
 *
 * @param line      1-based line of the row in the catalogue (for messages)
 * @param uploadYm  when the host stored the file ("2021" or "2021-07"): not the publication year
 * @param fileName  the file's name as published (decoded), used for the local name
 * @param kindGuess "vlr", "vnr" or "unknown"
 * @param sha256    expected SHA-256 of the bytes (lower-case hex), when the catalogue knows it
 */
public record CatalogEntry(int line, String url, String host, String uploadYm, String fileName, String kindGuess,
    String sha256) {}
