package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {
  @Test
  void aHandCheckedCase() {
    //            A  B  C  D  E  F  G    H
    double[] x = {1, 2, 3, 4, 2, 5, Double.NaN, 2};
    double[] y = {9, 5, 6, 1, 7, 1, 0, 5};
    // C (3,6) is beaten by B (2,5); E (2,7) by B; F (5,1) by D (4,1); G has no cost; H ties B exactly.
    assertThat(ParetoFront.of(x, y)).containsExactly(0, 1, 7, 3);
  }

  @Test
  void oneOrNoPoint() {
    assertThat(ParetoFront.of(new double[] {3}, new double[] {4})).containsExactly(0);
    assertThat(ParetoFront.of(new double[0], new double[0])).isEmpty();
  }

  @RepeatedTest(20)
  void agreesWithTheDefinitionOnRandomClouds(RepetitionInfo info) {
    SplittableRandom random = new SplittableRandom(info.getCurrentRepetition());
    int n = 30;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextInt(10);
      y[i] = random.nextInt(10);
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean dominated = false;
      for (int j = 0; j < n; j++) {
        if (x[j] <= x[i] && y[j] <= y[i] && (x[j] < x[i] || y[j] < y[i])) {
          dominated = true;
        }
      }
      if (!dominated) {
        expected.add(i);
      }
    }
    assertThat(ParetoFront.of(x, y)).containsExactlyInAnyOrderElementsOf(expected);
  }
}
