package dev.asgsim.simulator.score;

/**
 * Computes {@link Scores} minute by minute in O(1) time and memory, so runs without a recorded timeline (sweeps,
 * benchmarks) get the same scores. See {@link Scores} for the formulas.
 */
public final class ScoreAccumulator {
  private final double threshold;
  /** 1 / threshold, for {@link #demandInstances}. */
  private final double perThreshold;
  private int t;
  private double totalDemand;
  /** Less unserved demand than this in a minute is rounding error of the spread, not demand left unserved. */
  static final double UNSERVED_TOLERANCE = 1e-9;
  private double unserved;
  private int minutesWithUnserved;
  private int minutesAbove;
  private double servingSum;
  private double cpuSum;
  private int cpuMinutes;
  private double thetaU;
  private double thetaO;
  private int under;
  private int over;
  private int instab;
  private int instabK;
  private int instabK2;
  private int supplyChanges;
  private int demandChanges;
  private int prevD = -1;
  /** The last minute's demand: a trace held for several minutes gives the same d_t without a division. */
  private double prevDemand = Double.NaN;
  private int prevS = -1;
  // Reaction episodes.
  private int openAt = -1;
  private boolean desiredMet;
  /** Desired the minute before the episode opened; the episode is a reaction once desired rises above it. */
  private int openDesired;
  private boolean scaled;
  private int prevDesired = -1;
  private int rises;
  private int risesNotScaled;
  private int desiredCount;
  private double desiredSum;
  private double desiredMax = Double.NaN;
  private int capacityCount;
  private double capacitySum;
  private double capacityMax = Double.NaN;
  // Spot interruptions (aws-behaviour §7.7).
  private boolean afterInterruption;
  private int unservedAfterInterruption;
  private int interruptions;
  private int rebalanceLaunches;

  /** @param cpuThresholdPercent the SLO: CPU above it is a violation, and it sizes d_t */
  public ScoreAccumulator(double cpuThresholdPercent) {
    if (!(cpuThresholdPercent > 0)) {
      throw new IllegalArgumentException("CpuThresholdPercent must be positive, got " + cpuThresholdPercent);
    }
    this.threshold = cpuThresholdPercent;
    this.perThreshold = 1 / cpuThresholdPercent;
  }

  /**
   * Whether the next minute falls after a Spot interruption and before the group serves its desired capacity again:
   * its unserved demand, if any, counts in {@code unservedMinutesAfterInterruption}.
   */
  public void afterInterruption(boolean after) {
    afterInterruption = after;
  }

  /** The run's Spot interruptions and Capacity Rebalancing launches (aws-behaviour §7.7), for {@link #finish}. */
  public void spot(int interruptions, int rebalanceLaunches) {
    this.interruptions = interruptions;
    this.rebalanceLaunches = rebalanceLaunches;
  }

  /**
   * d_t: the fewest instances that keep CPU at or under the threshold, at least one: {@code ceil(demand / threshold -
   * 1e-9)}. Where that quotient less 1e-9 is more than 1e-7 from a whole number, the product with the threshold's
   * reciprocal gives the same whole number without a division (a minute of a moving load divides here, issue 15 item
   * 2): below 10^6 the product differs from the quotient by under 4e-10 and each subtraction rounds by under 2e-10, so
   * when both ends of ±1e-7 about it have the same ceiling, so has the quotient. Elsewhere (near a whole number, large,
   * NaN) the division itself. ScoreAccumulatorPropertyTest holds the two equal, near whole numbers too.
   */
  public int demandInstances(double demand) {
    double near = demand * perThreshold - 1e-9;
    if (Math.abs(near) < 1e6) {
      double up = Math.ceil(near + 1e-7);
      if (up == Math.ceil(near - 1e-7)) {
        return Math.max(1, (int) up);
      }
    }
    return dividedInstances(demand);
  }

  /** {@link #demandInstances} by its definition. */
  int dividedInstances(double demand) {
    return Math.max(1, (int) Math.ceil(demand / threshold - 1e-9));
  }

