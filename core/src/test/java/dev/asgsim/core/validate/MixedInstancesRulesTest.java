package dev.asgsim.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The mixed instances policy's API constraints and advice (aws-behaviour §4.2, §7.7, §7.11). */
class MixedInstancesRulesTest {
  private static final String GROUP = """
      AutoScalingGroup:
        AutoScalingGroupName: mixed
        MinSize: 1
        MaxSize: 40
        DefaultInstanceWarmup: 120
        AvailabilityZones: [us-east-1a, us-east-1b]
      %s
        MixedInstancesPolicy:
          LaunchTemplate:
            LaunchTemplateSpecification: {LaunchTemplateName: web, Version: $Latest}
            Overrides:
      %s
      %s
      """;

  private static List<Finding> findings(String groupExtra, String overrides, String distribution) throws Exception {
    String yaml = GROUP.formatted(groupExtra.indent(2).stripTrailing(), overrides.indent(8).stripTrailing(),
        distribution.indent(4).stripTrailing());
    ScalingConfig c = ConfigReader.parse(yaml, ConfigFormat.YAML);
    return Validator.defaults().validate(c);
  }

  private static List<String> rules(List<Finding> f, Severity s) {
    return f.stream().filter(x -> x.severity() == s).map(Finding::ruleId).toList();
  }

  private static final String TWO_TYPES = """
      - {InstanceType: c6i.large, WeightedCapacity: "2"}
      - {InstanceType: m6i.large, WeightedCapacity: "2"}""";

