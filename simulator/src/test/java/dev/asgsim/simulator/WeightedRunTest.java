package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A whole run of a weighted mixed-instances group (aws-behaviour §7.11 [D]): "MinSize, MaxSize and desired are
 * capacity units", each type billed at its own price, each serving its CPU capacity.
 */
class WeightedRunTest {
  /** c6i.large and c6i.xlarge in the built-in table (core.instance.InstanceTypes), USD per hour On-Demand. */
  private static final double LARGE = 0.085;
  private static final double XLARGE = 0.17;

  @Test
  @DisplayName("§7.11: desired 10 units of c6i.xlarge (weight 2, first in the override order, prioritized) are 5 "
      + "instances for 2 h: 10 instance-hours at the c6i.xlarge price; the notes name the types")
  void unitsAndPricesPerType() throws Exception {
    SimulationResult r = run(config(100, null), "const(500)");
    assertThat(r.scores().instanceHours()).isCloseTo(10.0, within(1e-9));
    assertThat(r.scores().instanceCost()).isCloseTo(10.0 * XLARGE, within(1e-9));
    assertThat(r.scores().unservedPercent()).isZero();
    assertThat(r.timeline().orElseThrow().desiredColumn()).containsOnly(10);
    assertThat(r.notes()).anyMatch(n -> n.startsWith("MixedInstancesPolicy: the run simulates")
        && n.contains("c6i.xlarge (weight 2), c6i.large (weight 1)"));
    assertThat(r.notes()).anyMatch(n -> n.startsWith("instance types: instance-hours c6i.xlarge 10.0 On-Demand"));
  }

  @Test
  @DisplayName("§7.11: 10 units with 50 % Spot over lowest-price pools: 5 units On-Demand (c6i.xlarge × 3, one "
      + "unit over), the rest Spot in the cheapest pool per unit; each option billed at its types' prices")
  void spotAndOnDemandTypes() throws Exception {
    SimulationResult r = run(config(50, 50.0), "const(500)");
    // On-Demand: onDemand(10) = 5 units ⇒ 3 × c6i.xlarge (6 units); Spot: 10 − 6 = 4 units; per unit c6i.large Spot
    // 0.0425 equals c6i.xlarge's 0.085 / 2, so the override order decides: c6i.xlarge × 2.
    assertThat(r.scores().onDemandInstanceHours()).isCloseTo(6.0, within(1e-9));
    assertThat(r.scores().spotInstanceHours()).isCloseTo(4.0, within(1e-9));
    assertThat(r.scores().onDemandInstanceCost()).isCloseTo(6.0 * XLARGE, within(1e-9));
    assertThat(r.scores().spotInstanceCost()).isCloseTo(4.0 * XLARGE * 0.5, within(1e-9));
  }

  @Test
  @DisplayName("§7.11: examples/mixed-weights.yaml — capacity-optimized spreads Spot over the two pools tied at the most "
      + "spare capacity (PoolCapacity 3), so both xlarge types run Spot; counts in units, launches in instances")
  void exampleSpreadsSpotOverTheDeepestPools() throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/mixed-weights.yaml"));
    SimulationResult r = Simulation.builder(c).load(LoadSpec.parse("const(400)").render(60, 1)).checkInvariants(true)
        .build().run();
    // desired 8 units: On-Demand base 4 ⇒ 2 × c6i.xlarge; 50 % of the other 4 ⇒ 2 units On-Demand (1 × c6i.xlarge) and
    // 2 units Spot, which capacity-optimized puts in c6i.xlarge, the first of the two deepest pools.
    assertThat(r.scores().onDemandInstanceHours()).isCloseTo(3.0, within(1e-9));
    assertThat(r.scores().spotInstanceHours()).isCloseTo(1.0, within(1e-9));
    SimulationResult surge = Simulation.builder(c).load(LoadSpec.parse("const(1200)").render(60, 1))
        .checkInvariants(true).build().run();
    assertThat(surge.notes()).anyMatch(n -> n.startsWith("instance types:") && n.matches(".*m6i\\.xlarge 0\\.0 "
        + "On-Demand \\(0\\.192 USD/h\\) and [1-9][0-9.]* Spot.*"));
  }

  private static ScalingConfig config(int onDemandPercent, Double discount) throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/step-scaling.yaml"));
    var mixed = new MixedInstancesPolicy(new MixedInstancesPolicy.LaunchTemplate(
        LaunchTemplateSpecification.byName("web", "$Latest"),
        List.of(new LaunchTemplateOverride("c6i.xlarge", "2", null, null),
            new LaunchTemplateOverride("c6i.large", "1", null, null))),
        new MixedInstancesPolicy.InstancesDistribution(null, 0, onDemandPercent, null, 2, null));
    return c.toBuilder()
        .autoScalingGroup(c.autoScalingGroup().toBuilder().launchTemplate(null).mixedInstancesPolicy(mixed)
            .minSize(10).maxSize(40).desiredCapacity(10).build())
        .simulation(c.effectiveSimulation().toBuilder().spot(new SpotSettings(discount)).build()).build();
  }

  private static SimulationResult run(ScalingConfig c, String load) {
    return Simulation.builder(c).load(LoadSpec.parse(load).render(120, 1)).checkInvariants(true).build().run();
  }
}
