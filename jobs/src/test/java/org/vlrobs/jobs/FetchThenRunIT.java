package org.vlrobs.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.vlrobs.TestPaths;
import org.vlrobs.fetch.Catalog;
import org.vlrobs.fetch.FetchStatus;
import org.vlrobs.fetch.Fetcher;

/**
 * {@code vlr fetch} then {@code vlr run}: a catalogue served by a server on 127.0.0.1 (two sample PDFs, a 404,
 * an HTML page named .pdf) is fetched into a folder, and the extract stage runs on that folder directly.
 */
class FetchThenRunIT {

  @Test
  void fetchedFolderIsACorpusWithItsManifest() throws Exception {
    Path sample = TestPaths.sampleCorpus();
    byte[] vlr = Files.readAllBytes(sample.resolve("helsinki-vlr-2021.pdf"));
    byte[] vnr = Files.readAllBytes(sample.resolve("uk-vnr-2019.pdf"));
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String p = ex.getRequestURI().getPath();
      byte[] body = switch (p) {
        case "/files/Helsinki%20VLR.pdf", "/files/Helsinki VLR.pdf" -> vlr;
        case "/vnr/uk.pdf" -> vnr;
        case "/landing.pdf" -> "<!doctype html><html><body>Please log in</body></html>".getBytes(StandardCharsets.UTF_8);
        default -> null;
      };
      ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
      if (body != null) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(body);
        }
      }
      ex.close();
    });
    server.start();
    Path dir = TestPaths.projectDir().resolve("jobs/target/it-fetch");
    SparkTestSupport.delete(dir);
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Path catalog = Files.createDirectories(dir).resolve("catalog.tsv");
      Files.writeString(catalog, "url\thost\tupload_ym\tfilename\tkind_guess\tsha256\n"
          + base + "/files/Helsinki%20VLR.pdf\t127.0.0.1\t2022\tHelsinki VLR.pdf\tvlr\t\n"
          + base + "/vnr/uk.pdf\t127.0.0.1\t2019\tuk.pdf\tvnr\t\n"
          + base + "/gone.pdf\t127.0.0.1\t2020\tgone.pdf\tvlr\t\n"
          + base + "/landing.pdf\t127.0.0.1\t2020\tlanding.pdf\tunknown\t\n");
      Path corpus = dir.resolve("corpus");
      Fetcher.Summary fetched = new Fetcher(new Fetcher.Options(2, 1, Duration.ZERO, 1 << 24, Duration.ofSeconds(10),
          5, 1, Duration.ofMillis(10)), s -> { }).run(Catalog.read(catalog).entries(), corpus);
      assertEquals(List.of(FetchStatus.OK, FetchStatus.OK, FetchStatus.NOT_FOUND, FetchStatus.NOT_PDF),
          fetched.results().stream().map(r -> r.status()).toList());

      SparkSession spark = SparkTestSupport.local();
      try {
        Path out = dir.resolve("out");
        ExtractJob.run(spark, ExtractJob.Options.of(corpus.toString()), out.toString(), false);
        Map<String, Row> docs = SparkTestSupport.documents(spark, out);
        assertEquals(List.of("Helsinki_VLR.pdf", "uk.pdf"), List.copyOf(docs.keySet()),
            "the fetched files only: not the report, not the manifest, nothing from .fetch");
        Row h = docs.get("Helsinki_VLR.pdf");
        assertEquals("ok", h.getAs("status"));
        assertEquals("VLR", h.getAs("kind"));
        assertEquals("manifest", ((scala.collection.Map<String, String>) h.getAs("metadata_source")).get("kind").get());
        assertEquals(base + "/files/Helsinki%20VLR.pdf", h.getAs("url"));
        assertEquals(2021, (int) h.getAs("year"), "from the title page, not the upload year 2022");
        Row uk = docs.get("uk.pdf");
        assertEquals("VNR", uk.getAs("kind"));
        assertTrue(((String) uk.getAs("status_reason")).contains("page"));
      } finally {
        spark.stop();
      }
    } finally {
      server.stop(0);
    }
  }
}
