package org.vlrobs.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vlrobs.sample.PdfRenderer;
import org.vlrobs.sample.SampleSource;

/**
 * A synthetic corpus of report-like PDFs of a given total number of pages, for the scale benchmark,
 * cached on disk so that a series of runs (10k, 20k, 40k, 70k pages) generates each document once.
 *
 * <p>Document {@code d} repeats sample source {@code d mod n} (its title page, chapters, boxes, tables:
 * the VNRs' mentions of local reviews, the VLRs' localities, in English, Spanish, French and
 * Portuguese), then fills its pages with chapters of running text whose words are drawn from that
 * source (so every page keeps the source's language), with the source's own chapters repeated every
 * {@value #REPEAT_EVERY} pages. The filler comes from a random generator seeded by the document number,
 * so every document has different bytes and different text: nothing is de-duplicated away.
 *
 * <p>Layout on disk: a pool {@code <cache>/pool-v2-<fonts>-p<pages per doc>-s<seed>/} with the generated PDFs and
 * {@code index.tsv} (file name, page count); a corpus of N pages is a folder
 * {@code <cache>/corpus-v2-<fonts>-n<N>-p<pages per doc>-s<seed>/} of hard links to the pool's first documents
 * whose pages add up to at least N. A corpus folder is complete when it holds {@code .complete}.
 */
public final class BenchCorpus {
  private static final Logger LOG = LoggerFactory.getLogger(BenchCorpus.class);
  static final int VERSION = 2;
  static final int REPEAT_EVERY = 30;
  private static final int FILLER_CHARS = 2_600;
  /**
   * Fonts embedded (as subsets, like office software and real reports do) when installed
   * (fonts-liberation); otherwise the standard 14 fonts, which make lighter PDFs than real ones.
   */
  static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
      Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
      Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"));

  /** A generated corpus: its folder, documents and pages. */
  public record Corpus(Path dir, int documents, long pages, long bytes) {}

  private final Path sources;
  private final Path cache;
  private final int pagesPerDocument;
  private final long seed;

  public BenchCorpus(Path sampleSources, Path cache, int pagesPerDocument, long seed) {
    if (pagesPerDocument < 2) {
      throw new IllegalArgumentException("pages per document must be at least 2");
    }
    this.sources = sampleSources;
    this.cache = cache;
    this.pagesPerDocument = pagesPerDocument;
    this.seed = seed;
  }

