package org.vlrobs.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StackingTest {

  @Test
  void logisticRecoversACalibratedProbability() {
    // y ~ Bernoulli(sigmoid(2 x - 1)): the fit must recover the slope and intercept (unweighted = calibrated)
    Random r = new Random(7);
    int n = 20_000;
    double[][] x = new double[n][1];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = r.nextGaussian();
      y[i] = r.nextDouble() < 1 / (1 + Math.exp(-(2 * x[i][0] - 1)));
    }
    Logistic.Fit f = Logistic.fit(x, y, false, 0, 400);
    assertEquals(2.0, f.weights()[0], 0.15);
    assertEquals(-1.0, f.intercept(), 0.15);
    assertEquals(1 / (1 + Math.exp(1)), f.probability(new double[] {0}), 0.03);
  }

  @Test
  void thresholdKeepsHalfYesPrecisionAndMaximisesBalancedAccuracy() {
    // positives score 0.6-1.0, negatives 0.0-0.7: above 0.7 precision is 1; the best admissible cut is near 0.6-0.7
    int n = 1000;
    double[] s = new double[n];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      y[i] = i < 100;
      s[i] = y[i] ? 0.6 + 0.4 * i / 100.0 : 0.7 * (i - 100) / 900.0;
    }
    SdgTraining.Threshold t = SdgTraining.chooseThreshold(s, y);
    assertTrue(t.precision() >= SdgTraining.MIN_BALANCED_PRECISION, t.toString());
    assertTrue(t.threshold() >= 0.6 && t.threshold() <= 0.7, t.toString());
    assertTrue(t.recall() > 0.75, t.toString());
  }
}
