package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.policy.MetricKind;
import dev.asgsim.core.policy.MetricSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MetricFeedTest {
  static final long T0 = 1_704_067_200L;
  static final MetricSpec CPU = new MetricSpec(MetricKind.CPU, "CPUUtilization", "Average", 60);
  static final MetricSpec REQUESTS = new MetricSpec(MetricKind.ALB_REQUEST_COUNT_PER_TARGET, "RequestCountPerTarget",
      "Sum", 60);

  /** {metric, periodStart, value, visibleAt, contributors}. */
  final List<double[]> seen = new ArrayList<>();

  void publish(MetricFeed feed, long t) {
    feed.publishVisible(t, (metric, period, value, n) -> seen.add(new double[] {metric, period, value, t, n}));
  }

  @Test
  @DisplayName("§8.1 [D] detailed monitoring: \"1-minute\" data — one datapoint per minute, visible "
      + "MetricPublishDelaySeconds after the minute starts (§12 [I])")
  void detailedPublishesEveryMinuteAfterTheDelay() {
    MetricFeed feed = new MetricFeed(new MetricSpec[] {CPU}, true, false, 70);
    feed.closeMinute(T0, 40, 40, 40, 3, 3, Double.NaN, 0);
    publish(feed, T0 + 69);
    assertThat(seen).isEmpty();
    publish(feed, T0 + 70);
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0)).containsExactly(0, T0, 40, T0 + 70, 3);
    publish(feed, T0 + 200);
    assertThat(seen).as("a datapoint is published once").hasSize(1);
  }

  @Test
  @DisplayName("§8.1 [D] basic monitoring: \"5-minute data\" — the mean of five minutes, stamped at the period's start "
      + "(§8.2 \"time-stamped at the start of the period\")")
  void basicAveragesFiveMinutes() {
    MetricFeed feed = new MetricFeed(new MetricSpec[] {CPU}, false, false, 70);
    assertThat(feed.periodSeconds(0)).isEqualTo(300);
    for (int m = 0; m < 10; m++) {
      feed.closeMinute(T0 + 60L * m, 10 * (m + 1), 10 * (m + 1), 10 * (m + 1), m < 5 ? 2 : 4, m < 5 ? 2 : 4, Double.NaN, 0);
      publish(feed, T0 + 60L * m + 70);
    }
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).containsExactly(0, T0, 30, T0 + 4 * 60 + 70, 2);
    assertThat(seen.get(1)).containsExactly(0, T0 + 300, 80, T0 + 9 * 60 + 70, 4);
  }

  @Test
  @DisplayName("§1.9 [D] basic monitoring on Nitro: \"Nitro types publish after the first sample and update the same "
      + "datapoint\" — the 5-minute datapoint appears after its first minute and is updated after each (issue 11 item 9)")
  void nitroPublishesAfterTheFirstSampleAndUpdates() {
    MetricFeed feed = new MetricFeed(new MetricSpec[] {CPU}, false, true, 70);
    assertThat(feed.updatedEachMinute(0)).isTrue();
    for (int m = 0; m < 6; m++) {
      feed.closeMinute(T0 + 60L * m, 10 * (m + 1), 10 * (m + 1), 10 * (m + 1), 2, 2, Double.NaN, 0);
      publish(feed, T0 + 60L * m + 70);
    }
    // Period 0 (stamped T0): 10, then 15, 20, 25, 30 as samples arrive; period 1 (T0 + 300) starts at 60.
    assertThat(seen).extracting(d -> (long) (d[1] - T0) + "=" + d[2])
        .containsExactly("0=10.0", "0=15.0", "0=20.0", "0=25.0", "0=30.0", "300=60.0");
    assertThat(seen.get(0)[3]).as("first visible after the first minute").isEqualTo(T0 + 70);
    MetricFeed detailed = new MetricFeed(new MetricSpec[] {CPU}, true, true, 70);
    assertThat(detailed.updatedEachMinute(0)).as("detailed monitoring has 1-minute datapoints anyway").isFalse();
  }

  @Test
  @DisplayName("§1.9: the load balancer publishes every 60 s whatever the instances' monitoring; minutes without a "
      + "value (no warm instance, no serving target) add nothing, and an empty period publishes nothing")
  void requestsStayPerMinuteAndEmptyMinutesAreSkipped() {
    MetricFeed feed = new MetricFeed(new MetricSpec[] {CPU, REQUESTS}, false, false, 0);
    assertThat(feed.periodSeconds(1)).isEqualTo(60);
    feed.closeMinute(T0, Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN, 0);
    feed.closeMinute(T0 + 60, 50, 50, 50, 2, 2, 120, 3);
    feed.closeMinute(T0 + 120, Double.NaN, Double.NaN, Double.NaN, 0, 0, 80, 3);
    feed.closeMinute(T0 + 180, 70, 70, 70, 2, 2, Double.NaN, 0);
    feed.closeMinute(T0 + 240, Double.NaN, Double.NaN, Double.NaN, 0, 0, 100, 3);
    publish(feed, T0 + 240);
    assertThat(seen).extracting(d -> d[0] + "@" + (long) (d[1] - T0) + "=" + d[2])
        .containsExactly("1.0@60=120.0", "1.0@120=80.0", "0.0@0=60.0", "1.0@240=100.0");
  }

  @Test
  @DisplayName("§1.5 'Which N' [I]: a datapoint carries N_dp, the instances behind it — warm instances for CPU, "
      + "serving targets for RequestCountPerTarget — averaged over the minutes of its period that had a value")
  void datapointsCarryTheirContributors() {
    MetricFeed feed = new MetricFeed(new MetricSpec[] {CPU, REQUESTS}, false, false, 0);
    int[] warm = {1, 1, 2, 2, 2};
    for (int m = 0; m < 5; m++) {
      double cpu = m == 0 ? Double.NaN : 40;
      feed.closeMinute(T0 + 60L * m, cpu, cpu, cpu, warm[m], warm[m], 100, 4);
    }
    publish(feed, T0 + 240);
    assertThat(seen).extracting(d -> (int) d[0] + ":" + d[4])
        .containsExactly("1:4.0", "1:4.0", "1:4.0", "1:4.0", "0:1.75", "1:4.0"); // CPU: (1 + 2 + 2 + 2) / 4 minutes
  }

  static MetricSpec cpu(String statistic, int period) {
    return new MetricSpec(MetricKind.CPU, "CPUUtilization", statistic, period);
  }

  @Test
  @DisplayName("§8.2 [D] statistics \"SampleCount, Average, Sum, Minimum, Maximum\" over the group's instances, detailed "
      + "monitoring (one sample per instance per minute): 4 instances at 30/30/30/50 % => Sum 140, SampleCount 4, "
      + "Minimum 30, Maximum 50, Average 35 (issue 11 item 10)")
  void statisticsOverTheGroupsInstances() {
    MetricSpec[] specs = {cpu("Average", 60), cpu("Sum", 60), cpu("SampleCount", 60), cpu("Minimum", 60),
        cpu("Maximum", 60)};
    MetricFeed feed = new MetricFeed(specs, true, false, 0);
    feed.closeMinute(T0, 35, 30, 50, 4, 4, Double.NaN, 0);
    publish(feed, T0);
    assertThat(seen).extracting(d -> d[2]).containsExactly(35.0, 140.0, 4.0, 30.0, 50.0);
  }

  @Test
  @DisplayName("§8.2 [D], §7.11: in a weighted group each instance publishes its own CPUUtilization, so SampleCount "
      + "counts instance datapoints and Sum adds instances, not capacity units: a weight-2 and a weight-4 instance at "
      + "60 % (6 units) => Average 60, Sum 120, SampleCount 2; the datapoint's N_dp stays 6 units (§1.5 \"Which N\")")
  void weightedGroupCountsInstances() {
    MetricSpec[] specs = {cpu("Average", 60), cpu("Sum", 60), cpu("SampleCount", 60), cpu("Minimum", 60),
        cpu("Maximum", 60)};
    MetricFeed feed = new MetricFeed(specs, true, false, 0);
    feed.closeMinute(T0, 60, 60, 60, 6, 2, Double.NaN, 0);
    publish(feed, T0);
    assertThat(seen).extracting(d -> d[2]).containsExactly(60.0, 120.0, 2.0, 60.0, 60.0);
    assertThat(seen).extracting(d -> d[4]).containsOnly(6.0);
    // Basic monitoring: one 5-minute sample per instance, the same two instances.
    seen.clear();
    MetricFeed basic = new MetricFeed(new MetricSpec[] {cpu("SampleCount", 300), cpu("Sum", 300)}, false, false, 0);
    for (int m = 0; m < 5; m++) {
      basic.closeMinute(T0 + 60L * m, 60, 60, 60, 6, 2, Double.NaN, 0);
    }
    publish(basic, T0 + 600);
    assertThat(seen).extracting(d -> d[2]).containsExactly(2.0, 120.0);
  }

  @Test
  @DisplayName("§8.2 [D]: a 300 s alarm on detailed (1-minute) data aggregates the five minutes' samples — Sum adds "
      + "them all, SampleCount counts them (2 instances × 5 minutes = 10), Maximum is the highest")
  void longerPeriodAggregatesItsMinutes() {
    MetricFeed feed = new MetricFeed(new MetricSpec[] {cpu("Sum", 300), cpu("SampleCount", 300),
        cpu("Maximum", 300), cpu("Average", 300)}, true, false, 0);
    assertThat(feed.periodSeconds(0)).isEqualTo(300);
    for (int m = 0; m < 5; m++) {
      double v = 10 * (m + 1);
      feed.closeMinute(T0 + 60L * m, v, v, v, 2, 2, Double.NaN, 0);
    }
    publish(feed, T0 + 240);
    // CPU 10, 20, 30, 40, 50 on 2 instances: Sum 2 × 150 = 300, 10 samples, Maximum 50, Average 30.
    assertThat(seen).extracting(d -> d[2]).containsExactly(300.0, 10.0, 50.0, 30.0);
  }

  /** Five minutes at 80 % on 1 instance, 80 % on 1, then 40 % on 2, 2, 2: the period of an instance joining. */
  static void joinPeriod(MetricFeed feed) {
    int[] instances = {1, 1, 2, 2, 2};
    for (int m = 0; m < 5; m++) {
      double v = m < 2 ? 80 : 40;
      feed.closeMinute(T0 + 60L * m, v, v, v, instances[m], instances[m], Double.NaN, 0);
    }
  }

  @Test
  @DisplayName("§8.2 [D] \"Average: the value of Sum / SampleCount during the specified period\" over every instance's "
      + "samples: a 300 s alarm on detailed monitoring while an instance joins, 80 % on 1 instance for 2 minutes then "
      + "40 % on 2 for 3 => (80 + 80 + 40·2·3) / (1 + 1 + 2·3) = 50 %, not the minutes' plain mean 56 %")
  void longerPeriodAverageWeighsEachMinuteByItsInstances() {
    MetricFeed feed = new MetricFeed(new MetricSpec[] {cpu("Average", 300), cpu("Sum", 300),
        cpu("SampleCount", 300)}, true, false, 0);
    joinPeriod(feed);
    publish(feed, T0 + 240);
    assertThat(seen).extracting(d -> d[2]).containsExactly(50.0, 400.0, 8.0);
    // §1.5 "Which N" [I]: value × N_dp stays the period's mean load, 80 % of one instance every minute: N_dp is the
    // mean of the minutes' instances, (1 + 1 + 2 + 2 + 2) / 5 = 1.6, and 50 × 1.6 = 80.
    assertThat(seen.get(0)[4]).isCloseTo(1.6, within(1e-12));
    assertThat(seen.get(0)[2] * seen.get(0)[4]).isCloseTo(80.0, within(1e-12));
  }

  @Test
  @DisplayName("§8.2 [I] basic monitoring: what an instance that ran part of a 5-minute period publishes is not "
      + "documented; the Average stays the mean of the minutes' averages, (80 + 80 + 40 + 40 + 40) / 5 = 56 %")
  void basicAverageStaysTheMeanOfTheMinutes() {
    MetricFeed feed = new MetricFeed(new MetricSpec[] {cpu("Average", 300)}, false, false, 0);
    joinPeriod(feed);
    publish(feed, T0 + 240);
    assertThat(seen).extracting(d -> d[2]).containsExactly(56.0);
    assertThat(seen.get(0)[2] * seen.get(0)[4]).as("the period's mean load").isCloseTo(80.0, within(1e-12));
  }

  @Test
  @DisplayName("§8.1 [D] basic monitoring: each instance publishes one 5-minute datapoint (its average), so Sum is the "
      + "instances' averages added (3 × 40 = 120) and SampleCount the instances (3), not 15")
  void basicMonitoringSamplesOncePerFiveMinutes() {
    MetricFeed feed = new MetricFeed(new MetricSpec[] {cpu("Sum", 300), cpu("SampleCount", 300)}, false, false, 0);
    for (int m = 0; m < 5; m++) {
      feed.closeMinute(T0 + 60L * m, 40, 40, 40, 3, 3, Double.NaN, 0);
    }
    publish(feed, T0 + 240);
    assertThat(seen).extracting(d -> d[2]).containsExactly(120.0, 3.0);
    assertThat(feed.steadyDatapoint(0, 40, 3)).as("a steady start pre-fills the same statistic").isEqualTo(120);
    assertThat(feed.steadyDatapoint(1, 40, 3)).isEqualTo(3);
  }

  @Test
  @DisplayName("§8.1, §8.2 [D] Minimum and Maximum over two periods: detailed monitoring takes the lowest and highest "
      + "minute of each period, basic monitoring (one 5-minute average per instance) the mean of the minutes' "
      + "extremes; each period starts afresh")
  void extremesPerPeriod() {
    MetricFeed detailed = new MetricFeed(new MetricSpec[] {cpu("Minimum", 300), cpu("Maximum", 300)}, true, false, 0);
    MetricFeed basic = new MetricFeed(new MetricSpec[] {cpu("Minimum", 300), cpu("Maximum", 300)}, false, false, 0);
    for (int m = 0; m < 10; m++) {
      // First period: minima 0, 10, 20, 30, 40 and maxima 50..90; the second period 100 higher.
      double lo = 10 * (m % 5) + 100 * (m / 5);
      detailed.closeMinute(T0 + 60L * m, lo + 25, lo, lo + 50, 2, 2, Double.NaN, 0);
      basic.closeMinute(T0 + 60L * m, lo + 25, lo, lo + 50, 2, 2, Double.NaN, 0);
    }
    publish(detailed, T0 + 540);
    assertThat(seen).extracting(d -> d[2]).containsExactly(0.0, 90.0, 100.0, 190.0);
    seen.clear();
    publish(basic, T0 + 540);
    assertThat(seen).extracting(d -> d[2]).containsExactly(20.0, 70.0, 120.0, 170.0);
  }

  @Test
  @DisplayName("§8.2 [D] RequestCountPerTarget: \"The only valid statistic is Sum\" — a 300 s alarm adds the five "
      + "minutes' requests per target (100 + 200 + 300 + 400 + 500 = 1500), whatever statistic it names")
  void requestsAreSummedOverThePeriod() {
    MetricSpec sum = new MetricSpec(MetricKind.ALB_REQUEST_COUNT_PER_TARGET, "RequestCountPerTarget", "Sum", 300);
    MetricSpec avg = new MetricSpec(MetricKind.ALB_REQUEST_COUNT_PER_TARGET, "RequestCountPerTarget", "Average", 300);
    MetricFeed feed = new MetricFeed(new MetricSpec[] {sum, avg}, false, false, 0);
    for (int m = 0; m < 5; m++) {
      feed.closeMinute(T0 + 60L * m, Double.NaN, Double.NaN, Double.NaN, 0, 0, 100 * (m + 1), 4);
    }
    publish(feed, T0 + 240);
    assertThat(seen).extracting(d -> d[2]).containsExactly(1500.0, 1500.0);
    assertThat(feed.steadyDatapoint(0, 100, 4)).isEqualTo(500);
  }
}
