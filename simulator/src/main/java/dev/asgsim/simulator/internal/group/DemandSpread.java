package dev.asgsim.simulator.internal.group;

// Over 300 lines because the general cohort pass and the lean pass chosen at set-up (one unlimited credit model on
// CPU capacity 1) stay side by side, as GeneralPathTest holds them equal bit for bit; the hour's end surplus charge
// (aws-behaviour §8.1) adjusts the same cohorts' balances and the minute's mean credits they computed.

/**
 * One minute of demand on the group (aws-behaviour §8.1 [D], §12): the load balancer spreads it evenly over the serving
 * instances and the healthy targets registered outside the group (aws-behaviour §12.1a: it "routes to every healthy
 * registered target"); an instance runs at most 100 %, and a burstable one in standard mode out of credits at most at
 * its baseline ({@link CreditModel}); an outside target serves at most its capacity. Keeps the minute's results: what
 * was served, the CPU, the group metric (the group's own instances only) and its extremes.
 */
final class DemandSpread {
  private final Cohorts cohorts;
  private final TypeAllocation types;
  /** Each type's credits (aws-behaviour §8.1): a group may mix burstable types, and fixed-performance ones. */
  private final CreditModel[] credits;
  /** Some type is burstable; some is in standard mode (an instance out of credits is held at its baseline). */
  private final boolean burstable;
  private final boolean capped;
  /** Some burstable type is in unlimited mode (its instances may owe surplus credits). */
  private final boolean unlimited;
  /** Per type, this minute: credits spent serving and idle, and what a cohort without launch credits pays and keeps. */
  private final double[] wantSpent;
  private final double[] idleSpent;
  private final double[] wantPaid;
  private final double[] idlePaid;
  private final double[] wantLaunchLeft;
  private final double[] idleLaunchLeft;
  private final int outside;
  private final double outsideCapacity;
  /**
   * Every type has the same credits, burstable in unlimited mode (every serving instance at the same CPU), and CPU
   * capacity 1: {@link #serveEven} runs, chosen once here; {@link #generalOnly} turns it off (the tests that compare
   * the two paths).
   */
  private boolean even;
  double served;
  /** What the outside targets served (included in {@link #served}). */
  double outsideServed;
  /** Lowest and highest CPU of the instances in {@link #metricCpu}; NaN when none is warm. */
  double metricMin;
  double metricMax;
  /** Mean CPU of the serving instances, NaN when none serves. */
  double meanCpu;
  /** The group metric: mean CPU over InService, warm instances (aws-behaviour §2.2 [I]); NaN when none is warm. */
  double metricCpu;
  /**
   * Mean credit balance of InService burstable instances at the minute's end: CloudWatch's CPUCreditBalance (launch and
   * earned credits) minus CPUSurplusCreditBalance (negative while surplus is owed, aws-behaviour §8.1); NaN for
   * fixed-performance types.
   */
  double meanCredits;
  /** The burstable instances {@link #meanCredits} is the mean of. */
  private int creditCount;
  /** Something reads {@link #meanCredits} (the timeline); when nothing does, no pass sums the balances. */
  private boolean sumsCredits = true;
  /** Whether a serving instance was held below its demand by exhausted CPU credits. */
  boolean throttled;

  /**
   * @param outside         healthy targets outside the group
   * @param outsideCapacity what one of them serves at most, in percent of one group instance's CPU
   */
  DemandSpread(Cohorts cohorts, TypeAllocation types, CreditParams group, int outside, double outsideCapacity) {
    this.cohorts = cohorts;
    this.types = types;
    this.outside = outside;
    this.outsideCapacity = outsideCapacity;
    int n = types.size();
    this.credits = new CreditModel[n];
    boolean anyBurstable = false;
    boolean anyCapped = false;
    boolean anyUnlimited = false;
    for (int t = 0; t < n; t++) {
      credits[t] = new CreditModel(types.credits(t, group));
      anyBurstable |= credits[t].burstable();
      anyCapped |= credits[t].burstable() && !credits[t].unlimited();
      anyUnlimited |= credits[t].burstable() && credits[t].unlimited();
    }
    this.burstable = anyBurstable;
    this.capped = anyCapped;
    this.unlimited = anyUnlimited;
    this.wantSpent = new double[n];
    this.idleSpent = new double[n];
    this.wantPaid = new double[n];
    this.idlePaid = new double[n];
    this.wantLaunchLeft = new double[n];
    this.idleLaunchLeft = new double[n];
    boolean oneModel = true;
    for (int t = 1; t < n; t++) {
      oneModel &= types.credits(t, group).equals(types.credits(0, group));
    }
    this.even = oneModel && credits[0].burstable() && credits[0].unlimited() && types.unitCpu();
  }

  /**
   * Nothing reads {@link #meanCredits} (a run that keeps no timeline rows): the passes leave it NaN instead of summing
   * every cohort's balance each minute. The balances themselves advance as before.
   */
  void creditsUnread() {
    sumsCredits = false;
    meanCredits = Double.NaN;
  }

