package org.vlrobs.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system ({@code file:}, with its checksum files), except that file permissions are set with
 * {@code java.nio} instead of by running {@code chmod}. Without Hadoop's native library (not shipped with Spark's
 * client jars), {@link RawLocalFileSystem#setPermission} starts a {@code chmod} process for every file and folder
 * that Spark's Parquet writer creates: about five per written task (the task folder, the part file, its
 * checksum, the commit markers), some 220 processes of a few milliseconds each in a yearly run of the
 * pipeline. The permissions set are the same; where {@code java.nio} cannot set them (a file system without
 * POSIX permissions, a sticky bit) Hadoop's own way is used. {@link Spark#session} makes it the {@code file:}
 * file system of the pipeline's sessions ({@code fs.file.impl}).
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The raw (checksum-less) local file system with permissions set through {@code java.nio}. */
  public static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      String symbolic = permission.toString(); // "rwxr-xr-x"; a tenth character for a sticky bit
      if (NativeIO.isAvailable() || symbolic.length() != 9) {
        super.setPermission(p, permission);
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), PosixFilePermissions.fromString(symbolic));
      } catch (UnsupportedOperationException e) { // no POSIX permissions here: as Hadoop does it
        super.setPermission(p, permission);
      }
    }
  }
}
