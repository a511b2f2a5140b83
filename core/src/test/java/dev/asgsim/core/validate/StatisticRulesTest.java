package dev.asgsim.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Alarm statistics that make no sense for scaling (aws-behaviour §8.2) and the Simulation settings of issue 11 item 12/16. */
class StatisticRulesTest {
  private static final Validator V = Validator.defaults();

  static String config(String namespace, String metric, String statistic, String simulation) {
    return """
        AutoScalingGroup:
          AutoScalingGroupName: g
          LaunchTemplate: {LaunchTemplateName: web-lt, Version: $Latest}
          MinSize: 1
          MaxSize: 10
          DefaultInstanceWarmup: 120
          TargetGroupARNs: [arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/tg/0123456789abcdef]
        ScalingPolicies:
          - PolicyName: up
            PolicyType: StepScaling
            AdjustmentType: ChangeInCapacity
            StepAdjustments: [{MetricIntervalLowerBound: 0, ScalingAdjustment: 1}]
            Alarm:
              Namespace: %s
              MetricName: %s
              %s
              Period: 60
              EvaluationPeriods: 3
              Threshold: 70
              ComparisonOperator: GreaterThanThreshold
        Simulation:
          InstanceType: c6i.large
          DetailedMonitoring: true
        %s""".formatted(namespace, metric, statistic, simulation);
  }

  static List<Finding> findings(String text) throws Exception {
    return V.validate(ConfigReader.parse(text, ConfigFormat.YAML));
  }

  static List<Finding> rule(List<Finding> all, String id) {
    return all.stream().filter(f -> f.ruleId().equals(id)).toList();
  }

  @Test
  @DisplayName("§8.2: RequestCountPerTarget — \"The only valid statistic is Sum\": Average is a WARNING, Sum is fine")
  void requestCountPerTargetIsSum() throws Exception {
    List<Finding> avg = rule(findings(config("AWS/ApplicationELB", "RequestCountPerTarget", "Statistic: Average", "")),
        "alarm-statistic-meaning");
    assertThat(avg).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("only valid statistic is Sum");
    });
    assertThat(rule(findings(config("AWS/ApplicationELB", "RequestCountPerTarget", "Statistic: Sum", "")),
        "alarm-statistic-meaning")).isEmpty();
  }

  @Test
  @DisplayName("§8.2: CPUUtilization — SampleCount counts the group's samples (WARNING), Sum is the demand itself "
      + "(ADVICE), a percentile is read as the Average (WARNING); Average, Minimum, Maximum pass")
  void cpuStatistics() throws Exception {
    assertThat(rule(findings(config("AWS/EC2", "CPUUtilization", "Statistic: SampleCount", "")),
        "alarm-statistic-meaning")).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    assertThat(rule(findings(config("AWS/EC2", "CPUUtilization", "Statistic: Sum", "")),
        "alarm-statistic-meaning")).singleElement().extracting(Finding::severity).isEqualTo(Severity.ADVICE);
    assertThat(rule(findings(config("AWS/EC2", "CPUUtilization", "ExtendedStatistic: p90", "")),
        "alarm-statistic-meaning")).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    for (String ok : List.of("Average", "Minimum", "Maximum")) {
      assertThat(rule(findings(config("AWS/EC2", "CPUUtilization", "Statistic: " + ok, "")),
          "alarm-statistic-meaning")).as(ok).isEmpty();
    }
  }

  @Test
  @DisplayName("§6.4, §8.1, §12.1a: PendingSeconds, CloudWatchPricePerMetricMonth, DetailedMonitoringMetrics and "
      + "OutsideTargets are checked")
  void simulationSettings() throws Exception {
    List<Finding> bad = findings(config("AWS/EC2", "CPUUtilization", "Statistic: Average", """
          PendingSeconds: 500
          CloudWatchPricePerMetricMonth: -1
          DetailedMonitoringMetrics: -7
          OutsideTargets: {Count: -1, InstanceType: t9.tiny}
        """));
    assertThat(rule(bad, "simulation-pending")).singleElement().extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
    assertThat(rule(bad, "simulation-price")).extracting(Finding::path)
        .containsExactly("Simulation.CloudWatchPricePerMetricMonth");
    assertThat(rule(bad, "simulation-range")).extracting(Finding::path)
        .containsExactly("Simulation.DetailedMonitoringMetrics");
    assertThat(rule(bad, "simulation-outside-targets")).extracting(Finding::path)
        .containsExactlyInAnyOrder("Simulation.OutsideTargets.Count", "Simulation.OutsideTargets.InstanceType");
    List<Finding> good = findings(config("AWS/EC2", "CPUUtilization", "Statistic: Average", """
          PendingSeconds: 20
          CloudWatchPricePerMetricMonth: 0.3
          OutsideTargets: {Count: 1, InstanceType: t2.nano, Healthy: true}
        """));
    assertThat(good).filteredOn(f -> f.severity() != Severity.ADVICE).isEmpty();
  }
}
