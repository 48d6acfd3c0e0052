package org.vlrobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The project folder ({@code bin/vlr} sets {@code -Dvlr.home}); else the working directory or a parent. */
final class ProjectHome {
  private ProjectHome() {}

  static Path get() {
    String home = System.getProperty("vlr.home");
    if (home != null) {
      return Paths.get(home).toAbsolutePath().normalize();
    }
    Path dir = Paths.get("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("data/sample/src"))) {
        return d;
      }
    }
    return dir;
  }
}
