package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.policy.DecisionSource;
import dev.asgsim.simulator.load.LoadSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The simulator drives every kind of policy through the engine: step scaling on a user alarm, scheduled actions. */
class PolicyKindsTest {
  static final String GROUP = """
      AutoScalingGroup:
        AutoScalingGroupName: web
        MinSize: 1
        MaxSize: 6
        DesiredCapacity: 1
        AvailabilityZones: [a, b]
        TargetGroupARNs: [arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/web/1]
        HealthCheckType: ELB
        HealthCheckGracePeriod: 300
      Simulation:
        InstanceType: c5.large
        DetailedMonitoring: true
      """;

  @Test
  @DisplayName("§4.3 [D] step scaling: +1 per breach of CPU > 70 for 2 of 2 minutes, until CPU falls under 70")
  void stepScalingOnAUserAlarm() throws Exception {
    ScalingConfig c = ConfigReader.parse(GROUP + """
        ScalingPolicies:
          - PolicyName: cpu-high
            PolicyType: StepScaling
            AdjustmentType: ChangeInCapacity
            EstimatedInstanceWarmup: 60
            StepAdjustments:
              - MetricIntervalLowerBound: 0
                ScalingAdjustment: 1
            Alarm:
              AlarmName: cpu-high
              Namespace: AWS/EC2
              MetricName: CPUUtilization
              Statistic: Average
              Period: 60
              EvaluationPeriods: 2
              Threshold: 70
              ComparisonOperator: GreaterThanThreshold
        """, ConfigFormat.YAML);
    SimulationResult r = Simulation.builder(c).load(LoadSpec.parse("step(50, 250@10m)").render(90, 1))
        .checkInvariants(true).build().run();
    assertThat(r.decisions()).isNotEmpty().allMatch(d -> d.source() == DecisionSource.STEP && d.alarmName().equals("cpu-high"));
    assertThat(r.decisions().get(0).newDesired()).isEqualTo(2);
    // 250 % needs 4 instances to get under 70 % (62.5 %); late datapoints may add one more, never a sixth.
    Timeline t = r.timeline().orElseThrow();
    assertThat(t.desired(89)).isBetween(4, 5);
    assertThat(t.serving(89)).isEqualTo(t.desired(89));
    assertThat(t.cpu(89)).isLessThanOrEqualTo(62.5);
    assertThat(r.highAlarmName()).isEqualTo("cpu-high");
  }

  @Test
  @DisplayName("§5.1 [D] scheduled action: MinSize 3 at 00:30 raises desired to 3 and launches two instances")
  void scheduledActionRaisesMin() throws Exception {
    ScalingConfig c = ConfigReader.parse(GROUP + """
        ScheduledActions:
          - ScheduledActionName: morning
            StartTime: 2024-01-01T00:30:00Z
            MinSize: 3
            DesiredCapacity: 3
        """, ConfigFormat.YAML);
    SimulationResult r = Simulation.builder(c).load(LoadSpec.parse("const(20)").render(60, 1))
        .checkInvariants(true).build().run();
    assertThat(r.decisions()).hasSize(1);
    ScalingDecision d = r.decisions().get(0);
    assertThat(d.source()).isEqualTo(DecisionSource.SCHEDULED);
    assertThat(d.newDesired()).isEqualTo(3);
    assertThat(d.cause()).contains("a scheduled action update of AutoScalingGroup constraints to min: 3");
    assertThat(r.scores().instancesLaunched()).isEqualTo(2);
    assertThat(r.timeline().orElseThrow().inService(45)).isEqualTo(3);
  }
}
