package org.vlrobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IncrementalBenchTest {
  @Test
  void quantilesInterpolateBetweenRanks() {
    double[] five = {0.28, 0.30, 0.35, 0.40, 0.42};
    assertEquals(0.35, IncrementalBench.quantile(five, 0.5), 1e-12);
    assertEquals(0.30, IncrementalBench.quantile(five, 0.25), 1e-12);
    assertEquals(0.40, IncrementalBench.quantile(five, 0.75), 1e-12);
    double[] four = {1, 2, 3, 10};
    assertEquals(2.5, IncrementalBench.quantile(four, 0.5), 1e-12);
    assertEquals(1.75, IncrementalBench.quantile(four, 0.25), 1e-12);
    assertEquals(4.75, IncrementalBench.quantile(four, 0.75), 1e-12);
    assertEquals(7.0, IncrementalBench.quantile(new double[] {7}, 0.75), 1e-12);
  }
}
