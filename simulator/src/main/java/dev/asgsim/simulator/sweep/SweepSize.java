package dev.asgsim.simulator.sweep;

import java.util.List;
import java.util.Locale;

/**
 * How big a sweep is — points × loads × seeds — counted from the file before anything is built, and the limit a
 * sweep must stay under. A 10⁹-point grid or {@code Seeds: 2147483647} would otherwise build its points in memory
 * and die long before its first result; refusing it at read time, with the count and how to sample, is the answer.
 */
public record SweepSize(long points, int loads, long seeds) {
  /**
   * The most simulations one sweep may run: at the measured 319 thirty-day points per second on 2 cores (README,
   * Speed) a million one-day simulations take minutes, and the points' list stays well under 1 GB.
   */
  public static final long MAX_SIMULATIONS = 1_000_000;

  /** The size of a sweep over {@code axes} sampled by {@code sampling}, with the base point, saturating. */
  public static SweepSize of(List<Axis> axes, Sampling sampling, int loads, long seeds) {
    long grid = Sampling.gridSize(axes);
    long sampled = sampling.mode() == Sampling.Mode.GRID ? grid : Math.min(grid, sampling.points());
    return new SweepSize(sampled == Long.MAX_VALUE ? sampled : sampled + 1, loads, seeds);
  }

  /** Points × loads × seeds, saturating at {@link Long#MAX_VALUE}. */
  public long simulations() {
    try {
      return Math.multiplyExact(Math.multiplyExact(points, (long) loads), seeds);
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  public boolean tooLarge() {
    return simulations() > MAX_SIMULATIONS;
  }

  /** Why the sweep is refused and what to write instead; null when it fits. */
  public String problem() {
    if (!tooLarge()) {
      return null;
    }
    long perPoint = (long) loads * seeds;
    String count = simulations() == Long.MAX_VALUE ? "more than " + group(Long.MAX_VALUE) : group(simulations());
    String how = perPoint > MAX_SIMULATIONS
        ? "lower Seeds (or the number of Loads): " + loads + " load(s) × " + group(seeds) + " seeds is already too many"
        : "sample the grid: Sample: {Mode: Random, Points: " + group(Math.max(1, MAX_SIMULATIONS / perPoint - 1))
            + "} (or fewer values per variation)";
    return "the sweep has " + (points == Long.MAX_VALUE ? "more than " + group(Long.MAX_VALUE) : group(points))
        + " points × " + loads + " load(s) × " + group(seeds) + " seed(s) = " + count + " simulations; at most "
        + group(MAX_SIMULATIONS) + " run in one sweep; " + how;
  }

  private static String group(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
