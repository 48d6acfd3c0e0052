package org.vlrobs.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.Random;

/**
 * Synthetic report-like PDFs for benchmarks: N documents of M pages, each page a chapter heading and
 * about 3,000 characters of running text in boxes, tables and paragraphs, words drawn from the sample
 * sources so that the text has the density and vocabulary of real reviews.
 */
public final class SyntheticCorpus {
  private final List<String> words;

  public SyntheticCorpus(Path sampleSources) throws IOException {
    words = new ArrayList<>();
    try (var files = Files.list(sampleSources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        for (String w : Files.readString(f).split("\\s+")) {
          if (w.length() > 1 && w.chars().allMatch(c -> Character.isLetter(c) || c == ',' || c == '.')) {
            words.add(w);
          }
        }
      }
    }
    if (words.isEmpty()) {
      throw new IOException("no words in " + sampleSources);
    }
  }

  public List<Path> generate(Path dir, int documents, int pages, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<Path> out = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      StringBuilder body = new StringBuilder();
      for (int p = 1; p < pages; p++) { // the title page is the first page
        body.append("# Chapter ").append(p).append(": SDG ").append(1 + random.nextInt(17)).append('\n');
        int chars = 0;
        while (chars < 2_600) {
          String para = sentence(random, 40 + random.nextInt(50));
          body.append(para).append("\n\n");
          chars += para.length();
        }
      }
      SampleSource src = SampleSource.parse("synthetic-" + d, "---\ntitle: Synthetic Voluntary Local Review "
          + d + "\ndate: 2022\n---\n" + body);
      Path file = dir.resolve(String.format("synthetic-%05d.pdf", d));
      try (OutputStream os = Files.newOutputStream(file)) {
        new PdfRenderer().render(src, os);
      }
      out.add(file);
    }
    return out;
  }

  private String sentence(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
    }
    return b.append('.').toString();
  }

}
