package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.descriptive.moment.SecondMoment;
import org.junit.jupiter.api.Test;

class EstimateTest {
  private static Estimate of(double... values) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : values) {
      s.addValue(v);
    }
    return Estimate.of(s);
  }

  @Test
  void theIntervalUsesStudentsTNotTheNormal() {
    // 1..5: mean 3, s = sqrt(2.5); t(0.975, 4 df) = 2.776445; half-width = 2.776445 * 1.581139 / sqrt(5) = 1.963243.
    Estimate e = of(1, 2, 3, 4, 5);
    assertThat(e.n()).isEqualTo(5);
    assertThat(e.mean()).isEqualTo(3.0);
    assertThat(e.standardDeviation()).isCloseTo(1.5811388, within(1e-7));
    assertThat(e.ciLow()).isCloseTo(1.036757, within(1e-6));
    assertThat(e.ciHigh()).isCloseTo(4.963243, within(1e-6));
  }

  @Test
  void twoSeedsGiveAVeryWideInterval() {
    // t(0.975, 1 df) = 12.706205; s = sqrt(2)/... for {0, 2}: s = 1.414214, half = 12.706205 * 1.414214 / sqrt 2 = 12.706205.
    Estimate e = of(0, 2);
    assertThat(e.halfWidth()).isCloseTo(12.706205, within(1e-6));
  }

  @Test
  void oneSeedHasNoIntervalAndIdenticalSeedsAZeroOne() {
    Estimate one = of(7);
    assertThat(one.mean()).isEqualTo(7.0);
    assertThat(one.standardDeviation()).isNaN();
    assertThat(one.ciLow()).isNaN();
    Estimate same = of(4, 4, 4);
    assertThat(same.ciLow()).isEqualTo(4.0);
    assertThat(same.ciHigh()).isEqualTo(4.0);
  }

  /** What Estimate.of computed before the sweep summarised from moments and cached its quantiles. */
  private static Estimate uncached(SummaryStatistics stats) {
    long n = stats.getN();
    if (n < 2) {
      return new Estimate(n, stats.getMean(), Double.NaN, Double.NaN, Double.NaN);
    }
    double sd = stats.getStandardDeviation();
    double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(1 - (1 - Estimate.DEFAULT_CONFIDENCE) / 2);
    double half = t * sd / Math.sqrt(n);
    return new Estimate(n, stats.getMean(), sd, stats.getMean() - half, stats.getMean() + half);
  }

  @Test
  void theSweepsMomentsGiveTheSameBitsAsSummaryStatistics() {
    // Sweep summarises rows from the moments alone (Estimate.of(SecondMoment)); results.csv must not change a bit.
    SplittableRandom random = new SplittableRandom(15);
    int compared = 0;
    for (int trial = 0; trial < 2_000; trial++) {
      int n = 1 + random.nextInt(8);
      SummaryStatistics stats = new SummaryStatistics();
      SecondMoment moments = new SecondMoment();
      for (int i = 0; i < n; i++) {
        double v = switch (random.nextInt(20)) {
          case 0 -> Double.NaN;
          case 1 -> 0.0;
          case 2 -> 1e12 * random.nextDouble();
          default -> random.nextDouble() * 100 - 10;
        };
        stats.addValue(v);
        moments.increment(v);
      }
      Estimate expected = uncached(stats);
      // Twice, so that the second comes from the cached t quantile. Records compare doubles by their bits.
      for (int k = 0; k < 2; k++) {
        assertThat(Estimate.of(moments)).as("trial %d, n %d", trial, n).isEqualTo(expected);
        assertThat(Estimate.of(stats)).isEqualTo(expected);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(4_000);
  }
}