  public void minute(double demand, double served, int desired, int serving, double cpu) {
    totalDemand += demand;
    // Demand spread over instances and summed back differs from the demand by rounding (1e-13): that is not unserved
    // demand, and the same tolerance decides whether the minute counts as one with unserved demand.
    double lost = demand - served;
    if (lost > UNSERVED_TOLERANCE) {
      unserved += lost;
      minutesWithUnserved++;
      if (afterInterruption) {
        unservedAfterInterruption++;
      }
    }
    if (cpu > threshold) {
      minutesAbove++;
    }
    servingSum += serving;
    if (!Double.isNaN(cpu)) {
      cpuSum += cpu;
      cpuMinutes++;
    }
    int d = demand == prevDemand ? prevD : demandInstances(demand);
    int s = serving;
    // Without branches from here to the reaction: d moves about a bucket's edge with the demand's noise while s stays,
    // so which side is short and which way each steps change every few minutes, where a branch mispredicts. Adding
    // 0 × gap (+0.0) to a sum that stays >= +0 leaves its bits unchanged, as skipping the side that is not short did.
    // The same d and s give the same quotient, so computing it every minute changes no bit either
    // (ScoreAccumulatorPropertyTest holds all of it to the plain branches bit for bit).
    double gap = Math.abs(d - s) / (double) d;
    int shortSide = (s - d) >>> 31; // 1 when d > s (s and d are small non-negative counts: no overflow)
    int surplusSide = (d - s) >>> 31; // 1 when s > d
    thetaU += shortSide * gap;
    under += shortSide;
    thetaO += surplusSide * gap;
    over += surplusSide;
    if (prevD >= 0) {
      int ds = Integer.signum(s - prevS);
      int dd = Integer.signum(d - prevD);
      int diff = ds - dd; // in [-2, 2]
      instab += (diff | -diff) >>> 31; // ds != dd
      instabK += -diff >>> 31; // ds - dd > 0
      instabK2 += diff >>> 31; // dd - ds > 0
      supplyChanges += ds & 1; // ds != 0 (-1 & 1 is 1)
      demandChanges += dd & 1;
    }
    reaction(d, s, desired);
    prevDesired = desired;
    prevD = d;
    prevDemand = demand;
    prevS = s;
    t++;
  }

  /** The reaction episodes' minute (needs {@link #t}, {@link #prevD} and {@link #prevDesired} as the minute found them). */
  private void reaction(int d, int s, int desired) {
    // Reaction: an episode opens when demand rises above supply and closes when supply catches up. It is a reaction
    // only once desired rises above what it was before the rise (a scale-out); rises that caused none (at MaxSize, in
    // the dead band, demand fell back first) are counted apart and give no reaction time.
    if (openAt < 0 && prevD >= 0 && d > prevD && s < d) {
      openAt = t;
      desiredMet = false;
      scaled = false;
      openDesired = prevDesired;
    }
    if (openAt >= 0) {
      if (!scaled && desired > openDesired) {
        scaled = true;
        rises++;
      }
      if (scaled && !desiredMet && desired >= d) {
        desiredMet = true;
        double m = t - openAt;
        desiredCount++;
        desiredSum += m;
        desiredMax = Double.isNaN(desiredMax) ? m : Math.max(desiredMax, m);
      }
      if (s >= d) {
        if (scaled) {
          double m = t - openAt;
          capacityCount++;
          capacitySum += m;
          capacityMax = Double.isNaN(capacityMax) ? m : Math.max(capacityMax, m);
        } else {
          risesNotScaled++;
        }
        openAt = -1;
      }
    }
  }

  /**
   * {@link #minute} for minutes {@code 0..n-1} of the arrays, all with the same {@code desired} and supply
   * {@code serving} (a quiet stretch's): the first by {@link #minute} itself, the others with the same operations in
   * the same order on each sum, in locals instead of fields, so the same bits (ScoreAccumulatorPropertyTest compares it
   * with {@link #minute} call by call). After the first, supply stands still and d is at least 1, so each minute's
   * steps need only d's: a rise counts in k′ (instabilityK2), a fall in k, either in υ and in the demand's changes
   * (ds = 0: diff = −dd); desired was set by the first. Two passes over the minutes, the demand and CPU sums and then
   * d's, each sum's terms still in minute order: one loop with every sum live spilled registers (issue 15 item 2).
   */
  public void minutes(double[] demand, double[] served, double[] cpuOf, int n, int desired, int serving) {
    if (n == 0) {
      return;
    }
    minute(demand[0], served[0], desired, serving, cpuOf[0]);
    double threshold = this.threshold;
    double totalDemand = this.totalDemand;
    double unserved = this.unserved;
    int minutesWithUnserved = this.minutesWithUnserved;
    int minutesAbove = this.minutesAbove;
    double servingSum = this.servingSum;
    double cpuSum = this.cpuSum;
    int cpuMinutes = this.cpuMinutes;
    int s = serving;
    for (int k = 1; k < n; k++) {
      double dem = demand[k];
      totalDemand += dem;
      double lost = dem - served[k];
      if (lost > UNSERVED_TOLERANCE) {
        unserved += lost;
        minutesWithUnserved++;
      }
      double cpu = cpuOf[k];
      if (cpu > threshold) {
        minutesAbove++;
      }
      servingSum += s;
      if (!Double.isNaN(cpu)) {
        cpuSum += cpu;
        cpuMinutes++;
      }
    }
    if (afterInterruption) {
      this.unservedAfterInterruption += minutesWithUnserved - this.minutesWithUnserved;
    }
    this.totalDemand = totalDemand;
    this.unserved = unserved;
    this.minutesWithUnserved = minutesWithUnserved;
    this.minutesAbove = minutesAbove;
    this.servingSum = servingSum;
    this.cpuSum = cpuSum;
    this.cpuMinutes = cpuMinutes;
    double thetaU = this.thetaU;
    double thetaO = this.thetaO;
    int under = this.under;
    int over = this.over;
    int rises = 0;
    int falls = 0;
    int prevD = this.prevD;
    double prevDemand = this.prevDemand;
    int t0 = this.t - 1; // minute k's t
    for (int k = 1; k < n; k++) {
      double dem = demand[k];
      int d = dem == prevDemand ? prevD : demandInstances(dem);
      // Every minute, not once per d: d moves about a bucket's edge in a fifth of a moving load's minutes, where a
      // branch on it mispredicts. The same d and s give the same quotient.
      double gap = Math.abs(d - s) / (double) d;
      int shortSide = (s - d) >>> 31;
      int surplusSide = (d - s) >>> 31;
      thetaU += shortSide * gap;
      under += shortSide;
      thetaO += surplusSide * gap;
      over += surplusSide;
      rises += (prevD - d) >>> 31;
      falls += (d - prevD) >>> 31;
      // An open episode, or one opening (d > prevD and s < d; prevD >= 1): rare, so through the fields, as minute()
      // keeps them.
      if ((~openAt | ((prevD - d) & (s - d))) < 0) {
        this.t = t0 + k;
        this.prevD = prevD;
        reaction(d, s, desired);
      }
      prevD = d;
      prevDemand = dem;
    }
    int t = t0 + n;
    this.thetaU = thetaU;
    this.thetaO = thetaO;
    this.under = under;
    this.over = over;
    this.instab += rises + falls;
    this.instabK += falls;
    this.instabK2 += rises;
    this.demandChanges += rises + falls;
    this.prevD = prevD;
    this.prevDemand = prevDemand;
    this.t = t;
  }

