package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A whole run with a 300 s alarm Period on detailed monitoring while an instance joins: the datapoint is CloudWatch's
 * Average over every instance's samples, "Sum / SampleCount" (aws-behaviour §8.2 [D]).
 */
class PeriodAverageRunTest {
  /** One instance carrying 80 % of an instance; a scheduled action adds a second at 00:05; the alarm never fires. */
  static SimulationResult run(int periodSeconds) throws Exception {
    ScalingConfig c = ConfigReader.parse("""
        AutoScalingGroup:
          AutoScalingGroupName: web
          MinSize: 1
          MaxSize: 2
          DesiredCapacity: 1
          DefaultInstanceWarmup: 0
          AvailabilityZones: [a]
          HealthCheckType: EC2
        ScalingPolicies:
          - PolicyName: cpu-high
            PolicyType: StepScaling
            AdjustmentType: ChangeInCapacity
            StepAdjustments:
              - MetricIntervalLowerBound: 0
                ScalingAdjustment: 1
            Alarm:
              AlarmName: cpu-high
              Namespace: AWS/EC2
              MetricName: CPUUtilization
              Statistic: Average
              Period: %d
              EvaluationPeriods: 1
              Threshold: 95
              ComparisonOperator: GreaterThanThreshold
        ScheduledActions:
          - ScheduledActionName: second
            StartTime: 2024-01-01T00:05:00Z
            DesiredCapacity: 2
        Simulation:
          InstanceType: c5.large
          DetailedMonitoring: true
        """.formatted(periodSeconds), ConfigFormat.YAML);
    return Simulation.builder(c).load(LoadSpec.parse("const(80)").render(30, 1)).checkInvariants(true).build().run();
  }

  @Test
  @DisplayName("§8.2 [D] \"Average: the value of Sum / SampleCount\" over every instance's samples: a 300 s Period on "
      + "detailed monitoring while a second instance joins one at 80 %: minutes 80, 80 % on 1 instance then 40, 40, "
      + "40 % on 2 => (80 + 80 + 40·2·3) / (1 + 1 + 2·3) = 50 %, not the minutes' plain mean 56 %")
  void fiveMinuteAverageWeighsTheMinutesByTheirInstances() throws Exception {
    Timeline minutes = run(60).timeline().orElseThrow(); // each minute's own datapoint: the group's CPU that minute
    Timeline periods = run(300).timeline().orElseThrow();
    for (int m = 5; m < 10; m++) {
      assertThat(minutes.metric(m)).as("minute " + m).isEqualTo(m < 7 ? 80.0 : 40.0);
      assertThat(minutes.warm(m)).as("minute " + m).isEqualTo(m < 7 ? 1 : 2);
    }
    assertThat(periods.metric(5)).as("the period of the join").isEqualTo(50.0);
    // Every published period (the last one's datapoint is not out when the run ends): Σ CPU × instances / Σ instances.
    for (int p = 0; p + 5 < 30; p += 5) {
      double sampleSum = 0;
      double samples = 0;
      for (int m = p; m < p + 5; m++) {
        assertThat(periods.warm(m)).as("the same group in both runs, minute " + m).isEqualTo(minutes.warm(m));
        sampleSum += minutes.metric(m) * minutes.warm(m);
        samples += minutes.warm(m);
      }
      assertThat(periods.metric(p)).as("period at minute " + p).isCloseTo(sampleSum / samples, within(1e-9));
    }
  }
}
