package org.vlrobs.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local file system that sets permissions with java.nio: same permissions as Hadoop's, checksums kept. */
class NioLocalFileSystemTest {
  @TempDir
  java.nio.file.Path dir;

  private static FileSystem fs() throws Exception {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    conf.set("fs.permissions.umask-mode", "022");
    return FileSystem.get(URI.create("file:///"), conf);
  }

  private static String perms(java.nio.file.Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void setsThePermissionsHadoopWouldSet() throws Exception {
    FileSystem fs = fs();
    assertInstanceOf(NioLocalFileSystem.class, fs);
    Path folder = new Path(dir.toUri().toString(), "a/b");
    assertTrue(fs.mkdirs(folder, new FsPermission((short) 0750)));
    assertEquals("rwxr-x---", perms(dir.resolve("a/b")));
    Path file = new Path(folder, "part-0.parquet");
    try (var o = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
      o.write(new byte[] {1, 2, 3});
    }
    assertEquals("rw-r-----", perms(dir.resolve("a/b/part-0.parquet")));
    assertTrue(Files.exists(dir.resolve("a/b/.part-0.parquet.crc")), "checksum file written as before");
    fs.setPermission(file, new FsPermission((short) 0604));
    assertEquals("rw----r--", perms(dir.resolve("a/b/part-0.parquet")));
    assertEquals(new FsPermission((short) 0604), fs.getFileStatus(file).getPermission());
    fs.close();
  }
}
