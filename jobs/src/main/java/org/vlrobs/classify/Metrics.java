package org.vlrobs.classify;

import java.util.Locale;

/** Per-SDG binary confusion counts and the scores derived from them. */
public final class Metrics {
  final long[] tp = new long[18];
  final long[] fp = new long[18];
  final long[] fn = new long[18];
  final long[] tn = new long[18];

  public void add(int goal, boolean truth, boolean predicted) {
    if (truth && predicted) {
      tp[goal]++;
    } else if (predicted) {
      fp[goal]++;
    } else if (truth) {
      fn[goal]++;
    } else {
      tn[goal]++;
    }
  }

  public double precision(int g) {
    return tp[g] + fp[g] == 0 ? 0 : tp[g] / (double) (tp[g] + fp[g]);
  }

  public double recall(int g) {
    return tp[g] + fn[g] == 0 ? 0 : tp[g] / (double) (tp[g] + fn[g]);
  }

  public double f1(int g) {
    double p = precision(g);
    double r = recall(g);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double accuracy(int g) {
    long n = tp[g] + fp[g] + fn[g] + tn[g];
    return n == 0 ? 0 : (tp[g] + tn[g]) / (double) n;
  }

  /** Mean of recall on positives and on negatives: the accuracy one would get on a half-yes sample. */
  public double balancedAccuracy(int g) {
    double tpr = recall(g);
    double tnr = tn[g] + fp[g] == 0 ? 0 : tn[g] / (double) (tn[g] + fp[g]);
    return (tpr + tnr) / 2;
  }

  public long support(int g) {
    return tp[g] + fn[g];
  }

  public double macro(java.util.function.IntToDoubleFunction f) {
    double s = 0;
    int n = 0;
    for (int g = 1; g <= 17; g++) {
      if (support(g) > 0) {
        s += f.applyAsDouble(g);
        n++;
      }
    }
    return n == 0 ? 0 : s / n;
  }

  /** A Markdown table: one row per SDG and the macro averages. */
  public String table() {
    StringBuilder b = new StringBuilder("| SDG | support | precision | recall | F1 | accuracy | balanced accuracy |\n"
        + "| --- | --- | --- | --- | --- | --- | --- |\n");
    for (int g = 1; g <= 17; g++) {
      b.append(String.format(Locale.ROOT, "| %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n", g, support(g),
          precision(g), recall(g), f1(g), accuracy(g), balancedAccuracy(g)));
    }
    b.append(String.format(Locale.ROOT, "| **macro** | | %.3f | %.3f | %.3f | %.3f | %.3f |%n", macro(this::precision),
        macro(this::recall), macro(this::f1), macro(this::accuracy), macro(this::balancedAccuracy)));
    return b.toString();
  }
}
