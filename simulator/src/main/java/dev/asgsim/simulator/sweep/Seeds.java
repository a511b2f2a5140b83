package dev.asgsim.simulator.sweep;

/**
 * The seed of each run, from the sweep's base seed, the point index and the seed index only, so that a run's
 * random draws do not depend on which thread ran it or when.
 */
public final class Seeds {
  private Seeds() {}

  public static long derive(long baseSeed, int pointIndex, int seedIndex) {
    long z = mix(baseSeed ^ 0x9E3779B97F4A7C15L);
    z = mix(z + pointIndex * 0xBF58476D1CE4E5B9L);
    return mix(z + seedIndex * 0x94D049BB133111EBL);
  }

  /** SplitMix64's finaliser: a bijection that spreads nearby inputs over all 64 bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
