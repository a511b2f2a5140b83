package dev.asgsim.simulator.internal.group;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Deterministic instance and activity ids derived from the run's seed (SplitMix64), shaped like AWS's. Written with
 * the JDK's {@link HexFormat} (instance ids) or digit by digit (activity ids) rather than {@code String.format}: a
 * year's run names tens of thousands of instances and activities, and the formatter (which parses its pattern on every
 * call) was most of what recording their activities cost (IdsTest holds the digits to {@code %016x}).
 */
public final class Ids {
  private static final HexFormat HEX = HexFormat.of(); // lower case
  private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

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

  /**
   * A UUID-shaped activity id: the 32 hex digits of two mixed longs, grouped 8-4-4-4-12. Written digit by digit into
   * one array (a recorded year names thousands of activities; five digit strings joined cost several times more).
   */
  public static String activityId(long seed, int seq) {
    long a = mix(seed ^ 0x5ca1ab1eL + seq * 0x9e3779b97f4a7c15L);
    long b = mix(a + seq);
    byte[] id = new byte[36];
    int at = 0;
    for (int i = 0; i < 32; i++) {
      if (i == 8 || i == 12 || i == 16 || i == 20) {
        id[at++] = '-';
      }
      long digits = i < 16 ? a : b;
      id[at++] = DIGITS[(int) (digits >>> (60 - 4 * (i & 15))) & 0xf];
    }
    return new String(id, StandardCharsets.ISO_8859_1);
  }
}
