package dev.asgsim.core.config;

import java.util.List;

/** {@code MixedInstancesPolicy}: a launch template with instance-type overrides (and weights) plus the purchase mix. */
public record MixedInstancesPolicy(LaunchTemplate launchTemplate, InstancesDistribution instancesDistribution) {

  /** {@code MixedInstancesPolicy.LaunchTemplate}. */
  public record LaunchTemplate(
      LaunchTemplateSpecification launchTemplateSpecification, List<LaunchTemplateOverride> overrides) {
    public LaunchTemplate {
      overrides = Lists.copy(overrides);
    }
  }

  /** {@code InstancesDistribution}: how On-Demand and Spot capacity are mixed. */
  public record InstancesDistribution(
      String onDemandAllocationStrategy,
      Integer onDemandBaseCapacity,
      Integer onDemandPercentageAboveBaseCapacity,
      String spotAllocationStrategy,
      Integer spotInstancePools,
      String spotMaxPrice) {}
}
