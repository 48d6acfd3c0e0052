package org.vlrobs.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * The official English wording of every SDG target and indicator with its embedding, computed at training
 * time ({@code models/sdg-classifier/targets.tsv.gz}): the semantic signal's zero-training part is a text's
 * highest cosine similarity to each goal's targets and indicators, and the nearest one is its evidence.
 */
public final class TargetIndex implements Serializable {
  public static final String RESOURCE = "/models/sdg-classifier/targets.tsv.gz";

  /** A target's or indicator's wording. */
  public record Item(String target, int goal, String text, float[] vector) implements Serializable {}

  /** Per goal (index 1-17): the highest similarity and the item reaching it. */
  public record Nearest(double[] similarity, Item[] item) {}

  private final List<Item> items;

  public TargetIndex(List<Item> items) {
    this.items = items;
  }

  public static TargetIndex load() {
    return ModelResources.load(RESOURCE, TargetIndex::read);
  }

  public int size() {
    return items.size();
  }

  public Nearest nearest(float[] v) {
    double[] best = new double[18];
    java.util.Arrays.fill(best, -1);
    Item[] which = new Item[18];
    for (Item it : items) {
      double s = SentenceEmbedder.dot(v, it.vector());
      if (s > best[it.goal()]) {
        best[it.goal()] = s;
        which[it.goal()] = it;
      }
    }
    for (int g = 1; g <= 17; g++) {
      best[g] = Math.max(0, best[g]);
    }
    return new Nearest(best, which);
  }

  public void write(OutputStream out) throws IOException {
    try (PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      w.println("# SDG targets and indicators (official English wording, MIT) and their bge-small-en-v1.5 embeddings");
      for (Item it : items) {
        StringBuilder b = new StringBuilder(it.target()).append('\t').append(it.goal()).append('\t')
            .append(it.text().replace('\t', ' ').replace('\n', ' '));
        for (float x : it.vector()) {
          b.append('\t').append(String.format(Locale.ROOT, "%.5f", x));
        }
        w.println(b);
      }
    }
  }

  public static TargetIndex read(InputStream in) throws IOException {
    List<Item> items = new ArrayList<>();
    GzipTsv.read(in, f -> {
      float[] v = new float[f.length - 3];
      for (int i = 0; i < v.length; i++) {
        v[i] = Float.parseFloat(f[3 + i]);
      }
      items.add(new Item(f[0], Integer.parseInt(f[1]), f[2], v));
    });
    return new TargetIndex(items);
  }
}
