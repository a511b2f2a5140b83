package dev.asgsim.core.config;

import java.io.Serializable;
import java.util.Map;

/**
 * {@code Simulation.Spot}: what a run needs to price and place Spot capacity that AWS does not state in the group's
 * config (aws-behaviour §7.11). Every member is optional; {@code null} means "not given".
 *
 * @param discountPercent the Spot price as a discount off the On-Demand price, 0 to under 100. AWS documents no
 *     typical discount, only a ceiling ("up to 90 %" off On-Demand, aws-behaviour §7.11 [O]) and a price that moves
 *     with supply and demand per pool, so there is no default: without it Spot instances are billed at the On-Demand
 *     price and the run's notes say so.
 * @param pricePerHour the Spot price per instance-hour of an instance type (its pools), which replaces the discount
 *     for that type; types not named here use the discount
 * @param poolCapacity the spare capacity of an instance type's Spot pools, relative to the others (a higher number:
 *     more spare capacity, fewer interruptions). AWS does not publish pool capacity (aws-behaviour §7.11 [I]), so the
 *     capacity-optimized strategies can only follow what the file says; a type not named here has 1, and with none
 *     named every pool is alike
 */
public record SpotSettings(Double discountPercent, Map<String, Double> pricePerHour, Map<String, Double> poolCapacity)
    implements Serializable {

  /** A discount only. */
  public SpotSettings(Double discountPercent) {
    this(discountPercent, null, null);
  }

  /** The Spot price per instance-hour for On-Demand {@code onDemandPerHour}; that price when no discount is given. */
  public double spotPricePerHour(double onDemandPerHour) {
    return discountPercent == null ? onDemandPerHour : onDemandPerHour * (1 - discountPercent / 100.0);
  }

  /** The Spot price of {@code type} at On-Demand {@code onDemandPerHour}: its own price if given, else the discount. */
  public double spotPricePerHour(String type, double onDemandPerHour) {
    Double own = lookup(pricePerHour, type);
    return own != null ? own : spotPricePerHour(onDemandPerHour);
  }

  /** The relative spare capacity of {@code type}'s pools: as given, else 1. */
  public double poolCapacity(String type) {
    Double c = lookup(poolCapacity, type);
    return c == null ? 1.0 : c;
  }

  private static Double lookup(Map<String, Double> m, String type) {
    if (m == null || type == null) {
      return null;
    }
    for (Map.Entry<String, Double> e : m.entrySet()) {
      if (e.getKey().trim().equalsIgnoreCase(type.trim())) {
        return e.getValue();
      }
    }
    return null;
  }
}
