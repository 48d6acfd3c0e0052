package org.vlrobs.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The supervised SDG model at inference: a vocabulary with IDF weights and, per SDG, a logistic
 * regression (intercept and one weight per term) trained with Spark MLlib ({@code bin/vlr train sdg}).
 * Plain Java, loaded from the jar ({@code models/sdg-classifier/model.tsv.gz}); thread-safe once built.
 */
public final class SdgModel implements Serializable {
  public static final String RESOURCE = "/models/sdg-classifier/model.tsv.gz";
  public static final int GOALS = 17;

  private final Map<String, Integer> index;
  private final double[] idf;
  /** weights[term][goal-1] */
  private final float[][] weights;
  private final double[] intercepts;
  private final double[] thresholds;

  public SdgModel(Map<String, Integer> index, double[] idf, float[][] weights, double[] intercepts, double[] thresholds) {
    this.index = index;
    this.idf = idf;
    this.weights = weights;
    this.intercepts = intercepts;
    this.thresholds = thresholds;
  }

  /** One SDG's probability and the terms that pushed it most. */
  public record Prediction(int goal, double probability, boolean label, List<String> topTerms) implements Serializable {}

  public static SdgModel load() {
    return ModelResources.load(RESOURCE, SdgModel::read);
  }

  /** TF-IDF vector (sublinear tf, L2-normalised) with its term indices in ascending order. */
  public SparseVector vectorize(String text) {
    return vectorizeTokens(TermFolding.tokens(text, null));
  }

