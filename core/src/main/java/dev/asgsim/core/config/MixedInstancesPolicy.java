package dev.asgsim.core.config;

import java.io.Serializable;
import java.util.List;

/** {@code MixedInstancesPolicy}: a launch template with instance-type overrides (and weights) plus the purchase mix. */
public record MixedInstancesPolicy(LaunchTemplate launchTemplate, InstancesDistribution instancesDistribution)
    implements Serializable {

  /** {@code MixedInstancesPolicy.LaunchTemplate}. */
  public record LaunchTemplate(
      LaunchTemplateSpecification launchTemplateSpecification, List<LaunchTemplateOverride> overrides)
          implements Serializable {
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
      String spotMaxPrice) implements Serializable {}
}
