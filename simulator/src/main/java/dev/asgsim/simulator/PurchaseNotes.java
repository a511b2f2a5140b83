package dev.asgsim.simulator;

import dev.asgsim.core.activity.ActivityText;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.core.instance.AttributeSelection;
import dev.asgsim.core.instance.PriceProtection;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.core.validate.MixedInstancesRules;
import dev.asgsim.simulator.internal.group.TypeAllocation;
import dev.asgsim.simulator.spot.PoolSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link ModelNotes}' notes of a mixed instances policy (aws-behaviour §7.7, §7.11): what the run simulates of the
 * purchase options and instance types before it starts, and at its end the Spot share, each type's instance-hours,
 * where the Spot prices and hazards came from, and what interruptions did. They go into the run's one list of notes.
 */
final class PurchaseNotes {
  private final List<String> notes;
  /** A mixed instances policy with Spot capacity: the run reports the Spot share of its instance-hours. */
  private boolean mixed;
  private boolean spotDiscountGiven;
  private int spotNotLaunched;
  private long firstSpotNotLaunched;
  /** The group's types are those its InstanceRequirements select (aws-behaviour §7.11). */
  private final boolean attributeBased;

  PurchaseNotes(List<String> notes, ScalingConfig config, String instanceType, TypeAllocation types) {
    this.notes = notes;
    AutoScalingGroup group = config.autoScalingGroup();
    this.attributeBased = group.mixedInstancesPolicy() != null && group.mixedInstancesPolicy().attributeBased();
    if (group.mixedInstancesPolicy() != null) {
      mixedInstances(config, group, instanceType, types);
      SpotSettings spot = config.effectiveSimulation().spot();
      spotDiscountGiven = spot != null && (spot.discountPercent() != null || spot.hasPriceHistory());
    }
  }

  /** The mixed instances policy: what the run simulates, and what InstanceRequirements resolve to (§7.11). */
  private void mixedInstances(ScalingConfig config, AutoScalingGroup group, String instanceType,
      TypeAllocation allocation) {
    MixedInstancesPolicy m = group.mixedInstancesPolicy();
    MixedInstancesPolicy.InstancesDistribution d = m.effectiveDistribution();
    mixed = d.usesSpot();
    List<String> named = new ArrayList<>();
    for (LaunchTemplateOverride o : m.overrides()) {
      if (o != null && o.instanceType() != null) {
        named.add(o.instanceType().trim() + " (weight " + o.effectiveWeight() + ")");
      }
    }
    if (m.attributeBased()) {
      for (int t = 0; t < allocation.size(); t++) {
        named.add(allocation.name(t) + " (weight " + allocation.type(t).weight() + ")");
      }
    }
    String unit = group.desiredCapacityType() == null ? "units" : group.desiredCapacityType();
    String types = named.isEmpty() ? "one type, " + instanceType + " (Simulation.InstanceType), weight 1"
        : "its instance types " + String.join(", ", named) + (m.attributeBased() ? " (the types its "
        + "InstanceRequirements select; DesiredCapacityType " + unit + ": each counts " + (unit.equals("vcpu")
        ? "its vCPUs" : unit.equals("memory-mib") ? "its memory in MiB" : "1") + ")" : "")
        + ", each launch's type picked in its AZ by "
        + "OnDemandAllocationStrategy " + d.onDemandAllocationStrategy()
        + (d.usesSpot() ? " or SpotAllocationStrategy " + d.spotAllocationStrategy() : "")
        + "; desired, min and max in capacity units, a launch may overshoot desired by less than the largest weight, "
        + "a scale-in never goes below it; each type serves its CPU capacity (Simulation.InstanceTypes.<type>."
        + "CpuCapacity, by default " + (m.attributeBased() ? "its vCPUs over " + instanceType + "'s" : "its weight")
        + ") in instances of " + instanceType;
    notes.add("MixedInstancesPolicy: the run simulates its On-Demand / Spot split (OnDemandBaseCapacity, then "
        + "OnDemandPercentageAboveBaseCapacity rounded in favour of On-Demand; scale-in takes the option above its share "
        + "first, AZs balanced per option) over " + types + " (aws-behaviour §7.11); not simulated: "
        + MixedInstancesRules.notSimulated(config));
    if (named.size() > 1 && d.usesSpot() && d.spotAllocationStrategy().contains("capacity")) {
      SpotSettings spot = config.effectiveSimulation().spot();
      boolean given = spot != null && spot.poolCapacity() != null && !spot.poolCapacity().isEmpty();
      notes.add("SpotAllocationStrategy " + d.spotAllocationStrategy() + " follows each pool's spare capacity, which "
          + "AWS does not publish: " + (given ? "the run uses Simulation.Spot.PoolCapacity"
          : "without Simulation.Spot.PoolCapacity every pool is alike") + " (aws-behaviour §7.11)");
    }
    for (AttributeSelection.SetResult r : AttributeSelection.of(config).sets()) {
      notes.add("Overrides[" + r.override() + "].InstanceRequirements " + (r.matched().isEmpty()
          ? "match no instance type asgsim knows (the built-in table and Simulation.InstanceTypes)"
          : "match " + r.matched().size() + " known types: " + String.join(", ", r.matched())
          + "; price protection (aws-behaviour §7.11, per capacity unit, over the lowest priced C, M or R type) "
          + "leaves On-Demand " + String.join(", ", r.onDemand()) + " (OnDemandMaxPricePercentageOverLowestPrice, "
          + "default " + PriceProtection.DEFAULT_ON_DEMAND_PERCENT + " %) and Spot " + String.join(", ", r.spot())
          + " (SpotMaxPricePercentageOverLowestPrice or MaxSpotPriceAsPercentageOfOptimalOnDemandPrice; without "
          + "either Simulation.SpotPriceProtectionPercent, " + config.effectiveSimulation()
          .effectiveSpotPriceProtectionPercent() + " %, for AWS's unquantified \"optimal price protection\")")
          + (r.ignored().isEmpty() ? "" : "; the table has no figures for " + String.join(", ", r.ignored())
          + ", so they were not checked"));
    }
  }

