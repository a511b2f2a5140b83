package dev.asgsim.simulator;

import dev.asgsim.simulator.internal.group.Group;
import dev.asgsim.simulator.internal.group.PurchaseMix;
import dev.asgsim.simulator.internal.group.TypeAllocation;

/**
 * Instance-seconds per purchase option and instance type up to a time, so a group of several types is billed at each
 * type's own price (aws-behaviour §6.4, §7.11): the run reports one mean price per purchase option, the instance-hours
 * weighted mean of its types' prices.
 */
final class BillByType {
  final TypeAllocation types;
  /** [option][type] instance-seconds. */
  final double[][] seconds;

  private BillByType(TypeAllocation types, double[][] seconds) {
    this.types = types;
    this.seconds = seconds;
  }

  /** What {@code group} has run up to {@code t}, billed and running (the burn-in). */
  static BillByType until(Group group, long t) {
    return of(group, (option, type) -> group.instanceSecondsUntil(t, option, type));
  }

  /** What {@code group} has billed (at the end of the run, after {@link Group#finish}). */
  static BillByType billed(Group group) {
    return of(group, group::billedSeconds);
  }

  private interface Seconds {
    double of(int option, int type);
  }

  private static BillByType of(Group group, Seconds seconds) {
    TypeAllocation types = group.types();
    double[][] s = new double[2][types.size()];
    for (int option = 0; option < 2; option++) {
      for (int type = 0; type < types.size(); type++) {
        s[option][type] = seconds.of(option, type);
      }
    }
    return new BillByType(types, s);
  }

  /** This less {@code earlier} (the burn-in; null for none). */
  BillByType minus(BillByType earlier) {
    if (earlier == null) {
      return this;
    }
    double[][] s = new double[2][types.size()];
    for (int option = 0; option < 2; option++) {
      for (int type = 0; type < types.size(); type++) {
        s[option][type] = seconds[option][type] - earlier.seconds[option][type];
      }
    }
    return new BillByType(types, s);
  }

  /**
   * The price per instance-hour of purchase {@code option}: its one type's price, or with several types their mean
   * weighted by instance time ({@code none} when no instance of the option ran).
   */
  double meanPricePerHour(int option, double none) {
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

  double price(int option, int type) {
    TypeAllocation.Type t = types.type(type);
    return option == PurchaseMix.SPOT ? t.spotPricePerHour() : t.onDemandPricePerHour();
  }
}
