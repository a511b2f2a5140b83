package dev.asgsim.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The alarm's bit-count fast path and ring buffer against a plain reference of the §8.4 rules, over seeded random
 * streams with gaps, NaNs, late and early datapoints, revisions and long jumps in time; the latest datapoint's value
 * and contributors (N_dp, aws-behaviour §1.5) and the window's mean, minimum, maximum and load mean included. Each
 * step evaluates at one to three instants of the period (sometimes the same one twice), so that the cached and the
 * recomputed paths both answer, through {@code evaluate} or the engine's {@code advance} (whose state is read back
 * through {@code state}, {@code inAlarm} and {@code insufficientData}).
 */
class AlarmPropertyTest {

  /** Straight from aws-behaviour §8.4, over a map of period → value: the model the optimised alarm must match. */
  private static AlarmState reference(Map<Long, Double> data, Map<Long, Double> contributors, long newest, int n,
      int m, int range, ComparisonOperator op, double threshold, TreatMissingData missing, AlarmState current,
      double[] latestOut) {
    int real = 0;
    int breach = 0;
    boolean newerAllBreach = true;
    boolean premature = false;
    latestOut[0] = Double.NaN;
    latestOut[1] = Double.NaN;
    double sum = 0;
    double loadSum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < range && real < n; k++) {
      Double v = data.get(newest - k);
      if (v == null || v.isNaN()) {
        continue;
      }
      if (real == 0) {
        latestOut[0] = v;
        latestOut[1] = contributors.get(newest - k);
      }
      real++;
      sum += v;
      loadSum += v * contributors.get(newest - k);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      boolean b = op.breaches(v, threshold);
      if (b) {
        breach++;
        premature |= newerAllBreach && k + 1 >= m;
      } else {
        newerAllBreach = false;
      }
    }
    latestOut[2] = real == 0 ? Double.NaN : sum / real;
    latestOut[3] = real == 0 ? Double.NaN : lo;
    latestOut[4] = real == 0 ? Double.NaN : hi;
    latestOut[5] = real == 0 ? Double.NaN : loadSum / real;
    if (real >= n) {
      return breach >= m ? AlarmState.ALARM : AlarmState.OK;
    }
    if (real == 0) {
      switch (missing) {
        case MISSING: return AlarmState.INSUFFICIENT_DATA;
        case IGNORE: return current;
        case BREACHING: return AlarmState.ALARM;
        default: return AlarmState.OK;
      }
    }
    int gaps = n - real;
    switch (missing) {
      case BREACHING: return breach + gaps >= m ? AlarmState.ALARM : AlarmState.OK;
      case NOT_BREACHING: return breach >= m ? AlarmState.ALARM : AlarmState.OK;
      default:
        if (breach >= m || (missing == TreatMissingData.MISSING && premature)) {
          return AlarmState.ALARM;
        }
        return breach + gaps < m ? AlarmState.OK : current;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void matchesReference(long seed) {
    run(seed, false);
  }

  /**
   * The steady case the alarm decides at put time ({@code Alarm.onNext}: the period after the newest, its N − 1
   * predecessors present): one datapoint a period in order, as the engine publishes them, broken now and then by a
   * NaN, a revision, a late datapoint, a gap, a datapoint older than the 64 newest periods, or a jump in time; more
   * than one evaluation in 50 must find such a window in range (counted on the reference's data: 3.5–95 % of them
   * do, fewer where N is long).
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void matchesReferenceInOrder(long seed) {
    int[] counts = run(seed, true);
    assertThat(counts[1]).as("evaluations with a steady window in range, of %d", counts[0])
        .isGreaterThan(counts[0] / 50);
  }

  /** Returns the number of evaluations and of those whose window was steady. */
  private static int[] run(long seed, boolean inOrder) {
    Random r = new Random(seed);
    Random pick = new Random(~seed); // evaluate or advance: apart from r, so the streams stay those the counts were tuned on
    int period = r.nextBoolean() ? 60 : 10;
    int n = 1 + r.nextInt(r.nextBoolean() ? 5 : inOrder ? 30 : 70); // some ranges above 64 take the scan only
    int m = 1 + r.nextInt(n);
    boolean longRing = inOrder && r.nextBoolean(); // a ring of 128 periods: datapoints older than the 64 newest stay
    // with a long ring, sometimes an evaluation range past 64 periods, whose scan reaches those older datapoints
    int extra = longRing && r.nextBoolean() ? 30 + r.nextInt(60) : r.nextInt(4);
    ComparisonOperator op = ComparisonOperator.values()[r.nextInt(4)];
    TreatMissingData missing = TreatMissingData.values()[r.nextInt(4)];
    double threshold = 50;
    MetricSeries s = new MetricSeries(period, longRing ? 128 : n + extra);
    Alarm a = new Alarm(new AlarmSpec("p", period, n, m, threshold, op, missing), s, extra);
    Map<Long, Double> data = new HashMap<>();
    Map<Long, Double> contributors = new HashMap<>();
    long p = 1_000_000 + r.nextInt(1000);
    double[] latest = new double[6]; // latest value, its contributors, window mean, min, max, load mean
    AlarmState expected = AlarmState.INSUFFICIENT_DATA;
    int evaluations = 0;
    long lastNow = Long.MIN_VALUE;
    int steady = 0;
    for (int step = 0; step < 3000; step++) {
      int jump = r.nextInt(100) == 0 ? 40 + r.nextInt(200) : r.nextInt(10) == 0 ? 0 : 1;
      p += jump;
      int publishes = inOrder ? (r.nextInt(30) == 0 ? 0 : 1 + (r.nextInt(15) == 0 ? 1 : 0)) : r.nextInt(3);
      for (int i = 0; i < publishes; i++) {
        long target = inOrder ? inOrderTarget(r, p) : p - r.nextInt(4) + (r.nextInt(20) == 0 ? 2 : 0)
            - (r.nextInt(30) == 0 ? 60 + r.nextInt(200) : 0); // late, current, revision, early, or so late it is ignored
        double v = r.nextInt(inOrder ? 40 : 12) == 0 ? Double.NaN : r.nextDouble() * 100;
        long newestSeen = data.keySet().stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
        double c = r.nextInt(8) == 0 ? Double.NaN : 1 + r.nextInt(20); // N_dp, sometimes unknown
        s.put(target * period, v, c);
        if (newestSeen == Long.MIN_VALUE || target > newestSeen - s.capacity()) {
          data.put(target, v); // the series drops datapoints older than its ring
          contributors.put(target, c);
        }
      }
      long now = p * period + 1 + r.nextInt(period); // period p is the newest the evaluation considers
      if (inOrder && jump <= 1 && lastNow != Long.MIN_VALUE && r.nextInt(5) == 0) {
        // the last evaluation's instant again, after this step's puts (not after a jump: an instant whose range
        // reaches behind the ring is no question the alarm answers)
        now = lastNow;
      }
      for (int evaluation = 1 + r.nextInt(3); evaluation > 0; evaluation--) {
        long newest = Math.floorDiv(now - 1, period);
        expected = reference(data, contributors, newest, n, m, n + extra, op, threshold, missing, expected, latest);
        evaluations++;
        steady += steadyInRange(data, newest, n, n + extra) ? 1 : 0;
        if (pick.nextBoolean()) {
          assertThat(a.evaluate(now)).as("seed %d step %d", seed, step).isEqualTo(expected);
        } else {
          a.advance(now); // the engine's call: the state is read back through inAlarm and insufficientData
        }
        assertThat(a.state()).as("seed %d step %d", seed, step).isEqualTo(expected);
        assertThat(a.inAlarm()).as("inAlarm, seed %d step %d", seed, step).isEqualTo(expected == AlarmState.ALARM);
        assertThat(a.insufficientData()).as("insufficientData, seed %d step %d", seed, step)
            .isEqualTo(expected == AlarmState.INSUFFICIENT_DATA);
        assertSame("latest", a.latest(), latest[0], seed, step);
        assertSame("contributors of the latest point", a.latestContributors(), latest[1], seed, step);
        if (r.nextInt(3) == 0) { // the aggregates are computed on demand: ask for them only sometimes
          assertSame("window mean", a.windowMean(), latest[2], seed, step);
          assertSame("window minimum", a.windowMin(), latest[3], seed, step);
          assertSame("window maximum", a.windowMax(), latest[4], seed, step);
          assertSame("window load mean", a.windowLoadMean(), latest[5], seed, step);
        }
        lastNow = now;
        now += r.nextInt(3) == 0 ? 0 : r.nextInt(period); // the same instant again, or later in the period
      }
    }
    return new int[] {evaluations, steady};
  }

  /**
   * The period an in-order stream publishes at step p, before evaluating with p as the newest period: p mostly (the
   * one that just closed); now and then a revision (p again, or an older one), an early one (p + 1), or one older than the 64
   * newest (p − 64…).
   */
  private static long inOrderTarget(Random r, long p) {
    int k = r.nextInt(100);
    if (k < 94) {
      return p;
    }
    if (k < 97) {
      return p - r.nextInt(5);
    }
    if (k < 99) {
      return p + 1;
    }
    return p - 64 - r.nextInt(50);
  }

  /** Whether the series' newest period and its N − 1 predecessors are present and the newest is in the range. */
  private static boolean steadyInRange(Map<Long, Double> data, long newest, int n, int range) {
    long top = data.keySet().stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
    if (top == Long.MIN_VALUE || top > newest || newest - top > range - n) {
      return false;
    }
    for (long q = top - n + 1; q <= top; q++) {
      Double v = data.get(q);
      if (v == null || v.isNaN()) {
        return false;
      }
    }
    return true;
  }

  /** Same double, NaN included; sums in the same order as the alarm's, so equal to the last bit. */
  private static void assertSame(String what, double actual, double expected, long seed, int step) {
    assertThat(Double.compare(actual, expected)).as("%s %s vs %s, seed %d step %d", what, actual, expected, seed, step)
        .isZero();
  }
}
