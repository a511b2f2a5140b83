package dev.asgsim.simulator.internal.group;

import java.util.Arrays;

/**
 * A quiet kernel chunk's sums of {@code want × count} over a list of cohorts, for each of its minutes
 * ({@link MinutesAhead#sumsAhead}; issue 15 items 2 and 4). Each minute's sum is the per-minute pass's chain
 * ({@link DemandSpread}'s shared pass, {@link ServingSums}): {@code 0.0 + w·c₀ + w·c₁ + …} with the terms in list order,
 * each added to the sum so far, so the same bits. A minute's chain cannot be shortened or reordered, but the work
 * around it can: adding one cohort at a time over the chunk's minutes stored each minute's running sum and loaded it
 * back for the next cohort, so every term waited for a store-to-load round trip as well as its addition (about 0.85
 * cycles a cohort-minute at 1 000 instances). Here a pass over the minutes adds four cohorts' terms to a minute's sum
 * in one expression (Java evaluates {@code s + a + b} as {@code (s + a) + b}: the same additions in the same order), so
 * the sum goes through memory once per four cohorts; the minutes of a pass are still independent, so the compiler puts
 * several in one vector instruction.
 */
final class ChunkSums {
  /** Cohorts added to a minute's sum per pass over the chunk's minutes. */
  static final int PER_PASS = 4;

  private ChunkSums() {}

  /**
   * Into {@code sumOf[k]}, {@code k < n}: {@code 0.0 + w[k]·count[0] + … + w[k]·count[size - 1]}, added in that order
   * ({@code 0.0} with no cohort, as a sum started at 0.0 and never added to).
   */
  static void sums(double[] w, double[] count, int size, int n, double[] sumOf) {
    if (size == 0) {
      Arrays.fill(sumOf, 0, n, 0.0);
      return;
    }
    // The first pass starts each sum at 0.0 and takes the 1 to 4 cohorts that leave a multiple of four for the rest.
    int j = (size - 1) % PER_PASS + 1;
    switch (j) {
      case 1 -> {
        double c0 = count[0];
        for (int k = 0; k < n; k++) {
          sumOf[k] = 0.0 + w[k] * c0;
        }
      }
      case 2 -> {
        double c0 = count[0];
        double c1 = count[1];
        for (int k = 0; k < n; k++) {
          double x = w[k];
          sumOf[k] = 0.0 + x * c0 + x * c1;
        }
      }
      case 3 -> {
        double c0 = count[0];
        double c1 = count[1];
        double c2 = count[2];
        for (int k = 0; k < n; k++) {
          double x = w[k];
          sumOf[k] = 0.0 + x * c0 + x * c1 + x * c2;
        }
      }
      default -> {
        double c0 = count[0];
        double c1 = count[1];
        double c2 = count[2];
        double c3 = count[3];
        for (int k = 0; k < n; k++) {
          double x = w[k];
          sumOf[k] = 0.0 + x * c0 + x * c1 + x * c2 + x * c3;
        }
      }
    }
    for (; j < size; j += PER_PASS) {
      double c0 = count[j];
      double c1 = count[j + 1];
      double c2 = count[j + 2];
      double c3 = count[j + 3];
      for (int k = 0; k < n; k++) {
        double x = w[k];
        sumOf[k] = sumOf[k] + x * c0 + x * c1 + x * c2 + x * c3;
      }
    }
  }
}
