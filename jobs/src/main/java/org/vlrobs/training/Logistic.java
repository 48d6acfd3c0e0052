package org.vlrobs.training;

import java.util.Arrays;

/**
 * A binary logistic regression (L2) fitted by full-batch gradient descent with Adam on standardised
 * features; the returned weights apply to the raw features. Small, deterministic and fast enough for the
 * SDG classifier's dense heads (384 embedding dimensions) and its meta-classifiers (a few features), where
 * Spark's per-fit overhead would dominate.
 */
public final class Logistic {
  /** Weights over the raw features and the intercept. */
  public record Fit(double[] weights, double intercept) {
    public double probability(double[] x) {
      double z = intercept;
      for (int i = 0; i < x.length; i++) {
        z += weights[i] * x[i];
      }
      return 1 / (1 + Math.exp(-z));
    }
  }

  private Logistic() {}

  /**
   * @param balanced weight the classes equally (else every example weighs 1)
   * @param l2       penalty on the standardised weights (not the intercept)
   */
  public static Fit fit(double[][] x, boolean[] y, boolean balanced, double l2, int iterations) {
    int n = x.length;
    int d = n == 0 ? 0 : x[0].length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
    }
    long pos = 0;
    for (boolean b : y) {
      pos += b ? 1 : 0;
    }
    double wPos = balanced ? n / (2.0 * Math.max(1, pos)) : 1;
    double wNeg = balanced ? n / (2.0 * Math.max(1, n - pos)) : 1;
    double totalWeight = pos * wPos + (n - pos) * wNeg;
    double[] z = new double[n * d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        z[i * d + j] = (x[i][j] - mean[j]) / scale[j];
      }
    }
    double[] w = new double[d + 1]; // last: intercept
    double prior = Math.min(0.999, Math.max(0.001, pos * wPos / totalWeight));
    w[d] = Math.log(prior / (1 - prior));
    double[] m = new double[d + 1];
    double[] v = new double[d + 1];
    double[] g = new double[d + 1];
    double lr = 0.05;
    double b1 = 0.9;
    double b2 = 0.999;
    for (int it = 1; it <= iterations; it++) {
      Arrays.fill(g, 0);
      for (int i = 0; i < n; i++) {
        double s = w[d];
        int o = i * d;
        for (int j = 0; j < d; j++) {
          s += w[j] * z[o + j];
        }
        double p = 1 / (1 + Math.exp(-s));
        double r = (p - (y[i] ? 1 : 0)) * (y[i] ? wPos : wNeg) / totalWeight;
        for (int j = 0; j < d; j++) {
          g[j] += r * z[o + j];
        }
        g[d] += r;
      }
      for (int j = 0; j < d; j++) {
        g[j] += l2 * w[j];
      }
      for (int j = 0; j <= d; j++) {
        m[j] = b1 * m[j] + (1 - b1) * g[j];
        v[j] = b2 * v[j] + (1 - b2) * g[j] * g[j];
        double mh = m[j] / (1 - Math.pow(b1, it));
        double vh = v[j] / (1 - Math.pow(b2, it));
        w[j] -= lr * mh / (Math.sqrt(vh) + 1e-8);
      }
    }
    double[] raw = new double[d];
    double intercept = w[d];
    for (int j = 0; j < d; j++) {
      raw[j] = w[j] / scale[j];
      intercept -= raw[j] * mean[j];
    }
    return new Fit(raw, intercept);
  }
}
