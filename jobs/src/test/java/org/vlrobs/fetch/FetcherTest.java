package org.vlrobs.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vlrobs.corpus.Manifest;

/** {@link Fetcher} against a server this test starts on 127.0.0.1; no other address is ever contacted. */
class FetcherTest {
  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] PDF2 = "%PDF-1.7\n% another document\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

  @TempDir
  Path tmp;
  HttpServer server;
  String base;
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final List<Long> okStarts = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    int n = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    try {
      switch (path) {
        case "/ok.pdf", "/a/same.pdf", "/b/same.pdf", "/target.pdf" -> {
          okStarts.add(System.nanoTime());
          send(ex, 200, "application/pdf", path.equals("/target.pdf") ? PDF2 : PDF);
        }
        case "/missing.pdf" -> send(ex, 404, "text/html", "<html>not found</html>".getBytes(StandardCharsets.UTF_8));
        case "/flaky.pdf" -> {
          if (n == 1) {
            send(ex, 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8));
          } else {
            send(ex, 200, "application/pdf", PDF);
          }
        }
        case "/down.pdf" -> send(ex, 503, "text/plain", "maintenance".getBytes(StandardCharsets.UTF_8));
        case "/slow.pdf" -> {
          sleep(1_500);
          send(ex, 200, "application/pdf", PDF);
        }
        case "/stall.pdf" -> { // head and a first chunk at once, then silence
          ex.getResponseHeaders().set("Content-Type", "application/pdf");
          ex.sendResponseHeaders(200, 0);
          OutputStream os = ex.getResponseBody();
          os.write(PDF, 0, 10);
          os.flush();
          sleep(1_500);
          os.write(PDF, 10, PDF.length - 10);
          os.close();
        }
        case "/redirect.pdf" -> redirect(ex, "/hop.pdf");
        case "/hop.pdf" -> redirect(ex, base + "/target.pdf");
        case "/loop-a.pdf" -> redirect(ex, "/loop-b.pdf");
        case "/loop-b.pdf" -> redirect(ex, "/loop-a.pdf");
        case "/page.pdf" -> send(ex, 200, "text/html; charset=utf-8",
            "<!DOCTYPE html><html><body>Download our VLR</body></html>".getBytes(StandardCharsets.UTF_8));
        case "/big.pdf" -> send(ex, 200, "application/pdf", bigPdf());
        case "/big-chunked.pdf" -> { // no Content-Length: the cap must hold while streaming
          ex.getResponseHeaders().set("Content-Type", "application/pdf");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream os = ex.getResponseBody()) {
            os.write(bigPdf());
          } catch (IOException e) {
            // the client hung up at the cap: expected
          }
        }
        case "/gzip.pdf" -> {
          ByteArrayOutputStream b = new ByteArrayOutputStream();
          try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(PDF2);
          }
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          send(ex, 200, "application/pdf", b.toByteArray());
        }
        default -> send(ex, 404, "text/plain", new byte[0]);
      }
    } catch (IOException e) {
      // the client went away (timeouts): nothing to answer
    } finally {
      ex.close();
    }
  }

  private static byte[] bigPdf() {
    byte[] b = new byte[3 * 1024 * 1024];
    System.arraycopy(PDF, 0, b, 0, PDF.length);
    return b;
  }

  private static void send(HttpExchange ex, int code, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream os = ex.getResponseBody()) {
        os.write(body);
      }
    }
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Fetcher.Options options() {
    return new Fetcher.Options(3, 2, Duration.ZERO, 1024 * 1024, Duration.ofMillis(600), 5, 2, Duration.ofMillis(20));
  }

  private CatalogEntry entry(int line, String path, String fileName, String kind, String sha) {
    return new CatalogEntry(line, base + path, "127.0.0.1", "2021", fileName, kind, sha);
  }

  static String sha(byte[] b) throws Exception {
    return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
  }

  private static Map<String, CSVRecord> report(Path out) throws IOException {
    try (var p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(out.resolve(Fetcher.REPORT_FILE)))) {
      Map<String, CSVRecord> m = new java.util.LinkedHashMap<>();
      for (CSVRecord r : p) {
        m.putIfAbsent(r.get("url").replaceFirst("^http://127\\.0\\.0\\.1:\\d+", ""), r);
      }
      return m;
    }
  }

  @Test
  void everyCaseIsOneTruthfulRowAndNoneStopsTheOthers() throws Exception {
    List<CatalogEntry> cat = new ArrayList<>();
    cat.add(entry(2, "/ok.pdf", "Helsinki VLR 2021.pdf", "vlr", sha(PDF)));
    cat.add(entry(3, "/missing.pdf", null, "vnr", null));
    cat.add(entry(4, "/flaky.pdf", null, "unknown", null));
    cat.add(entry(5, "/down.pdf", null, null, null));
    cat.add(entry(6, "/slow.pdf", null, null, null));
    cat.add(entry(7, "/stall.pdf", null, null, null));
    cat.add(entry(8, "/redirect.pdf", null, "vnr", null));
    cat.add(entry(9, "/loop-a.pdf", null, null, null));
    cat.add(entry(10, "/ok.pdf?copy", "wrong-sum.pdf", null, "0".repeat(64)));
    cat.add(entry(11, "/page.pdf", null, null, null));
    cat.add(entry(12, "/big.pdf", null, null, null));
    cat.add(entry(13, "/big-chunked.pdf", null, null, null));
    cat.add(entry(14, "/gzip.pdf", null, null, sha(PDF2)));
    cat.add(entry(15, "/ok.pdf", "again.pdf", null, null));
    cat.add(new CatalogEntry(16, "ftp://127.0.0.1/x.pdf", null, null, null, null, null));
    Path out = tmp.resolve("corpus");
    List<String> log = new CopyOnWriteArrayList<>();
    Fetcher.Summary s = new Fetcher(options(), log::add).run(cat, out);

    Map<String, String> status = s.results().stream()
        .collect(Collectors.toMap(r -> r.entry().url().replace(base, ""), r -> r.status().label(), (a, b) -> a + "," + b));
    assertEquals("ok,duplicate_url", status.get("/ok.pdf"));
    assertEquals("not_found", status.get("/missing.pdf"));
    assertEquals("ok", status.get("/flaky.pdf"));
    assertEquals("http_error", status.get("/down.pdf"));
    assertEquals("timeout", status.get("/slow.pdf"));
    assertEquals("timeout", status.get("/stall.pdf"));
    assertEquals("ok", status.get("/redirect.pdf"));
    assertEquals("redirect_error", status.get("/loop-a.pdf"));
    assertEquals("checksum_mismatch", status.get("/ok.pdf?copy"));
    assertEquals("not_pdf", status.get("/page.pdf"));
    assertEquals("too_large", status.get("/big.pdf"));
    assertEquals("too_large", status.get("/big-chunked.pdf"));
    assertEquals("ok", status.get("/gzip.pdf"));
    assertEquals("invalid_url", status.get("ftp://127.0.0.1/x.pdf"));
    assertEquals(cat.size() - 1, log.size(), "one progress line per URL fetched (the repeated URL is not)");

    Map<String, CSVRecord> rep = report(out);
    assertEquals(cat.size() - 1, rep.size(), "every URL (the repeated one once per URL key here)");
    assertEquals("404", rep.get("/missing.pdf").get("http_code"));
    assertEquals("503", rep.get("/down.pdf").get("http_code"));
    assertTrue(rep.get("/down.pdf").get("reason").contains("2 attempts"), rep.get("/down.pdf").get("reason"));
    assertEquals(2, hits.get("/down.pdf").get(), "retried once (2 attempts), then given up");
    assertEquals(2, hits.get("/flaky.pdf").get());
    assertTrue(rep.get("/flaky.pdf").get("reason").contains("after 2 attempts"));
    assertTrue(rep.get("/redirect.pdf").get("final_url").endsWith("/target.pdf"));
    assertEquals(sha(PDF2), rep.get("/redirect.pdf").get("sha256"));
    assertTrue(rep.get("/loop-a.pdf").get("reason").startsWith("redirect loop"), rep.get("/loop-a.pdf").get("reason"));
    assertTrue(rep.get("/page.pdf").get("reason").contains("web page"), rep.get("/page.pdf").get("reason"));
    assertTrue(rep.get("/stall.pdf").get("reason").contains("paused"), rep.get("/stall.pdf").get("reason"));
    assertTrue(rep.get("/slow.pdf").get("reason").contains("no response"), rep.get("/slow.pdf").get("reason"));
    assertTrue(rep.get("/big.pdf").get("reason").contains("Content-Length"), rep.get("/big.pdf").get("reason"));
    assertTrue(rep.get("/big-chunked.pdf").get("reason").contains("while downloading"));
    assertEquals(String.valueOf(PDF2.length), rep.get("/gzip.pdf").get("bytes"), "decoded size");
    assertEquals("2021", rep.get("/ok.pdf").get("upload_ym"));

    // the corpus holds exactly the usable files, under safe names; nothing half-written
    try (var files = Files.list(out)) {
      assertEquals(List.of(".fetch", "Helsinki_VLR_2021.pdf", "fetch-report.csv", "flaky.pdf", "gzip.pdf",
          "manifest.csv", "redirect.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    try (var parts = Files.list(out.resolve(".fetch"))) {
      assertFalse(parts.anyMatch(p -> p.toString().endsWith(".part")));
    }
    assertEquals(sha(PDF2), sha(Files.readAllBytes(out.resolve("gzip.pdf"))));

    List<Manifest.Row> manifest = Manifest.parse(new StringReader(Files.readString(out.resolve("manifest.csv"))));
    assertEquals(4, manifest.size());
    Map<String, Manifest.Row> byPath = manifest.stream().collect(Collectors.toMap(Manifest.Row::path, Function.identity()));
    assertEquals("VLR", byPath.get("Helsinki_VLR_2021.pdf").entry().kind());
    assertEquals("VNR", byPath.get("redirect.pdf").entry().kind());
    assertEquals(null, byPath.get("flaky.pdf").entry().kind(), "unknown is left to inference");
    assertEquals(null, byPath.get("redirect.pdf").entry().year(), "the upload year is not a publication year");
    assertEquals(base + "/redirect.pdf", byPath.get("redirect.pdf").entry().url());
    assertTrue(byPath.values().stream().allMatch(r -> r.warnings().isEmpty()));
  }

  @Test
  void aResumedRunSkipsVerifiedFilesAndNeverCountsPartFiles() throws Exception {
    List<CatalogEntry> cat = List.of(entry(2, "/ok.pdf", "with-sum.pdf", "vlr", sha(PDF)),
        entry(3, "/target.pdf", "no-sum.pdf", "vnr", null), entry(4, "/gzip.pdf", "third.pdf", null, null));
    Path out = tmp.resolve("corpus");
    // a killed run: a .part left behind, the third file never finished
    Files.createDirectories(out.resolve(".fetch"));
    Files.write(out.resolve(".fetch/third.pdf.part"), new byte[] {'%', 'P'});
    Fetcher.Summary first = new Fetcher(options(), s -> { }).run(List.of(cat.get(0), cat.get(1)), out);
    assertTrue(first.results().stream().allMatch(r -> r.status() == FetchStatus.OK));
    assertFalse(Files.exists(out.resolve(".fetch/third.pdf.part")), "stale .part removed");

    Fetcher.Summary second = new Fetcher(options(), s -> { }).run(cat, out);
    assertEquals(List.of(FetchStatus.CACHED, FetchStatus.CACHED, FetchStatus.OK),
        second.results().stream().map(FetchResult::status).toList());
    assertEquals(1, hits.get("/ok.pdf").get(), "verified by the catalogue's checksum: not fetched again");
    assertEquals(1, hits.get("/target.pdf").get(), "verified by the checksum recorded in the first run");

    // a file changed on disk is not trusted
    Files.write(out.resolve("no-sum.pdf"), PDF);
    Fetcher.Summary third = new Fetcher(options(), s -> { }).run(cat, out);
    assertEquals(FetchStatus.OK, third.results().get(1).status());
    assertTrue(third.results().get(1).reason().contains("another SHA-256"), third.results().get(1).reason());
    assertEquals(sha(PDF2), sha(Files.readAllBytes(out.resolve("no-sum.pdf"))));
    assertEquals(3, Manifest.parse(new StringReader(Files.readString(out.resolve("manifest.csv")))).size());
  }

  @Test
  void requestsToOneHostAreSpacedByTheDelay() throws Exception {
    Fetcher.Options o = new Fetcher.Options(3, 1, Duration.ofMillis(250), 1024 * 1024, Duration.ofSeconds(5), 5, 1,
        Duration.ofMillis(10));
    List<CatalogEntry> cat = List.of(entry(2, "/ok.pdf", "a.pdf", null, null),
        entry(3, "/a/same.pdf", null, null, null), entry(4, "/b/same.pdf", null, null, null));
    Fetcher.Summary s = new Fetcher(o, x -> { }).run(cat, tmp.resolve("c"));
    assertTrue(s.results().stream().allMatch(r -> r.status() == FetchStatus.OK));
    List<Long> starts = okStarts.stream().sorted().toList();
    assertEquals(3, starts.size());
    for (int i = 1; i < starts.size(); i++) {
      long gapMs = (starts.get(i) - starts.get(i - 1)) / 1_000_000;
      assertTrue(gapMs >= 240, "requests " + gapMs + " ms apart");
    }
    // two URLs named same.pdf: both kept, distinct names, deterministic
    List<String> names = s.results().stream().map(FetchResult::path).toList();
    assertEquals(3, names.stream().distinct().count());
    assertTrue(names.get(1).matches("same-[0-9a-f]{8}\\.pdf"), names.get(1));
    assertEquals(FileNames.assign(cat).values().stream().toList(), names);
  }
}
