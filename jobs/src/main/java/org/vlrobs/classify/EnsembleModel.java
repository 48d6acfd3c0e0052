package org.vlrobs.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The trained parts of the SDG ensemble ({@code models/sdg-classifier/ensemble.tsv}): per SDG, a logistic
 * head over the sentence embedding, a logistic meta-classifier over the base signals ({@link #FEATURES})
 * and the decision threshold chosen on out-of-fold predictions of the training data.
 */
public final class EnsembleModel implements Serializable {
  public static final String RESOURCE = "/models/sdg-classifier/ensemble.tsv";
  public static final List<String> FEATURES = List.of("lexicon", "tfidf_logit", "embedding_logit", "target_similarity",
      "target_margin", "sdsn", "elsevier", "cmu", "aurora");

  final double[][] headWeights; // [goal-1][384]
  final double[] headIntercepts;
  final double[][] metaWeights; // [goal-1][features]
  final double[] metaIntercepts;
  final double[] thresholds;

  public EnsembleModel(double[][] headWeights, double[] headIntercepts, double[][] metaWeights, double[] metaIntercepts,
      double[] thresholds) {
    this.headWeights = headWeights;
    this.headIntercepts = headIntercepts;
    this.metaWeights = metaWeights;
    this.metaIntercepts = metaIntercepts;
    this.thresholds = thresholds;
  }

  public static EnsembleModel load() {
    return ModelResources.load(RESOURCE, EnsembleModel::read);
  }

  /** The embedding head's probability per goal (index 0-16). */
  public double[] headProbabilities(float[] v) {
    double[] p = new double[17];
    for (int g = 0; g < 17; g++) {
      double z = headIntercepts[g];
      for (int i = 0; i < v.length; i++) {
        z += headWeights[g][i] * v[i];
      }
      p[g] = 1 / (1 + Math.exp(-z));
    }
    return p;
  }

  /** The meta-classifier's probability for one goal (1-17). */
  public double probability(int goal, double[] features) {
    double z = metaIntercepts[goal - 1];
    for (int i = 0; i < features.length; i++) {
      z += metaWeights[goal - 1][i] * features[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  public double threshold(int goal) {
    return thresholds[goal - 1];
  }

  /** The feature vector of one goal, in {@link #FEATURES} order. */
  public static double[] features(double lexicon, double tfidf, double embedding, double similarity, double margin,
      double[] keywordScores) {
    double[] f = new double[FEATURES.size()];
    f[0] = lexicon;
    f[1] = logit(tfidf);
    f[2] = logit(embedding);
    f[3] = similarity;
    f[4] = margin;
    System.arraycopy(keywordScores, 0, f, 5, keywordScores.length);
    return f;
  }

  static double logit(double p) {
    double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
    return Math.log(q / (1 - q));
  }

  public void write(OutputStream out) throws IOException {
    try (PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      w.println("#features\t" + String.join("\t", FEATURES));
      for (int g = 0; g < 17; g++) {
        w.println(row("head", g, headIntercepts[g], headWeights[g]));
      }
      for (int g = 0; g < 17; g++) {
        w.println(row("meta", g, metaIntercepts[g], metaWeights[g]));
      }
      for (int g = 0; g < 17; g++) {
        w.println(String.format(Locale.ROOT, "threshold\t%d\t%.4f", g + 1, thresholds[g]));
      }
    }
  }

  private static String row(String kind, int g, double intercept, double[] w) {
    StringBuilder b = new StringBuilder(kind).append('\t').append(g + 1).append('\t')
        .append(String.format(Locale.ROOT, "%.6g", intercept));
    for (double x : w) {
      b.append('\t').append(String.format(Locale.ROOT, "%.6g", x));
    }
    return b.toString();
  }

  public static EnsembleModel read(InputStream in) throws IOException {
    double[][] hw = new double[17][];
    double[] hb = new double[17];
    double[][] mw = new double[17][];
    double[] mb = new double[17];
    double[] th = new double[17];
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f[0].startsWith("#") || line.isBlank()) {
          if (f[0].equals("#features") && !List.of(f).subList(1, f.length).equals(FEATURES)) {
            throw new IOException("ensemble model features " + List.of(f).subList(1, f.length) + " are not " + FEATURES
                + ": retrain (bin/vlr train sdg)");
          }
          continue;
        }
        int g = Integer.parseInt(f[1]) - 1;
        if (f[0].equals("threshold")) {
          th[g] = Double.parseDouble(f[2]);
          continue;
        }
        double[] w = new double[f.length - 3];
        for (int i = 0; i < w.length; i++) {
          w[i] = Double.parseDouble(f[3 + i]);
        }
        if (f[0].equals("head")) {
          hb[g] = Double.parseDouble(f[2]);
          hw[g] = w;
        } else if (f[0].equals("meta")) {
          mb[g] = Double.parseDouble(f[2]);
          mw[g] = w;
        }
      }
    }
    for (int g = 0; g < 17; g++) {
      if (hw[g] == null || mw[g] == null) {
        throw new IOException("ensemble model lacks SDG " + (g + 1));
      }
    }
    return new EnsembleModel(hw, hb, mw, mb, th);
  }
}
