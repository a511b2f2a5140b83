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
 * and contributors (N_dp, aws-behaviour §1.5) included.
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
      boolean b = op.breaches(v, threshold);
      if (b) {
        breach++;
        premature |= newerAllBreach && k + 1 >= m;
      } else {
        newerAllBreach = false;
      }
    }
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
    Random r = new Random(seed);
    int period = r.nextBoolean() ? 60 : 10;
    int n = 1 + r.nextInt(r.nextBoolean() ? 5 : 70); // some ranges above 64 take the scan only
    int m = 1 + r.nextInt(n);
    int extra = r.nextInt(4);
    ComparisonOperator op = ComparisonOperator.values()[r.nextInt(4)];
    TreatMissingData missing = TreatMissingData.values()[r.nextInt(4)];
    double threshold = 50;
    MetricSeries s = new MetricSeries(period, n + extra);
    Alarm a = new Alarm(new AlarmSpec("p", period, n, m, threshold, op, missing), s, extra);
    Map<Long, Double> data = new HashMap<>();
    Map<Long, Double> contributors = new HashMap<>();
    long p = 1_000_000 + r.nextInt(1000);
    double[] latest = new double[2];
    AlarmState expected = AlarmState.INSUFFICIENT_DATA;
    for (int step = 0; step < 3000; step++) {
      int jump = r.nextInt(100) == 0 ? 40 + r.nextInt(200) : r.nextInt(10) == 0 ? 0 : 1;
      p += jump;
      int publishes = r.nextInt(3);
      for (int i = 0; i < publishes; i++) {
        // late, current, revision, early, or so late that it must be ignored
        long target = p - r.nextInt(4) + (r.nextInt(20) == 0 ? 2 : 0) - (r.nextInt(30) == 0 ? 60 + r.nextInt(200) : 0);
        double v = r.nextInt(12) == 0 ? Double.NaN : r.nextDouble() * 100;
        long newestSeen = data.keySet().stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);
        double c = r.nextInt(8) == 0 ? Double.NaN : 1 + r.nextInt(20); // N_dp, sometimes unknown
        s.put(target * period, v, c);
        if (newestSeen == Long.MIN_VALUE || target > newestSeen - s.capacity()) {
          data.put(target, v); // the series drops datapoints older than its ring
          contributors.put(target, c);
        }
      }
      long now = p * period + 1 + r.nextInt(period);
      long newest = Math.floorDiv(now - 1, period);
      expected = reference(data, contributors, newest, n, m, n + extra, op, threshold, missing, expected, latest);
      assertThat(a.evaluate(now)).as("seed %d step %d", seed, step).isEqualTo(expected);
      assertThat(Double.compare(a.latest(), latest[0])).as("latest %s vs %s, seed %d step %d", a.latest(), latest[0],
          seed, step).isZero();
      assertThat(Double.compare(a.latestContributors(), latest[1])).as("contributors of the latest point %s vs %s, "
          + "seed %d step %d", a.latestContributors(), latest[1], seed, step).isZero();
      if (r.nextInt(5) == 0 && !Double.isNaN(latest[0])) {
        assertThat(a.windowMax()).isGreaterThanOrEqualTo(a.windowMin());
        assertThat(a.windowMean()).isBetween(a.windowMin(), a.windowMax());
      }
    }
  }
}
