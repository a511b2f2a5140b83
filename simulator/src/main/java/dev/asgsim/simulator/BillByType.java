package dev.asgsim.simulator;

import dev.asgsim.simulator.internal.group.Group;
import dev.asgsim.simulator.internal.group.PurchaseMix;
import dev.asgsim.simulator.internal.group.TypeAllocation;

/**
 * Instance-seconds per purchase option and instance type up to a time, so a group of several types is billed at each
 * type's own price (aws-behaviour §6.4, §7.11): the run reports one mean price per purchase option, the instance-hours
 * weighted mean of its types' prices. With a Spot price history the Spot dollars of each type are summed as billed
 * (each instance at its pool's price in effect, aws-behaviour §7.11) and its mean price is dollars ÷ hours.
 */
final class BillByType {
  final TypeAllocation types;
  /** [option][type] instance-seconds. */
  final double[][] seconds;
  /** [type] Spot dollars at the pools' price histories; null: each type's constant Spot price. */
  final double[] spotCost;

  private BillByType(TypeAllocation types, double[][] seconds, double[] spotCost) {
    this.types = types;
    this.seconds = seconds;
    this.spotCost = spotCost;
  }

  /** What {@code group} has run up to {@code t}, billed and running (the burn-in). */
  static BillByType until(Group group, long t) {
    return of(group, (option, type) -> group.instanceSecondsUntil(t, option, type),
        type -> group.spotCostUntil(t, type));
  }

  /** What {@code group} has billed (at the end of the run, after {@link Group#finish}). */
  static BillByType billed(Group group) {
    return of(group, group::billedSeconds, group::spotCost);
  }

  private interface Seconds {
    double of(int option, int type);
  }

  private static BillByType of(Group group, Seconds seconds, java.util.function.IntToDoubleFunction spotCost) {
    TypeAllocation types = group.types();
    double[][] s = new double[2][types.size()];
    for (int option = 0; option < 2; option++) {
      for (int type = 0; type < types.size(); type++) {
        s[option][type] = seconds.of(option, type);
      }
    }
    double[] cost = null;
    if (group.pricesSpotByPool()) {
      cost = new double[types.size()];
      for (int type = 0; type < types.size(); type++) {
        cost[type] = spotCost.applyAsDouble(type);
      }
    }
    return new BillByType(types, s, cost);
  }

  /** This less {@code earlier} (the burn-in; null for none). */
  BillByType minus(BillByType earlier) {
    if (earlier == null) {
      return this;
    }
    double[][] s = new double[2][types.size()];
    double[] cost = spotCost == null ? null : new double[types.size()];
    for (int type = 0; type < types.size(); type++) {
      for (int option = 0; option < 2; option++) {
        s[option][type] = seconds[option][type] - earlier.seconds[option][type];
      }
      if (cost != null) {
        cost[type] = spotCost[type] - earlier.spotCost[type];
      }
    }
    return new BillByType(types, s, cost);
  }

  /**
   * The price per instance-hour of purchase {@code option}: its one type's price, or with several types their mean
   * weighted by instance time ({@code none} when no instance of the option ran).
   */
  double meanPricePerHour(int option, double none) {
    if (option == PurchaseMix.SPOT && spotCost != null) {
      double time = 0;
      double cost = 0;
      for (int type = 0; type < types.size(); type++) {
        time += seconds[option][type];
        cost += spotCost[type];
      }
      return time > 0 ? cost / (time / 3600.0) : none;
    }
    if (types.size() == 1) {
      return price(option, 0);
    }
    double cost = 0;
    double time = 0;
    for (int type = 0; type < types.size(); type++) {
      cost += seconds[option][type] * price(option, type);
      time += seconds[option][type];
    }
    return time > 0 ? cost / time : none;
  }

  /** The price per instance-hour of {@code option} and {@code type}: with a Spot history, its mean as billed. */
  double price(int option, int type) {
    if (option == PurchaseMix.SPOT && spotCost != null && seconds[option][type] > 0) {
      return spotCost[type] / (seconds[option][type] / 3600.0);
    }
    TypeAllocation.Type t = types.type(type);
    return option == PurchaseMix.SPOT ? t.spotPricePerHour() : t.onDemandPricePerHour();
  }
}
