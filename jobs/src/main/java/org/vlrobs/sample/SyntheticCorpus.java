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

  /** Countries of the review mix and localities of each that the gazetteer knows (names a PDF font can show). */
  private static final List<List<String>> PLACES = List.of(
      List.of("Brazil", "Niteroi", "Sao Paulo", "Curitiba", "Belo Horizonte"),
      List.of("Colombia", "Bogota", "Cali", "Medellin"),
      List.of("Spain", "Madrid", "Malaga", "Valencia", "Bilbao"),
      List.of("Finland", "Helsinki", "Espoo", "Turku", "Tampere"),
      List.of("Germany", "Bonn", "Dortmund", "Mannheim", "Stuttgart"),
      List.of("Japan", "Kyoto", "Osaka", "Yokohama", "Toyama"),
      List.of("Mexico", "Merida", "Oaxaca", "Guadalajara"),
      List.of("Sweden", "Malmo", "Stockholm", "Uppsala", "Gothenburg"));

  /**
   * A corpus of VLRs and VNRs for the yearly-run benchmark: document {@code d} is a VNR when {@code d % 3 == 2}
   * (so any three consecutive documents are two VLRs and one VNR), else a VLR; countries and localities rotate
   * over eight countries, years over 2016-2024. A VNR's first chapter names two local reviews of its country,
   * so that the link stage has mentions to find. Titles and file names say kind, place and year, as real ones do.
   */
  public List<Path> generateReviews(Path dir, int documents, int pages, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<Path> out = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      List<String> place = PLACES.get((d / 3) % PLACES.size());
      String country = place.get(0);
      int year = 2016 + (d / 3 + d % 3) % 9;
      boolean vnr = d % 3 == 2;
      String locality = place.get(1 + (d / 3 / PLACES.size() + d % 3) % (place.size() - 1));
      String title = vnr ? "Voluntary National Review of " + country + " " + year
          : locality + " Voluntary Local Review " + year;
      StringBuilder body = new StringBuilder();
      for (int p = 1; p < pages; p++) {
        body.append("# Chapter ").append(p).append(": SDG ").append(1 + random.nextInt(17)).append('\n');
        if (vnr && p == 1) {
          body.append("Local governments report on the Goals too: ").append(place.get(1)).append(" and ")
              .append(place.get(2)).append(" published Voluntary Local Reviews, which informed this review.\n\n");
        }
        int chars = 0;
        while (chars < 2_600) {
          String para = sentence(random, 40 + random.nextInt(50));
          body.append(para).append("\n\n");
          chars += para.length();
        }
      }
      SampleSource src = SampleSource.parse("review-" + d, "---\ntitle: " + title + "\ndate: " + year + "\n---\n" + body);
      String slug = (vnr ? country : locality).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
      Path file = dir.resolve(String.format("%05d-%s-%s-%d.pdf", d, slug, vnr ? "vnr" : "vlr", year));
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
