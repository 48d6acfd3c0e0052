package org.vlrobs.fetch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.vlrobs.corpus.Manifest;
import org.vlrobs.io.FileMoves;
import org.vlrobs.metadata.DocumentKind;

/**
 * Downloads the documents of a catalogue into a corpus folder, politely and resumably, and writes the
 * fetch report and the pipeline's manifest.
 *
 * <ul>
 *   <li>One JDK {@link HttpClient} (HTTP/1.1, gzip accepted); redirects are followed here, not by the
 *       client, so hops are capped, loops detected and the final URL recorded.</li>
 *   <li>Timeouts: connecting, waiting for the response head, and any pause in the body longer than
 *       {@code timeout} (a watchdog interrupts the read).</li>
 *   <li>Retries with exponential backoff on 5xx, 429, timeouts and network errors ({@code Retry-After} in
 *       seconds honoured up to a minute).</li>
 *   <li>Politeness: at most {@code perHostConcurrency} requests to one host at a time, and a request to a host
 *       starts at least {@code perHostDelay} after the previous one started and ended; the work is interleaved across hosts.</li>
 *   <li>Bytes stream to {@code <out>/.fetch/<name>.part} (a hidden folder the corpus lister skips), with the
 *       size cap checked as they arrive, hashed on the way; only a complete, checked file is renamed into
 *       place (atomically), so a killed run leaves no half file in the corpus.</li>
 *   <li>Resume: a file already in place is skipped when its SHA-256 equals the catalogue's, or (without one)
 *       the SHA-256 recorded when it was downloaded ({@code fetch-report.csv} or the run's journal
 *       {@code .fetch/journal.csv}, written row by row).</li>
 *   <li>Every URL gets one row in {@code fetch-report.csv}; no failure stops the others.</li>
 * </ul>
 */
public final class Fetcher {
  public static final String REPORT_FILE = "fetch-report.csv";
  public static final List<String> REPORT_COLUMNS =
      List.of("url", "status", "http_code", "bytes", "sha256", "reason", "path", "final_url", "upload_ym");
  static final String WORK_DIR = ".fetch";
  private static final String JOURNAL = "journal.csv";
  private static final String USER_AGENT = "VLR-Observatory-fetch/0.1 (research corpus builder; Java HttpClient)";

  /** Tuning; {@link #defaults()} are the command line's defaults. */
  public record Options(int concurrency, int perHostConcurrency, Duration perHostDelay, long maxBytes,
      Duration timeout, int maxRedirects, int attempts, Duration backoff) {
    public static Options defaults() {
      return new Options(2, 1, Duration.ofSeconds(1), 256L * 1024 * 1024, Duration.ofSeconds(60), 5, 3,
          Duration.ofSeconds(2));
    }

    public Options {
      if (concurrency < 1 || perHostConcurrency < 1 || attempts < 1 || maxRedirects < 0 || maxBytes < 1) {
        throw new IllegalArgumentException("concurrency, attempts and sizes must be positive");
      }
    }
  }

  /** Counts per status, and the rows in catalogue order. */
  public record Summary(List<FetchResult> results, Map<FetchStatus, Integer> counts, Path report, Path manifest) {}

