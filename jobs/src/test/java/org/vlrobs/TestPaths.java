package org.vlrobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.vlrobs.sample.DesignedSamples;
import org.vlrobs.sample.SampleCorpusGenerator;

/** Where the project, its sample sources and the optional ../shared folder are, for tests. */
public final class TestPaths {
  private static Path generated;
  private static String designedNote;

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

  /** The committed layout evaluation set (designed PDFs, tagged and untagged, and their truth). */
  public static Path sampleLayout() {
    return projectDir().resolve("data/sample/layout");
  }

  /**
   * A corpus freshly generated from the sources into target/, once per test JVM. Designed samples are
   * printed only with the Chromium build that made the committed ones; otherwise the committed PDFs are used.
   */
  public static synchronized Path generatedCorpus() throws IOException {
    if (generated == null) {
      Path out = projectDir().resolve("jobs/target/test-sample-corpus");
      Path layout = projectDir().resolve("jobs/target/test-sample-layout");
      for (Path dir : new Path[] {out, layout}) {
        if (Files.exists(dir)) {
          try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
          }
        }
      }
      SampleCorpusGenerator generator = new SampleCorpusGenerator(DesignedSamples.Render.RECORDED_CHROMIUM);
      generator.generate(sampleSources(), out, layout);
      designedNote = generator.designedNote();
      generated = out;
    }
    return generated;
  }

  /** The layout set generated with {@link #generatedCorpus()}. */
  public static Path generatedLayout() throws IOException {
    generatedCorpus();
    return projectDir().resolve("jobs/target/test-sample-layout");
  }

  /** What the generation did about the designed samples (printed, or committed ones kept and why). */
  public static String designedNote() throws IOException {
    generatedCorpus();
    return designedNote;
  }

  /** ../shared next to the project, or null when absent (CI has it; the core tests must not need it). */
  public static Path shared() {
    Path s = projectDir().resolveSibling("shared");
    return Files.isDirectory(s) ? s : null;
  }
}
