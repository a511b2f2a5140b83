package dev.asgsim.core.instance;

import dev.asgsim.core.config.InstanceRequirements;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Price protection of attribute-based instance type selection (aws-behaviour §7.11 [D], API {@code InstanceRequirements}):
 * "The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance type with
 * your specified attributes. If no current generation C, M, or R instance type matches your attributes, then the
 * identified price is from either the lowest priced current generation instance types or, failing that, the lowest
 * priced previous generation instance types"; "we will exclude instance types whose price exceeds your specified
 * threshold"; "If you set DesiredCapacityType to vcpu or memory-mib, the price protection threshold is applied based
 * on the per-vCPU or per-memory price instead of the per instance price". Every type of the built-in table is of the
 * current generation.
 */
public final class PriceProtection {
  /** aws-behaviour §7.11 [D]: OnDemandMaxPricePercentageOverLowestPrice "Default: 20". */
  public static final int DEFAULT_ON_DEMAND_PERCENT = 20;

  private PriceProtection() {}

  /**
   * The {@code matched} types On-Demand launches may take: unit price at most the identified price plus
   * {@code OnDemandMaxPricePercentageOverLowestPrice} (default 20) percent.
   *
   * @param onDemand each type's On-Demand price per capacity unit
   */
  public static List<InstanceType> onDemand(InstanceRequirements r, List<InstanceType> matched,
      ToDoubleFunction<InstanceType> onDemand) {
    int pct = r.onDemandMaxPricePercentageOverLowestPrice() == null ? DEFAULT_ON_DEMAND_PERCENT
        : r.onDemandMaxPricePercentageOverLowestPrice();
    return within(matched, onDemand, identified(matched, onDemand) * (1 + pct / 100.0));
  }

  /**
   * The {@code matched} types Spot launches may take: with {@code MaxSpotPriceAsPercentageOfOptimalOnDemandPrice}, a
   * Spot unit price at most that percent of the identified On-Demand price; else at most the identified Spot price
   * plus {@code SpotMaxPricePercentageOverLowestPrice} percent, {@code defaultPercent} when neither is set (AWS then
   * applies an "optimal price protection" it does not quantify, aws-behaviour §7.11 [O]).
   */
  public static List<InstanceType> spot(InstanceRequirements r, List<InstanceType> matched,
      ToDoubleFunction<InstanceType> onDemand, ToDoubleFunction<InstanceType> spot, int defaultPercent) {
    Integer ofOnDemand = r.maxSpotPriceAsPercentageOfOptimalOnDemandPrice();
    if (ofOnDemand != null) {
      return within(matched, spot, identified(matched, onDemand) * ofOnDemand / 100.0);
    }
    int pct = r.spotMaxPricePercentageOverLowestPrice() == null ? defaultPercent
        : r.spotMaxPricePercentageOverLowestPrice();
    return within(matched, spot, identified(matched, spot) * (1 + pct / 100.0));
  }

  /** The lowest price of the current generation C, M or R types among {@code types}; else of all of them. */
  static double identified(List<InstanceType> types, ToDoubleFunction<InstanceType> price) {
    double cmr = Double.POSITIVE_INFINITY;
    double any = Double.POSITIVE_INFINITY;
    for (InstanceType t : types) {
      double p = price.applyAsDouble(t);
      any = Math.min(any, p);
      if (cmr(t)) {
        cmr = Math.min(cmr, p);
      }
    }
    return cmr < Double.POSITIVE_INFINITY ? cmr : any;
  }

  /** A C, M or R family: its letter, then the generation's digit (c5, m6i, r6i, c7g; not t3 or x2). */
  static boolean cmr(InstanceType t) {
    String f = t.family();
    return f.length() > 1 && "cmr".indexOf(f.charAt(0)) >= 0 && Character.isDigit(f.charAt(1));
  }

  private static List<InstanceType> within(List<InstanceType> types, ToDoubleFunction<InstanceType> price,
      double limit) {
    List<InstanceType> out = new ArrayList<>();
    for (InstanceType t : types) {
      // Prices are decimal USD: a binary rounding of the limit must not make an equal price "above".
      if (price.applyAsDouble(t) <= limit * (1 + 1e-9)) {
        out.add(t);
      }
    }
    return out;
  }
}