  /** The corpus of at least {@code pages} pages, generated (and cached) when needed. */
  public Corpus corpus(long pages, int threads) throws IOException {
    Path dir = cache.resolve(String.format("corpus-v%d-%s-n%d-p%d-s%d", VERSION, fontKey(), pages, pagesPerDocument, seed));
    Path marker = dir.resolve(".complete");
    if (Files.exists(marker)) {
      String[] f = Files.readString(marker).strip().split("\t");
      return new Corpus(dir, Integer.parseInt(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
    }
    Path pool = cache.resolve(String.format("pool-v%d-%s-p%d-s%d", VERSION, fontKey(), pagesPerDocument, seed));
    Files.createDirectories(pool);
    Map<String, Integer> index = readIndex(pool);
    List<SampleSource> srcs = readSources();
    // documents needed: estimate from the requested pages, then add one at a time until the sum suffices
    int needed = (int) Math.max(1, (pages + pagesPerDocument - 1) / pagesPerDocument);
    long sum;
    while (true) {
      generate(pool, srcs, needed, index, threads);
      sum = 0;
      for (int d = 0; d < needed; d++) {
        sum += index.get(fileName(d, srcs));
      }
      if (sum >= pages) {
        break;
      }
      needed += (int) Math.max(1, (pages - sum) / pagesPerDocument);
    }
    if (Files.exists(dir)) {
      try (var old = Files.list(dir)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    long bytes = 0;
    for (int d = 0; d < needed; d++) {
      String name = fileName(d, srcs);
      Path link = dir.resolve(name);
      try {
        Files.createLink(link, pool.resolve(name));
      } catch (UnsupportedOperationException | IOException e) {
        Files.copy(pool.resolve(name), link, StandardCopyOption.REPLACE_EXISTING);
      }
      bytes += Files.size(link);
    }
    Files.writeString(marker, needed + "\t" + sum + "\t" + bytes + "\n");
    return new Corpus(dir, needed, sum, bytes);
  }

  private void generate(Path pool, List<SampleSource> srcs, int documents, Map<String, Integer> index, int threads)
      throws IOException {
    List<Integer> todo = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      if (!index.containsKey(fileName(d, srcs)) || !Files.exists(pool.resolve(fileName(d, srcs)))) {
        todo.add(d);
      }
    }
    if (todo.isEmpty()) {
      return;
    }
    LOG.info("bench corpus: generating {} documents of about {} pages in {}", todo.size(), pagesPerDocument, pool);
    long t0 = System.nanoTime();
    ExecutorService exec = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<Integer>> pageCounts = new ArrayList<>();
      for (int d : todo) {
        pageCounts.add(exec.submit(() -> render(pool, srcs, d)));
      }
      for (int i = 0; i < todo.size(); i++) {
        index.put(fileName(todo.get(i), srcs), pageCounts.get(i).get());
        if ((i + 1) % 50 == 0) {
          LOG.info("bench corpus: {}/{} documents generated", i + 1, todo.size());
          writeIndex(pool, index);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("could not generate a benchmark document", e.getCause());
    } finally {
      exec.shutdownNow();
    }
    writeIndex(pool, index);
    LOG.info("bench corpus: {} documents in {} s", todo.size(), (System.nanoTime() - t0) / 1_000_000_000);
  }

  /** Renders document {@code d} to the pool (atomically, by rename); returns its page count. */
  private int render(Path pool, List<SampleSource> srcs, int d) throws IOException {
    SampleSource doc = document(srcs, d);
    Path tmp = pool.resolve("." + fileName(d, srcs) + ".tmp");
    PdfRenderer renderer = embedFonts()
        ? new PdfRenderer(FONTS.get(0), FONTS.get(1), FONTS.get(2)) : new PdfRenderer();
    try (OutputStream os = Files.newOutputStream(tmp)) {
      renderer.render(doc, os);
    }
    Files.move(tmp, pool.resolve(fileName(d, srcs)), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return renderer.pageCount();
  }

  /** The content of benchmark document {@code d}: its source's blocks, then seeded filler chapters. */
  SampleSource document(List<SampleSource> srcs, int d) {
    SampleSource src = srcs.get(d % srcs.size());
    Random random = new Random(seed * 1_000_003L + d);
    List<String> words = words(src);
    Map<String, String> meta = new LinkedHashMap<>(src.meta());
    meta.put("subtitle", meta.getOrDefault("subtitle", "") + " (benchmark edition " + d + ")");
    meta.put("header", meta.getOrDefault("header", src.title()) + " / " + d);
    List<SampleSource.Block> blocks = new ArrayList<>(src.blocks());
    int sourceChapters = (int) src.blocks().stream().filter(b -> b instanceof SampleSource.Chapter).count();
    int page = 1 + sourceChapters; // the title page and about a page per source chapter
    int filler = 0;
    while (page < pagesPerDocument) {
      if (filler > 0 && filler % REPEAT_EVERY == 0 && page + sourceChapters <= pagesPerDocument) {
        blocks.addAll(src.blocks());
        page += sourceChapters;
        continue;
      }
      filler++;
      blocks.add(new SampleSource.Chapter(filler + 1 + ". " + capitalise(sentence(random, words, 3 + random.nextInt(4)))));
      int chars = 0;
      while (chars < FILLER_CHARS) {
        String p = sentence(random, words, 40 + random.nextInt(50)) + ".";
        blocks.add(new SampleSource.Paragraph(capitalise(p)));
        chars += p.length();
      }
      page++;
    }
    return new SampleSource(src.name() + "-bench-" + d, meta, blocks);
  }

  private static boolean embedFonts() {
    return FONTS.stream().allMatch(Files::isReadable);
  }

  /** "ttf" when the documents embed TrueType fonts, "std14" when they use the standard 14 fonts. */
  static String fontKey() {
    return embedFonts() ? "ttf" : "std14";
  }

  static String fileName(int d, List<SampleSource> srcs) {
    return String.format("bench-%05d-%s.pdf", d, srcs.get(d % srcs.size()).name());
  }

  private List<SampleSource> readSources() throws IOException {
    List<SampleSource> out = new ArrayList<>();
    try (var files = Files.list(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        out.add(SampleSource.read(f));
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no sample sources (*.md) in " + sources);
    }
    return out;
  }

  /** The source's words (letters, with their commas and full stops), in order, repeats kept. */
  private static List<String> words(SampleSource src) {
    List<String> words = new ArrayList<>();
    for (SampleSource.Block b : src.blocks()) {
      String text = b instanceof SampleSource.Paragraph p ? p.text()
          : b instanceof SampleSource.Box box ? String.join(" ", box.paragraphs()) : "";
      for (String w : text.split("\\s+")) {
        if (w.length() > 1 && w.chars().allMatch(c -> Character.isLetter(c) || c == ',' || c == '.')) {
          words.add(w.replace(".", ""));
        }
      }
    }
    if (words.isEmpty()) {
      words.add("text");
    }
    return words;
  }

  private static String sentence(Random random, List<String> words, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
    }
    String s = b.toString();
    return s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  private static Map<String, Integer> readIndex(Path pool) throws IOException {
    Map<String, Integer> index = new TreeMap<>();
    Path f = pool.resolve("index.tsv");
    if (Files.exists(f)) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String[] c = line.split("\t");
        if (c.length == 2) {
          index.put(c[0], Integer.parseInt(c[1]));
        }
      }
    }
    return index;
  }

  private static void writeIndex(Path pool, Map<String, Integer> index) throws IOException {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(index).forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
    Path tmp = pool.resolve(".index.tsv.tmp");
    Files.writeString(tmp, b.toString(), StandardCharsets.UTF_8);
    Files.move(tmp, pool.resolve("index.tsv"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