  @Test
  @DisplayName("§7.11 a well-formed 70 % Spot policy with Capacity Rebalancing has no error, no advice but the missing "
      + "Spot price and interruption rate, and the not-simulated warning naming what the run leaves out (types, weights "
      + "and allocation strategies are simulated, so not named)")
  void wellFormed() throws Exception {
    List<Finding> f = findings("CapacityRebalance: true", TWO_TYPES, """
        InstancesDistribution:
          OnDemandBaseCapacity: 2
          OnDemandPercentageAboveBaseCapacity: 30
          SpotAllocationStrategy: capacity-optimized""");
    assertThat(rules(f, Severity.ERROR)).isEmpty();
    assertThat(rules(f, Severity.ADVICE)).containsExactlyInAnyOrder("spot-price-missing",
        "spot-interruptions-not-simulated");
    assertThat(f).filteredOn(x -> x.ruleId().equals("not-simulated-mixed-instances")).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("Spot prices moving per pool", "70 % Spot above the base",
            "CapacityRebalance").doesNotContain("2 instance types", "instance weights", "allocation strategy "));
  }

  @Test
  @DisplayName("§7.11 a run launches every named type, so a type neither in the built-in table nor under "
      + "Simulation.InstanceTypes is an ERROR naming the override")
  void unknownType() throws Exception {
    List<Finding> f = findings("", "- {InstanceType: c6i.large}\n- {InstanceType: zz9.mega}", "");
    assertThat(f).filteredOn(x -> x.ruleId().equals("simulation-instance-type")).singleElement()
        .satisfies(x -> assertThat(x.path()).endsWith("Overrides[1].InstanceType"));
  }

  @Test
  @DisplayName("§7.11 one type of weight 1, all On-Demand: the run simulates everything asked, so no warning")
  void nothingLeftOut() throws Exception {
    List<Finding> f = findings("", "- {InstanceType: c6i.large}", "");
    assertThat(f).extracting(Finding::ruleId).doesNotContain("not-simulated-mixed-instances");
    assertThat(f).filteredOn(x -> x.severity() != Severity.ADVICE).isEmpty();
  }

  @Test
  @DisplayName("§7.11 [D] \"If you specify InstanceRequirements, you can't specify InstanceType\"; types and "
      + "requirements are not mixed; VCpuCount.Min and MemoryMiB.Min are required")
  void typeOrRequirements() throws Exception {
    List<Finding> f = findings("", """
        - InstanceType: c6i.large
          InstanceRequirements: {VCpuCount: {Min: 2}, MemoryMiB: {Min: 4096}}
        - InstanceRequirements: {VCpuCount: {Max: 4}}""", "");
    assertThat(rules(f, Severity.ERROR)).contains("override-type-and-requirements", "instance-requirements");
    assertThat(f).filteredOn(x -> x.ruleId().equals("instance-requirements")).extracting(Finding::path)
        .contains("AutoScalingGroup.MixedInstancesPolicy.LaunchTemplate.Overrides[1].InstanceRequirements.VCpuCount",
            "AutoScalingGroup.MixedInstancesPolicy.LaunchTemplate.Overrides[1].InstanceRequirements.MemoryMiB");
  }

  @Test
  @DisplayName("§7.11 [D] \"If you specify a value for WeightedCapacity for one instance type, you must specify a "
      + "value for WeightedCapacity for all of them\"")
  void weightsAllOrNone() throws Exception {
    List<Finding> f = findings("", """
        - {InstanceType: c6i.large, WeightedCapacity: "2"}
        - {InstanceType: m6i.large}""", "");
    assertThat(f).filteredOn(x -> x.ruleId().equals("weighted-capacity")).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("1 of 2 instance types"));
  }

  @Test
  @DisplayName("§7.11 [D] up to 40 instance types and four sets of instance requirements per group")
  void counts() throws Exception {
    StringBuilder types = new StringBuilder();
    for (int i = 0; i < 41; i++) {
      types.append("- {InstanceType: c6i.x").append(i).append("}\n");
    }
    assertThat(rules(findings("", types.toString(), ""), Severity.ERROR)).contains("override-count");
    String set = "- InstanceRequirements: {VCpuCount: {Min: 2}, MemoryMiB: {Min: 4096}}\n";
    assertThat(rules(findings("", set.repeat(4), ""), Severity.ERROR)).doesNotContain("override-count");
    assertThat(rules(findings("", set.repeat(5), ""), Severity.ERROR)).contains("override-count");
  }

  @Test
  @DisplayName("§7.11 [D] InstancesDistribution ranges: percentage 0-100, base >= 0, SpotInstancePools 1-20 and "
      + "\"Valid only when the SpotAllocationStrategy is lowest-price\", strategies by name, SpotMaxPrice a price")
  void distribution() throws Exception {
    List<Finding> f = findings("", TWO_TYPES, """
        InstancesDistribution:
          OnDemandAllocationStrategy: priorized
          OnDemandBaseCapacity: -1
          OnDemandPercentageAboveBaseCapacity: 101
          SpotAllocationStrategy: capacity-optimised
          SpotInstancePools: 21
          SpotMaxPrice: cheap""");
    assertThat(f).filteredOn(x -> x.severity() == Severity.ERROR).extracting(Finding::path).contains(
        "AutoScalingGroup.MixedInstancesPolicy.InstancesDistribution.OnDemandAllocationStrategy",
        "AutoScalingGroup.MixedInstancesPolicy.InstancesDistribution.OnDemandBaseCapacity",
        "AutoScalingGroup.MixedInstancesPolicy.InstancesDistribution.OnDemandPercentageAboveBaseCapacity",
        "AutoScalingGroup.MixedInstancesPolicy.InstancesDistribution.SpotAllocationStrategy",
        "AutoScalingGroup.MixedInstancesPolicy.InstancesDistribution.SpotInstancePools",
        "AutoScalingGroup.MixedInstancesPolicy.InstancesDistribution.SpotMaxPrice");
    assertThat(f).filteredOn(x -> x.path().endsWith("SpotAllocationStrategy")).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("did you mean capacity-optimized?"));
    assertThat(rules(findings("", TWO_TYPES, """
        InstancesDistribution:
          SpotAllocationStrategy: price-capacity-optimized
          SpotInstancePools: 4"""), Severity.ERROR)).containsExactly("instances-distribution");
    assertThat(rules(findings("", TWO_TYPES, """
        InstancesDistribution:
          SpotAllocationStrategy: lowest-price
          SpotInstancePools: 4
          SpotMaxPrice: \"\""""), Severity.ERROR)).isEmpty();
  }

  @Test
  @DisplayName("§7.11 [D] capacity-optimized-prioritized \"is not a valid value for Auto Scaling groups that specify "
      + "InstanceRequirements\"; DesiredCapacityType vcpu is \"for attribute-based instance type selection only\"")
  void attributeBasedOnly() throws Exception {
    String set = "- InstanceRequirements: {VCpuCount: {Min: 2}, MemoryMiB: {Min: 4096}}";
    assertThat(rules(findings("DesiredCapacityType: vcpu", set, """
        InstancesDistribution:
          SpotAllocationStrategy: capacity-optimized-prioritized"""), Severity.ERROR))
        .containsExactly("allocation-strategy");
    assertThat(rules(findings("DesiredCapacityType: vcpu", TWO_TYPES, ""), Severity.ERROR))
        .containsExactly("desired-capacity-type");
  }

  @Test
  @DisplayName("§7.11 [D] On-Demand prioritized \"cannot be used for groups that do\" specify InstanceRequirements; "
      + "WeightedCapacity beside InstanceRequirements is not what a run weighs by")
  void prioritizedAndWeightsWithRequirements() throws Exception {
    String set = "- InstanceRequirements: {VCpuCount: {Min: 2}, MemoryMiB: {Min: 4096}}";
    assertThat(rules(findings("", set, """
        InstancesDistribution:
          OnDemandAllocationStrategy: prioritized"""), Severity.ERROR)).containsExactly("allocation-strategy");
    String weighted = "- {InstanceRequirements: {VCpuCount: {Min: 2}, MemoryMiB: {Min: 4096}}, WeightedCapacity: \"2\"}";
    assertThat(rules(findings("", weighted, ""), Severity.WARNING)).contains("weighted-capacity");
    assertThat(rules(findings("", set, ""), Severity.ERROR)).isEmpty();
  }

  @Test
  @DisplayName("§7.11 a requirements set that matches no type asgsim knows is a WARNING, an ERROR when no set matches "
      + "(the run would launch nothing); a type described under Simulation.InstanceTypes with MemoryMiB is matched")
  void requirementsThatMatchNothing() throws Exception {
    String none = "- InstanceRequirements: {VCpuCount: {Min: 96}, MemoryMiB: {Min: 4096}}";
    String some = "- InstanceRequirements: {VCpuCount: {Min: 2, Max: 2}, MemoryMiB: {Min: 4096}}";
    List<Finding> alone = findings("", none, "");
    assertThat(rules(alone, Severity.ERROR)).containsExactly("instance-requirements-no-type");
    assertThat(alone).filteredOn(x -> x.ruleId().equals("instance-requirements-no-type")).singleElement()
        .satisfies(x -> assertThat(x.fix()).contains("Simulation.InstanceTypes", "MemoryMiB"));
    assertThat(rules(findings("", none + "\n" + some, ""), Severity.WARNING)).contains("instance-requirements-no-type");
    String yaml = GROUP.formatted("", none.indent(8).stripTrailing(), "") + """
        Simulation:
          InstanceType: c6i.large
          InstanceTypes:
            m7i.24xlarge: {VCpus: 96, MemoryMiB: 393216, PricePerHour: 4.8384}
        """;
    assertThat(rules(Validator.defaults().validate(ConfigReader.parse(yaml, ConfigFormat.YAML)), Severity.ERROR))
        .isEmpty();
  }

  @Test
  @DisplayName("§4.2 with weights 2 and 12, a PercentChangeInCapacity policy needs MinAdjustmentMagnitude >= 12")
  void minAdjustmentBelowLargestWeight() throws Exception {
    String yaml = GROUP.formatted("", """
        - {InstanceType: c6i.large, WeightedCapacity: "2"}
        - {InstanceType: c6i.6xlarge, WeightedCapacity: "12"}""".indent(8).stripTrailing(), "") + """
        ScalingPolicies:
          - PolicyName: up
            PolicyType: SimpleScaling
            AdjustmentType: PercentChangeInCapacity
            ScalingAdjustment: 10
            MinAdjustmentMagnitude: 2
          - PolicyName: up-enough
            PolicyType: SimpleScaling
            AdjustmentType: PercentChangeInCapacity
            ScalingAdjustment: 10
            MinAdjustmentMagnitude: 12
        """;
    List<Finding> f = Validator.defaults().validate(ConfigReader.parse(yaml, ConfigFormat.YAML));
    assertThat(f).filteredOn(x -> x.ruleId().equals("min-adjustment-below-weight")).singleElement()
        .satisfies(x -> {
          assertThat(x.path()).isEqualTo("ScalingPolicies[0]");
          assertThat(x.message()).contains("largest weight, 12, here 2");
        });
  }

  @Test
  @DisplayName("§7.7, §7.11 Spot from a single pool or without Capacity Rebalancing is advised against; Capacity "
      + "Rebalancing without Spot does nothing")
  void spotAdvice() throws Exception {
    String spot = """
        InstancesDistribution:
          OnDemandPercentageAboveBaseCapacity: 30""";
    List<Finding> one = findings("", "- {InstanceType: c6i.large}", spot);
    assertThat(rules(one, Severity.ADVICE)).containsExactlyInAnyOrder("single-spot-pool",
        "spot-without-capacity-rebalance", "spot-price-missing", "spot-interruptions-not-simulated");
    List<Finding> pools = findings("CapacityRebalance: true", TWO_TYPES, """
        InstancesDistribution:
          OnDemandPercentageAboveBaseCapacity: 30
          SpotAllocationStrategy: lowest-price
          SpotInstancePools: 1""");
    assertThat(rules(pools, Severity.ADVICE)).containsExactlyInAnyOrder("single-spot-pool", "spot-price-missing",
        "spot-interruptions-not-simulated");
    assertThat(rules(findings("CapacityRebalance: true", TWO_TYPES, ""), Severity.ADVICE)).isEmpty();

    ScalingConfig plain = ConfigReader.parse("""
        AutoScalingGroup:
          AutoScalingGroupName: plain
          LaunchTemplate: {LaunchTemplateName: web, Version: $Latest}
          MinSize: 1
          MaxSize: 4
          DefaultInstanceWarmup: 120
          CapacityRebalance: true
        """, ConfigFormat.YAML);
    assertThat(rules(Validator.defaults().validate(plain), Severity.ADVICE))
        .contains("capacity-rebalance-without-spot");
  }

  private static final String SPOT_70 = """
      InstancesDistribution:
        OnDemandPercentageAboveBaseCapacity: 30
        SpotAllocationStrategy: capacity-optimized""";

  @Test
  @DisplayName("§7.11 Simulation.Spot.DiscountPercent: AWS documents \"up to 90%\" off On-Demand and no typical "
      + "discount, so a Spot group without it gets advice; with it none; 100 or more is an error")
  void spotDiscount() throws Exception {
    assertThat(rules(findings("", TWO_TYPES, SPOT_70), Severity.ADVICE)).contains("spot-price-missing");
    assertThat(rules(findings("", TWO_TYPES, "InstancesDistribution: {OnDemandPercentageAboveBaseCapacity: 100}"),
        Severity.ADVICE)).doesNotContain("spot-price-missing");
    assertThat(rules(withSpot(70), Severity.ADVICE)).doesNotContain("spot-price-missing");
    assertThat(rules(withSpot(70), Severity.ERROR)).isEmpty();
    assertThat(withSpot(100)).filteredOn(x -> x.severity() == Severity.ERROR).singleElement()
        .satisfies(x -> assertThat(x.path()).isEqualTo("Simulation.Spot.DiscountPercent"));
  }

  private static List<Finding> withSpot(double discount) throws Exception {
    String yaml = GROUP.formatted("", TWO_TYPES.indent(8).stripTrailing(), SPOT_70.indent(4).stripTrailing())
        + "Simulation:\n  InstanceType: c6i.large\n  Spot: {DiscountPercent: " + discount + "}\n";
    return Validator.defaults().validate(ConfigReader.parse(yaml, ConfigFormat.YAML));
  }

  @Test
  @DisplayName("§7.7: AWS publishes no interruption rate, so a Spot group without "
      + "Simulation.Spot.InterruptionsPerInstanceHour is advised that interruptions are not simulated; with one, none; "
      + "a negative rate or RebalanceLeadSeconds is an error")
  void spotInterruptionRate() throws Exception {
    assertThat(findings("", TWO_TYPES, SPOT_70)).filteredOn(x -> x.ruleId().equals("spot-interruptions-not-simulated"))
        .singleElement().satisfies(x -> {
          assertThat(x.severity()).isEqualTo(Severity.ADVICE);
          assertThat(x.path()).isEqualTo("Simulation.Spot.InterruptionsPerInstanceHour");
          assertThat(x.message()).contains("interruptions are not simulated unless a rate is given");
        });
    assertThat(rules(spot("{DiscountPercent: 65, InterruptionsPerInstanceHour: 0.000274}"), Severity.ADVICE))
        .doesNotContain("spot-interruptions-not-simulated");
    assertThat(rules(spot("{InterruptionsPerInstanceHour: 0.000274, RebalanceLeadSeconds: 1920}"), Severity.ERROR))
        .isEmpty();
    assertThat(spot("{InterruptionsPerInstanceHour: -1}")).filteredOn(x -> x.severity() == Severity.ERROR)
        .singleElement().satisfies(x -> assertThat(x.path()).isEqualTo("Simulation.Spot.InterruptionsPerInstanceHour"));
    assertThat(spot("{RebalanceLeadSeconds: -5}")).filteredOn(x -> x.severity() == Severity.ERROR)
        .singleElement().satisfies(x -> assertThat(x.path()).isEqualTo("Simulation.Spot.RebalanceLeadSeconds"));
  }

  @Test
  @DisplayName("§7.7: \"Configure your Auto Scaling group to use multiple instance types and Availability Zones\": one "
      + "type in one AZ is a single Spot pool for the whole group")
  void singlePoolInOneZone() throws Exception {
    String yaml = GROUP.replace("[us-east-1a, us-east-1b]", "[us-east-1a]").formatted("",
        "- {InstanceType: c6i.large}".indent(8).stripTrailing(), SPOT_70.indent(4).stripTrailing());
    assertThat(Validator.defaults().validate(ConfigReader.parse(yaml, ConfigFormat.YAML)))
        .filteredOn(x -> x.ruleId().equals("single-spot-pool")).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("the group's whole Spot capacity is one Spot pool")
            .contains("us-east-1a"));
    assertThat(findings("", "- {InstanceType: c6i.large}", SPOT_70))
        .filteredOn(x -> x.ruleId().equals("single-spot-pool")).singleElement()
        .satisfies(x -> assertThat(x.message()).contains("each Availability Zone comes from a single Spot pool"));
  }

  private static List<Finding> spot(String spot) throws Exception {
    String yaml = GROUP.formatted("", TWO_TYPES.indent(8).stripTrailing(), SPOT_70.indent(4).stripTrailing())
        + "Simulation:\n  InstanceType: c6i.large\n  Spot: " + spot + "\n";
    return Validator.defaults().validate(ConfigReader.parse(yaml, ConfigFormat.YAML));
  }
}
