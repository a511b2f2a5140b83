package dev.asgsim.simulator.internal.group;

/**
 * The On-Demand / Spot split of a mixed-instances group (aws-behaviour §7.11 [D]): {@code OnDemandBaseCapacity} is
 * filled On-Demand first, then {@code OnDemandPercentageAboveBaseCapacity} splits the rest, rounding in favour of
 * On-Demand ("base 10 and 50 % at 20/30/40 ⇒ 15/20/25 On-Demand; base 0 and 60 % at 10 ⇒ 6 On-Demand, 4 Spot").
 * A group without a mixed instances policy is all On-Demand ({@link #ALL_ON_DEMAND}). Capacity here is in capacity
 * units ("OnDemandBaseCapacity (capacity units)"), instances when not weighted. A scale-in judges the option above its
 * share of a group one unit smaller [I]: the victim's weight is known only once the option is chosen.
 */
public final class PurchaseMix {
  public static final int ON_DEMAND = 0;
  public static final int SPOT = 1;
  public static final PurchaseMix ALL_ON_DEMAND = new PurchaseMix(0, 100);

  private final int base;
  private final int percent;
  private final boolean spotLaunches;

  /**
   * @param base    OnDemandBaseCapacity, ≥ 0
   * @param percent OnDemandPercentageAboveBaseCapacity, 0-100
   */
  public PurchaseMix(int base, int percent) {
    this(base, percent, true);
  }

  /**
   * @param spotLaunches false when the Spot price is above {@code SpotMaxPrice}: "If your maximum price is lower than
   *                     the Spot price for the instance types that you selected, your Spot Instances are not launched"
   *                     (aws-behaviour §7.11 [D]); the On-Demand share still launches
   */
  public PurchaseMix(int base, int percent, boolean spotLaunches) {
    if (base < 0 || percent < 0 || percent > 100) {
      throw new IllegalArgumentException("OnDemandBaseCapacity " + base + " must be >= 0 and "
          + "OnDemandPercentageAboveBaseCapacity " + percent + " within 0-100");
    }
    this.base = base;
    this.percent = percent;
    this.spotLaunches = spotLaunches;
  }

  /** Whether Spot instances launch (false: the Spot price is above SpotMaxPrice). */
  public boolean spotLaunches() {
    return spotLaunches;
  }

  /** Whether any capacity may be Spot. */
  public boolean usesSpot() {
    return percent < 100;
  }

  /** The On-Demand share of {@code capacity}: the base, then the percentage of the rest rounded up. */
  public int onDemand(int capacity) {
    if (capacity <= base) {
      return Math.max(0, capacity);
    }
    long above = capacity - base;
    return base + (int) ((above * percent + 99) / 100);
  }

  /** How many of {@code n} instances launched now are On-Demand, given {@code onDemand} and {@code spot} running. */
  int onDemandOfLaunch(int n, int onDemand, int spot) {
    int want = onDemand(onDemand + spot + n) - onDemand;
    return Math.max(0, Math.min(n, want));
  }

  /** How many of {@code n} instances wanted now can launch: all, or only the On-Demand share when Spot cannot. */
  int launchable(int n, int onDemand, int spot) {
    return spotLaunches ? n : onDemandOfLaunch(n, onDemand, spot);
  }

  /**
   * The purchase option a scale-in takes its next instance from (aws-behaviour §7.4 [D]: "Mixed-instances groups first
   * align to the On-Demand/Spot allocation strategy"): the option above its share of the capacity left after it.
   */
  int optionToTerminate(int onDemand, int spot) {
    int after = onDemand + spot - 1;
    return onDemand > onDemand(after) ? ON_DEMAND : SPOT;
  }
}
