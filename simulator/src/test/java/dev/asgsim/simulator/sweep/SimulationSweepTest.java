package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.simulator.policies.PolicyRegistry;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.file.SweepFileException;
import dev.asgsim.simulator.sweep.file.SweepReader;
import dev.asgsim.simulator.sweep.report.ResultsCsvWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sweep on the real simulator: the seed group over the spec's spike, AWS vs the bench policies. */
class SimulationSweepTest {
  private static final String SWEEP = """
      Base: fastcampus-nginx.yaml
      Variations:
        ScalingPolicies[0].TargetTrackingConfiguration.TargetValue: [40, 70]
      Policies: [aws, hpa, static:3, oracle]
      Loads:
        - {Name: spike, Spec: "step(20, 90@10m, 20@40m) + noise(5)", Duration: 3h}
      Seeds: 3
      Seed: 11
      Slo: {UnservedPercent: 1.0}
      """;

  private static SweepDefinition definition() throws SweepFileException {
    PolicyRegistry registry = new PolicyRegistry();
    return new SweepReader(registry::check).parse(SWEEP, "sweep.yaml", ConfigFormat.YAML,
        Fixtures.EXAMPLES.toAbsolutePath());
  }

  private static String csv(SweepDefinition def, int threads) throws Exception {
    StringWriter out = new StringWriter();
    try (ResultsCsvWriter writer = new ResultsCsvWriter(out, def)) {
      new Sweep(def, new SimulationPointRunner(def, new PolicyRegistry())).run(threads, writer);
    }
    return out.toString();
  }

  @Test
  void runsEveryPolicyAndIsByteIdenticalAcrossThreadCounts() throws Exception {
    SweepDefinition def = definition();
    String one = csv(def, 1);
    assertThat(csv(def, 4)).isEqualTo(one);
    assertThat(one.lines()).hasSize(1 + 9);
    assertThat(one.lines().findFirst().orElseThrow()).contains("Cost_mean", "UnservedPercent_ci95_high",
        "MinutesCpuAboveThresholdPerDay_mean").doesNotContain("PricePerHour");
  }

  @Test
  void theBaselinesBehaveAsBaselines() throws Exception {
    SweepDefinition def = definition();
    SweepResult result = new Sweep(def, new SimulationPointRunner(def, new PolicyRegistry())).run(2,
        SweepListener.NONE);
    assertThat(result.findings()).isEmpty();
    Map<String, PointResult> byLabel = new java.util.HashMap<>();
    result.rows().forEach(r -> byLabel.put(r.point().label(def.axes()), r));
    PointResult fixed = byLabel.get("Policies=static:3, TargetValue=40");
    PointResult oracle = byLabel.get("Policies=oracle, TargetValue=40");
    PointResult aws = byLabel.get("Policies=aws, TargetValue=40");
    // A static fleet never launches or terminates after the start; its cost has no spread over seeds.
    assertThat(fixed.score(Score.SCALE_OUT_ACTIVITIES).mean()).isZero();
    // The oracle follows demand with no delay: (almost) nothing unserved, and cheaper than a fixed 3.
    assertThat(oracle.score(Score.UNSERVED_PERCENT).mean()).isLessThan(aws.score(Score.UNSERVED_PERCENT).mean() + 1e-9);
    assertThat(oracle.score(Score.COST).mean()).isLessThan(fixed.score(Score.COST).mean());
    assertThat(aws.score(Score.COST).n()).isEqualTo(3);
    Recommendation r = Recommender.recommend(result);
    assertThat(r.summaries()).hasSize(9);
  }
}
