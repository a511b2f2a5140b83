package dev.asgsim.core.config;

import java.io.Serializable;

/**
 * {@code Simulation.Spot}: what a run needs to price Spot capacity that AWS does not state in the group's config
 * (aws-behaviour §7.11). Every member is optional; {@code null} means "not given".
 *
 * @param discountPercent the Spot price as a discount off the On-Demand price, 0 to under 100. AWS documents no
 *     typical discount, only a ceiling ("up to 90 %" off On-Demand, aws-behaviour §7.11 [O]) and a price that moves
 *     with supply and demand per pool, so there is no default: without it Spot instances are billed at the On-Demand
 *     price and the run's notes say so.
 */
public record SpotSettings(Double discountPercent) implements Serializable {

  /** The Spot price per instance-hour for On-Demand {@code onDemandPerHour}; that price when no discount is given. */
  public double spotPricePerHour(double onDemandPerHour) {
    return discountPercent == null ? onDemandPerHour : onDemandPerHour * (1 - discountPercent / 100.0);
  }
}
