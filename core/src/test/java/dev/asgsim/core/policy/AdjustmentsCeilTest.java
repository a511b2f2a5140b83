package dev.asgsim.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Adjustments#ceil}, target tracking's {@code ceil(L / T)} (aws-behaviour §1.5: "adding rounds up"), against a
 * reference that shares no code with it: the exact ceiling of {@code x − epsilon} (the same double subtraction) by
 * BigDecimal, saturated to an int as Java's cast saturates (NaN ⇒ 0).
 */
class AdjustmentsCeilTest {
  private static final double EPS = EngineSettings.DEFAULT_CAPACITY_EPSILON;

  private static int reference(double x, double epsilon) {
    double y = x - epsilon;
    if (y != y) {
      return 0;
    }
    if (Double.isInfinite(y)) {
      return y > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
    }
    BigDecimal c = new BigDecimal(y).setScale(0, RoundingMode.CEILING);
    if (c.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      return Integer.MAX_VALUE;
    }
    if (c.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
      return Integer.MIN_VALUE;
    }
    return c.intValueExact();
  }

  @Test
  void edgesMatchTheExactCeiling() {
    double[] xs = {0, -0.0, 1, 2, 3, 1.8, 2 * 50.0 / 50.0, 3 * 0.1 / 0.1, 0.1 * 30, 1 + EPS, 1 + 2 * EPS, 1 + EPS / 2,
        1 - EPS, -1, -1.5, -EPS, EPS, Math.ulp(1.0), 999_999_999.5, 1e9, 1e9 + 0.5, -1e9, -1e9 - 0.5, 2147483647.0,
        2147483647.5, 2147483648.0, -2147483648.0, -2147483649.0, 1e300, -1e300, Double.MAX_VALUE, Double.MIN_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
    for (double x : xs) {
      for (double eps : new double[] {EPS, 0, 1e-6}) {
        assertThat(Adjustments.ceil(x, eps)).as("ceil(%s - %s)", x, eps).isEqualTo(reference(x, eps));
      }
    }
  }

  @Test
  void randomLoadsOverTargetsMatchTheExactCeiling() {
    Random r = new Random(15);
    for (int i = 0; i < 200_000; i++) {
      double target = r.nextInt(4) == 0 ? r.nextInt(100) + 1 : r.nextDouble() * 100 + 0.01;
      // loads at and around whole multiples of the target, where the epsilon decides, and anywhere
      double load = r.nextBoolean() ? (r.nextInt(2000) + (r.nextInt(3) - 1) * r.nextDouble() * 1e-8) * target
          : r.nextDouble() * 1e5 * (r.nextInt(10) == 0 ? -1 : 1);
      double x = load / target;
      assertThat(Adjustments.ceil(x, EPS)).as("ceil(%s / %s)", load, target).isEqualTo(reference(x, EPS));
    }
  }
}