  /** Runs the general cohort pass every minute, never {@link #serveEven}. */
  void generalOnly() {
    even = false;
  }

  /**
   * The end of a clock hour ({@link CreditModel#nextHourEnd}): every instance of an unlimited type is charged the
   * surplus credits it owes beyond 24 hours of its earnings, and owes them no longer (aws-behaviour §8.1 [D]). Every
   * cohort, whatever its phase: a balance changes only while active, and what an instance still owes is charged at
   * its end ({@link Billing#bill(int, long)}), so no credit is charged twice.
   */
  void endOfHour(Billing billing) {
    if (!unlimited) {
      return;
    }
    for (int i = 0; i < cohorts.size; i++) {
      int type = cohorts.type[i];
      CreditModel c = credits[type];
      double balance = cohorts.credits[i];
      double charged = c.chargedAtHourEnd(balance);
      if (charged > 0) {
        billing.chargeAtHourEnd(type, charged * cohorts.count[i]);
        cohorts.credits[i] = c.afterHourEnd(balance);
        if (sumsCredits && (cohorts.phase[i] & Cohorts.ACTIVE) != 0) {
          // The minute's mean balance is the one at its end, after the charge.
          meanCredits += (cohorts.credits[i] - balance) * cohorts.count[i] / creditCount;
        }
      }
    }
  }

  /** Spreads {@code demand} (percent of one instance's CPU) over the group as last counted ({@code counts}, the phases). */
  void serve(double demand, Counts counts) {
    // Demand is spread over CPU capacity, so every serving instance runs at the same CPU whatever its type
    // (aws-behaviour §7.11 [I]: an instance of CPU capacity c takes c shares; c is 1 without weights).
    double targets = counts.servingCpu + outside;
    double share = targets == 0 ? 0 : demand / targets;
    double want = Math.min(100.0, share);
    outsideServed = outside * Math.min(share, outsideCapacity);
    // Small, so that the minute loop inlines it and makes one call, to the pass chosen at set-up.
    if (even) {
      serveEven(want, counts);
    } else {
      spread(want, counts);
    }
  }

  /** {@link #serve}'s general pass: every serving instance wants {@code want} percent. */
  private void spread(double want, Counts counts) {
    double capacity = counts.servingCpu;
    int serving = counts.servingInstances;
    int warm = counts.warmInstances;
    if (!burstable) {
      // Every serving instance runs at the same CPU: no per-cohort state to update.
      served = want * capacity + outsideServed;
      meanCpu = serving == 0 ? Double.NaN : want;
      metricCpu = warm == 0 ? Double.NaN : want * counts.servingWarmInstances / warm;
      evenExtremes(want, counts);
      meanCredits = Double.NaN;
      return;
    }
    // Only standard mode holds an instance out of credits at its baseline; in unlimited mode every serving instance
    // runs at the same CPU as a fixed-performance one, and only the credit balances need the per-cohort pass.
    throttled = false;
    double servedSum = 0;
    double cpuSum = 0;
    double metricSum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double creditSum = 0;
    int creditCount = 0;
    for (int t = 0; t < credits.length; t++) {
      CreditModel c = credits[t];
      wantSpent[t] = c.spent(want);
      idleSpent[t] = c.spent(0);
      // A cohort without launch credits (+0.0; every cohort in unlimited mode) that is not throttled pays and keeps
      // what every such cohort of its type does: computed once per minute, with the same expressions, so the same bits.
      wantPaid[t] = c.paidFromEarned(0.0, wantSpent[t]);
      idlePaid[t] = c.paidFromEarned(0.0, idleSpent[t]);
      wantLaunchLeft[t] = c.launchAfterSpending(0.0, wantSpent[t]);
      idleLaunchLeft[t] = c.launchAfterSpending(0.0, idleSpent[t]);
    }
    // The phases were counted at the last recount, and nothing changes them before the group's next event.
    for (int i = 0; i < cohorts.size; i++) {
      int phase = cohorts.phase[i];
      if ((phase & Cohorts.ACTIVE) == 0) {
        continue;
      }
      int type = cohorts.type[i];
      CreditModel c = credits[type];
      boolean serves = (phase & Cohorts.SERVES) != 0;
      double cpu = serves ? want : 0;
      if (c.burstable()) {
        double launch = cohorts.launchCredits[i];
        double earned = cohorts.credits[i];
        double spent = serves ? wantSpent[type] : idleSpent[type];
        boolean held = false;
        if (!c.unlimited()) {
          double cap = c.cpuCap(launch + earned);
          if (cpu > cap) {
            held = true;
            throttled = true;
            cpu = cap;
            spent = c.spent(cpu);
          }
        }
        if (!held && Double.doubleToRawLongBits(launch) == 0L) {
          cohorts.credits[i] = c.earnedAfterPaying(earned, serves ? wantPaid[type] : idlePaid[type]);
          cohorts.launchCredits[i] = serves ? wantLaunchLeft[type] : idleLaunchLeft[type];
        } else {
          cohorts.credits[i] = c.earnedAfterSpending(launch, earned, spent);
          cohorts.launchCredits[i] = c.launchAfterSpending(launch, spent);
        }
        if (sumsCredits) {
          creditSum += (cohorts.launchCredits[i] + cohorts.credits[i]) * cohorts.count[i];
          creditCount += cohorts.count[i];
        }
      }
      if (serves) {
        cpuSum += cpu * cohorts.count[i];
        servedSum += cpu * cohorts.count[i] * types.cpu(cohorts.type[i]);
      }
      if ((phase & Cohorts.AGGREGATED) != 0) {
        metricSum += cpu * cohorts.count[i];
        if (capped) {
          lo = Math.min(lo, cpu);
          hi = Math.max(hi, cpu);
        }
      }
    }
    served = servedSum + outsideServed;
    meanCpu = serving == 0 ? Double.NaN : cpuSum / serving;
    metricCpu = warm == 0 ? Double.NaN : metricSum / warm;
    if (sumsCredits) {
      meanCredits = creditCount == 0 ? Double.NaN : creditSum / creditCount;
      this.creditCount = creditCount;
    }
    if (capped) {
      metricMin = warm == 0 ? Double.NaN : lo;
      metricMax = warm == 0 ? Double.NaN : hi;
    } else {
      evenExtremes(want, counts);
    }
  }

