package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedding model builds and runs from the jars alone: DJL is offline (a fetch of the tokenizer's native
 * library would fail) and, when this test is first in its JVM, its cache folder is a fresh temporary one, so
 * the native library can only come from the tokenizers jar; ONNX Runtime loads its bundled native library.
 */
class SentenceEmbedderTest {

  @Test
  void buildsOfflineAndMeansSomething() throws IOException {
    Path cache = Files.createTempDirectory("djl-cache");
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("DJL_CACHE_DIR", cache.toString());
    System.setProperty("ENGINE_CACHE_DIR", cache.toString());
    float[][] v = SentenceEmbedder.embed(List.of(
        "Access to safe drinking water and sanitation for every household.",
        "The city extended water supply and sewage networks to informal settlements.",
        "Women hold a third of the seats on the municipal council."));
    assertEquals(3, v.length);
    for (float[] x : v) {
      assertEquals(SentenceEmbedder.DIMENSIONS, x.length);
      assertEquals(1.0, SentenceEmbedder.dot(x, x), 1e-4);
    }
    double related = SentenceEmbedder.dot(v[0], v[1]);
    double unrelated = SentenceEmbedder.dot(v[0], v[2]);
    assertTrue(related > unrelated + 0.1, related + " vs " + unrelated);
    // the model loads with DJL offline (set by SentenceEmbedder if nobody set it): a fetch would have failed
    assertEquals("true", System.getProperty("ai.djl.offline"));
  }
}
