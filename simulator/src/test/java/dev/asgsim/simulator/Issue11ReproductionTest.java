package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's "Done means" reproductions as whole runs of the simulator (the rules themselves are tested where they
 * live: core TerminatingCapacityTest and DatapointLoadTest, ElbMetricPeriodTest, StartStateTest).
 */
class Issue11ReproductionTest {

  static ScalingConfig group(String type, int desired, String policy) throws Exception {
    return ConfigReader.parse("""
        AutoScalingGroup:
          AutoScalingGroupName: repro
          LaunchTemplate: {LaunchTemplateName: repro-lt, Version: $Latest}
          MinSize: 1
          MaxSize: 20
          DesiredCapacity: %d
          DefaultInstanceWarmup: 120
          TargetGroupARNs: [arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/tg/0123456789abcdef]
          HealthCheckType: ELB
          HealthCheckGracePeriod: 300
        ScalingPolicies:
        %s
        Simulation:
          InstanceType: %s
          DetailedMonitoring: true
          Start: Cold
        """.formatted(desired, policy, type), ConfigFormat.YAML);
  }

  static SimulationResult run(ScalingConfig c, String load, int minutes) {
    return Simulation.builder(c).load(LoadSpec.parse(load).render(minutes, 1)).checkInvariants(true).build().run();
  }

  @Test
  @DisplayName("§2.2-6a [D] \"we consider instances that are terminating as part of the current capacity of the "
      + "group\": m5.large, desired 4, TT CPU 50, const(100), detailed monitoring goes 4 -> 2 and stays")
  void targetTrackingFourToTwoAndStays() throws Exception {
    SimulationResult r = run(group("m5.large", 4, """
          - PolicyName: cpu50
            PolicyType: TargetTrackingScaling
            TargetTrackingConfiguration:
              PredefinedMetricSpecification: {PredefinedMetricType: ASGAverageCPUUtilization}
              TargetValue: 50
        """), "const(100)", 120);
    List<Integer> path = r.decisions().stream().map(ScalingDecision::newDesired).toList();
    assertThat(path).containsExactly(2);
    assertThat(r.timeline().orElseThrow().desired(119)).isEqualTo(2);
  }

  @Test
  @DisplayName("§2.2-6a [D]: a step policy -1 while CPU <= 40 (3 of 3 one-minute datapoints), 8 x c6i.large at "
      + "const(80): each -1 waits for the previous victim's 300 s deregistration — about 5-6 minutes per step, not "
      + "8 -> 1 in 7 minutes")
  void stepScaleInFiveToSixMinutesPerStep() throws Exception {
    SimulationResult r = run(group("c6i.large", 8, """
          - PolicyName: minus1
            PolicyType: StepScaling
            AdjustmentType: ChangeInCapacity
            StepAdjustments: [{MetricIntervalUpperBound: 0, ScalingAdjustment: -1}]
            Alarm:
              Namespace: AWS/EC2
              MetricName: CPUUtilization
              Statistic: Average
              Period: 60
              EvaluationPeriods: 3
              Threshold: 40
              ComparisonOperator: LessThanOrEqualToThreshold
        """), "const(80)", 40);
    List<ScalingDecision> d = r.decisions();
    assertThat(d).hasSizeGreaterThanOrEqualTo(3);
    for (int i = 1; i < d.size(); i++) {
      long gap = d.get(i).epochSecond() - d.get(i - 1).epochSecond();
      assertThat(gap).as("seconds between -1 steps").isBetween(300L, 400L);
    }
    assertThat(r.timeline().orElseThrow().desired(20)).as("old behaviour: 1 after 7 minutes").isGreaterThanOrEqualTo(4);
  }

  @Test
  @DisplayName("§1.5 'Which N' [I], §1.9: the seed on basic monitoring under step(20, 90@10m, 20@70m) peaks at 2, "
      + "where 2 suffice (it went 1 -> 2 -> 3)")
  void seedOnBasicMonitoringPeaksAtTwo() throws Exception {
    ScalingConfig seed = ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
    seed = seed.toBuilder().simulation(seed.simulation().toBuilder().detailedMonitoring(false).build()).build();
    SimulationResult r = run(seed, "step(20, 90@10m, 20@70m)", 150);
    assertThat(r.decisions().stream().mapToInt(ScalingDecision::newDesired).max().orElse(1)).isEqualTo(2);
  }

  @Test
  @DisplayName("the README says what is simulated and what is only noted (issue 11 \"Done means\")")
  void readmeListsSimulatedAndNoted() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme).contains("## What is modelled (aws-behaviour sections)")
        .contains("## What is only noted (validate: WARNING; simulate: a note in the output and summary.json)")
        .contains("OutsideTargets").contains("monitoringCost").contains("Statistic");
    assertThat(Files.readString(Path.of("../README.md"))).contains("what is simulated and what is only noted");
  }
}
