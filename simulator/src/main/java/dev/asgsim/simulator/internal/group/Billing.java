package dev.asgsim.simulator.internal.group;

import dev.asgsim.simulator.spot.PoolSeries;

/**
 * What the group's instances cost: per-second billing from {@code running} to termination with a 60-second minimum
 * (aws-behaviour §6.4 [D]: EC2's lifecycle table bills {@code running}, not {@code pending}; "Amazon EC2 charges a
 * one-minute minimum for instance usage, and thereafter charges per second"), kept per purchase option and instance
 * type so each is priced at its own rate (aws-behaviour §7.11), and the surplus credits of unlimited-mode burstable
 * instances (aws-behaviour §8.1). An instance terminated before it ran is not billed. With a Spot price history
 * ({@link #priceSpot}) a Spot instance's dollars are its pool's price integrated over its billed seconds: "When Spot
 * Instances launch, you pay the current Spot price" (aws-behaviour §7.11 [D]), read each second [I], the minute
 * minimum at the price then [I].
 */
final class Billing {
  private final Cohorts cohorts;
  private final long pendingSeconds;
  private double instanceSeconds;
  private double surplusCredits;
  private double chargedAtHourEnds;
  private double spotInstanceSeconds;
  /** [option][type] instance-seconds. */
  private final double[][] seconds;
  private final int types;
  /** Per pool, the Spot price per instance-hour over time; null: each type's constant Spot price. */
  private PoolSeries spotPrices;
  /** [type] Spot dollars billed at {@link #spotPrices}. */
  private double[] spotCost;
  /** Surplus credits per type, and each type's price of them (USD per vCPU-hour, aws-behaviour §8.1). */
  private final double[] surplusByType;
  private final double[] surplusPrice;

  Billing(Cohorts cohorts, long pendingSeconds, TypeAllocation types, CreditParams group) {
    this.cohorts = cohorts;
    this.pendingSeconds = pendingSeconds;
    this.seconds = new double[2][types.size()];
    this.types = types.size();
    this.surplusByType = new double[types.size()];
    this.surplusPrice = new double[types.size()];
    for (int t = 0; t < types.size(); t++) {
      surplusPrice[t] = types.credits(t, group).surplusPricePerVcpuHour();
    }
  }

  /** Bills Spot instances at their pool's price in effect each second (before any instance is billed). */
  void priceSpot(PoolSeries prices) {
    spotPrices = prices;
    spotCost = new double[types];
  }

  /** Bills cohort {@code i}, ended (terminated, or the run's end) at {@code end}. */
  void bill(int i, long end) {
    long from = runningAt(i);
    long until = billedUntil(i, end);
    bill(cohorts.count[i], from, until, cohorts.earned(i), cohorts.option[i], cohorts.type[i]);
    if (spotPrices != null && cohorts.option[i] == PurchaseMix.SPOT && until > from) {
      spotCost[cohorts.type[i]] += cohorts.count[i] * spotDollars(i, from, Math.max(until, from + 60));
    }
  }

  /** One instance of cohort {@code i} in {@code [from, to)} at its pool's prices, USD. */
  private double spotDollars(int i, long from, long to) {
    return spotPrices.integral(SpotInterruptions.pool(cohorts.az[i], cohorts.type[i], types), from, to) / 3600.0;
  }

  /** Whether Spot dollars follow a price history ({@link #spotCost}). */
  boolean pricesSpotByPool() {
    return spotPrices != null;
  }

  /** The Spot dollars of {@code type} billed so far, plus with {@code t} ≥ 0 the running cohorts' up to {@code t}. */
  double spotCost(int type, long t) {
    double cost = spotCost[type];
    for (int i = 0; t >= 0 && i < cohorts.size; i++) {
      if (cohorts.option[i] == PurchaseMix.SPOT && cohorts.type[i] == type) {
        long from = runningAt(i);
        long to = Math.min(t, billedUntil(i, cohorts.terminatedAt[i]));
        if (to > from) {
          cost += cohorts.count[i] * spotDollars(i, from, to);
        }
      }
    }
    return cost;
  }

  /**
   * The running cohorts' instance-seconds since {@code running} up to {@code t}, of purchase {@code option} and
   * {@code type} (−1: every type): what {@link #bill(int, long)} will add for that time.
   */
  double running(long t, int option, int type) {
    double running = 0;
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.option[i] == option && (type < 0 || cohorts.type[i] == type)) {
        running += (double) cohorts.count[i]
            * Math.max(0, Math.min(t, billedUntil(i, cohorts.terminatedAt[i])) - runningAt(i));
      }
    }
    return running;
  }

  /** When cohort {@code i} entered EC2's {@code running} state: PendingSeconds after launch, at latest InService. */
  private long runningAt(int i) {
    return Math.min(cohorts.launchAt[i] + pendingSeconds, cohorts.inServiceAt[i]);
  }

  /** Billing ends at {@code end}, or when EC2 interrupted the Spot instance, if earlier (aws-behaviour §7.7). */
  private long billedUntil(int i, long end) {
    return Math.min(end, cohorts.interruptAt[i]);
  }

  /**
   * Bills {@code count} instances of purchase {@code option} and {@code type} running from {@code runningAt} and
   * ending at {@code end} with {@code credits} each.
   */
  void bill(int count, long runningAt, long end, double credits, int option, int type) {
    if (end > runningAt) {
      double s = (double) count * Math.max(60, end - runningAt);
      instanceSeconds += s;
      seconds[option][type] += s;
      if (option == PurchaseMix.SPOT) {
        spotInstanceSeconds += s;
      }
    }
    chargeSurplus(type, CreditModel.surplus(credits) * count);
  }

  /**
   * Charges {@code credits} surplus credits of {@code type} at the end of an hour, those beyond what the instances may
   * owe ({@link CreditModel#chargedAtHourEnd}, aws-behaviour §8.1).
   */
  void chargeAtHourEnd(int type, double credits) {
    chargedAtHourEnds += credits;
    chargeSurplus(type, credits);
  }

  private void chargeSurplus(int type, double credits) {
    surplusCredits += credits;
    surplusByType[type] += credits;
  }

  /** The share of {@link #surplusCredits()} charged at the ends of hours rather than at instances' ends. */
  double surplusChargedAtHourEnds() {
    return chargedAtHourEnds;
  }

  double instanceSeconds() {
    return instanceSeconds;
  }

  /** The Spot instances' share of {@link #instanceSeconds()}. */
  double spotInstanceSeconds() {
    return spotInstanceSeconds;
  }

  /** The instance-seconds of purchase {@code option} and {@code type}. */
  double seconds(int option, int type) {
    return seconds[option][type];
  }

  double surplusCredits() {
    return surplusCredits;
  }

  /**
   * What one surplus credit-hour of the run cost on average (USD per vCPU-hour): each type's surplus at its own price
   * (T4g is cheaper than T2/T3/T3a, aws-behaviour §8.1); {@code fallback} without surplus, and exactly the price when
   * every surplus credit came from types of one price.
   */
  double surplusPricePerVcpuHour(double fallback) {
    double cost = 0;
    double price = Double.NaN;
    boolean onePrice = true;
    for (int t = 0; t < surplusByType.length; t++) {
      if (surplusByType[t] > 0) {
        onePrice &= Double.isNaN(price) || price == surplusPrice[t];
        price = surplusPrice[t];
        cost += surplusByType[t] * surplusPrice[t];
      }
    }
    return Double.isNaN(price) ? fallback : onePrice ? price : cost / surplusCredits;
  }
}
