package dev.asgsim.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlarmTest {
  private static final double THRESHOLD = 50;
  private static final long BASE = 1_000_000; // a period number far from 0, so negative indices are not involved

  private static Alarm alarm(int n, int m, ComparisonOperator op, TreatMissingData missing) {
    AlarmSpec spec = new AlarmSpec("a", 60, n, m, THRESHOLD, op, missing);
    MetricSeries s = new MetricSeries(60, n + Alarm.DEFAULT_EXTRA_EVALUATION_RANGE);
    return new Alarm(spec, s);
  }

  /**
   * Writes a window oldest→newest ('X' breaching, '0' not, '-' missing) ending at period {@code BASE + 4} and
   * evaluates right after that period ends.
   */
  private static AlarmState window(Alarm a, String pattern) {
    String[] slots = pattern.trim().split("\\s+");
    long first = BASE + 5 - slots.length;
    for (int i = 0; i < slots.length; i++) {
      if (!slots[i].equals("-")) {
        a.series().put((first + i) * 60, slots[i].equals("X") ? 60 : 40);
      }
    }
    return a.evaluate((BASE + 5) * 60);
  }

  /** Drives the alarm to OK with old data that falls out of the evaluation range before the pattern is read. */
  private static void primeOk(Alarm a) {
    for (long p = BASE - 20; p < BASE - 10; p++) {
      a.series().put(p * 60, 40);
    }
    assertThat(a.evaluate((BASE - 10) * 60)).isEqualTo(AlarmState.OK);
  }

  @ParameterizedTest(name = "§8.4 [D] 3 of 3, TreatMissingData {1}: {0} => {2}")
  @CsvSource({
      "0 - X - X, MISSING, OK",
      "0 - X - X, IGNORE, OK",
      "0 - X - X, BREACHING, OK",
      "0 - X - X, NOT_BREACHING, OK",
      "- - - - 0, MISSING, OK",
      "- - - - 0, IGNORE, OK",
      "- - - - 0, BREACHING, OK",
      "- - - - 0, NOT_BREACHING, OK",
      "- - - - -, MISSING, INSUFFICIENT_DATA",
      "- - - - -, IGNORE, KEEP",
      "- - - - -, BREACHING, ALARM",
      "- - - - -, NOT_BREACHING, OK",
      "0 X X - X, MISSING, ALARM",
      "0 X X - X, IGNORE, ALARM",
      "0 X X - X, BREACHING, ALARM",
      "0 X X - X, NOT_BREACHING, ALARM",
      "- - X - -, MISSING, ALARM",
      "- - X - -, IGNORE, KEEP",
      "- - X - -, BREACHING, ALARM",
      "- - X - -, NOT_BREACHING, OK",
  })
  @DisplayName("§8.4 [D] CloudWatch's missing-data table for a 3-of-3 alarm (evaluation range 5)")
  void missingDataTable(String pattern, TreatMissingData missing, String expected) {
    Alarm a = alarm(3, 3, ComparisonOperator.GreaterThanThreshold, missing);
    primeOk(a);
    AlarmState want = expected.equals("KEEP") ? AlarmState.OK : AlarmState.valueOf(expected);
    assertThat(window(a, pattern)).isEqualTo(want);
  }

  @ParameterizedTest(name = "§8.4 [D] premature-alarm rule, 3 of 3 missing: {0} => {1}")
  @CsvSource({
      "- - X - -, ALARM",
      "X - - - -, ALARM",
      "- - - X -, INSUFFICIENT_DATA",
      "- - - - X, INSUFFICIENT_DATA",
      "- - X 0 -, OK",
  })
  void prematureAlarmRule(String pattern, AlarmState expected) {
    Alarm a = alarm(3, 3, ComparisonOperator.GreaterThanThreshold, TreatMissingData.MISSING);
    assertThat(window(a, pattern)).isEqualTo(expected);
  }

  @Test
  @DisplayName("§8.4 [D] M of N: breaching points need not be consecutive (2 of 3: X 0 X => ALARM, 0 0 X => OK)")
  void mOfNNeedNotBeConsecutive() {
    assertThat(window(alarm(3, 2, ComparisonOperator.GreaterThanThreshold, TreatMissingData.MISSING), "- - X 0 X"))
        .isEqualTo(AlarmState.ALARM);
    assertThat(window(alarm(3, 2, ComparisonOperator.GreaterThanThreshold, TreatMissingData.MISSING), "- - 0 0 X"))
        .isEqualTo(AlarmState.OK);
  }

  @Test
  @DisplayName("§8.4 [D] at least N real points: the most recent N decide, older breaches are out of the window")
  void mostRecentRealPointsDecide() {
    assertThat(window(alarm(3, 3, ComparisonOperator.GreaterThanThreshold, TreatMissingData.BREACHING), "X 0 X X -"))
        .isEqualTo(AlarmState.OK);
    assertThat(window(alarm(3, 3, ComparisonOperator.GreaterThanThreshold, TreatMissingData.NOT_BREACHING),
        "0 X X - X")).isEqualTo(AlarmState.ALARM);
  }

  @ParameterizedTest(name = "§8.4 [D] {0} at threshold 50: value {1} breaches = {2}")
  @CsvSource({
      "GreaterThanOrEqualToThreshold, 50, true",
      "GreaterThanOrEqualToThreshold, 49.9, false",
      "GreaterThanThreshold, 50, false",
      "GreaterThanThreshold, 50.1, true",
      "LessThanThreshold, 50, false",
      "LessThanThreshold, 49.9, true",
      "LessThanOrEqualToThreshold, 50, true",
      "LessThanOrEqualToThreshold, 50.1, false",
  })
  void comparisonOperators(ComparisonOperator op, double value, boolean breaches) {
    assertThat(op.breaches(value, 50)).isEqualTo(breaches);
    Alarm a = alarm(1, 1, op, TreatMissingData.MISSING);
    a.series().put(BASE * 60, value);
    assertThat(a.evaluate((BASE + 1) * 60)).isEqualTo(breaches ? AlarmState.ALARM : AlarmState.OK);
  }

  /**
   * The branch-free breach bit the alarm keeps per period is the operator's comparison (aws-behaviour §8.4 [D]: the four
   * threshold operators) for every value but NaN: equal values, both zeros, a difference that only a subnormal can
   * hold, infinities and the largest doubles, around thresholds of either sign and zero.
   */
  @Test
  void breachBitIsTheComparison() {
    double[] thresholds = {50, 0, -0.0, -50, 1e-310, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1 + 0.2};
    for (double t : thresholds) {
      double[] values = {t, Math.nextUp(t), Math.nextDown(t), 0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
          Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE, 49.9, 50.1, -1e300};
      for (ComparisonOperator op : ComparisonOperator.values()) {
        Alarm a = new Alarm(new AlarmSpec("b", 60, 1, 1, t, op, TreatMissingData.MISSING), new MetricSeries(60, 3));
        for (double v : values) {
          assertThat(a.breachBit(v)).as("%s %s %s", v, op, t).isEqualTo(op.breaches(v, t) ? 1 : 0);
        }
      }
    }
  }

  @Test
  @DisplayName("§8.4 [D] a new alarm starts INSUFFICIENT_DATA; a period that has not started is not evaluated")
  void newAlarmAndCurrentPeriod() {
    Alarm a = alarm(1, 1, ComparisonOperator.GreaterThanThreshold, TreatMissingData.MISSING);
    assertThat(a.state()).isEqualTo(AlarmState.INSUFFICIENT_DATA);
    a.series().put((BASE + 1) * 60, 99); // the period starting at the evaluation instant
    assertThat(a.evaluate((BASE + 1) * 60)).isEqualTo(AlarmState.INSUFFICIENT_DATA);
    assertThat(a.evaluate((BASE + 1) * 60 + 1)).isEqualTo(AlarmState.ALARM);
  }

  @Test
  @DisplayName("§8.4 [D] the window slides: a breach leaves the range after N + extra periods")
  void windowSlides() {
    Alarm a = alarm(1, 1, ComparisonOperator.GreaterThanThreshold, TreatMissingData.MISSING);
    a.series().put(BASE * 60, 99);
    assertThat(a.evaluate((BASE + 1) * 60)).isEqualTo(AlarmState.ALARM);
    assertThat(a.latest()).isEqualTo(99);
    a.series().put((BASE + 1) * 60, 10);
    assertThat(a.evaluate((BASE + 2) * 60)).isEqualTo(AlarmState.OK);
    assertThat(a.lastStateChange()).isEqualTo((BASE + 2) * 60);
    // range = 1 + 2: at BASE+5 the last real point is 4 periods old and out of range
    assertThat(a.evaluate((BASE + 5) * 60)).isEqualTo(AlarmState.INSUFFICIENT_DATA);
  }

  @Test
  @DisplayName("§8.4 [D] window aggregates feed MetricAggregationType: min, max, mean of the N newest real points")
  void windowAggregates() {
    Alarm a = alarm(3, 3, ComparisonOperator.GreaterThanThreshold, TreatMissingData.MISSING);
    a.series().put(BASE * 60, 10);
    a.series().put((BASE + 1) * 60, 60);
    a.series().put((BASE + 2) * 60, 70);
    a.series().put((BASE + 3) * 60, 80);
    a.evaluate((BASE + 4) * 60);
    assertThat(a.windowMin()).isEqualTo(60);
    assertThat(a.windowMax()).isEqualTo(80);
    assertThat(a.windowMean()).isEqualTo(70);
    assertThat(a.latest()).isEqualTo(80);
  }
}
