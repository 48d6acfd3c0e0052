package org.vlrobs.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;

class SampleCorpusTest {

  /**
   * The committed corpus must be what the committed sources make, byte for byte. The designed samples are
   * printed again only with the Chromium build recorded in src/designed/RENDERER (else the committed PDFs
   * are reused: see {@link TestPaths#designedNote()}); their untagged twins and truth files always are made.
   */
  @Test
  void committedCorpusIsReproducedFromItsSources() throws IOException {
    System.out.println("SampleCorpusTest: " + TestPaths.designedNote());
    assertSame(TestPaths.generatedCorpus(), TestPaths.sampleCorpus());
  }

  @Test
  void committedLayoutSetIsReproducedFromItsSources() throws IOException {
    assertSame(TestPaths.generatedLayout(), TestPaths.sampleLayout());
  }

  private static void assertSame(Path generated, Path committed) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(generated)) {
      files = s.filter(Files::isRegularFile).map(generated::relativize).sorted().toList();
    }
    List<Path> committedFiles;
    try (Stream<Path> s = Files.walk(committed)) {
      committedFiles = s.filter(Files::isRegularFile).map(committed::relativize).sorted().toList();
    }
    assertEquals(files, committedFiles, "run `bin/vlr sample` and commit " + committed);
    for (Path f : files) {
      assertArrayEquals(Files.readAllBytes(generated.resolve(f)), Files.readAllBytes(committed.resolve(f)),
          f + " differs from its source: run `bin/vlr sample` and commit " + committed);
    }
  }

  @Test
  void atLeastSixVlrsAndFourVnrsInFourLanguages() throws IOException {
    List<SampleSource> sources;
    try (Stream<Path> s = Files.list(TestPaths.sampleSources())) {
      sources = s.filter(p -> p.toString().endsWith(".md")).map(p -> {
        try {
          return SampleSource.read(p);
        } catch (IOException e) {
          throw new RuntimeException(e);
        }
      }).toList();
    }
    long vlr = sources.stream().filter(s -> s.name().contains("vlr") || s.name().startsWith("besancon")).count();
    long vnr = sources.stream().filter(s -> s.name().contains("vnr")).count();
    assertTrue(vlr >= 6, "VLRs: " + vlr);
    assertTrue(vnr >= 4, "VNRs: " + vnr);
    for (SampleSource s : sources) {
      assertTrue(s.blocks().stream().filter(b -> b instanceof SampleSource.Chapter).count() >= 3, s.name());
    }
  }

  @Test
  void markupParsesBoxesTablesAndSections() {
    SampleSource s = SampleSource.parse("t", """
        ---
        title: T
        formats: pdf, docx
        ---
        # Chapter
        ## Section
        First line
        continues.

        > Box 1: Heading
        > text one
        >
        > text two
        | a | b |
        | --- | --- |
        | 1 | 2 |
        """);
    assertEquals(List.of("pdf", "docx"), s.formats());
    assertEquals(5, s.blocks().size(), s.blocks().toString());
    assertEquals(new SampleSource.Paragraph("First line continues."), s.blocks().get(2));
    assertEquals(new SampleSource.Box("Box 1: Heading", List.of("text one", "text two")), s.blocks().get(3));
    assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), ((SampleSource.Table) s.blocks().get(4)).rows());
  }
}
