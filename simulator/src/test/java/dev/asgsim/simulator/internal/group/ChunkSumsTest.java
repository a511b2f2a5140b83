package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link ChunkSums#sums} (four cohorts a pass) against the loop it replaced in {@link MinutesAhead#sumsAhead}: every
 * minute's sum started at 0.0 and added to one cohort at a time in list order. Random lists of 0 to 200 cohorts (every
 * remainder of four, small and large), chunks of 0 to 128 minutes, wants and counts that make rounding matter (wants
 * with full mantissas, counts up to 10⁹, terms of mixed magnitude that cancel), and the odd values: ±0.0, NaN, ±∞,
 * huge and tiny. Bit for bit (any NaN as NaN), and nothing written past the chunk.
 */
class ChunkSumsTest {
  private static final double[] ODD = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
      1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-310, Double.MAX_VALUE, 0.1, 100.0};

  @Test
  @DisplayName("Issue 15: a chunk's sums four cohorts a pass equal each minute's chain one cohort at a time, bit for bit")
  void fourCohortsAPassAreOneAtATime() {
    SplittableRandom r = new SplittableRandom(15);
    int[] remainders = new int[ChunkSums.PER_PASS];
    long inexact = 0;
    long odd = 0;
    for (int run = 0; run < 20_000; run++) {
      int size = r.nextInt(8) == 0 ? r.nextInt(5) : r.nextInt(201);
      int n = r.nextInt(8) == 0 ? r.nextInt(3) : 1 + r.nextInt(128);
      double[] count = new double[size];
      for (int j = 0; j < size; j++) {
        count[j] = r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 1 + r.nextInt(40);
        if (r.nextInt(50) == 0) {
          count[j] = ODD[r.nextInt(ODD.length)];
        }
      }
      double[] w = new double[n];
      for (int k = 0; k < n; k++) {
        w[k] = switch (r.nextInt(10)) {
          case 0 -> ODD[r.nextInt(ODD.length)];
          case 1 -> (r.nextBoolean() ? 1 : -1) * r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
          default -> r.nextDouble() * 100;
        };
      }
      double[] plain = new double[n];
      for (int j = 0; j < size; j++) {
        for (int k = 0; k < n; k++) {
          plain[k] += w[k] * count[j];
        }
      }
      double total = 0;
      for (double c : count) {
        total += c;
      }
      double[] sums = new double[n + 3];
      Arrays.fill(sums, 7.0);
      ChunkSums.sums(w, count, size, n, sums);
      for (int k = 0; k < n; k++) {
        // doubleToLongBits: -0.0 is not +0.0, and every NaN is one (Java leaves a NaN's sign and payload to the
        // hardware, which sets them by the operands' places; every NaN prints alike)
        assertThat(Double.doubleToLongBits(sums[k])).as("run %d, %d cohorts, minute %d of %d", run, size, k, n)
            .isEqualTo(Double.doubleToLongBits(plain[k]));
        // the sum is not the product of the want and the total count: the order of the roundings is what is tested
        if (size > 1 && Double.isFinite(plain[k]) && w[k] * total != plain[k]) {
          inexact++;
        }
        if (!Double.isFinite(plain[k]) || Double.doubleToRawLongBits(plain[k]) == Double.doubleToRawLongBits(-0.0)) {
          odd++;
        }
      }
      for (int k = n; k < n + 3; k++) {
        assertThat(sums[k]).as("run %d: written past the chunk", run).isEqualTo(7.0);
      }
      if (size > 0) {
        remainders[size % ChunkSums.PER_PASS]++;
      }
    }
    for (int rem = 0; rem < ChunkSums.PER_PASS; rem++) {
      assertThat(remainders[rem]).as("lists of 4q + %d cohorts", rem).isGreaterThan(1_000);
    }
    assertThat(inexact).as("minutes whose sum differs from want × the total count").isGreaterThan(10_000);
    assertThat(odd).as("minutes whose sum is NaN, ±∞ or -0.0").isGreaterThan(1_000);
  }
}
