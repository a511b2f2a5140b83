package dev.asgsim.core.validate;

// Over 300 lines because AWS's constraints on a mixed instances policy (overrides, distribution, strategies, Capacity
// Rebalancing) and the not-simulated wording the run's notes share are one rule set; each check is a small method.

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.MixedInstancesPolicy.InstancesDistribution;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.instance.InstanceTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The mixed instances policy and Capacity Rebalancing (aws-behaviour §7.7, §7.11): what AWS refuses in
 * {@code LaunchTemplate.Overrides} and {@code InstancesDistribution} (ERROR), what it accepts but costs capacity or
 * money (ADVICE), and what a run does not simulate (WARNING; {@link #notSimulated} is the one wording the simulator's
 * notes repeat).
 */
public final class MixedInstancesRules {
  private static final String M = GroupRules.G + ".MixedInstancesPolicy";
  private static final String O = M + ".LaunchTemplate.Overrides";
  private static final String D = M + ".InstancesDistribution";
  /** aws-behaviour §7.11 [D]: "up to 40 instance types per Auto Scaling group". */
  static final int MAX_INSTANCE_TYPES = 40;
  /** aws-behaviour §7.11 [D]: "up to four separate sets of instance requirements per Auto Scaling group". */
  static final int MAX_REQUIREMENT_SETS = 4;
  /** aws-behaviour §7.11 [D]: SpotInstancePools "must be in the range of 1–20". */
  static final int MAX_SPOT_POOLS = 20;
  private static final Pattern IMAGE_ID = Pattern.compile("ami-[a-z0-9]{1,17}");
  private static final Pattern PRICE = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final String NOTHING_ELSE = "nothing else";

  private MixedInstancesRules() {}

  static void check(ScalingConfig config, Findings f) {
    AutoScalingGroup g = config.autoScalingGroup();
    if (g == null) {
      return;
    }
    MixedInstancesPolicy m = g.mixedInstancesPolicy();
    if (m == null) {
      if (Boolean.TRUE.equals(g.capacityRebalance())) {
        f.advice("capacity-rebalance-without-spot", GroupRules.G + ".CapacityRebalance", "CapacityRebalance acts "
                + "on Spot Instances only (aws-behaviour §7.7), and a group without a MixedInstancesPolicy launches none",
            "remove CapacityRebalance, or add a MixedInstancesPolicy with Spot capacity");
      }
      InstanceRequirementsRules.desiredCapacityType(g, false, f);
      return;
    }
    overrides(m, f);
    typesKnown(config, m, f);
    InstanceRequirementsRules.select(config, O, f);
    distribution(m, f);
    InstanceRequirementsRules.desiredCapacityType(g, m.attributeBased(), f);
    advice(config, m, f);
    spotPrice(config, m.effectiveDistribution(), f);
    String missing = notSimulated(config);
    if (missing.equals(NOTHING_ELSE)) {
      return;
    }
    f.warning("not-simulated-mixed-instances", M, "the run simulates the On-Demand / Spot split, " + (m.attributeBased()
            ? "the types InstanceRequirements select (price protection included), weighted by DesiredCapacityType,"
            : "the overrides' instance types, their weights") + " and the allocation strategies (aws-behaviour "
            + "§7.11); not simulated: "
            + missing,
        "read each type's Spot price as constant (Simulation.Spot.PricePerHour or DiscountPercent)"
            + (interrupts(config) ? "" : "; give Simulation.Spot.InterruptionsPerInstanceHour to simulate interruptions"));
  }

  /**
   * A group with Spot capacity and no Spot price: AWS documents only a ceiling ("up to 90%" off On-Demand,
   * aws-behaviour §7.11 [O]), so the run cannot assume a discount and bills Spot at the On-Demand price.
   */
  private static void spotPrice(ScalingConfig config, InstancesDistribution d, Findings f) {
    SimulationSettings s = config.effectiveSimulation();
    if (d.usesSpot() && (s.spot() == null || s.spot().interruptionsPerInstanceHour() == null
        && s.spot().interruptionHistory() == null)) {
      f.advice("spot-interruptions-not-simulated", "Simulation.Spot.InterruptionsPerInstanceHour", "the group runs "
              + "Spot capacity but the file gives no interruption rate: AWS publishes none (aws-behaviour §7.7), so "
              + "interruptions are not simulated unless a rate is given, and the run's Spot instances are never "
              + "interrupted", "set Simulation.Spot.InterruptionsPerInstanceHour (the Spot Instance Advisor's "
              + "monthly frequency / 730 h, e.g. 0.000274 for \">20%\") and RebalanceLeadSeconds");
    }
    if (d.usesSpot() && (s.spot() == null || s.spot().discountPercent() == null && !s.spot().hasPriceHistory())) {
      f.advice("spot-price-missing", "Simulation.Spot.DiscountPercent", "the group runs Spot capacity but the file "
              + "gives no Spot price: AWS documents no typical discount, only \"up to 90%\" off On-Demand "
              + "(aws-behaviour §7.11), so the run bills Spot instances at the On-Demand price",
          "set Simulation.Spot.DiscountPercent to your pools' discount (the EC2 console's Spot pricing history "
              + "shows it)");
    }
  }

  /**
   * What a configured mixed instances policy asks for that a run does not simulate, in words (the validator's WARNING
   * and the simulator's note share it). The On-Demand / Spot split itself is simulated.
   */
  public static String notSimulated(ScalingConfig config) {
    AutoScalingGroup g = config.autoScalingGroup();
    MixedInstancesPolicy m = g.mixedInstancesPolicy();
    InstancesDistribution d = m.effectiveDistribution();
    boolean rebalance = Boolean.TRUE.equals(g.capacityRebalance());
    List<String> parts = new ArrayList<>();
    SpotSettings spot = config.effectiveSimulation().spot();
    if (d.usesSpot()) {
      parts.add(spot == null || !spot.hasPriceHistory()
          ? "Spot prices moving per pool (one price per type is simulated: Simulation.Spot.PricePerHour or "
              + "DiscountPercent off On-Demand) (" + (100 - d.onDemandPercentageAboveBaseCapacity())
              + " % Spot above the base)"
          : "holding Spot launches back while every pool of an AZ is above SpotMaxPrice (the run launches into "
              + "the strategy's first pool, which is then interrupted; Simulation.Spot.PriceHistory bills, places and "
              + "interrupts per pool)");
      if (spot == null || spot.interruptionHistory() == null) {
        parts.add(interrupts(config)
            ? "a different interruption hazard per pool (every pool gets Simulation.Spot.InterruptionsPerInstanceHour)"
            : "Spot interruptions" + (rebalance ? " and CapacityRebalance" : "")
                + " (no Simulation.Spot.InterruptionsPerInstanceHour)");
      }
    } else if (rebalance) {
      parts.add("CapacityRebalance (no Spot capacity to act on)");
    }
    return parts.isEmpty() ? NOTHING_ELSE : String.join("; ", parts);
  }

  private static boolean interrupts(ScalingConfig config) {
    SpotSettings spot = config.effectiveSimulation().spot();
    return spot != null && spot.interrupts();
  }

  /**
   * A run launches every named type (aws-behaviour §7.11), so each needs a price and vCPUs: the built-in table's, or
   * {@code Simulation.InstanceTypes.<type>}.
   */
  private static void typesKnown(ScalingConfig config, MixedInstancesPolicy m, Findings f) {
    SimulationSettings s = config.effectiveSimulation();
    List<LaunchTemplateOverride> list = m.overrides();
    for (int i = 0; i < list.size(); i++) {
      LaunchTemplateOverride o = list.get(i);
      if (o == null || o.instanceType() == null) {
        continue;
      }
      String type = o.instanceType().trim();
      boolean described = s.instanceTypes() != null
          && s.instanceTypes().keySet().stream().anyMatch(k -> k.trim().equalsIgnoreCase(type));
      if (InstanceTypes.find(type).isEmpty() && !described) {
        f.error("simulation-instance-type", O + "[" + i + "].InstanceType", "instance type " + type + " is not in the "
                + "built-in table, and a run launches every type of the overrides (aws-behaviour §7.11)"
                + Checks.didYouMean(type, InstanceTypes.all().keySet()),
            "fix the name, or describe it under Simulation.InstanceTypes." + type + " (VCpus, PricePerHour)");
      }
    }
  }

  private static void overrides(MixedInstancesPolicy m, Findings f) {
    List<LaunchTemplateOverride> list = m.overrides();
    int types = 0;
    int requirementSets = 0;
    int weighted = 0;
    for (int i = 0; i < list.size(); i++) {
      LaunchTemplateOverride o = list.get(i);
      String path = O + "[" + i + "]";
      if (o == null) {
        f.error("launch-template", path, "an empty override (aws-behaviour §9.4)", "remove the empty list item");
        continue;
      }
      if (o.instanceType() != null) {
        types++;
      }
      if (o.instanceRequirements() != null) {
        requirementSets++;
        InstanceRequirementsRules.requirements(o.instanceRequirements(), path + ".InstanceRequirements", f);
      }
      if (o.instanceRequirements() != null && o.weightedCapacity() != null) {
        f.warning("weighted-capacity", path + ".WeightedCapacity", "a run does not weigh the types InstanceRequirements "
            + "select by WeightedCapacity: each counts per DesiredCapacityType (1, its vCPUs or its MiB, "
            + "aws-behaviour §7.11)", "remove WeightedCapacity, or set DesiredCapacityType: vcpu or memory-mib");
      }
      if (o.instanceType() != null && o.instanceRequirements() != null) {
        f.error("override-type-and-requirements", path, "an override names an InstanceType and InstanceRequirements; "
            + "\"If you specify InstanceRequirements, you can't specify InstanceType\" (aws-behaviour §7.11)",
            "keep one of them");
      }
      String w = o.weightedCapacity();
      if (w != null) {
        weighted++;
        boolean ok = w.trim().matches("[0-9]{1,3}") && Integer.parseInt(w.trim()) >= 1;
        if (!ok) {
          f.error("weighted-capacity", path + ".WeightedCapacity", "WeightedCapacity \"" + w
              + "\" is not a whole number from 1 to 999 (aws-behaviour §9.4)", "write the instance's weight, e.g. \"2\"");
        }
      }
      if (o.imageId() != null && !IMAGE_ID.matcher(o.imageId()).matches()) {
        f.error("launch-template", path + ".ImageId", "ImageId " + o.imageId() + " does not match ami-[a-z0-9]{1,17}"
            + " (aws-behaviour §9.2)", "write an AMI id such as ami-0abcdef1234567890");
      }
    }
    if (types > 0 && requirementSets > 0) {
      f.error("override-type-and-requirements", O, "the overrides mix instance types and instance requirements; AWS "
          + "takes \"either one or more instance types or a set of instance requirements, but not both\" "
          + "(aws-behaviour §7.11)", "list instance types, or instance requirements, not both");
    }
    if (types > MAX_INSTANCE_TYPES) {
      f.error("override-count", O, types + " instance types; AWS takes up to " + MAX_INSTANCE_TYPES
          + " per group (aws-behaviour §7.11)", "keep the " + MAX_INSTANCE_TYPES + " types you prefer");
    }
    if (requirementSets > MAX_REQUIREMENT_SETS) {
      f.error("override-count", O, requirementSets + " sets of instance requirements; AWS takes up to "
          + MAX_REQUIREMENT_SETS + " per group (aws-behaviour §7.11)", "merge the sets");
    }
    if (weighted > 0 && weighted < types) {
      f.error("weighted-capacity", O, "WeightedCapacity is set on " + weighted + " of " + types + " instance types: "
          + "\"If you specify a value for WeightedCapacity for one instance type, you must specify a value for "
          + "WeightedCapacity for all of them\" (aws-behaviour §7.11)", "give every override a WeightedCapacity");
    }
  }

  private static void distribution(MixedInstancesPolicy m, Findings f) {
    InstancesDistribution d = m.instancesDistribution();
    if (d == null) {
      return;
    }
    if (d.onDemandAllocationStrategy() != null
        && !InstancesDistribution.ON_DEMAND_STRATEGIES.contains(d.onDemandAllocationStrategy())) {
      f.error("allocation-strategy", D + ".OnDemandAllocationStrategy", "'" + d.onDemandAllocationStrategy()
              + "' is not one of " + Checks.oneOf(InstancesDistribution.ON_DEMAND_STRATEGIES)
              + Checks.didYouMean(d.onDemandAllocationStrategy(), InstancesDistribution.ON_DEMAND_STRATEGIES)
              + " (aws-behaviour §7.11)", "write prioritized (override order) or lowest-price");
    }
    String spot = d.spotAllocationStrategy();
    if (spot != null && !InstancesDistribution.SPOT_STRATEGIES.contains(spot)) {
      f.error("allocation-strategy", D + ".SpotAllocationStrategy", "'" + spot + "' is not one of "
              + Checks.oneOf(InstancesDistribution.SPOT_STRATEGIES)
              + Checks.didYouMean(spot, InstancesDistribution.SPOT_STRATEGIES) + " (aws-behaviour §7.11)",
          "write price-capacity-optimized (AWS's recommendation) or another of the four");
    }
    if (InstancesDistribution.PRIORITIZED.equals(d.onDemandAllocationStrategy()) && m.attributeBased()) {
      f.error("allocation-strategy", D + ".OnDemandAllocationStrategy", "prioritized \"cannot be used for groups "
          + "that\" specify InstanceRequirements (aws-behaviour §7.11): the selected types have no order",
          "use lowest-price (the default for attribute-based selection)");
    }
    if (InstancesDistribution.CAPACITY_OPTIMIZED_PRIORITIZED.equals(spot) && m.attributeBased()) {
      f.error("allocation-strategy", D + ".SpotAllocationStrategy", "capacity-optimized-prioritized \"is not a valid "
          + "value for Auto Scaling groups that specify InstanceRequirements\" (aws-behaviour §7.11)",
          "use capacity-optimized or price-capacity-optimized");
    }
    if (d.onDemandBaseCapacity() != null && d.onDemandBaseCapacity() < 0) {
      f.error("instances-distribution", D + ".OnDemandBaseCapacity", "OnDemandBaseCapacity " + d.onDemandBaseCapacity()
          + " is below 0 (aws-behaviour §7.11)", "write 0 (the default) or more capacity units");
    }
    Integer pct = d.onDemandPercentageAboveBaseCapacity();
    if (pct != null && (pct < 0 || pct > 100)) {
      f.error("instances-distribution", D + ".OnDemandPercentageAboveBaseCapacity", "OnDemandPercentageAboveBase"
          + "Capacity " + pct + " is outside 0-100 (aws-behaviour §7.11)", "write a percentage from 0 (all Spot) to 100");
    }
    Integer pools = d.spotInstancePools();
    if (pools != null) {
      if (pools < 1 || pools > MAX_SPOT_POOLS) {
        f.error("instances-distribution", D + ".SpotInstancePools", "SpotInstancePools " + pools + " is outside 1-"
            + MAX_SPOT_POOLS + " (aws-behaviour §7.11)", "write 1 to " + MAX_SPOT_POOLS + " (default 2)");
      } else if (spot != null && !InstancesDistribution.LOWEST_PRICE.equals(spot)) {
        f.error("instances-distribution", D + ".SpotInstancePools", "SpotInstancePools is \"valid only when the "
            + "SpotAllocationStrategy is lowest-price\", here " + spot + " (aws-behaviour §7.11)",
            "remove SpotInstancePools");
      }
    }
    String price = d.spotMaxPrice();
    if (price != null && !price.isEmpty() && (!PRICE.matcher(price.trim()).matches() || price.length() > 255)) {
      f.error("instances-distribution", D + ".SpotMaxPrice", "SpotMaxPrice \"" + price + "\" is not a price in USD "
          + "per hour (aws-behaviour §7.11)", "write a price such as \"0.05\", or \"\" to remove it (the default "
          + "is the On-Demand price)");
    }
  }

  private static void advice(ScalingConfig config, MixedInstancesPolicy m, Findings f) {
    int weight = m.largestWeight();
    if (weight > 1) {
      List<ScalingPolicy> policies = config.policies();
      for (int i = 0; i < policies.size(); i++) {
        ScalingPolicy p = policies.get(i);
        if (p == null || !"PercentChangeInCapacity".equals(p.adjustmentType())) {
          continue;
        }
        Integer min = p.effectiveMinAdjustmentMagnitude();
        if (min == null || min < weight) {
          f.advice("min-adjustment-below-weight", "ScalingPolicies[" + i + "]", "with instance weighting, "
                  + "MinAdjustmentMagnitude should be at least the largest weight, " + weight + ", here "
                  + (min == null ? "unset" : min) + ": a smaller step can add less than one instance or do nothing "
                  + "(aws-behaviour §4.2)", "set MinAdjustmentMagnitude: " + weight);
        }
      }
    }
    InstancesDistribution d = m.effectiveDistribution();
    if (!d.usesSpot()) {
      return;
    }
    long types = m.overrides().stream().filter(o -> o != null && o.instanceType() != null).map(o -> o.instanceType())
        .distinct().count();
    boolean onePool = !m.attributeBased() && types <= 1;
    boolean onePoolAllowed = InstancesDistribution.LOWEST_PRICE.equals(d.spotAllocationStrategy())
        && Integer.valueOf(1).equals(d.spotInstancePools());
    List<String> zones = config.autoScalingGroup().availabilityZones();
    boolean oneZone = zones != null && zones.size() == 1;
    if (onePool || onePoolAllowed) {
      f.advice("single-spot-pool", onePool ? O : D + ".SpotInstancePools", (onePool && oneZone
              ? "the group's whole Spot capacity is one Spot pool (one instance type in one Availability Zone, "
              + zones.get(0) + "): when EC2 reclaims that pool every Spot instance of the group goes at once"
              : "the Spot capacity of each Availability Zone comes from a single Spot pool (" + (onePool ? types
              + " instance type" : "SpotInstancePools 1") + "): when EC2 reclaims that pool every Spot instance in "
              + "the AZ goes at once") + " (aws-behaviour §7.7, §7.11: \"use multiple instance types and "
              + "Availability Zones\")",
          "list several instance types of similar size and use price-capacity-optimized or capacity-optimized"
              + (oneZone ? ", in more than one Availability Zone" : ""));
    }
    if (!Boolean.TRUE.equals(config.autoScalingGroup().capacityRebalance())) {
      f.advice("spot-without-capacity-rebalance", GroupRules.G + ".CapacityRebalance", "the group runs Spot "
              + "Instances without Capacity Rebalancing: they are replaced only after the two-minute interruption "
              + "notice, not on the earlier rebalance recommendation (aws-behaviour §7.7)",
          "set CapacityRebalance: true");
    }
  }
}
