package dev.asgsim.aws.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 18 item 5: the JSON that aws cloudwatch get-metric-data / get-metric-statistics print. */
class MetricJsonTest {
  /** CLI v2 against AWS: ISO timestamps with offset, newest first (ScanBy's default). */
  private static final String METRIC_DATA = """
      {"MetricDataResults": [
        {"Id": "cpu", "Label": "CPUUtilization", "Timestamps": ["2026-11-25T12:01:00+00:00",
          "2026-11-25T12:00:00+00:00"], "Values": [50.0, 25.0], "StatusCode": "Complete"},
        {"Id": "n", "Label": "GroupInServiceInstances", "Timestamps": ["2026-11-25T12:01:00+00:00",
          "2026-11-25T12:00:00+00:00"], "Values": [4.0, 2.0], "StatusCode": "Complete"}],
       "Messages": []}
      """;
  /** CLI v1 against an endpoint that answers epoch seconds; datapoints unordered. */
  private static final String STATISTICS = """
      {"Label": "CPUUtilization", "Datapoints": [
        {"Timestamp": 1795953660, "Average": 30.0, "Maximum": 90.0, "Unit": "Percent"},
        {"Timestamp": 1795953600, "Average": 20.0, "Maximum": 80.0, "ExtendedStatistics": {"p90": 70.0}}]}
      """;

  @Test
  @DisplayName("get-metric-data: the metric, or metric x GroupInServiceInstances with --demand, in time order")
  void metricData() {
    var series = MetricJson.read(METRIC_DATA, "data.json", "Average");
    assertThat(MetricJson.trace(series, false, "data.json").samples()).containsExactly(
        new Sample(Instant.parse("2026-11-25T12:00:00Z"), 25.0), new Sample(Instant.parse("2026-11-25T12:01:00Z"), 50.0));
    assertThat(MetricJson.trace(series, true, "data.json").samples()).extracting(Sample::value)
        .containsExactly(50.0, 200.0);
  }

  @Test
  @DisplayName("get-metric-statistics: the --statistic member (or a percentile), epoch seconds accepted")
  void statistics() {
    assertThat(MetricJson.trace(MetricJson.read(STATISTICS, "s.json", "Maximum"), false, "s.json").samples())
        .containsExactly(new Sample(Instant.ofEpochSecond(1795953600), 80.0),
            new Sample(Instant.ofEpochSecond(1795953660), 90.0));
    assertThatThrownBy(() -> MetricJson.read(STATISTICS, "s.json", "p90"))
        .hasMessageContaining("s.json: Datapoints[0] has no p90");
  }

  @Test
  @DisplayName("what is not such output, or not enough of it, is refused naming the file and the place")
  void refusals() {
    assertThatThrownBy(() -> MetricJson.read("{\"AutoScalingGroups\": []}", "g.json", "Average"))
        .hasMessageContaining("g.json: has neither MetricDataResults").hasMessageContaining("get-metric-statistics");
    assertThatThrownBy(() -> MetricJson.read("{\n  \"Datapoints\": [,]}", "bad.json", "Average"))
        .hasMessageContaining("bad.json:2:");
    assertThatThrownBy(() -> MetricJson.read("{\"Datapoints\": [{\"Timestamp\": \"noon\", \"Average\": 1}]}",
        "t.json", "Average")).hasMessageContaining("t.json: Datapoints[0].Timestamp: 'noon' is not a time");
    List<MetricJson.Series> cpuOnly = new ArrayList<>(MetricJson.read(STATISTICS, "s.json", "Average"));
    assertThatThrownBy(() -> MetricJson.trace(cpuOnly, true, "s.json"))
        .hasMessageContaining("--demand needs the group's GroupInServiceInstances");
    cpuOnly.addAll(MetricJson.read(STATISTICS, "t.json", "Average"));
    assertThatThrownBy(() -> MetricJson.trace(cpuOnly, false, "s.json, t.json"))
        .hasMessageContaining("2 metrics");
  }
}
