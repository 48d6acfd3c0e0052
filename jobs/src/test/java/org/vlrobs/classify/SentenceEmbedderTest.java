package org.vlrobs.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedding model runs from the jars alone and gives the vectors of the reference path (LangChain4j + DJL
 * tokenizers, fixture written by {@code tools/bge-reference}).
 */
class SentenceEmbedderTest {

  /** Cosine >= 0.9999 with the reference embedding on every fixture text that has one. */
  @Test
  void reproducesTheReferenceEmbeddings() throws IOException {
    List<BgeReferenceFixture> rows = BgeReferenceFixture.load().stream().filter(r -> r.embedding() != null).toList();
    assertTrue(rows.size() >= 40, rows.size() + " embeddings in the fixture");
    float[][] got = SentenceEmbedder.embed(rows.stream().map(BgeReferenceFixture::text).toList());
    double worst = 1;
    List<String> far = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      float[] ref = SentenceEmbedder.normalise(rows.get(i).embedding().clone());
      double cos = SentenceEmbedder.dot(ref, got[i]);
      worst = Math.min(worst, cos);
      if (cos < 0.9999) {
        far.add(String.format("%.6f %s", cos, rows.get(i).text().substring(0, Math.min(60, rows.get(i).text().length()))));
      }
    }
    assertTrue(far.isEmpty(), "worst cosine " + worst + ":\n" + String.join("\n", far));
    System.out.printf("SentenceEmbedderTest: %d reference embeddings, lowest cosine %.7f%n", rows.size(), worst);
  }

  @Test
  void meansSomethingAndIsNormalised() {
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
  }

  /** Texts the reference refused (no tokens at all) are embedded as "." instead of failing the task. */
  @Test
  void textsWithoutTokensDoNotFail() {
    float[] dot = SentenceEmbedder.embed(".");
    for (String t : new String[] {"", "   ", "\u0001\u0002", "\u200B\uFEFF", null}) {
      float[] v = SentenceEmbedder.embed(java.util.Collections.singletonList(t))[0];
      assertEquals(1.0, SentenceEmbedder.dot(v, dot), 1e-6, String.valueOf(t));
    }
  }

  /**
   * No network and nothing fetched at run time: the model and vocabulary are classpath resources, ONNX
   * Runtime's native library comes from its jar, and no tokenizer library that downloads native code at run
   * time (DJL's did, when not put offline) is on the classpath any more.
   */
  @Test
  void runsFromTheClasspathAlone() {
    assertTrue(SentenceEmbedder.class.getClassLoader().getResource(SentenceEmbedder.MODEL_RESOURCE)
        .toString().startsWith("jar:"), "the model comes from a jar");
    assertThrows(ClassNotFoundException.class, () -> Class.forName("ai.djl.huggingface.tokenizers.HuggingFaceTokenizer"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder"));
    assertEquals(SentenceEmbedder.DIMENSIONS, SentenceEmbedder.embed("no network needed").length);
  }
}
