package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.InstanceRequirements;
import dev.asgsim.core.config.InstanceRequirements.IntRange;
import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Nothing configured is dropped without a word: what the simulator cannot tell apart is named in the notes. */
class ModelNotesTest {
  @Test
  @DisplayName("§7.4: a termination policy the simulator cannot apply (OldestLaunchTemplate, a Lambda) gets a note; "
      + "Default does not")
  void unsimulatedTerminationPoliciesAreNoted() throws Exception {
    var config = ConfigReader.read(Path.of("../examples/step-scaling.yaml"));
    var lambda = config.toBuilder().autoScalingGroup(config.autoScalingGroup().toBuilder()
        .terminationPolicies(List.of("arn:aws:lambda:us-east-1:111122223333:function:victims", "Default")).build())
        .build();
    List<String> notes = run(config);
    assertThat(notes).anyMatch(n -> n.startsWith("termination policy OldestLaunchTemplate is not simulated"))
        .noneMatch(n -> n.startsWith("termination policy Default"));
    assertThat(run(lambda)).anyMatch(n -> n.startsWith("termination policy arn:aws:lambda:"));
  }

  @Test
  @DisplayName("§7.11: a mixed instances policy is noted with what the run leaves out, and InstanceRequirements with "
      + "the built-in types they match, price protection's choice per option (On-Demand \"Default: 20\" % over the "
      + "lowest priced C, M or R type: c6g.large at 0.068 keeps up to 0.0816) and the types the run launches")
  void mixedInstancesPolicyIsNoted() throws Exception {
    var config = ConfigReader.read(Path.of("../examples/step-scaling.yaml"));
    var requirements = new InstanceRequirements(new IntRange(2, 2), new IntRange(4096, 4096), null, null, null, null,
        null, null, null, null, null, null, new IntRange(2, null), null, null, null, null, null, null, null, null,
        null, null, null);
    var mixed = new MixedInstancesPolicy(new MixedInstancesPolicy.LaunchTemplate(
        LaunchTemplateSpecification.byName("web", "$Latest"),
        List.of(new LaunchTemplateOverride(null, null, null, requirements))),
        new MixedInstancesPolicy.InstancesDistribution(null, null, 30, "capacity-optimized", null, null));
    var spot = config.toBuilder().autoScalingGroup(config.autoScalingGroup().toBuilder().launchTemplate(null)
        .mixedInstancesPolicy(mixed).capacityRebalance(true).build()).build();
    List<String> notes = run(spot);
    assertThat(notes).anyMatch(n -> n.startsWith("MixedInstancesPolicy: the run simulates its On-Demand / Spot split")
        && n.contains("over its instance types c5.large (weight 1), c6g.large (weight 1), c6i.large (weight 1), "
            + "c7g.large (weight 1), c7i.large (weight 1) (the types its InstanceRequirements select; "
            + "DesiredCapacityType units: each counts 1)")
        && !n.contains("launching the types InstanceRequirements select") && n.contains("70 % Spot above the base")
        && n.contains("CapacityRebalance"));
    assertThat(notes).anyMatch(n -> n.startsWith("purchase options: ") && n.contains("were Spot"));
    assertThat(notes).anyMatch(n -> n.startsWith("Overrides[0].InstanceRequirements match 5 known types: "
        + "c5.large, c6g.large, c6i.large, c7g.large, c7i.large") && n.contains("leaves On-Demand c6g.large, c7g.large "
        + "(OnDemandMaxPricePercentageOverLowestPrice, default 20 %) and Spot c5.large, c6g.large, c6i.large, "
        + "c7g.large, c7i.large") && n.contains("no figures for NetworkInterfaceCount"));
  }

  private static List<String> run(dev.asgsim.core.config.ScalingConfig c) {
    return Simulation.builder(c).load(LoadSpec.parse("const(50)").render(5, 1)).build().run().notes();
  }
}
