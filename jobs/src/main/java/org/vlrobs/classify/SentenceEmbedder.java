package org.vlrobs.classify;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings in-process: BAAI bge-small-en-v1.5, quantized ONNX (384 dimensions, English), shipped
 * inside a Maven Central jar and run by ONNX Runtime, whose native library is in its jar; the tokenizer's
 * native library is in the DJL tokenizers jar. Nothing is downloaded at run time (DJL is put offline before
 * the model loads; {@code SentenceEmbedderTest} checks it with an empty cache folder).
 *
 * <p>One ONNX session per JVM (so per Spark executor), built lazily on first use by a static holder
 * (thread-safe class initialisation); ONNX Runtime sessions are thread-safe, so concurrent tasks share it.
 * Each call embeds a batch of texts in the caller's thread (no extra thread pool: Spark's task slots are the
 * parallelism). Vectors are L2-normalised, so a dot product is the cosine similarity.
 */
public final class SentenceEmbedder {
  public static final int DIMENSIONS = 384;

  private SentenceEmbedder() {}

  private static final class Holder {
    static final EmbeddingModel MODEL = build();

    private static EmbeddingModel build() {
      if (System.getProperty("ai.djl.offline") == null) {
        System.setProperty("ai.djl.offline", "true"); // never fetch a native tokenizer library
      }
      return new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run);
    }
  }

  /** Loads the model now (first call costs ~1-2 s); later calls return at once. */
  public static void warmUp() {
    embed(List.of("warm up"));
  }

  /** One normalised 384-dimension vector per text, in order. */
  public static float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    if (texts.isEmpty()) {
      return out;
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t == null || t.isBlank() ? "." : t));
    }
    List<Embedding> embeddings = Holder.MODEL.embedAll(segments).content();
    for (int i = 0; i < out.length; i++) {
      out[i] = normalise(embeddings.get(i).vector());
    }
    return out;
  }

  public static float[] embed(String text) {
    return embed(List.of(text))[0];
  }

  static float[] normalise(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    double len = Math.sqrt(n);
    if (len > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (v[i] / len);
      }
    }
    return v;
  }

  public static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
