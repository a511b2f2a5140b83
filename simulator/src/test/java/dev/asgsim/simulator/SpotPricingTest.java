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
import dev.asgsim.simulator.score.Scores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spot prices, SpotMaxPrice and the cost and instance-hours split by purchase option (aws-behaviour §7.11, §6.4). */
class SpotPricingTest {
  /** c6i.large in the built-in table (core.instance.InstanceTypes), USD per hour On-Demand. */
  private static final double ON_DEMAND = 0.085;

  @Test
  @DisplayName("§7.11: with 70 % Spot above a base of 0 and a 70 % discount, Spot hours are billed at 30 % of "
      + "On-Demand, On-Demand hours at the On-Demand price, and the two add up to the run's hours and cost")
  void spotHoursAreBilledAtTheDiscountedPrice() throws Exception {
    Scores s = run(config(null, 70.0)).scores();
    // AWS's rounding toward On-Demand: base 0, 30 % of 10 ⇒ 3 On-Demand, 7 Spot; 10 instances for the 2-hour run.
    assertThat(s.spotInstanceHours()).isCloseTo(14.0, within(1e-9));
    assertThat(s.onDemandInstanceHours()).isCloseTo(6.0, within(1e-9));
    assertThat(s.instanceHours()).isCloseTo(20.0, within(1e-9));
    assertThat(s.spotPricePerHour()).isCloseTo(ON_DEMAND * 0.3, within(1e-12));
    assertThat(s.spotInstanceCost()).isCloseTo(14.0 * ON_DEMAND * 0.3, within(1e-9));
    assertThat(s.onDemandInstanceCost()).isCloseTo(6.0 * ON_DEMAND, within(1e-9));
    assertThat(s.instanceCost()).isCloseTo(s.onDemandInstanceCost() + s.spotInstanceCost(), within(1e-12));
  }

  @Test
  @DisplayName("§7.11: without Simulation.Spot.DiscountPercent (AWS documents only \"up to 90%\") Spot is billed at the "
      + "On-Demand price, and the note says so")
  void withoutADiscountSpotCostsOnDemand() throws Exception {
    SimulationResult r = run(config(null, null));
    assertThat(r.scores().spotInstanceHours()).isCloseTo(14.0, within(1e-9));
    assertThat(r.scores().spotInstanceCost()).isCloseTo(14.0 * ON_DEMAND, within(1e-9));
    assertThat(r.notes()).anyMatch(n -> n.startsWith("purchase options: 14.0 of 20.0 instance-hours were Spot (70 %)")
        && n.contains("no Simulation.Spot.DiscountPercent"));
  }

  @Test
  @DisplayName("§7.11: \"If your maximum price is lower than the Spot price ... your Spot Instances are not launched\": "
      + "a SpotMaxPrice under the Spot price leaves the group with its On-Demand share only")
  void spotMaxPriceBelowTheSpotPriceLaunchesNoSpot() throws Exception {
    SimulationResult r = run(config("0.02", 70.0)); // Spot price 0.0255 > 0.02
    assertThat(r.scores().spotInstanceHours()).isZero();
    assertThat(r.scores().onDemandInstanceHours()).isCloseTo(6.0, within(1e-9));
    assertThat(r.notes()).anyMatch(n -> n.startsWith("SpotMaxPrice is below the Spot price")
        && n.contains("your Spot Instances are not launched"));
    // At the Spot price the Spot instances launch ("defaults to the On-Demand price" is above it too).
    assertThat(run(config("0.0255", 70.0)).scores().spotInstanceHours()).isCloseTo(14.0, within(1e-9));
  }

  private static ScalingConfig config(String spotMaxPrice, Double discountPercent) throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/step-scaling.yaml"));
    var mixed = new MixedInstancesPolicy(new MixedInstancesPolicy.LaunchTemplate(
        LaunchTemplateSpecification.byName("web", "$Latest"),
        List.of(new LaunchTemplateOverride("c6i.large", null, null, null))),
        new MixedInstancesPolicy.InstancesDistribution(null, 0, 30, "capacity-optimized", null, spotMaxPrice));
    return c.toBuilder()
        .autoScalingGroup(c.autoScalingGroup().toBuilder().launchTemplate(null).mixedInstancesPolicy(mixed)
            .minSize(10).desiredCapacity(10).build())
        .simulation(c.effectiveSimulation().toBuilder().spot(new SpotSettings(discountPercent)).build()).build();
  }

  private static SimulationResult run(ScalingConfig c) {
    return Simulation.builder(c).load(LoadSpec.parse("const(20)").render(120, 1)).build().run();
  }
}
