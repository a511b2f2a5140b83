package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.simulator.policies.PolicyRegistry;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.file.SweepFileException;
import dev.asgsim.simulator.sweep.file.SweepReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example sweeps stay readable and runnable (loads render, policies resolve); CI runs them end to end. */
class ExampleSweepsTest {
  private final PolicyRegistry registry = new PolicyRegistry();
  private final SweepReader reader = new SweepReader(registry::check);

  @Test
  void seedTargetWarmup() throws Exception {
    SweepDefinition def = reader.read(Fixtures.EXAMPLES.resolve("sweeps/sweep-seed-target-warmup.yaml"));
    assertThat(def.findings()).isEmpty();
    assertThat(def.axes()).extracting(Axis::name).containsExactly(
        "ScalingPolicies[0].TargetTrackingConfiguration.TargetValue", "ScalingPolicies[0].EstimatedInstanceWarmup",
        "Simulation.InstanceType", "Simulation.LaunchDelayJitterSeconds");
    assertThat(def.points()).hasSize(1 + 5 * 3 * 2);
    assertThat(def.loads()).extracting(LoadCase::name).containsExactly("daily-spike", "nab-ac20cd");
    SimulationPointRunner runner = new SimulationPointRunner(def, registry);
    assertThat(runner.minutes(0)).isEqualTo(2 * 1440);
    assertThat(runner.minutes(1)).isGreaterThan(14 * 1440); // the NAB trace's own length
  }

  @Test
  @org.junit.jupiter.api.DisplayName("sweep-policies.yaml: every policy name resolves to the policy it names and runs")
  void policies() throws Exception {
    SweepDefinition def = reader.read(Fixtures.EXAMPLES.resolve("sweeps/sweep-policies.yaml"));
    Axis policies = def.axes().get(0);
    assertThat(policies.isPolicies()).isTrue();
    assertThat(policies.values()).extracting(Point::text).containsExactly("aws", "step", "hpa",
        "dev.asgsim.simulator.policies.ThresholdPolicy", "static:3", "oracle", "oracle:100");
    List<dev.asgsim.core.config.ScalingPolicy> step = InlinePolicySet.parse(policies.values().get(1));
    assertThat(step).extracting(p -> p.policyType()).containsExactly("StepScaling", "StepScaling");
    assertThat(step.get(0).alarm().threshold()).isEqualTo(60.0);
    // Two weeks of the NAB trace under every policy (3 seeds each): each name runs the policy it names.
    SweepResult result = new Sweep(def, new SimulationPointRunner(def, registry)).run(2, SweepListener.NONE);
    Map<String, PointResult> rows = new LinkedHashMap<>();
    for (PointResult row : result.rows().subList(1, result.rows().size())) { // row 0: the base (t2.nano, aws)
      rows.put(Point.text(row.point().values().get(0)), row);
    }
    assertThat(rows).containsOnlyKeys("aws", "step", "hpa", "dev.asgsim.simulator.policies.ThresholdPolicy",
        "static:3", "oracle", "oracle:100");
    assertThat(rows.values()).allSatisfy(r -> assertThat(r.score(Score.COST).n()).isEqualTo(3));
    // The one-value InstanceType override applies: the base's throttled t2.nano leaves most demand unserved,
    // the c6i.large under the same target tracking policy almost none.
    assertThat(result.rows().get(0).score(Score.UNSERVED_PERCENT).mean()).isGreaterThan(50);
    assertThat(rows.get("aws").score(Score.UNSERVED_PERCENT).mean()).isLessThan(1);
    // static:3 holds three instances and never scales; every other policy scales.
    assertThat(rows.get("static:3").score(Score.MEAN_SERVING).mean()).isEqualTo(3.0);
    assertThat(rows.get("static:3").score(Score.INSTANCES_LAUNCHED).mean()).isZero();
    rows.forEach((name, r) -> {
      if (!name.equals("static:3")) {
        assertThat(r.score(Score.SCALE_OUT_ACTIVITIES).mean()).as(name).isPositive();
      }
    });
    // oracle:100 plans for full instances, oracle (the config's 50 % target) for half: cheaper, and the least
    // over-provisioned of all.
    assertThat(rows.get("oracle:100").score(Score.COST).mean()).isLessThan(rows.get("oracle").score(Score.COST).mean());
    rows.forEach((name, r) -> {
      if (!name.equals("oracle:100")) {
        assertThat(rows.get("oracle:100").score(Score.THETA_O).mean()).as("vs " + name)
            .isLessThan(r.score(Score.THETA_O).mean());
      }
    });
  }

  @Test
  void aBrokenInlinePolicySetNamesItsLine() {
    String yaml = """
        Base: fastcampus-nginx.yaml
        Policies:
          - aws
          - Name: step
            ScalingPolicies: [{PolicyName: x, PolicyTyp: StepScaling}]
        Loads: [const(10)]
        """;
    assertThatThrownBy(() -> reader.parse(yaml, "p.yaml", ConfigFormat.YAML, Fixtures.EXAMPLES.toAbsolutePath()))
        .isInstanceOf(SweepFileException.class).hasMessageStartingWith("p.yaml:4:")
        .hasMessageContaining("policy set step: unknown member 'PolicyTyp'");
    assertThatThrownBy(() -> reader.parse(yaml.replace("Name: step", "Nam: step"), "p.yaml", ConfigFormat.YAML,
        Fixtures.EXAMPLES.toAbsolutePath())).hasMessageContaining("needs a Name");
    assertThatThrownBy(() -> reader.parse(yaml.replace("- aws", "- hpa\n  - hpa"), "p.yaml", ConfigFormat.YAML,
        Fixtures.EXAMPLES.toAbsolutePath())).hasMessageContaining("names 'hpa' twice");
  }
}
