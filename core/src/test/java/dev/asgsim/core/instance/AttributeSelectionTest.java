package dev.asgsim.core.instance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Attribute-based instance type selection, aws-behaviour §7.11 [D]: the types a set's attributes match, then price
 * protection ("The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance
 * type with your specified attributes"; "we will exclude instance types whose price exceeds your specified threshold";
 * OnDemandMaxPricePercentageOverLowestPrice "Default: 20"; "If you set DesiredCapacityType to vcpu or memory-mib, the
 * price protection threshold is applied based on the per-vCPU or per-memory price instead of the per instance price").
 */
class AttributeSelectionTest {
  private static ScalingConfig config(String groupExtra, String requirements, String simulation) throws Exception {
    return ConfigReader.parse("""
        AutoScalingGroup:
          AutoScalingGroupName: abis
          MinSize: 1
          MaxSize: 40
          AvailabilityZones: [us-east-1a]
        %s
          MixedInstancesPolicy:
            LaunchTemplate:
              LaunchTemplateSpecification: {LaunchTemplateName: web, Version: $Latest}
              Overrides:
                - InstanceRequirements: %s
        Simulation:
          InstanceType: c6i.large
        %s
        """.formatted(groupExtra.indent(2).stripTrailing(), requirements, simulation.indent(2).stripTrailing()),
        ConfigFormat.YAML);
  }

  /** 2 vCPUs and 4-8 GiB: the C (4 GiB) and M (8 GiB) .large types of the table; burstable excluded by default. */
  private static final String TWO_VCPUS = "{VCpuCount: {Min: 2, Max: 2}, MemoryMiB: {Min: 4096, Max: 8192}%s}";

  @Test
  @DisplayName("§7.11 [D] On-Demand price protection, default 20 % over the lowest priced C, M or R type: c6g.large "
      + "at 0.068 allows up to 0.0816 (m7g.large at exactly 0.0816 stays); Spot at the On-Demand price and the "
      + "default 100 % keeps all ten")
  void onDemandDefaultTwentyPercent() throws Exception {
    AttributeSelection s = AttributeSelection.of(config("", TWO_VCPUS.formatted(""), ""));
    AttributeSelection.SetResult set = s.sets().get(0);
    assertThat(set.matched()).containsExactly("c5.large", "c6g.large", "c6i.large", "c7g.large", "c7i.large",
        "m5.large", "m6g.large", "m6i.large", "m7g.large", "m7i.large");
    assertThat(set.onDemand()).containsExactly("c6g.large", "c7g.large", "m6g.large", "m7g.large");
    assertThat(set.spot()).isEqualTo(set.matched());
    assertThat(s.types()).hasSize(10).allSatisfy(t -> assertThat(t.weight()).isEqualTo(1));
    assertThat(s.types()).filteredOn(AttributeSelection.Selected::onDemand).extracting(t -> t.type().name())
        .containsExactly("c6g.large", "c7g.large", "m6g.large", "m7g.large");
    AttributeSelection off = AttributeSelection.of(config("",
        TWO_VCPUS.formatted(", OnDemandMaxPricePercentageOverLowestPrice: 999999"), ""));
    assertThat(off.sets().get(0).onDemand()).as("\"To turn off price protection, specify a high value, such as 999999\"")
        .hasSize(10);
  }

  @Test
  @DisplayName("§7.11 [D] DesiredCapacityType vcpu: each type counts its vCPUs and price protection compares the "
      + "per-vCPU price (c5.xlarge at 0.17 / 4 = c5.large's 0.085 / 2); per instance c5.xlarge is 100 % dearer")
  void desiredCapacityTypeVcpu() throws Exception {
    String r = "{VCpuCount: {Min: 2, Max: 4}, MemoryMiB: {Min: 4096}, AllowedInstanceTypes: [\"c5.*\", \"m5.*\"]}";
    AttributeSelection vcpu = AttributeSelection.of(config("DesiredCapacityType: vcpu", r, ""));
    assertThat(vcpu.types()).extracting(t -> t.type().name() + "=" + t.weight() + (t.onDemand() ? "" : " no-od"))
        .containsExactly("c5.large=2", "c5.xlarge=4", "m5.large=2", "m5.xlarge=4");
    AttributeSelection units = AttributeSelection.of(config("", r, ""));
    assertThat(units.sets().get(0).onDemand()).containsExactly("c5.large", "m5.large");
    AttributeSelection mib = AttributeSelection.of(config("DesiredCapacityType: memory-mib", r, ""));
    assertThat(mib.types()).extracting(AttributeSelection.Selected::weight).containsExactly(4096, 8192, 8192, 16384);
  }

  @Test
  @DisplayName("§7.11 [D] Spot price protection: SpotMaxPricePercentageOverLowestPrice over the lowest Spot price, "
      + "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice of the identified On-Demand price; without either "
      + "Simulation.SpotPriceProtectionPercent (default 100)")
  void spotThresholds() throws Exception {
    String spot = "Spot: {DiscountPercent: 60, PricePerHour: {c6g.large: 0.01}}";
    assertThat(AttributeSelection.of(config("",
        TWO_VCPUS.formatted(", SpotMaxPricePercentageOverLowestPrice: 50"), spot)).sets().get(0).spot())
        .containsExactly("c6g.large");
    // 50 % of c6g.large's On-Demand 0.068 is 0.034: c5.large and c6i.large at 0.085 × 0.4 = 0.034 stay.
    assertThat(AttributeSelection.of(config("",
        TWO_VCPUS.formatted(", MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: 50"), spot)).sets().get(0).spot())
        .containsExactly("c5.large", "c6g.large", "c6i.large", "c7g.large", "m6g.large", "m7g.large");
    assertThat(AttributeSelection.of(config("", TWO_VCPUS.formatted(""), spot + "\nSpotPriceProtectionPercent: 0"))
        .sets().get(0).spot()).containsExactly("c6g.large");
    assertThat(AttributeSelection.of(config("", TWO_VCPUS.formatted(""), spot)).sets().get(0).spot())
        .as("100 % over 0.01 allows 0.02: no other type").containsExactly("c6g.large");
  }

  @Test
  @DisplayName("§7.11 a type described under Simulation.InstanceTypes (VCpus, MemoryMiB, PricePerHour) is selected "
      + "like a built-in one")
  void describedTypesAreCandidates() throws Exception {
    AttributeSelection s = AttributeSelection.of(config("", "{VCpuCount: {Min: 96}, MemoryMiB: {Min: 4096}}",
        "InstanceTypes:\n  m7i.24xlarge: {VCpus: 96, MemoryMiB: 393216, PricePerHour: 4.8384}"));
    assertThat(s.types()).extracting(t -> t.type().name()).containsExactly("m7i.24xlarge");
    assertThat(s.types().get(0).type().pricePerHour()).isEqualTo(4.8384);
    assertThat(AttributeSelection.of(config("", "{VCpuCount: {Min: 96}, MemoryMiB: {Min: 4096}}", "")).types())
        .isEmpty();
  }
}
