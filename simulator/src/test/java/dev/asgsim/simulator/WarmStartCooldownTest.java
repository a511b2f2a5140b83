package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A simple policy's cooldown after a start from the warm pool: the latest activity's instances include the warm
 * starts, so the cooldown waits for them to reach InService (aws-behaviour §3, §6.5, §7.6).
 */
class WarmStartCooldownTest {
  /**
   * examples/warm-pool-slow-start.yaml with its target tracking policy swapped for a +1 simple policy and a 125 s
   * second hook run.
   */
  private static SimulationResult run() throws Exception {
    String example = Files.readString(Path.of("../examples/warm-pool-slow-start.yaml"));
    String policies = example.substring(example.indexOf("ScalingPolicies:"), example.indexOf("Simulation:"));
    String simple = """
        ScalingPolicies:
          - PolicyName: cpu-high-plus-one
            PolicyType: SimpleScaling
            AdjustmentType: ChangeInCapacity
            ScalingAdjustment: 1
            Cooldown: 300
            Alarm:
              AlarmName: cpu-high
              Namespace: AWS/EC2
              MetricName: CPUUtilization
              Dimensions:
                - Name: AutoScalingGroupName
                  Value: autoscaling-20211202
              Statistic: Average
              Period: 60
              EvaluationPeriods: 1
              Threshold: 50
              ComparisonOperator: GreaterThanThreshold

        """;
    // the warm start's hook run made 125 s, so InService comes minutes after the launch, not within its minute
    String yaml = example.replace(policies, simple).replace("WarmStartHoldSeconds: 5 ", "WarmStartHoldSeconds: 125 ");
    assertThat(yaml).contains("WarmStartHoldSeconds: 125 ");
    var config = ConfigReader.parse(yaml, ConfigFormat.YAML);
    // 20 % for ten minutes while the pool fills, then far more than the pool's three instances can serve
    return Simulation.builder(config).load(LoadSpec.parse("step(20, 900@10m)").render(60, 3))
        .checkInvariants(true).build().run();
  }

  @Test
  @DisplayName("§6.5 [D] \"When the instance enters the InService state, the cooldown period starts\": a warm start "
      + "(36 s from Stopped + a 125 s second hook run, §7.6 [O]) holds the next simple scale-out until InService + "
      + "Cooldown 300 s")
  void warmStartHoldsTheCooldownUntilInService() throws Exception {
    SimulationResult r = run();
    List<ScalingDecision> outs = r.decisions().stream().filter(d -> d.newDesired() > d.oldDesired()).toList();
    // the pool holds 3 at desired 1: the first scale-outs are warm starts
    assertThat(outs).hasSizeGreaterThanOrEqualTo(3);
    List<Activity> fromPool = r.activities().stream()
        .filter(a -> a.description().startsWith("Launching a new EC2 instance from warm pool: i-")).toList();
    assertThat(fromPool).hasSizeGreaterThanOrEqualTo(2);
    for (int k = 0; k < 2; k++) {
      long inService = fromPool.get(k).startTime().getEpochSecond() + 36 + 125;
      long next = outs.get(k + 1).epochSecond();
      // the next decision is the first evaluation (one a minute) at or after the cooldown's end
      assertThat(next).as("scale-out %d after the warm start at %s", k + 2, fromPool.get(k).startTime())
          .isGreaterThanOrEqualTo(inService + 300).isLessThan(inService + 300 + 60);
    }
  }
}
