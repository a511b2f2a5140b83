package dev.asgsim.simulator.internal.group;

import java.util.HexFormat;

/**
 * Deterministic instance and activity ids derived from the run's seed (SplitMix64), shaped like AWS's. Written with
 * the JDK's {@link HexFormat} rather than {@code String.format}: a year's run names tens of thousands of instances and
 * activities, and the formatter (which parses its pattern on every call) was most of what recording their activities
 * cost (IdsTest holds the digits to {@code %016x}).
 */
public final class Ids {
  private static final HexFormat HEX = HexFormat.of(); // lower case

  private Ids() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** {@code i-} and 17 hex digits, unique per sequence number within a run. */
  public static String instanceId(long seed, int seq) {
    return "i-0" + HEX.toHexDigits(mix(seed * 0x9e3779b97f4a7c15L + seq));
  }

  /** A UUID-shaped activity id: the 32 hex digits of two mixed longs, grouped 8-4-4-4-12. */
  public static String activityId(long seed, int seq) {
    long a = mix(seed ^ 0x5ca1ab1eL + seq * 0x9e3779b97f4a7c15L);
    long b = mix(a + seq);
    return HEX.toHexDigits((int) (a >>> 32)) + "-" + HEX.toHexDigits((short) (a >>> 16)) + "-"
        + HEX.toHexDigits((short) a) + "-" + HEX.toHexDigits((short) (b >>> 48)) + "-"
        + HEX.toHexDigits(b).substring(4);
  }
}
