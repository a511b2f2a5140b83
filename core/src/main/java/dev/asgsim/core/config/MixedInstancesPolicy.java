package dev.asgsim.core.config;

import java.io.Serializable;
import java.util.List;

/**
 * {@code MixedInstancesPolicy}: a launch template with instance-type overrides (and weights) plus the purchase mix
 * (aws-behaviour §7.11). The {@code effective*} methods give AWS's defaults for members left out.
 */
public record MixedInstancesPolicy(LaunchTemplate launchTemplate, InstancesDistribution instancesDistribution)
    implements Serializable {

  /** The overrides, empty when there are none. */
  public List<LaunchTemplateOverride> overrides() {
    return launchTemplate == null || launchTemplate.overrides() == null ? List.of() : launchTemplate.overrides();
  }

  /** Whether any override selects types by {@code InstanceRequirements} (which changes some defaults, §7.11). */
  public boolean attributeBased() {
    return overrides().stream().anyMatch(o -> o != null && o.instanceRequirements() != null);
  }

  /** The largest {@code WeightedCapacity} of the overrides, 1 without weights. */
  public int largestWeight() {
    int max = 1;
    for (LaunchTemplateOverride o : overrides()) {
      if (o != null && o.weightedCapacity() != null && o.weightedCapacity().trim().matches("[0-9]{1,3}")) {
        max = Math.max(max, o.effectiveWeight());
      }
    }
    return max;
  }

  /** The distribution with AWS's defaults written out (aws-behaviour §7.11 [D]); never null. */
  public InstancesDistribution effectiveDistribution() {
    InstancesDistribution d = instancesDistribution == null
        ? new InstancesDistribution(null, null, null, null, null, null) : instancesDistribution;
    String spot = d.spotAllocationStrategy() != null ? d.spotAllocationStrategy() : InstancesDistribution.LOWEST_PRICE;
    return new InstancesDistribution(
        d.onDemandAllocationStrategy() != null ? d.onDemandAllocationStrategy()
            : attributeBased() ? InstancesDistribution.LOWEST_PRICE : InstancesDistribution.PRIORITIZED,
        d.onDemandBaseCapacity() != null ? d.onDemandBaseCapacity() : 0,
        d.onDemandPercentageAboveBaseCapacity() != null ? d.onDemandPercentageAboveBaseCapacity() : 100,
        spot,
        d.spotInstancePools() != null ? d.spotInstancePools()
            : InstancesDistribution.LOWEST_PRICE.equals(spot) ? InstancesDistribution.DEFAULT_SPOT_POOLS : null,
        d.spotMaxPrice());
  }

  /** {@code MixedInstancesPolicy.LaunchTemplate}. */
  public record LaunchTemplate(
      LaunchTemplateSpecification launchTemplateSpecification, List<LaunchTemplateOverride> overrides)
          implements Serializable {
    public LaunchTemplate {
      overrides = Lists.copy(overrides);
    }
  }

  /**
   * {@code InstancesDistribution}: how On-Demand and Spot capacity are mixed. AWS's defaults (aws-behaviour §7.11 [D]):
   * OnDemandAllocationStrategy {@code prioritized} ({@code lowest-price} with InstanceRequirements),
   * OnDemandBaseCapacity 0, OnDemandPercentageAboveBaseCapacity 100, SpotAllocationStrategy {@code lowest-price},
   * SpotInstancePools 2 (lowest-price only), SpotMaxPrice the On-Demand price.
   */
  public record InstancesDistribution(
      String onDemandAllocationStrategy,
      Integer onDemandBaseCapacity,
      Integer onDemandPercentageAboveBaseCapacity,
      String spotAllocationStrategy,
      Integer spotInstancePools,
      String spotMaxPrice) implements Serializable {
    public static final String PRIORITIZED = "prioritized";
    public static final String LOWEST_PRICE = "lowest-price";
    public static final String CAPACITY_OPTIMIZED = "capacity-optimized";
    public static final String CAPACITY_OPTIMIZED_PRIORITIZED = "capacity-optimized-prioritized";
    public static final String PRICE_CAPACITY_OPTIMIZED = "price-capacity-optimized";
    public static final List<String> ON_DEMAND_STRATEGIES = List.of(PRIORITIZED, LOWEST_PRICE);
    public static final List<String> SPOT_STRATEGIES = List.of(CAPACITY_OPTIMIZED, CAPACITY_OPTIMIZED_PRIORITIZED,
        LOWEST_PRICE, PRICE_CAPACITY_OPTIMIZED);
    public static final int DEFAULT_SPOT_POOLS = 2;

    /** Whether any capacity above the base may be Spot (the percentage is below 100). */
    public boolean usesSpot() {
      return onDemandPercentageAboveBaseCapacity != null && onDemandPercentageAboveBaseCapacity < 100;
    }
  }
}
