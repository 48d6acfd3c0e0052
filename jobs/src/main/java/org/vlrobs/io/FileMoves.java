package org.vlrobs.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Putting a finished file in place, and removing one that may be left behind. */
public final class FileMoves {
  private FileMoves() {}

  /**
   * Moves {@code from} onto {@code to}, replacing it: atomically where the file system can, so a reader sees the old
   * file or the new one, never a part.
   */
  public static void replace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes the file if it is there; a file that cannot be deleted is left for a later clean-up. */
  public static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // left behind
    }
  }
}
