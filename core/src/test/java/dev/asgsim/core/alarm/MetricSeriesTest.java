package dev.asgsim.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The series' ring (one array, four longs a slot: the period, the value's and the contributors' raw bits) against a
 * plain map of period → datapoint, over seeded streams of in-order puts (the engine's {@code putNext}), revisions,
 * late and early datapoints, NaNs, jumps past the ring, and a ring grown mid-stream ({@code ensureCapacity}): every
 * period of the readable window (the {@code capacity()} newest; after a growth, those the smaller ring held and newer)
 * reads back as the map's last put for it, NaN where there was none, and the value and contributors of the newest
 * period are its own.
 */
class MetricSeriesTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void ringMatchesAMap(long seed) {
    Random r = new Random(seed);
    int period = r.nextBoolean() ? 60 : 10;
    MetricSeries s = new MetricSeries(period, 1 + r.nextInt(100));
    Map<Long, double[]> data = new HashMap<>();
    long p = 5_000_000 + r.nextInt(1000);
    long newest = Long.MIN_VALUE;
    long known = Long.MIN_VALUE; // the oldest period whose slot the map describes
    int checked = 0;
    for (int step = 0; step < 4000; step++) {
      if (step == 2000 && r.nextBoolean()) {
        // grown with datapoints in it: the window it held is kept; of older periods, slots not yet overwritten
        // come along, so those are not compared
        known = newest - s.capacity() + 1;
        s.ensureCapacity(s.capacity() + 1 + r.nextInt(200));
      }
      int k = r.nextInt(100);
      long target = k < 80 ? p + 1 // the period after the newest: putNext
          : k < 88 ? p - r.nextInt(Math.min(s.capacity(), 80)) // a revision or a late datapoint
          : k < 94 ? p + 2 + r.nextInt(5) // a gap
          : k < 97 ? p + 70 + r.nextInt(300) // a jump past the 64 presence bits, perhaps past the ring
          : p - s.capacity() - r.nextInt(50); // older than the ring: dropped
      double v = r.nextInt(15) == 0 ? Double.NaN : r.nextDouble() * 100;
      double c = r.nextInt(6) == 0 ? Double.NaN : r.nextInt(40);
      s.put(target * period, v, c);
      if (newest == Long.MIN_VALUE || target > newest - s.capacity()) {
        data.put(target, new double[] {v, c});
        newest = Math.max(newest, target);
      }
      p = Math.max(p, target);
      assertThat(s.newestPeriod()).as("seed %d step %d", seed, step).isEqualTo(newest);
      for (long q = Math.max(known, newest - s.capacity() + 1); q <= newest; q++) {
        double[] e = data.get(q);
        assertSame(s.valueAt(q), e == null ? Double.NaN : e[0], "value", q, seed, step);
        assertSame(s.contributorsAt(q), e == null ? Double.NaN : e[1], "contributors", q, seed, step);
        checked++;
      }
      assertSame(s.newestValue(), data.get(newest)[0], "newest value", newest, seed, step);
      assertSame(s.newestContributors(), data.get(newest)[1], "newest contributors", newest, seed, step);
    }
    assertThat(checked).isGreaterThan(4000 * 32);
  }

  private static void assertSame(double actual, double expected, String what, long q, long seed, int step) {
    assertThat(Double.compare(actual, expected)).as("%s of period %d: %s vs %s, seed %d step %d", what, q, actual,
        expected, seed, step).isZero();
  }
}
