package dev.asgsim.core.config;

import java.io.Serializable;
import java.util.Map;

/**
 * {@code Simulation.Spot}: what a run needs to price, place and interrupt Spot capacity that AWS does not state in the
 * group's config (aws-behaviour §7.7, §7.11). Every member is optional; {@code null} means "not given".
 *
 * @param discountPercent the Spot price as a discount off the On-Demand price, 0 to under 100. AWS documents no
 *     typical discount, only a ceiling ("up to 90 %" off On-Demand, aws-behaviour §7.11 [O]) and a price that moves
 *     with supply and demand per pool, so there is no default: without it Spot instances are billed at the On-Demand
 *     price and the run's notes say so.
 * @param pricePerHour the Spot price per instance-hour of an instance type (its pools), which replaces the discount
 *     for that type; types not named here use the discount
 * @param poolCapacity the spare capacity of an instance type's Spot pools, relative to the others (a higher number:
 *     more spare capacity). AWS does not publish pool capacity (aws-behaviour §7.11 [I]), so the capacity-optimized
 *     strategies can only follow what the file says; a type not named here has 1, and with none named every pool is
 *     alike. It places launches only: the interruption hazard below is the same for every pool
 * @param interruptionsPerInstanceHour the hazard of each Spot pool: EC2 instance rebalance recommendations (each
 *     followed by an interruption) per Spot instance-hour, 0 or more. AWS publishes no rate, only the Spot Instance
 *     Advisor's monthly buckets ("&lt;5 %" … "&gt;20 %" of instances interrupted per month, aws-behaviour §7.7 [O]), so
 *     there is no default: without it interruptions are not simulated and the run's notes say so.
 * @param rebalanceLeadSeconds how long the rebalance recommendation comes before the two-minute interruption notice.
 *     AWS: it "can arrive sooner than the two-minute Spot Instance interruption notice" and "can arrive along with"
 *     it (aws-behaviour §7.7 [D]); no typical lead is documented, so the default is 0, the documented worst case.
 * @param priceHistory a file of Spot prices per pool (an instance type in an AZ): the JSON {@code aws ec2
 *     describe-spot-price-history} prints, or a CSV {@code timestamp,instance_type,availability_zone,price}; relative
 *     to the config file. Each price holds from its timestamp until the pool's next one (aws-behaviour §7.11 [I]);
 *     before a pool's first price, and for pools the file lacks, {@link #pricePerHour} or the discount apply (the
 *     run's notes say which)
 * @param interruptionHistory a CSV {@code timestamp,instance_type,availability_zone,interruptions_per_instance_hour}
 *     of each pool's hazard as a step function, relative to the config file; before a pool's first row, and for pools
 *     the file lacks, {@link #interruptionsPerInstanceHour} applies (none: 0)
 * @param historyAlignment where the histories sit on the run's time: {@code Timestamps} (default: as written) or
 *     {@code RunStart} (each file shifted so its earliest timestamp is the run's first minute, to replay recent prices
 *     against an older trace)
 */
public record SpotSettings(Double discountPercent, Map<String, Double> pricePerHour, Map<String, Double> poolCapacity,
    Double interruptionsPerInstanceHour, Integer rebalanceLeadSeconds, String priceHistory,
    String interruptionHistory, String historyAlignment) implements Serializable {

  /** {@code HistoryAlignment}'s spellings: timestamps as written (the default), or moved to the run's start. */
  public static final String TIMESTAMPS = "Timestamps";
  public static final String RUN_START = "RunStart";

  /** aws-behaviour §7.7 [D]: "a Spot two-minute instance interruption notice". */
  public static final int INTERRUPTION_NOTICE_SECONDS = 120;

  /** A discount only. */
  public SpotSettings(Double discountPercent) {
    this(discountPercent, null, null, null, null, null, null, null);
  }

  /** Prices and one hazard for every pool, without history files. */
  public SpotSettings(Double discountPercent, Map<String, Double> pricePerHour, Map<String, Double> poolCapacity,
      Double interruptionsPerInstanceHour, Integer rebalanceLeadSeconds) {
    this(discountPercent, pricePerHour, poolCapacity, interruptionsPerInstanceHour, rebalanceLeadSeconds, null, null,
        null);
  }

  /** This with {@code PriceHistory} and {@code InterruptionHistory} replaced (paths moved to another directory). */
  public SpotSettings withHistories(String priceHistory, String interruptionHistory) {
    return new SpotSettings(discountPercent, pricePerHour, poolCapacity, interruptionsPerInstanceHour,
        rebalanceLeadSeconds, priceHistory, interruptionHistory, historyAlignment);
  }

  /** Whether the histories are shifted to start at the run's first minute ({@code HistoryAlignment: RunStart}). */
  public boolean alignsHistoryToRunStart() {
    return historyAlignment != null && historyAlignment.trim().equalsIgnoreCase(RUN_START);
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

  /** Whether interruptions are simulated: a rate or a hazard file was given. */
  public boolean interrupts() {
    return interruptionsPerInstanceHour != null && interruptionsPerInstanceHour > 0 || given(interruptionHistory);
  }

  /** Whether a Spot price history file is named. */
  public boolean hasPriceHistory() {
    return given(priceHistory);
  }

  private static boolean given(String path) {
    return path != null && !path.isBlank();
  }

  /** The recommendation's lead over the interruption notice, seconds (default 0). */
  public int effectiveRebalanceLeadSeconds() {
    return rebalanceLeadSeconds == null ? 0 : rebalanceLeadSeconds;
  }
}