  /**
   * {@link #finish(double, double, double, double, double, double, int, int, int, int, double, double)} of an all
   * On-Demand group without a warm pool or detailed monitoring's price.
   */
  public Scores finish(double billedSeconds, double pricePerHour, double surplusCredits, double surplusPricePerVcpuHour,
      int scaleOuts, int scaleIns, int launched, int terminated) {
    return finish(billedSeconds, pricePerHour, 0, pricePerHour, surplusCredits, surplusPricePerVcpuHour, scaleOuts,
        scaleIns, launched, terminated, 0, 0);
  }

  /**
   * The run's scores, with instance time billed per purchase option: {@code onDemandSeconds} at {@code pricePerHour},
   * {@code spotSeconds} at {@code spotPricePerHour} (aws-behaviour §6.4, §7.11), and the warm pool's cost (its running
   * time and EBS volumes, aws-behaviour §7.6) and detailed monitoring's price per billed instance-hour (aws-behaviour
   * §8.1) on the bill.
   */
  public Scores finish(double onDemandSeconds, double pricePerHour, double spotSeconds, double spotPricePerHour,
      double surplusCredits, double surplusPricePerVcpuHour, int scaleOuts, int scaleIns, int launched,
      int terminated, double warmPoolCost, double monitoringPricePerInstanceHour) {
    double onDemandHours = onDemandSeconds / 3600.0;
    double spotHours = spotSeconds / 3600.0;
    double hours = onDemandHours + spotHours;
    double onDemandCost = onDemandHours * pricePerHour;
    double spotCost = spotHours * spotPricePerHour;
    double instanceCost = onDemandCost + spotCost;
    // One credit is one vCPU-minute; surplus is billed per vCPU-hour.
    double surplusCost = surplusCredits / 60.0 * surplusPricePerVcpuHour;
    // Detailed monitoring's metrics are priced per metric-month, prorated by the hour (aws-behaviour §8.1).
    double monitoringCost = hours * monitoringPricePerInstanceHour;
    double tt = Math.max(1, t);
    double t1 = Math.max(1, t - 1);
    int notScaled = risesNotScaled + (openAt >= 0 && !scaled ? 1 : 0);
    return new Scores(t, hours, pricePerHour, instanceCost, surplusCost, warmPoolCost, monitoringCost,
        instanceCost + surplusCost + warmPoolCost + monitoringCost, totalDemand,
        unserved, totalDemand == 0 ? 0 : 100.0 * unserved / totalDemand, minutesWithUnserved, threshold,
        minutesAbove, servingSum / tt, cpuMinutes == 0 ? Double.NaN : cpuSum / cpuMinutes, 100.0 * thetaU / tt,
        100.0 * thetaO / tt, 100.0 * under / tt, 100.0 * over / tt, 100.0 * instab / t1, 100.0 * instabK / t1,
        100.0 * instabK2 / t1, (supplyChanges - demandChanges) / (tt / 60.0), scaleOuts, scaleIns, launched,
        terminated, rises, rises - capacityCount, desiredCount == 0 ? Double.NaN : desiredSum / desiredCount,
        desiredMax, capacityCount == 0 ? Double.NaN : capacitySum / capacityCount, capacityMax, notScaled,
        onDemandHours, spotHours, spotPricePerHour, onDemandCost, spotCost, interruptions, rebalanceLaunches,
        unservedAfterInterruption);
  }
}
