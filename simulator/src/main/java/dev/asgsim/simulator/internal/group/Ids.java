package dev.asgsim.simulator.internal.group;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

/**
 * Deterministic instance and activity ids derived from the run's seed (SplitMix64), shaped like AWS's. Written digit
 * by digit rather than with {@code String.format}: a year's run names tens of thousands of instances and activities,
 * and the formatter (which parses its pattern on every call) was most of what recording their activities cost
 * (IdsTest holds the digits to {@code %016x}).
 */
public final class Ids {
  private static final byte[] HEX = "0123456789abcdef".getBytes(ISO_8859_1);

  private Ids() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** {@code i-} and 17 hex digits, unique per sequence number within a run. */
  public static String instanceId(long seed, int seq) {
    byte[] s = new byte[19];
    s[0] = 'i';
    s[1] = '-';
    s[2] = '0';
    hex(mix(seed * 0x9e3779b97f4a7c15L + seq), s, 3, 16);
    return new String(s, ISO_8859_1);
  }

  /** A UUID-shaped activity id: the 32 hex digits of two mixed longs, grouped 8-4-4-4-12. */
  public static String activityId(long seed, int seq) {
    long a = mix(seed ^ 0x5ca1ab1eL + seq * 0x9e3779b97f4a7c15L);
    long b = mix(a + seq);
    byte[] s = new byte[36];
    hex(a >>> 32, s, 0, 8);
    s[8] = '-';
    hex(a >>> 16, s, 9, 4);
    s[13] = '-';
    hex(a, s, 14, 4);
    s[18] = '-';
    hex(b >>> 48, s, 19, 4);
    s[23] = '-';
    hex(b, s, 24, 12);
    return new String(s, ISO_8859_1);
  }

  /** The low {@code digits} hex digits of {@code v}, zero-padded, into {@code s} from {@code at}. */
  private static void hex(long v, byte[] s, int at, int digits) {
    for (int i = at + digits - 1; i >= at; i--) {
      s[i] = HEX[(int) (v & 0xf)];
      v >>>= 4;
    }
  }
}
