package org.vlrobs.training;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.vlrobs.classify.SentenceEmbedder;

/** Sentence embeddings of training texts, kept between runs in a file under {@code target/} (a cache only). */
final class EmbeddingCache {
  private final Path file;
  private final Map<String, float[]> vectors = new HashMap<>();
  private int added;

  EmbeddingCache(Path file) {
    this.file = file;
    if (file != null && Files.exists(file)) {
      try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String text = in.readUTF();
          float[] v = new float[in.readInt()];
          for (int k = 0; k < v.length; k++) {
            v[k] = in.readFloat();
          }
          vectors.put(text, v);
        }
      } catch (IOException | RuntimeException e) {
        vectors.clear(); // a damaged cache is recomputed
      }
    }
  }

  /** Embeds what is missing (in parallel batches) and returns one vector per text. */
  float[][] embed(List<String> texts) {
    List<String> missing = new ArrayList<>(texts.stream().filter(t -> !vectors.containsKey(key(t))).distinct().toList());
    int batch = 32;
    long t0 = System.nanoTime();
    List<float[][]> parts = IntStream.range(0, (missing.size() + batch - 1) / batch).parallel()
        .mapToObj(b -> SentenceEmbedder.embed(missing.subList(b * batch, Math.min(missing.size(), (b + 1) * batch))))
        .toList();
    for (int b = 0; b < parts.size(); b++) {
      for (int k = 0; k < parts.get(b).length; k++) {
        vectors.put(key(missing.get(b * batch + k)), parts.get(b)[k]);
      }
    }
    if (!missing.isEmpty()) {
      System.out.printf(java.util.Locale.ROOT, "embedded %d texts in %.1f s%n", missing.size(),
          (System.nanoTime() - t0) / 1e9);
    }
    added += missing.size();
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = vectors.get(key(texts.get(i)));
    }
    return out;
  }

  private static String key(String text) {
    return text.length() > 8_000 ? text.substring(0, 8_000) : text;
  }

  void save() throws IOException {
    if (file == null || added == 0) {
      return;
    }
    Files.createDirectories(file.getParent());
    try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(vectors.size());
      for (Map.Entry<String, float[]> e : vectors.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        for (float x : e.getValue()) {
          out.writeFloat(x);
        }
      }
    }
  }
}
