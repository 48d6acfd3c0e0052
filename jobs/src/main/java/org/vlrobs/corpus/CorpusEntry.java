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
    String url) implements Serializable {

  public boolean exists() {
    return fileSize >= 0;
  }

  /** Same entry without any manifest metadata (a file found in a directory with no manifest row). */
  public static CorpusEntry bare(String sourcePath, String fileName, long size, long modified) {
    return new CorpusEntry(sourcePath, fileName, size, modified, null, null, null, null, null, null, null);
  }

  public CorpusEntry withFile(String resolvedPath, long size, long modified) {
    return new CorpusEntry(resolvedPath, fileName, size, modified, kind, country, locality, year, language, title, url);
  }
}