  private final Options options;
  private final Consumer<String> progress;
  private final HttpClient client;
  private final Map<String, HostGate> gates = new ConcurrentHashMap<>();
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "vlr-fetch-watchdog");
    t.setDaemon(true);
    return t;
  });

  public Fetcher(Options options, Consumer<String> progress) {
    this.options = options;
    this.progress = progress;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.timeout())
        .build();
  }

  public Summary run(List<CatalogEntry> entries, Path out) throws IOException {
    Path work = out.resolve(WORK_DIR);
    Files.createDirectories(work);
    try (var stale = Files.list(work)) {
      for (Path p : stale.filter(p -> p.getFileName().toString().endsWith(".part")).toList()) {
        Files.deleteIfExists(p); // a .part never counts: it is what a killed run left
      }
    }
    Map<String, String> names = FileNames.assign(entries);
    Map<String, String> recorded = recordedChecksums(out);
    FetchResult[] results = new FetchResult[entries.size()];
    Map<String, Integer> firstLine = new HashMap<>();
    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      CatalogEntry e = entries.get(i);
      Integer first = firstLine.putIfAbsent(e.url(), e.line());
      if (first != null) {
        results[i] = new FetchResult(e, FetchStatus.DUPLICATE_URL, 0, 0, null,
            "the same URL as catalogue line " + first, null, null, 0);
      } else {
        todo.add(i);
      }
    }
    AtomicInteger done = new AtomicInteger(entries.size() - todo.size());
    Path journal = work.resolve(JOURNAL);
    boolean newJournal = !Files.exists(journal);
    try (BufferedWriter jw = Files.newBufferedWriter(journal, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
        CSVPrinter journalOut = new CSVPrinter(jw, CSVFormat.RFC4180)) {
      if (newJournal) {
        journalOut.printRecord(REPORT_COLUMNS);
      }
      ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), r -> {
        Thread t = new Thread(r, "vlr-fetch");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i : interleaveByHost(entries, todo)) {
          futures.add(pool.submit(() -> {
            CatalogEntry e = entries.get(i);
            FetchResult r;
            try {
              r = fetchOne(e, names.get(e.url()), out, recorded.get(e.url()));
            } catch (RuntimeException ex) { // a bug must not cost the other rows
              r = new FetchResult(e, FetchStatus.NETWORK_ERROR, 0, 0, null, "unexpected error: " + ex, null, null, 0);
            }
            results[i] = r;
            synchronized (journalOut) {
              try {
                journalOut.printRecord(row(r));
                journalOut.flush();
              } catch (IOException io) {
                progress.accept("could not write the journal: " + io.getMessage());
              }
            }
            progress.accept(String.format(Locale.ROOT, "[%d/%d] %-17s %4s %10s  %s%s", done.incrementAndGet(),
                entries.size(), r.status().label(), r.httpCode() == 0 ? "" : r.httpCode(), humanBytes(r.bytes()),
                r.path() != null ? r.path() : e.url(), r.status().usable() ? "" : "  (" + r.reason() + ")"));
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", ex);
      } catch (java.util.concurrent.ExecutionException ex) {
        throw new IOException("fetch worker failed", ex.getCause());
      } finally {
        pool.shutdownNow();
        watchdog.shutdownNow();
      }
    }
    List<FetchResult> rows = Arrays.asList(results);
    Path report = writeAtomically(out.resolve(REPORT_FILE), printer -> {
      printer.printRecord(REPORT_COLUMNS);
      for (FetchResult r : rows) {
        printer.printRecord(row(r));
      }
    });
    Path manifest = writeAtomically(out.resolve(Manifest.FILE_NAME), printer -> {
      printer.printRecord(Manifest.COLUMNS);
      for (FetchResult r : rows) {
        if (r.status().usable()) {
          // year stays empty: the upload month is when the host stored the file, not the publication year,
          // and a manifest year would override what the title page says (see README, "bin/vlr fetch")
          printer.printRecord(r.path(), kind(r.entry().kindGuess()), "", "", "", "", "", r.entry().url());
        }
      }
    });
    Map<FetchStatus, Integer> counts = new EnumMap<>(FetchStatus.class);
    rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return new Summary(rows, counts, report, manifest);
  }

  // ---------------------------------------------------------------- one URL

  FetchResult fetchOne(CatalogEntry e, String name, Path out, String recordedSha) {
    URI start;
    try {
      start = new URI(e.url().trim());
    } catch (URISyntaxException ex) {
      return new FetchResult(e, FetchStatus.INVALID_URL, 0, 0, null, "not a valid URL: " + ex.getReason(), null,
          null, 0);
    }
    if (!httpScheme(start) || start.getHost() == null) {
      return new FetchResult(e, FetchStatus.INVALID_URL, 0, 0, null, "not an http(s) URL with a host", null, null, 0);
    }
    Path target = out.resolve(name);
    boolean expectPdf = name.endsWith(".pdf");
    String refetchNote = null;
    if (Files.isRegularFile(target)) {
      try {
        String sha = sha256(target);
        String expected = e.sha256() != null ? e.sha256() : recordedSha;
        if (sha.equals(expected) && (!expectPdf || isPdf(head(target)))) {
          return new FetchResult(e, FetchStatus.CACHED, 0, Files.size(target), sha,
              "already present, SHA-256 matches the " + (e.sha256() != null ? "catalogue" : "earlier download"),
              name, null, 0);
        }
        refetchNote = expected == null ? "a file of that name had no recorded checksum; fetched again"
            : "the file present had another SHA-256; fetched again";
      } catch (IOException ex) {
        refetchNote = "the file present could not be read; fetched again";
      }
    }
    Path part = out.resolve(WORK_DIR).resolve(name + ".part");
    FetchResult last = null;
    for (int attempt = 1; attempt <= options.attempts(); attempt++) {
      Attempt a = attempt(e, start, part, expectPdf);
      last = new FetchResult(e, a.status, a.code, a.bytes, a.sha, a.reason, null, a.finalUrl, attempt);
      if (a.status == FetchStatus.OK) {
        try {
          FileMoves.replace(part, target);
        } catch (IOException ex) {
          return new FetchResult(e, FetchStatus.NETWORK_ERROR, a.code, a.bytes, a.sha,
              "downloaded but could not be moved into place: " + ex.getMessage(), null, a.finalUrl, attempt);
        }
        String reason = (attempt > 1 ? "after " + attempt + " attempts" : "")
            + (refetchNote != null ? (attempt > 1 ? "; " : "") + refetchNote : "");
        return new FetchResult(e, FetchStatus.OK, a.code, a.bytes, a.sha, reason, name, a.finalUrl, attempt);
      }
      FileMoves.deleteQuietly(part);
      if (!a.status.transientFailure() || attempt == options.attempts()) {
        break;
      }
      long pause = options.backoff().toMillis() << (attempt - 1);
      if (a.retryAfterSeconds > 0) {
        pause = Math.max(pause, Math.min(60, a.retryAfterSeconds) * 1000L);
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    String reason = last.reason() + (last.attempts() > 1 ? " (" + last.attempts() + " attempts)" : "");
    return new FetchResult(e, last.status(), last.httpCode(), last.bytes(), last.sha256(), reason, null,
        last.finalUrl(), last.attempts());
  }

  private static final class Attempt {
    FetchStatus status;
    int code;
    long bytes;
    String sha;
    String reason;
    String finalUrl;
    int retryAfterSeconds;

    Attempt fail(FetchStatus s, String why) {
      status = s;
      reason = why;
      return this;
    }
  }

  private Attempt attempt(CatalogEntry e, URI start, Path part, boolean expectPdf) {
    Attempt a = new Attempt();
    URI uri = start;
    Set<URI> seen = new LinkedHashSet<>();
    for (int hop = 0; ; hop++) {
      seen.add(uri);
      a.finalUrl = uri.toString();
      HostGate gate = gates.computeIfAbsent(hostKey(uri), k -> new HostGate(options));
      try {
        gate.enter();
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return a.fail(FetchStatus.NETWORK_ERROR, "interrupted");
      }
      URI next;
      try {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(options.timeout()).GET()
            .header("User-Agent", USER_AGENT)
            .header("Accept", "application/pdf,application/octet-stream;q=0.9,*/*;q=0.5")
            .header("Accept-Encoding", "gzip")
            .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        a.code = response.statusCode();
        try (InputStream body = response.body()) {
          if (a.code >= 300 && a.code < 400 && a.code != 304) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
              return a.fail(FetchStatus.REDIRECT_ERROR, "HTTP " + a.code + " without a Location header");
            }
            try {
              next = uri.resolve(new URI(location.trim().replace(" ", "%20")));
            } catch (URISyntaxException | IllegalArgumentException ex) {
              return a.fail(FetchStatus.REDIRECT_ERROR, "redirect to an unreadable Location: " + location);
            }
            if (!httpScheme(next) || next.getHost() == null) {
              return a.fail(FetchStatus.REDIRECT_ERROR, "redirect to a non-http(s) Location: " + location);
            }
            if (seen.contains(next)) {
              return a.fail(FetchStatus.REDIRECT_ERROR, "redirect loop: " + chain(seen, next));
            }
            if (hop >= options.maxRedirects()) {
              return a.fail(FetchStatus.REDIRECT_ERROR,
                  "more than " + options.maxRedirects() + " redirects: " + chain(seen, next));
            }
          } else {
            return receive(a, response, body, part, expectPdf, e);
          }
        }
      } catch (HttpConnectTimeoutException ex) {
        return a.fail(FetchStatus.TIMEOUT, "no connection within " + seconds(options.timeout()));
      } catch (HttpTimeoutException ex) {
        return a.fail(FetchStatus.TIMEOUT, "no response within " + seconds(options.timeout()));
      } catch (ConnectException ex) {
        return a.fail(FetchStatus.NETWORK_ERROR, "connection failed: " + message(ex));
      } catch (IOException ex) {
        return a.fail(FetchStatus.NETWORK_ERROR, "network error: " + message(ex));
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return a.fail(FetchStatus.NETWORK_ERROR, "interrupted");
      } catch (IllegalArgumentException ex) {
        return a.fail(FetchStatus.INVALID_URL, "the URL cannot be requested: " + message(ex));
      } finally {
        gate.leave();
      }
      uri = next;
    }
  }

  private Attempt receive(Attempt a, HttpResponse<InputStream> response, InputStream body, Path part,
      boolean expectPdf, CatalogEntry e) throws IOException {
    int code = a.code;
    if (code == 404 || code == 410) {
      return a.fail(FetchStatus.NOT_FOUND, "HTTP " + code + " (no such document on the server)");
    }
    if (code < 200 || code >= 300) {
      a.retryAfterSeconds = response.headers().firstValue("Retry-After").map(Fetcher::parseSeconds).orElse(0);
      return a.fail(FetchStatus.HTTP_ERROR, "HTTP " + code + (code >= 500 || code == 429 ? " (server error)" : ""));
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("?");
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.trim().equalsIgnoreCase("gzip"))
        .orElse(false);
    if (declared > options.maxBytes() && !gzip) {
      return a.fail(FetchStatus.TOO_LARGE, String.format(Locale.ROOT,
          "Content-Length %,d bytes is over the cap of %,d bytes; not downloaded", declared, options.maxBytes()));
    }
    MessageDigest sha = newSha();
    byte[] head = new byte[1024];
    int headLen = 0;
    AtomicLong lastProgress = new AtomicLong(System.nanoTime());
    Thread reader = Thread.currentThread();
    Object lock = new Object();
    boolean[] finished = {false};
    boolean[] stalled = {false};
    long idleNanos = options.timeout().toNanos();
    long tick = Math.max(50, Math.min(1000, options.timeout().toMillis() / 4));
    ScheduledFuture<?> guard = watchdog.scheduleAtFixedRate(() -> {
      synchronized (lock) {
        if (!finished[0] && System.nanoTime() - lastProgress.get() > idleNanos) {
          stalled[0] = true;
          reader.interrupt();
          try {
            body.close(); // the client's stream does not answer interrupts: closing it cancels the exchange
          } catch (IOException | RuntimeException ignored) {
            // the reader sees the stream closed either way
          }
        }
      }
    }, tick, tick, TimeUnit.MILLISECONDS);
    long total = 0;
    try (InputStream in = gzip ? new GZIPInputStream(body, 1 << 16) : body;
        OutputStream os = Files.newOutputStream(part)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        lastProgress.set(System.nanoTime());
        if (headLen < head.length) {
          int c = Math.min(n, head.length - headLen);
          System.arraycopy(buf, 0, head, headLen, c);
          headLen += c;
        }
        total += n;
        if (total > options.maxBytes()) {
          a.bytes = total;
          return a.fail(FetchStatus.TOO_LARGE, String.format(Locale.ROOT,
              "over the cap of %,d bytes while downloading; stopped", options.maxBytes()));
        }
        sha.update(buf, 0, n);
        os.write(buf, 0, n);
      }
    } catch (IOException ex) {
      a.bytes = total;
      if (stalled[0]) {
        return a.fail(FetchStatus.TIMEOUT, String.format(Locale.ROOT, "the download paused for more than %s after %,d bytes",
            seconds(options.timeout()), total));
      }
      return a.fail(FetchStatus.NETWORK_ERROR, String.format(Locale.ROOT, "the download broke off after %,d bytes: %s",
          total, message(ex)));
    } finally {
      synchronized (lock) {
        finished[0] = true;
        guard.cancel(false);
        Thread.interrupted(); // a late interrupt of the watchdog must not hit the next request
      }
    }
    a.bytes = total;
    a.sha = HexFormat.of().formatHex(sha.digest());
    if (declared >= 0 && !gzip && total < declared) {
      return a.fail(FetchStatus.NETWORK_ERROR, String.format(Locale.ROOT,
          "the body ended after %,d of %,d bytes", total, declared));
    }
    byte[] first = Arrays.copyOf(head, headLen);
    if (expectPdf && !isPdf(first)) {
      return a.fail(FetchStatus.NOT_PDF, looksLikeHtml(first)
          ? "the server sent a web page (Content-Type " + contentType + ") instead of a PDF"
          : "the content does not start with %PDF (Content-Type " + contentType + ")");
    }
    if (e.sha256() != null && !e.sha256().equals(a.sha)) {
      return a.fail(FetchStatus.CHECKSUM_MISMATCH,
          "SHA-256 " + a.sha.substring(0, 12) + "… differs from the catalogue's " + e.sha256().substring(0, 12) + "…");
    }
    a.status = FetchStatus.OK;
    a.reason = "";
    return a;
  }

  // ---------------------------------------------------------------- politeness

  /** Per host: a bounded number of requests in flight; a request starts at least the delay after the previous one started and ended. */
  static final class HostGate {
    private final Semaphore slots;
    private final long delayNanos;
    private long nextStart = Long.MIN_VALUE;

    HostGate(Options o) {
      this.slots = new Semaphore(o.perHostConcurrency(), true);
      this.delayNanos = o.perHostDelay().toNanos();
    }

    void enter() throws InterruptedException {
      slots.acquire();
      long wait;
      synchronized (this) {
        long now = System.nanoTime();
        long start = nextStart == Long.MIN_VALUE ? now : Math.max(now, nextStart);
        nextStart = start + delayNanos;
        wait = start - now;
      }
      if (wait > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException ex) {
          slots.release();
          throw ex;
        }
      }
    }

    void leave() {
      synchronized (this) { // the delay also counts from the end of a request, however long it took
        nextStart = Math.max(nextStart, System.nanoTime() + delayNanos);
      }
      slots.release();
    }
  }

  /** Indices ordered round-robin across hosts (each host's rows in catalogue order), so workers spread out. */
  static List<Integer> interleaveByHost(List<CatalogEntry> entries, List<Integer> todo) {
    Map<String, Deque<Integer>> byHost = new LinkedHashMap<>();
    for (int i : todo) {
      byHost.computeIfAbsent(hostOf(entries.get(i).url()), k -> new ArrayDeque<>()).add(i);
    }
    List<Integer> order = new ArrayList<>(todo.size());
    while (order.size() < todo.size()) {
      for (Deque<Integer> q : byHost.values()) {
        if (!q.isEmpty()) {
          order.add(q.poll());
        }
      }
    }
    return order;
  }

  // ---------------------------------------------------------------- files

  /** url → SHA-256 of rows that ended usable, from the last report and the journal of later runs. */
  static Map<String, String> recordedChecksums(Path out) {
    Map<String, String> m = new HashMap<>();
    for (Path p : List.of(out.resolve(REPORT_FILE), out.resolve(WORK_DIR).resolve(JOURNAL))) {
      if (!Files.isRegularFile(p)) {
        continue;
      }
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
              .get())) {
        for (CSVRecord rec : parser) {
          if (rec.isConsistent() && rec.isMapped("status") && (rec.get("status").equals("ok")
              || rec.get("status").equals("cached")) && !rec.get("sha256").isEmpty()) {
            m.put(rec.get("url"), rec.get("sha256"));
          }
        }
      } catch (IOException | RuntimeException ex) {
        // an unreadable record only means the files are fetched again
      }
    }
    return m;
  }

  private static List<Object> row(FetchResult r) {
    return List.of(r.entry().url(), r.status().label(), r.httpCode() == 0 ? "" : Integer.toString(r.httpCode()),
        Long.toString(r.bytes()), r.sha256() == null ? "" : r.sha256(), r.reason() == null ? "" : r.reason(),
        r.path() == null ? "" : r.path(), r.finalUrl() == null || r.finalUrl().equals(r.entry().url()) ? "" : r.finalUrl(),
        r.entry().uploadYm() == null ? "" : r.entry().uploadYm());
  }

  private interface Rows {
    void write(CSVPrinter printer) throws IOException;
  }

  private static Path writeAtomically(Path target, Rows rows) throws IOException {
    Path tmp = target.resolveSibling(WORK_DIR).resolve(target.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      rows.write(printer);
    }
    FileMoves.replace(tmp, target);
    return target;
  }

  static String kind(String kindGuess) {
    if (kindGuess == null) {
      return "";
    }
    DocumentKind k = DocumentKind.parse(kindGuess);
    return k == null ? "" : k.name();
  }

  static boolean isPdf(byte[] head) {
    String s = new String(head, StandardCharsets.ISO_8859_1);
    return s.contains("%PDF-"); // the PDF header may follow up to 1 KB of junk
  }

  static boolean looksLikeHtml(byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head") || s.startsWith("<?xml")
        || s.contains("<html");
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(1024);
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest sha = newSha();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        sha.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest newSha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static boolean httpScheme(URI u) {
    String s = u.getScheme();
    return s != null && (s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https"));
  }

  private static String hostKey(URI u) {
    return (u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT)) + ":" + u.getPort();
  }

  private static String hostOf(String url) {
    try {
      String h = URI.create(url.trim()).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException ex) {
      return "";
    }
  }

  private static String chain(Set<URI> seen, URI next) {
    StringBuilder b = new StringBuilder();
    for (URI u : seen) {
      b.append(u).append(" → ");
    }
    return b.append(next).toString();
  }

  private static int parseSeconds(String v) {
    try {
      return Math.max(0, Integer.parseInt(v.trim()));
    } catch (NumberFormatException ex) {
      return 0;
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }

  static String humanBytes(long n) {
    if (n <= 0) {
      return "";
    }
    if (n < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f kB", n / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
  }
}