  /**
   * {@link #serve}'s cohort pass in unlimited mode with CPU capacity 1 (the seed group's case, and a sweep's): nothing
   * caps an instance, so a serving cohort runs at {@code want} and an idle one at 0; {@code want × count} is what it
   * serves (× 1.0 is exact) and what it adds to the CPU and metric sums, and an idle cohort adds +0.0, which leaves
   * a sum unchanged. The same expressions as the general pass in the same order, so the same bits (the tests compare
   * the two minute by minute).
   */
  private void serveEven(double want, Counts counts) {
    CreditModel credits = this.credits[0]; // every type's
    throttled = false;
    double wantSpent = credits.spent(want);
    double idleSpent = credits.spent(0);
    double wantPaid = credits.paidFromEarned(0.0, wantSpent);
    double idlePaid = credits.paidFromEarned(0.0, idleSpent);
    double wantLaunchLeft = credits.launchAfterSpending(0.0, wantSpent);
    double idleLaunchLeft = credits.launchAfterSpending(0.0, idleSpent);
    double cpuSum = 0;
    double metricSum = 0;
    double creditSum = 0;
    int creditCount = 0;
    byte[] phases = cohorts.phase;
    double[] earnedOf = cohorts.credits;
    double[] launchOf = cohorts.launchCredits;
    int[] countOf = cohorts.count;
    boolean sums = sumsCredits;
    for (int i = 0; i < cohorts.size; i++) {
      int phase = phases[i];
      if ((phase & Cohorts.ACTIVE) == 0) {
        continue;
      }
      boolean serves = (phase & Cohorts.SERVES) != 0;
      double launch = launchOf[i];
      double earned;
      double launchLeft;
      if (Double.doubleToRawLongBits(launch) == 0L) {
        earned = credits.earnedAfterPaying(earnedOf[i], serves ? wantPaid : idlePaid);
        launchLeft = serves ? wantLaunchLeft : idleLaunchLeft;
      } else {
        double spent = serves ? wantSpent : idleSpent;
        earned = credits.earnedAfterSpending(launch, earnedOf[i], spent);
        launchLeft = credits.launchAfterSpending(launch, spent);
      }
      earnedOf[i] = earned;
      launchOf[i] = launchLeft;
      int n = countOf[i];
      if (sums) {
        creditSum += (launchLeft + earned) * n;
        creditCount += n;
      }
      if (serves) {
        double cpu = want * n;
        cpuSum += cpu;
        if ((phase & Cohorts.AGGREGATED) != 0) {
          metricSum += cpu;
        }
      }
    }
    served = cpuSum + outsideServed;
    meanCpu = counts.servingInstances == 0 ? Double.NaN : cpuSum / counts.servingInstances;
    metricCpu = counts.warmInstances == 0 ? Double.NaN : metricSum / counts.warmInstances;
    if (sums) {
      meanCredits = creditCount == 0 ? Double.NaN : creditSum / creditCount;
      this.creditCount = creditCount;
    }
    evenExtremes(want, counts);
  }

  /**
   * The metric's extremes when every serving instance runs at {@code want}: from the counts, no per-cohort pass. A
   * warm instance not yet healthy at the load balancer serves nothing.
   */
  private void evenExtremes(double want, Counts counts) {
    int warm = counts.warmInstances;
    metricMin = warm == 0 ? Double.NaN : counts.servingWarmInstances == warm ? want : 0;
    metricMax = warm == 0 ? Double.NaN : counts.servingWarmInstances > 0 ? want : 0;
  }
}