  /**
   * The Spot share of the run's instance time and what it was billed at, when the group runs Spot (aws-behaviour
   * §7.11).
   */
  void purchaseMix(double spotSeconds, double seconds, double spotPricePerHour, double onDemandPricePerHour,
      boolean spotLaunches) {
    if (!mixed) {
      return;
    }
    notes.add(String.format(Locale.ROOT, "purchase options: %.1f of %.1f instance-hours were Spot (%.0f %%), billed per "
        + "second at %s USD per hour against %s On-Demand%s", spotSeconds / 3600.0, seconds / 3600.0,
        seconds == 0 ? 0 : 100.0 * spotSeconds / seconds, Numbers.decimals(spotPricePerHour, 6),
        Numbers.decimals(onDemandPricePerHour, 6), spotDiscountGiven ? ""
            : " (no Simulation.Spot.DiscountPercent: AWS documents none, only \"up to 90%\" off, so Spot is billed at "
            + "the On-Demand price)"));
    if (!spotLaunches) {
      notes.add("SpotMaxPrice is below the Spot price: \"If your maximum price is lower than the Spot price for the "
          + "instance types that you selected, your Spot Instances are not launched\" (aws-behaviour §7.11), so the "
          + "group holds only its On-Demand share" + (spotNotLaunched == 0 ? "" : "; scaling activities left "
          + spotNotLaunched + " Spot instances unlaunched, the first at " + ActivityText.at(firstSpotNotLaunched)));
    }
  }

  /** With several instance types: each type's instance-hours per purchase option and its prices (aws-behaviour §7.11). */
  void types(BillByType bill) {
    if (bill.types.size() < 2) {
      return;
    }
    List<String> parts = new ArrayList<>();
    List<String> idle = new ArrayList<>();
    for (int t = 0; t < bill.types.size(); t++) {
      // InstanceRequirements may select dozens of types: those that never ran are only named.
      if (attributeBased && bill.seconds[0][t] == 0 && bill.seconds[1][t] == 0) {
        idle.add(bill.types.name(t));
        continue;
      }
      parts.add(String.format(Locale.ROOT, "%s %.1f On-Demand (%s USD/h) and %.1f Spot (%s USD/h)",
          bill.types.name(t), bill.seconds[0][t] / 3600.0, Numbers.decimals(bill.price(0, t), 6),
          bill.seconds[1][t] / 3600.0, Numbers.decimals(bill.price(1, t), 6)));
    }
    notes.add("instance types: instance-hours " + String.join("; ", parts) + (idle.isEmpty() ? ""
        : "; none for " + String.join(", ", idle)) + "; the cost uses each type's price, "
        + "and the prices shown for the run are their means weighted by instance-hours (aws-behaviour §7.11)");
  }

