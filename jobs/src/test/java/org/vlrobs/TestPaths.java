package org.vlrobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.vlrobs.sample.SampleCorpusGenerator;

/** Where the project, its sample sources and the optional ../shared folder are, for tests. */
public final class TestPaths {
  private static Path generated;

  private TestPaths() {}

  public static Path projectDir() {
    String p = System.getProperty("vlr.project.dir");
    Path dir = (p != null ? Paths.get(p) : Paths.get("")).toAbsolutePath().normalize();
    while (dir != null && !Files.exists(dir.resolve("data/sample/src"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the project directory (data/sample/src)");
    }
    return dir;
  }

  public static Path sampleSources() {
    return projectDir().resolve("data/sample/src");
  }

  /** The committed sample corpus. */
  public static Path sampleCorpus() {
    return projectDir().resolve("data/sample/corpus");
  }

  /** A corpus freshly generated from the sources into target/, once per test JVM. */
  public static synchronized Path generatedCorpus() throws IOException {
    if (generated == null) {
      Path out = projectDir().resolve("jobs/target/test-sample-corpus");
      if (Files.exists(out)) {
        try (var walk = Files.walk(out)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
      }
      new SampleCorpusGenerator().generate(sampleSources(), out);
      generated = out;
    }
    return generated;
  }

  /** ../shared next to the project, or null when absent (CI has it; the core tests must not need it). */
  public static Path shared() {
    Path s = projectDir().resolveSibling("shared");
    return Files.isDirectory(s) ? s : null;
  }
}
