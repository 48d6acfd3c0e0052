package org.vlrobs.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Opens corpus files. Local files ({@code file:} paths) are read with {@code java.nio}: Hadoop's local
 * file system rejects names such as {@code Report: 2021.pdf} (its checksum-path code throws
 * {@code IllegalArgumentException}), and a file that has become a pipe or a device since it was listed
 * is refused rather than opened (opening a pipe blocks). Other paths go through Hadoop.
 */
public final class CorpusFiles {
  private CorpusFiles() {}

  public static boolean isLocal(String path, Configuration conf) {
    if (path.startsWith("file:")) {
      return true;
    }
    int colon = path.indexOf(':');
    int slash = path.indexOf('/');
    boolean hasScheme = colon > 1 && (slash < 0 || colon < slash) && path.startsWith("//", colon + 1);
    if (hasScheme) {
      return false;
    }
    return "file".equals(FileSystem.getDefaultUri(conf).getScheme());
  }

  public static Path localPath(String path) {
    return LocalCorpus.localPath(path);
  }

  /** Opens a corpus file for reading; never blocks on a pipe or device. */
  public static InputStream open(String sourcePath, Configuration conf) throws IOException {
    if (isLocal(sourcePath, conf)) {
      Path p = localPath(sourcePath);
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        throw new IOException(p + " is not a regular file (" + LocalCorpus.special(p) + "); not opened");
      }
      return Files.newInputStream(p);
    }
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(sourcePath);
    return p.getFileSystem(conf).open(p);
  }
}