  /**
   * What the run did about Spot interruptions (aws-behaviour §7.7): simulated at {@code spot}'s hazard, or not at all
   * without one. {@code capacityRebalance}: the group's setting.
   */
  void spotInterruptions(SpotSettings spot, boolean simulated, boolean capacityRebalance, int interruptions,
      int rebalanceLaunches) {
    if (!mixed) {
      return;
    }
    if (!simulated) {
      notes.add("Spot interruptions are not simulated: no Simulation.Spot.InterruptionsPerInstanceHour (AWS publishes "
          + "no rate, aws-behaviour §7.7), so Spot instances run until the group terminates them"
          + (capacityRebalance ? " and CapacityRebalance never acts" : ""));
      return;
    }
    notes.add("Spot interruptions (aws-behaviour §7.7): each Spot pool (an instance type in an Availability Zone) gets "
        + "EC2 rebalance recommendations at " + (spot.interruptionHistory() != null ? "its hazard over time "
        + "(Simulation.Spot.InterruptionHistory, seeded; see its note)"
        : spot.interruptionsPerInstanceHour() == null ? "no hazard (no InterruptionsPerInstanceHour: only when its "
        + "price rises above SpotMaxPrice, Simulation.Spot.PriceHistory)"
        : Numbers.decimals(spot.interruptionsPerInstanceHour(), 6)
        + " per Spot instance-hour (Simulation.Spot.InterruptionsPerInstanceHour, seeded)") + ", each followed "
        + spot.effectiveRebalanceLeadSeconds() + " s later (RebalanceLeadSeconds) by the two-minute interruption "
        + "notice and the interruption; " + (capacityRebalance ? "CapacityRebalance launches a replacement on the "
        + "recommendation and terminates the old instance when it passes its health check (up to 10 % of desired "
        + "over MaxSize)" : "without CapacityRebalance an interrupted instance is replaced after its health check "
        + "fails") + "; every recommendation is followed by an interruption [I]. This run: " + interruptions
        + " interrupted, " + rebalanceLaunches + " Capacity Rebalancing launches");
  }

  /**
   * Where the run's Spot prices and hazards came from, per pool (aws-behaviour §7.7, §7.11): the history files, the
   * pools they cover and their time span, and what the other pools and times used; {@code priceRecommendations}
   * instances were interrupted because their pool's price rose above SpotMaxPrice.
   */
  void spotHistories(PoolSeries prices, PoolSeries hazard, SpotSettings spot, int priceRecommendations,
      int launchedAboveMax) {
    if (spot != null && !mixed && (spot.hasPriceHistory() || spot.interruptionHistory() != null)) {
      notes.add("Simulation.Spot's histories (" + String.join(", ", java.util.stream.Stream.of(spot.priceHistory(),
          spot.interruptionHistory()).filter(f -> f != null && !f.isBlank()).toList()) + ") were read but not "
          + "used: the group runs no Spot capacity (aws-behaviour §7.11)");
      return;
    }
    if (prices != null) {
      notes.add(prices.describe("Spot prices (aws-behaviour §7.11)", spot.discountPercent() == null
          ? "each type's Simulation.Spot.PricePerHour, else the On-Demand price (no DiscountPercent)"
          : "each type's Simulation.Spot.PricePerHour, else " + Numbers.decimals(spot.discountPercent(), 6)
              + " % off On-Demand (DiscountPercent)") + " Each Spot second is billed at its pool's price then (\"you "
          + "pay the current Spot price\"). A pool whose "
          + "price rises above SpotMaxPrice has its Spot instances interrupted (\"The Spot price is higher than your "
          + "maximum price\"): " + priceRecommendations + " this run. A Spot launch reads the prices in effect in "
          + "its AZ: lowest-price and price-capacity-optimized order the pools by them, and a pool above SpotMaxPrice "
          + "gets no launch (\"your Spot Instances are not launched\")" + (launchedAboveMax == 0 ? "" : "; "
          + launchedAboveMax + " Spot instances were launched into a pool above it all the same because every pool "
          + "of their AZ was [I]") + "; whether the group launches Spot at all reads each type's constant price.");
    }
    if (hazard != null) {
      notes.add(hazard.describe("Spot interruption hazard (aws-behaviour §7.7)",
          spot.interruptionsPerInstanceHour() == null ? "no interruptions (no InterruptionsPerInstanceHour)"
              : Numbers.decimals(spot.interruptionsPerInstanceHour(), 6)
                  + " per Spot instance-hour (InterruptionsPerInstanceHour)"));
    }
  }

  /** {@code count} Spot instances a launch at {@code at} wanted but could not make (Spot price above SpotMaxPrice). */
  void spotNotLaunched(long at, int count) {
    if (count > 0 && spotNotLaunched == 0) {
      firstSpotNotLaunched = at;
    }
    spotNotLaunched += count;
  }
}
