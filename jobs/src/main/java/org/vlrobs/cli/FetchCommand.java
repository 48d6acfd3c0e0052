package org.vlrobs.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vlrobs.fetch.Catalog;
import org.vlrobs.fetch.FetchStatus;
import org.vlrobs.fetch.Fetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code vlr fetch}: a catalogue of review URLs → a corpus folder with a manifest and a fetch report. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = {"Download the documents of a catalogue of URLs (TSV: url, host, upload_ym, filename, kind_guess, "
        + "sha256, as published_pdf_urls.tsv; or a CSV with the same columns) into a corpus folder, with "
        + "<out>/manifest.csv and <out>/fetch-report.csv. Then: bin/vlr run --corpus <out> --out <tables>.",
        "Resumable: files already verified are skipped; run it again after an interruption."})
public final class FetchCommand implements Callable<Integer> {
  @Option(names = "--catalog", required = true, description = "the catalogue (.tsv or .csv)")
  Path catalog;

  @Option(names = "--out", required = true, description = "the corpus folder to fill")
  Path out;

  @Option(names = "--concurrency", defaultValue = "2", description = "downloads at once, all hosts (default ${DEFAULT-VALUE})")
  int concurrency;

  @Option(names = "--per-host", defaultValue = "1",
      description = "downloads at once from one host (default ${DEFAULT-VALUE})")
  int perHost;

  @Option(names = "--per-host-delay", defaultValue = "1s", converter = DurationConverter.class,
      description = "least time between two requests to one host (default ${DEFAULT-VALUE})")
  Duration perHostDelay;

  @Option(names = "--max-mb", defaultValue = "256", description = "size cap per document in MiB (default ${DEFAULT-VALUE})")
  long maxMb;

  @Option(names = "--timeout", defaultValue = "60s", converter = DurationConverter.class,
      description = "connect, response and read-pause timeout (default ${DEFAULT-VALUE})")
  Duration timeout;

  @Option(names = "--retries", defaultValue = "2",
      description = "further attempts after a 5xx, 429, timeout or network error, with backoff (default ${DEFAULT-VALUE})")
  int retries;

  @Option(names = "--max-redirects", defaultValue = "5", description = "redirect hops followed (default ${DEFAULT-VALUE})")
  int maxRedirects;

  @Override
  public Integer call() throws Exception {
    Catalog.Parsed parsed = Catalog.read(catalog);
    parsed.warnings().forEach(w -> System.err.println("vlr fetch: " + catalog.getFileName() + " " + w));
    Fetcher.Options options = new Fetcher.Options(concurrency, perHost, perHostDelay, maxMb * 1024 * 1024, timeout,
        maxRedirects, retries + 1, Duration.ofSeconds(2));
    System.err.printf(Locale.ROOT, "vlr fetch: %d URLs from %s into %s (%d at once, %d per host, %s between "
        + "requests to a host)%n", parsed.entries().size(), catalog, out, concurrency, perHost, perHostDelay);
    Fetcher.Summary summary = new Fetcher(options, line -> System.err.println("vlr fetch: " + line))
        .run(parsed.entries(), out);
    StringBuilder counts = new StringBuilder();
    for (Map.Entry<FetchStatus, Integer> c : summary.counts().entrySet()) {
      counts.append(counts.length() == 0 ? "" : ", ").append(c.getValue()).append(' ').append(c.getKey().label());
    }
    System.out.println("Fetched: " + (counts.length() == 0 ? "nothing" : counts));
    System.out.println("Report:   " + summary.report());
    System.out.println("Manifest: " + summary.manifest());
    System.out.println("Next:     bin/vlr run --corpus " + out + " --out <tables folder>");
    return 0;
  }

  /** "60s", "500ms", "2m", "1h", or a plain number of seconds. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      try {
        if (v.endsWith("ms")) {
          return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
        }
        char unit = v.charAt(v.length() - 1);
        if (Character.isDigit(unit)) {
          return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
        }
        double n = Double.parseDouble(v.substring(0, v.length() - 1).trim());
        return switch (unit) {
          case 's' -> Duration.ofMillis(Math.round(n * 1000));
          case 'm' -> Duration.ofMillis(Math.round(n * 60_000));
          case 'h' -> Duration.ofMillis(Math.round(n * 3_600_000));
          default -> throw new IllegalArgumentException();
        };
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("'" + value + "' is not a duration (examples: 60s, 500ms, 2m)");
      }
    }
  }
}
