package dev.asgsim.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The O(1) sliding window of {@link Alarm} must be indistinguishable from the full §8.4 scan: same state, same
 * state-change instant, same latest value and the same bits for the window's mean, min and max, whatever arrives
 * (gaps, NaN gaps, late and replaced datapoints, several datapoints between evaluations, repeated evaluations).
 */
class AlarmSlideTest {
  private static final double THRESHOLD = 50;

  static LongStream seeds() {
    return LongStream.range(1, 301);
  }

  @ParameterizedTest(name = "§8.4 [D] seed {0}: sliding window == full scan")
  @MethodSource("seeds")
  void slidingMatchesFullScan(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(15);
    int m = 1 + r.nextInt(n);
    int extra = r.nextInt(4);
    ComparisonOperator op = ComparisonOperator.values()[r.nextInt(4)];
    TreatMissingData missing = TreatMissingData.values()[r.nextInt(TreatMissingData.values().length)];
    AlarmSpec spec = new AlarmSpec("a", 60, n, m, THRESHOLD, op, missing);
    MetricSeries fastSeries = new MetricSeries(60, n + extra);
    MetricSeries slowSeries = new MetricSeries(60, n + extra);
    Alarm fast = new Alarm(spec, fastSeries, extra);
    Alarm slow = new Alarm(spec, slowSeries, extra);
    slow.slide = false;
    long period = 28_000_000; // about 2023 in minutes
    double gapRate = r.nextDouble() * 0.2;
    // Periods between the newest datapoint and the evaluation, as a publish delay makes them (the window then
    // starts that many periods back).
    int lag = r.nextInt(3);
    for (int step = 0; step < 2_000; step++) {
      double dice = r.nextDouble();
      if (dice < gapRate) {
        period++; // a missing period
      } else if (dice < gapRate + 0.03) {
        put(fastSeries, slowSeries, period - 1 - r.nextInt(n + extra + 2), value(r)); // late or replaced
      } else if (dice < gapRate + 0.05) {
        put(fastSeries, slowSeries, period, Double.NaN); // an explicit gap
        period++;
      } else {
        put(fastSeries, slowSeries, period, value(r));
        period++;
      }
      long now = (period + lag) * 60 + (r.nextInt(4) == 0 ? r.nextInt(60) : 0);
      fast.evaluate(now);
      slow.evaluate(now);
      if (r.nextInt(5) == 0) { // a second evaluation in the same minute
        fast.evaluate(now + 1);
        slow.evaluate(now + 1);
      }
      String at = "seed " + seed + " step " + step + " (" + m + " of " + n + ", " + op + ", " + missing + ", lag "
          + lag + ")";
      assertThat(fast.state()).as(at).isEqualTo(slow.state());
      assertThat(fast.lastStateChange()).as(at).isEqualTo(slow.lastStateChange());
      assertThat(bits(fast.latest())).as(at + " latest").isEqualTo(bits(slow.latest()));
      if (r.nextBoolean()) { // read the statistics only sometimes: they are computed lazily
        assertThat(bits(fast.windowMean())).as(at + " mean").isEqualTo(bits(slow.windowMean()));
        assertThat(bits(fast.windowMin())).as(at + " min").isEqualTo(bits(slow.windowMin()));
        assertThat(bits(fast.windowMax())).as(at + " max").isEqualTo(bits(slow.windowMax()));
      }
    }
    if (lag <= extra) { // otherwise N real points never fit in the evaluation range: nothing to slide
      assertThat(fast.slides).as("the fast path ran").isPositive();
    }
    assertThat(slow.slides).isZero();
  }

  @Test
  @DisplayName("§8.4 [D] a steady stream slides: 15 of 15 flips to ALARM on the 15th breaching minute, not before")
  void steadyStreamSlides() {
    AlarmSpec spec = new AlarmSpec("low", 60, 15, 15, 45, ComparisonOperator.LessThanThreshold,
        TreatMissingData.MISSING);
    MetricSeries s = new MetricSeries(60, 17);
    Alarm a = new Alarm(spec, s);
    long p = 28_000_000;
    for (int i = 0; i < 20; i++, p++) {
      s.put(p * 60, 48);
      a.evaluate((p + 1) * 60);
    }
    assertThat(a.state()).isEqualTo(AlarmState.OK);
    for (int i = 1; i <= 15; i++, p++) {
      s.put(p * 60, 40);
      assertThat(a.evaluate((p + 1) * 60)).as("breaching minute %d", i)
          .isEqualTo(i < 15 ? AlarmState.OK : AlarmState.ALARM);
    }
    // 35 evaluations so far; the first 15 scan (the window is not full yet), every later one slides.
    assertThat(a.slides).as("evaluations that slid instead of scanning").isEqualTo(35 - 15);
    assertThat(a.windowMean()).isEqualTo(40.0);
    s.put(p * 60, 44);
    assertThat(a.evaluate((p + 1) * 60)).isEqualTo(AlarmState.ALARM);
    assertThat(a.windowMax()).isEqualTo(44.0);
    assertThat(a.windowMean()).isEqualTo((44.0 + 14 * 40.0) / 15);
  }

  @Test
  @DisplayName("§8.4 [D] with the newest period still unpublished the window also slides (and stays exact)")
  void slidesBehindAPublishDelay() {
    AlarmSpec spec = new AlarmSpec("high", 60, 3, 3, 50, ComparisonOperator.GreaterThanThreshold,
        TreatMissingData.MISSING);
    MetricSeries s = new MetricSeries(60, 5);
    Alarm a = new Alarm(spec, s);
    long p = 28_000_000;
    for (int i = 0; i < 10; i++, p++) {
      s.put(p * 60, 40);
      a.evaluate((p + 2) * 60 + 30); // the period after p is not published yet
    }
    assertThat(a.slides).isEqualTo(10 - 3);
    for (int i = 1; i <= 3; i++, p++) {
      s.put(p * 60, 60);
      assertThat(a.evaluate((p + 2) * 60 + 30)).isEqualTo(i < 3 ? AlarmState.OK : AlarmState.ALARM);
    }
    assertThat(a.latest()).isEqualTo(60.0);
  }

  private static void put(MetricSeries a, MetricSeries b, long period, double v) {
    a.put(period * 60, v);
    b.put(period * 60, v);
  }

  private static double value(SplittableRandom r) {
    // Around the threshold, sometimes exactly on it (the operators differ there).
    return r.nextInt(10) == 0 ? THRESHOLD : THRESHOLD + r.nextDouble(-30, 30);
  }

  private static long bits(double v) {
    return Double.doubleToLongBits(v);
  }
}
