package dev.asgsim.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * aws-behaviour §8.4 (an alarm evaluates the newest N datapoints of its metric, each breaching or not): a run put at
 * once by {@link MetricSeries#putRun} against the same datapoints put one by one, on two series with the same alarms, over
 * seeded streams of runs (after the newest, after a gap, as revisions, of NaNs, of one datapoint, wrapping the
 * caller's ring) mixed with single puts: after each step both series hold the same readable periods, presence bits,
 * newest datapoint and version, and both alarm sets evaluate at the same instants to the same state, change instant,
 * latest datapoint and window aggregates. {@link Alarm#breachesBefore} is held to each period's value and
 * {@link Alarm#breachBit} read from the ring.
 */
class PutRunTest {
  private static final int RING = 32;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void aRunLeavesWhatItsPutsOneByOneLeave(long seed) {
    Random r = new Random(seed);
    int period = r.nextBoolean() ? 60 : 10;
    int capacity = 64 + r.nextInt(100);
    MetricSeries run = new MetricSeries(period, capacity);
    MetricSeries each = new MetricSeries(period, capacity);
    int count = 1 + r.nextInt(3);
    Alarm[] onRun = new Alarm[count];
    Alarm[] onEach = new Alarm[count];
    for (int i = 0; i < count; i++) {
      int n = 1 + r.nextInt(r.nextBoolean() ? 5 : 30);
      int extra = r.nextInt(4);
      AlarmSpec spec = new AlarmSpec("a" + i, period, n, 1 + r.nextInt(n), 50,
          ComparisonOperator.values()[r.nextInt(4)], TreatMissingData.values()[r.nextInt(4)]);
      onRun[i] = new Alarm(spec, run, extra);
      onEach[i] = new Alarm(spec, each, extra);
    }
    double[] values = new double[RING];
    double[] contributors = new double[RING];
    long newest = 1_000_000 + r.nextInt(1000);
    int runs = 0;
    int longRuns = 0;
    int checkedBits = 0;
    for (int step = 0; step < 2000; step++) {
      int kind = r.nextInt(100);
      long start = kind < 70 ? newest + 1 // the usual run: the periods after the newest
          : kind < 80 ? newest + 2 + r.nextInt(r.nextBoolean() ? 5 : 90) // after a gap, perhaps past the bits
          : kind < 88 ? newest - r.nextInt(40) // a revision: each put on its own
          : newest + 1;
      int length = kind < 88 ? r.nextInt(RING + 1) : 1;
      int first = r.nextInt(1000);
      boolean nans = r.nextInt(6) == 0;
      for (int k = 0; k < length; k++) {
        int j = (first + k) & (RING - 1);
        // values around the threshold; sometimes equal to it, sometimes NaN
        values[j] = nans && r.nextInt(4) == 0 ? Double.NaN : r.nextInt(8) == 0 ? 50 : 35 + r.nextDouble() * 30;
        contributors[j] = r.nextInt(10) == 0 ? Double.NaN : 1 + r.nextInt(9);
      }
      run.putRun(start * period, values, contributors, first, length);
      for (int k = 0; k < length; k++) {
        int j = (first + k) & (RING - 1);
        each.put((start + k) * period, values[j], contributors[j]);
      }
      runs++;
      longRuns += length > 17 ? 1 : 0;
      newest = each.newestPeriod();
      String at = "seed " + seed + " step " + step;
      assertThat(run.newestPeriod()).as(at).isEqualTo(newest);
      assertThat(run.version()).as(at).isEqualTo(each.version());
      assertThat(run.presentBits()).as(at).isEqualTo(each.presentBits());
      assertSame(run.newestValue(), each.newestValue(), at);
      assertSame(run.newestContributors(), each.newestContributors(), at);
      for (long q = newest - capacity + 1; q <= newest; q++) {
        assertSame(run.valueAt(q), each.valueAt(q), at + " period " + q);
        assertSame(run.contributorsAt(q), each.contributorsAt(q), at + " period " + q);
      }
      for (int i = 0; i < count; i++) {
        // the window before the next period, as QuietMinutes.arm reads it, against the ring's values
        int before = Math.min(63, onRun[i].spec().evaluationPeriods() + r.nextInt(3));
        long expected = 0;
        for (int k = 0; k < before && expected >= 0; k++) {
          double v = run.valueAt(newest - k);
          expected = v != v ? -1 : expected | onRun[i].breachBit(v) << k;
        }
        assertThat(onRun[i].breachesBefore(newest + 1, before)).as(at + " alarm " + i).isEqualTo(expected);
        assertThat(onEach[i].breachesBefore(newest + 1, before)).as(at + " alarm " + i).isEqualTo(expected);
        checkedBits += expected >= 0 ? 1 : 0;
      }
      // evaluated at an instant or two within the evaluation range of the newest, as an engine would
      for (int e = r.nextInt(3); e > 0; e--) {
        long now = (newest + 1 + r.nextInt(4)) * period + r.nextInt(period);
        for (int i = 0; i < count; i++) {
          String which = at + " alarm " + i + " at " + now;
          assertThat(onRun[i].evaluate(now)).as(which).isEqualTo(onEach[i].evaluate(now));
          assertThat(onRun[i].lastStateChange()).as(which).isEqualTo(onEach[i].lastStateChange());
          assertSame(onRun[i].latest(), onEach[i].latest(), which);
          assertSame(onRun[i].latestContributors(), onEach[i].latestContributors(), which);
          assertSame(onRun[i].windowMean(), onEach[i].windowMean(), which);
          assertSame(onRun[i].windowLoadMean(), onEach[i].windowLoadMean(), which);
          assertSame(onRun[i].windowMax(), onEach[i].windowMax(), which);
        }
      }
    }
    assertThat(runs).isEqualTo(2000);
    assertThat(longRuns).as("runs longer than the engine keeps").isGreaterThan(200);
    assertThat(checkedBits).as("windows with every period present").isGreaterThan(1000);
  }

  private static void assertSame(double actual, double expected, String what) {
    assertThat(Double.compare(actual, expected)).as("%s: %s vs %s", what, actual, expected).isZero();
  }
}
