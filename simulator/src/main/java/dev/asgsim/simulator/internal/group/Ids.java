package dev.asgsim.simulator.internal.group;

import java.util.Locale;

/** Deterministic instance and activity ids derived from the run's seed (SplitMix64), shaped like AWS's. */
public final class Ids {
  private Ids() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** {@code i-} and 17 hex digits, unique per sequence number within a run. */
  public static String instanceId(long seed, int seq) {
    return String.format(Locale.ROOT, "i-0%016x", mix(seed * 0x9e3779b97f4a7c15L + seq));
  }

  /** A UUID-shaped activity id. */
  public static String activityId(long seed, int seq) {
    long a = mix(seed ^ 0x5ca1ab1eL + seq * 0x9e3779b97f4a7c15L);
    long b = mix(a + seq);
    String h = String.format(Locale.ROOT, "%016x%016x", a, b);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-"
        + h.substring(20, 32);
  }
}
