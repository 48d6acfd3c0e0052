package org.vlrobs.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The designed samples: {@code src/designed/*.html} printed by headless Chromium into the corpus
 * ({@code corpus/designed/<name>.pdf}, tagged as Chromium makes them) and into the layout evaluation set
 * ({@code layout/<name>.pdf}, {@code layout/<name>-untagged.pdf} and a {@code .truth.json} for each,
 * derived from the HTML by {@link DesignedTruth}).
 *
 * <p>Without Chromium (or, when {@link Render#RECORDED_CHROMIUM} is asked, with another build than the one
 * recorded in {@code src/designed/RENDERER}), the committed tagged PDFs are kept (copied when writing
 * elsewhere) and said so; the untagged twins and the truth files never need Chromium.
 */
public final class DesignedSamples {
  private static final Logger LOG = LoggerFactory.getLogger(DesignedSamples.class);
  public static final String RENDERER_FILE = "RENDERER";
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

  /** When to print with the Chromium found on this machine. */
  public enum Render {
    /** Whenever one is found (and record its version): {@code bin/vlr sample}. */
    ANY_CHROMIUM,
    /** Only with the build that made the committed PDFs, so a fresh generation can equal them (tests). */
    RECORDED_CHROMIUM
  }

  private final Render render;
  private final Optional<DesignedRenderer> chromium;
  private String note = "";

  public DesignedSamples(Render render) {
    this(render, DesignedRenderer.find());
  }

  DesignedSamples(Render render, Optional<DesignedRenderer> chromium) {
    this.render = render;
    this.chromium = chromium;
  }

  /** What the last {@link #generate} did about rendering, in one sentence. */
  public String note() {
    return note;
  }

  /** The designed sources of a sample source folder, sorted by name (empty when there is no {@code designed/}). */
  public static List<Path> sources(Path srcDir) throws IOException {
    Path dir = srcDir.resolve("designed");
    List<Path> out = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.html")) {
        ds.forEach(out::add);
      }
    }
    out.sort(null);
    return out;
  }

  public static String name(Path html) {
    String f = html.getFileName().toString();
    return f.substring(0, f.length() - ".html".length());
  }

  /**
   * Writes {@code corpusOut/designed/<name>.pdf} and the layout set into {@code layoutOut}; the committed
   * files (used when not rendering) are {@code srcDir/../corpus/designed} and {@code srcDir/../layout}.
   */
  public List<Path> generate(Path srcDir, Path corpusOut, Path layoutOut) throws IOException {
    List<Path> sources = sources(srcDir);
    List<Path> written = new ArrayList<>();
    if (sources.isEmpty()) {
      return written;
    }
    Path designedOut = corpusOut.resolve("designed");
    Files.createDirectories(designedOut);
    Files.createDirectories(layoutOut);
    Path committedCorpus = srcDir.toAbsolutePath().getParent().resolve("corpus/designed");
    Path recordFile = srcDir.resolve("designed").resolve(RENDERER_FILE);
    String recorded = Files.exists(recordFile) ? Files.readString(recordFile, StandardCharsets.UTF_8).strip() : "";
    boolean print = chromium.isPresent()
        && (render == Render.ANY_CHROMIUM || chromium.get().version().equals(recorded));
    if (print) {
      note = "designed samples printed with " + chromium.get().version();
      if (render == Render.ANY_CHROMIUM && !chromium.get().version().equals(recorded)) {
        Files.writeString(recordFile, chromium.get().version() + "\n", StandardCharsets.UTF_8);
        note += " (recorded in " + recordFile + "; it was '" + recorded + "')";
      }
    } else {
      note = (chromium.isEmpty() ? "no Chromium found (set VLR_CHROMIUM or install chromium)"
          : "Chromium here is '" + chromium.get().version() + "', the committed PDFs were printed with '" + recorded + "'")
          + ": kept the committed designed PDFs from " + committedCorpus;
    }
    LOG.info(note);
    for (Path html : sources) {
      DesignedTruth.read(html); // a source that is not well-formed fails before anything is printed
    }
    for (Path html : sources) {
      String name = name(html);
      byte[] tagged;
      if (print) {
        tagged = chromium.get().render(html, name, year(name));
      } else {
        Path committed = committedCorpus.resolve(name + ".pdf");
        if (!Files.exists(committed)) {
          throw new IOException(html + ": no committed " + committed + " and " + note);
        }
        tagged = Files.readAllBytes(committed);
      }
      Path corpusPdf = designedOut.resolve(name + ".pdf");
      if (!(Files.exists(corpusPdf) && java.util.Arrays.equals(Files.readAllBytes(corpusPdf), tagged))) {
        Files.write(corpusPdf, tagged);
      }
      written.add(corpusPdf);
      written.add(write(layoutOut.resolve(name + ".pdf"), tagged));
      written.add(write(layoutOut.resolve(name + "-untagged.pdf"), DesignedRenderer.untag(tagged, name)));
      DesignedTruth.Layout truth = DesignedTruth.read(html);
      written.add(write(layoutOut.resolve(name + ".truth.json"),
          DesignedTruth.toJson(name + ".pdf", truth).getBytes(StandardCharsets.UTF_8)));
      written.add(write(layoutOut.resolve(name + "-untagged.truth.json"),
          DesignedTruth.toJson(name + "-untagged.pdf", truth).getBytes(StandardCharsets.UTF_8)));
    }
    return written;
  }

  private static Path write(Path f, byte[] bytes) throws IOException {
    Files.write(f, bytes);
    return f;
  }

  static int year(String name) {
    Matcher m = YEAR.matcher(name);
    int y = 2021;
    while (m.find()) {
      y = Integer.parseInt(m.group());
    }
    return y;
  }
}
