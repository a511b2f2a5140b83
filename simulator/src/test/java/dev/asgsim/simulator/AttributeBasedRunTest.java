package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A whole run of groups whose types are selected by attributes or mixed (aws-behaviour §7.11, §8.1): the run launches
 * the types InstanceRequirements select, counts desired in vCPUs with {@code DesiredCapacityType: vcpu}, and keeps
 * each burstable type's own credits.
 */
class AttributeBasedRunTest {
  private static final String NOTE = "instance types: instance-hours ";

  @Test
  @DisplayName("§7.11 [D] examples/attribute-based.yaml: \"you can set desired capacity in vCPUs\"; On-Demand "
      + "lowest-price per vCPU launches t4g.medium (0.0336 / 2 vCPUs), Spot price-capacity-optimized the deepest "
      + "pool at the lowest price, c7g.large; no other selected type runs; t4g's surplus credits are billed")
  void exampleLaunchesTheSelectedTypes() throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/attribute-based.yaml"));
    SimulationResult r = Simulation.builder(c).load(LoadSpec.parse("step(400, 1200@30m, 400@90m)").render(180, 1))
        .checkInvariants(true).build().run();
    assertThat(r.notes()).anyMatch(n -> n.startsWith(NOTE + "c7g.large 0.0 On-Demand (0.0725 USD/h) and ")
        && n.contains("; t4g.medium ") && n.contains("; none for c5.large, c5.xlarge, c6g.large,"));
    assertThat(r.notes()).filteredOn(n -> n.startsWith(NOTE)).singleElement()
        .satisfies(n -> assertThat(n.split("; none for ")[0].split("; ")).hasSize(2));
    assertThat(r.scores().onDemandInstanceCost()).isCloseTo(r.scores().onDemandInstanceHours() * 0.0336,
        within(1e-9));
    assertThat(r.scores().spotInstanceCost()).isCloseTo(r.scores().spotInstanceHours() * 0.0725 * 0.4, within(1e-9));
    // Desired is vCPUs: every type selected has 2 or 4, the base is 8 vCPUs, so desired stays even and at least 8.
    int[] desired = r.timeline().orElseThrow().desiredColumn();
    assertThat(Arrays.stream(desired).allMatch(d -> d >= 8 && d % 2 == 0)).isTrue();
    assertThat(Arrays.stream(desired).max().orElseThrow()).isGreaterThan(16);
    assertThat(r.scores().surplusCreditCost()).isPositive();
    // A steady start counts in vCPUs too (§12.1 [I]): 4 c6g.larges' worth at target 50 is 8 t4g.mediums, 16 vCPUs,
    // and the group holds them until the surge at 30 min.
    assertThat(r.notes()).anyMatch(n -> n.startsWith("Steady start") && n.contains("desired 16 from target tracking"));
    assertThat(Arrays.copyOfRange(desired, 0, 30)).containsOnly(16);
  }

  @Test
  @DisplayName("§8.1 [D] standard mode, a group of t3.micro (10 % baseline per vCPU) and t3.large (30 %) over two "
      + "Spot pools, both out of credits: each is held at its own baseline and the note names both")
  void mixedBurstableTypesThrottlePerType() throws Exception {
    ScalingConfig c = ConfigReader.parse("""
        AutoScalingGroup:
          AutoScalingGroupName: mixed-t3
          MinSize: 4
          MaxSize: 4
          DesiredCapacity: 4
          AvailabilityZones: [us-east-1a]
          MixedInstancesPolicy:
            LaunchTemplate:
              LaunchTemplateSpecification: {LaunchTemplateName: web, Version: $Latest}
              Overrides:
                - InstanceType: t3.micro
                - InstanceType: t3.large
            InstancesDistribution:
              OnDemandPercentageAboveBaseCapacity: 0
              SpotAllocationStrategy: lowest-price
              SpotInstancePools: 2
        Simulation:
          InstanceType: t3.micro
          CreditSpecification: standard
          Start: Cold
          Spot: {PricePerHour: {t3.micro: 0.004, t3.large: 0.004}}
        """, ConfigFormat.YAML);
    SimulationResult r = Simulation.builder(c).load(LoadSpec.parse("const(400)").render(30, 1)).build().run();
    // 2 of each type at 100 % wanted: t3.micro earns 12/60 credits a minute on 2 vCPUs (10 %), t3.large 36/60 (30 %).
    assertThat(r.notes()).anyMatch(n -> n.startsWith("CPU credits ran out: 30 minutes with instances throttled to the "
        + "t3.micro 10 or t3.large 30 % baseline"));
    assertThat(r.scores().unservedPercent()).isCloseTo(100 - (2 * 10 + 2 * 30) / 4.0, within(1e-6));
  }
}