  /** {@link #vectorize} from the text's tokens in all languages ({@code TermFolding.tokens(text, null)}). */
  public SparseVector vectorizeTokens(List<String> tokens) {
    java.util.TreeMap<Integer, Double> byIndex = new java.util.TreeMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : TextFeatures.countsOf(tokens).entrySet()) {
      Integer i = index.get(e.getKey());
      if (i != null) {
        double v = (1 + Math.log(e.getValue())) * idf[i];
        byIndex.put(i, v);
        norm += v * v;
      }
    }
    double length = Math.sqrt(norm);
    int[] idx = new int[byIndex.size()];
    double[] val = new double[byIndex.size()];
    int k = 0;
    for (Map.Entry<Integer, Double> e : byIndex.entrySet()) {
      idx[k] = e.getKey();
      val[k++] = length == 0 ? 0 : e.getValue() / length;
    }
    return new SparseVector(index.size(), idx, val);
  }

  /** A sparse vector: size, sorted indices, values. */
  public record SparseVector(int size, int[] indices, double[] values) implements Serializable {}

  public double[] probabilities(String text) {
    return probabilities(vectorize(text));
  }

  private double[] probabilities(SparseVector v) {
    double[] p = new double[GOALS];
    for (int g = 0; g < GOALS; g++) {
      double z = intercepts[g];
      for (int k = 0; k < v.indices().length; k++) {
        z += weights[v.indices()[k]][g] * v.values()[k];
      }
      p[g] = 1 / (1 + Math.exp(-z));
    }
    return p;
  }

  public List<Prediction> predict(String text, int evidenceTerms) {
    return predict(vectorize(text), evidenceTerms);
  }

  /** {@link #predict(String, int)} from the text's tokens in all languages. */
  public List<Prediction> predictTokens(List<String> tokens, int evidenceTerms) {
    return predict(vectorizeTokens(tokens), evidenceTerms);
  }

  /**
   * Each goal's probability and its {@code evidenceTerms} terms of largest positive contribution (weight times
   * value), largest first, the earlier term first on a tie: a selection of the few best, not a sort of all.
   */
  private List<Prediction> predict(SparseVector v, int evidenceTerms) {
    List<Prediction> out = new ArrayList<>(GOALS);
    double[] p = probabilities(v);
    int[] best = new int[evidenceTerms];
    double[] bestValue = new double[evidenceTerms];
    for (int g = 0; g < GOALS; g++) {
      int n = 0;
      for (int k = 0; evidenceTerms > 0 && k < v.indices().length; k++) {
        double c = weights[v.indices()[k]][g] * v.values()[k];
        if (!(c > 0) || (n == evidenceTerms && c <= bestValue[n - 1])) {
          continue;
        }
        int at = n == evidenceTerms ? n - 1 : n++;
        while (at > 0 && bestValue[at - 1] < c) { // strictly smaller moves down: ties keep the earlier term first
          best[at] = best[at - 1];
          bestValue[at] = bestValue[at - 1];
          at--;
        }
        best[at] = v.indices()[k];
        bestValue[at] = c;
      }
      List<String> top = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        top.add(termOf(best[i]));
      }
      out.add(new Prediction(g + 1, p[g], p[g] >= thresholds[g], top));
    }
    return out;
  }

  /** Terms by index, built on first use; volatile: one model is shared by an executor's threads. */
  private transient volatile String[] vocabulary;

  private String termOf(int i) {
    String[] v = vocabulary;
    if (v == null) { // threads racing here build equal arrays; each is complete before it is published
      v = new String[index.size()];
      for (Map.Entry<String, Integer> e : index.entrySet()) {
        v[e.getValue()] = e.getKey();
      }
      vocabulary = v;
    }
    return v[i];
  }

  public double threshold(int goal) {
    return thresholds[goal - 1];
  }

  public int vocabularySize() {
    return index.size();
  }

  /** Writes the model: header lines with intercepts and thresholds, then one line per term. */
  public void write(OutputStream out) throws IOException {
    try (PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      w.println("#intercepts\t" + join(intercepts));
      w.println("#thresholds\t" + join(thresholds));
      String[] terms = new String[index.size()];
      index.forEach((t, i) -> terms[i] = t);
      for (int i = 0; i < terms.length; i++) {
        StringBuilder b = new StringBuilder(terms[i]).append('\t').append(String.format(Locale.ROOT, "%.5f", idf[i]));
        for (int g = 0; g < GOALS; g++) {
          float x = weights[i][g];
          b.append('\t').append(x == 0 ? "0" : String.format(Locale.ROOT, "%.4f", x));
        }
        w.println(b);
      }
    }
  }

  public static SdgModel read(InputStream in) throws IOException {
    Map<String, Integer> index = new HashMap<>();
    List<Double> idf = new ArrayList<>();
    List<float[]> weights = new ArrayList<>();
    double[][] header = new double[2][]; // intercepts, thresholds
    // "#intercepts" and "#thresholds" lines are the header; every other line is a term (which may start with #)
    GzipTsv.read(in, true, f -> {
      if (f[0].equals("#intercepts")) {
        header[0] = parse(f);
      } else if (f[0].equals("#thresholds")) {
        header[1] = parse(f);
      } else {
        index.put(f[0], index.size());
        idf.add(Double.parseDouble(f[1]));
        float[] w = new float[GOALS];
        for (int g = 0; g < GOALS; g++) {
          w[g] = Float.parseFloat(f[2 + g]);
        }
        weights.add(w);
      }
    });
    double[] intercepts = header[0];
    double[] thresholds = header[1];
    if (intercepts == null || thresholds == null) {
      throw new IOException("model file lacks #intercepts or #thresholds");
    }
    return new SdgModel(index, idf.stream().mapToDouble(Double::doubleValue).toArray(),
        weights.toArray(new float[0][]), intercepts, thresholds);
  }

  private static double[] parse(String[] f) {
    double[] d = new double[GOALS];
    for (int g = 0; g < GOALS; g++) {
      d[g] = Double.parseDouble(f[1 + g]);
    }
    return d;
  }

  private static String join(double[] d) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < d.length; i++) {
      b.append(i == 0 ? "" : "\t").append(String.format(Locale.ROOT, "%.6f", d[i]));
    }
    return b.toString();
  }
}
