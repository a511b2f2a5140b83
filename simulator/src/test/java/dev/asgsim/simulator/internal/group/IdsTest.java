package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Ids} writes its digits with {@code HexFormat}: the same ids as the {@code String.format} it replaced, on random
 * seeds.
 */
class IdsTest {
  /** The formatter's instance id, as Ids wrote it before. */
  private static String formattedInstanceId(long seed, int seq) {
    return String.format(Locale.ROOT, "i-0%016x", Ids.mix(seed * 0x9e3779b97f4a7c15L + seq));
  }

  /** The formatter's activity id, as Ids wrote it before. */
  private static String formattedActivityId(long seed, int seq) {
    long a = Ids.mix(seed ^ 0x5ca1ab1eL + seq * 0x9e3779b97f4a7c15L);
    long b = Ids.mix(a + seq);
    String h = String.format(Locale.ROOT, "%016x%016x", a, b);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-"
        + h.substring(20, 32);
  }

  @Test
  @DisplayName("instance and activity ids equal the formatter's, digit for digit, leading zeros included")
  void sameDigitsAsTheFormatter() {
    SplittableRandom random = new SplittableRandom(15);
    long[] seeds = {0, 1, -1, 42, Long.MIN_VALUE, Long.MAX_VALUE};
    for (int k = 0; k < 20_000; k++) {
      long seed = k < seeds.length ? seeds[k] : random.nextLong();
      int seq = k < 100 ? k : random.nextInt(Integer.MAX_VALUE);
      assertThat(Ids.instanceId(seed, seq)).isEqualTo(formattedInstanceId(seed, seq));
      assertThat(Ids.activityId(seed, seq)).isEqualTo(formattedActivityId(seed, seq));
    }
    assertThat(Ids.instanceId(7, 3)).hasSize(19).startsWith("i-0");
    assertThat(Ids.activityId(7, 3)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }
}
