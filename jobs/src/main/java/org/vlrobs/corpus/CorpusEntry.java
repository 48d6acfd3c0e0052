package org.vlrobs.corpus;

import java.io.Serializable;

/**
 * One input file of a corpus, as listed on the driver: where it is, how big it is, and whatever the
 * manifest says about it. Manifest fields are {@code null} when the manifest leaves them empty (or
 * there is no manifest); the extraction stage infers them.
 *
 * @param sourcePath fully qualified Hadoop path (file:/, hdfs://, s3a://...)
 * @param fileName   last path component
 * @param fileSize   bytes, or -1 when the file does not exist (listed in a manifest only)
 * @param modifiedMillis modification time reported by the file system (part of the resume key)
 * @param listingStatus  a {@code documents.status} decided while listing, without opening the file
 *                       ({@code not_a_file}, {@code outside_corpus}, {@code invalid_manifest_row}), or null
 * @param listingNote    the reason for {@code listingStatus}, or a note on how the manifest row was matched
 *                       (added to the document's reason), or null
 */
public record CorpusEntry(
    String sourcePath,
    String fileName,
    long fileSize,
    long modifiedMillis,
    String kind,
    String country,
    String locality,
    Integer year,
    String language,
    String title,
    String url,
    String listingStatus,
    String listingNote) implements Serializable {

  public CorpusEntry(String sourcePath, String fileName, long fileSize, long modifiedMillis, String kind,
      String country, String locality, Integer year, String language, String title, String url) {
    this(sourcePath, fileName, fileSize, modifiedMillis, kind, country, locality, year, language, title, url, null, null);
  }

  public boolean exists() {
    return fileSize >= 0;
  }

  /** Same entry without any manifest metadata (a file found in a directory with no manifest row). */
  public static CorpusEntry bare(String sourcePath, String fileName, long size, long modified) {
    return new CorpusEntry(sourcePath, fileName, size, modified, null, null, null, null, null, null, null);
  }

  public CorpusEntry withFile(String resolvedPath, long size, long modified) {
    return new CorpusEntry(resolvedPath, fileName, size, modified, kind, country, locality, year, language, title, url,
        listingStatus, listingNote);
  }

  public CorpusEntry withFileName(String name) {
    return new CorpusEntry(sourcePath, name, fileSize, modifiedMillis, kind, country, locality, year, language, title,
        url, listingStatus, listingNote);
  }

  /** This entry with a listing status (the file is not opened) and its reason. */
  public CorpusEntry withListingStatus(String status, String reason) {
    return new CorpusEntry(sourcePath, fileName, fileSize, modifiedMillis, kind, country, locality, year, language,
        title, url, status, reason);
  }

  /** This entry with a note appended to its listing note. */
  public CorpusEntry withNote(String note) {
    String n = listingNote == null ? note : listingNote + "; " + note;
    return new CorpusEntry(sourcePath, fileName, fileSize, modifiedMillis, kind, country, locality, year, language,
        title, url, listingStatus, n);
  }

  /** The manifest metadata dropped (values unreliable), with the reason as a note. */
  public CorpusEntry withoutMetadata(String note) {
    return bare(sourcePath, fileName, fileSize, modifiedMillis).withListingStatus(listingStatus, listingNote).withNote(note);
  }
}
