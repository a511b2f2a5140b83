package dev.asgsim.simulator.internal.group;

/**
 * One minute of demand on the group (aws-behaviour §8.1 [D], §12): the load balancer spreads it evenly over the serving
 * instances; an instance runs at most 100 %, and a burstable one in standard mode out of credits at most at its
 * baseline ({@link CreditModel}). Keeps the minute's results: what was served, the CPU, the group metric.
 */
final class DemandSpread {
  private final Cohorts cohorts;
  private final CreditModel credits;
  double served;
  /** Mean CPU of the serving instances, NaN when none serves. */
  double meanCpu;
  /** The group metric: mean CPU over InService, warm instances (aws-behaviour §2.2 [I]); NaN when none is warm. */
  double metricCpu;
  /** Mean credit balance (launch and earned) of InService burstable instances; NaN for fixed-performance types. */
  double meanCredits;
  /** Whether a serving instance was held below its demand by exhausted CPU credits. */
  boolean throttled;

  DemandSpread(Cohorts cohorts, CreditModel credits) {
    this.cohorts = cohorts;
    this.credits = credits;
  }

  /** Spreads {@code demand} (percent of one instance's CPU) at {@code t} with the group counted as {@code counts}. */
  void serve(double demand, long t, Counts counts) {
    int serving = counts.serving;
    int warm = counts.warm;
    double share = serving == 0 ? 0 : demand / serving;
    double want = Math.min(100.0, share);
    if (!credits.burstable()) {
      // Every serving instance runs at the same CPU: no per-cohort state to update.
      served = want * serving;
      meanCpu = serving == 0 ? Double.NaN : want;
      metricCpu = warm == 0 ? Double.NaN : want * counts.servingWarm / warm;
      meanCredits = Double.NaN;
      return;
    }
    throttled = false;
    double servedSum = 0;
    double metricSum = 0;
    double creditSum = 0;
    int creditCount = 0;
    double wantSpent = credits.spent(want);
    double idleSpent = credits.spent(0);
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.inServiceAt[i] > t || cohorts.drainAt[i] <= t) {
        cohorts.cpu[i] = 0;
        continue;
      }
      boolean serves = cohorts.serving(i, t);
      double cpu = serves ? want : 0;
      double launch = cohorts.launchCredits[i];
      double earned = cohorts.credits[i];
      double cap = credits.cpuCap(launch + earned);
      double spent = serves ? wantSpent : idleSpent;
      if (cpu > cap) {
        throttled = true;
        cpu = cap;
        spent = credits.spent(cpu);
      }
      cohorts.credits[i] = credits.earnedAfterSpending(launch, earned, spent);
      cohorts.launchCredits[i] = credits.launchAfterSpending(launch, spent);
      creditSum += (cohorts.launchCredits[i] + cohorts.credits[i]) * cohorts.count[i];
      creditCount += cohorts.count[i];
      cohorts.cpu[i] = cpu;
      if (serves) {
        servedSum += cpu * cohorts.count[i];
      }
      if (cohorts.aggregatedAt[i] <= t) {
        metricSum += cpu * cohorts.count[i];
      }
    }
    served = servedSum;
    meanCpu = serving == 0 ? Double.NaN : servedSum / serving;
    metricCpu = warm == 0 ? Double.NaN : metricSum / warm;
    meanCredits = creditCount == 0 ? Double.NaN : creditSum / creditCount;
  }
}
