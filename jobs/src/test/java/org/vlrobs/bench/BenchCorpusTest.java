package org.vlrobs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vlrobs.TestPaths;

class BenchCorpusTest {
  @TempDir
  Path cache;

  @Test
  void aCorpusHasAtLeastThePagesAskedForAndEveryDocumentDiffers() throws Exception {
    BenchCorpus bench = new BenchCorpus(TestPaths.sampleSources(), cache, 6, 7);
    BenchCorpus.Corpus c = bench.corpus(40, 2);
    List<Path> files;
    try (var s = Files.list(c.dir())) {
      files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    assertEquals(c.documents(), files.size());
    long pages = 0;
    Set<String> digests = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (Path f : files) {
      try (PDDocument d = Loader.loadPDF(f.toFile())) {
        pages += d.getNumberOfPages();
        texts.add(new PDFTextStripper().getText(d));
      }
      digests.add(java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
    }
    assertEquals(c.pages(), pages, "page count recorded = pages in the files");
    assertTrue(pages >= 40, "pages " + pages);
    assertEquals(files.size(), digests.size(), "every document has its own bytes");
    assertEquals(files.size(), texts.size(), "every document has its own text");
  }

  @Test
  void aSecondCallReusesTheCachedCorpusAndALargerOneReusesThePool() throws IOException {
    BenchCorpus bench = new BenchCorpus(TestPaths.sampleSources(), cache, 4, 7);
    BenchCorpus.Corpus small = bench.corpus(12, 1);
    Path first;
    try (var s = Files.list(small.dir())) {
      first = s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
    }
    var modified = Files.getLastModifiedTime(first);
    BenchCorpus.Corpus again = bench.corpus(12, 1);
    assertEquals(small, again);
    BenchCorpus.Corpus larger = bench.corpus(30, 1);
    assertNotEquals(small.dir(), larger.dir());
    assertTrue(larger.documents() > small.documents());
    assertEquals(modified, Files.getLastModifiedTime(larger.dir().resolve(first.getFileName())),
        "pool documents are generated once");
  }
}
