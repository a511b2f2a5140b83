package dev.asgsim.simulator.internal.group;

import java.util.function.LongToDoubleFunction;

// Over 400 lines because the general cohort pass and the lean pass chosen at set-up (one unlimited credit model on
// CPU capacity 1, with shared balances; cohort by cohort for the test that compares the two) stay side by side, as
// GeneralPathTest and CreditSharesTest hold them equal bit for bit, and the hour's end surplus charge (aws-behaviour
// §8.1) adjusts the same cohorts' (or shares') balances and the minute's mean credits they computed. The quiet
// kernel's minutes ahead are MinutesAhead's, which reads this pass's state and parts.

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
  final CreditModel[] credits;
  /** Some type is burstable; some is in standard mode (an instance out of credits is held at its baseline). */
  final boolean burstable;
  final boolean capped;
  /** Some burstable type is in unlimited mode (its instances may owe surplus credits). */
  final boolean unlimited;
  /** Per type, this minute: credits spent serving and idle, and what a cohort without launch credits pays and keeps. */
  final double[] wantSpent;
  final double[] idleSpent;
  private final double[] wantPaid;
  private final double[] idlePaid;
  private final double[] wantLaunchLeft;
  private final double[] idleLaunchLeft;
  /** {@link #evenMinute}'s amounts: the even passes' minute, serving or idle, for a balance without launch credits. */
  private double evenWantSpent;
  private double evenWantPaid;
  double evenWantLaunchLeft;
  /** The idle ones, the same every minute (an idle instance runs at 0 %): computed once, here. */
  private final double evenIdleSpent;
  final double evenIdlePaid;
  final double evenIdleLaunchLeft;
  final int outside;
  final double outsideCapacity;
  /**
   * Every type has the same credits, burstable in unlimited mode (every serving instance at the same CPU), and CPU
   * capacity 1: {@link #serveShared} runs, chosen once here; {@link #generalOnly} turns it off (the tests that compare
   * the two paths).
   */
  private boolean even;
  /**
   * The even pass with cohorts' equal balances updated once, in {@link CreditShares} (chosen at set-up;
   * {@link #unshared} turns it off for the test that compares, which then runs {@link #serveEven});
   * {@link #meanCredits}, when read, summed cohort by cohort from their shares' balances.
   */
  boolean shared;
  private boolean unshared;
  /** The serving cohorts must be listed again before the next minute ({@link #recounted}). */
  private boolean stale = true;
  /** The serving cohorts as of the last {@link #recounted}, and their sums, for the shared pass. */
  private final ServingSums sums = new ServingSums();
  /**
   * The demand of the minute starting at a given second, as the run will serve it, when known ({@link #demandAhead}):
   * what the shared pass predicts the next minutes' wants from, to sum them beside this one's ({@link ServingSums}).
   */
  private LongToDoubleFunction demandAt;
  private final double[] ahead = new double[ServingSums.AHEAD];
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
  int creditCount;
  /** Something reads {@link #meanCredits} (the timeline); when nothing does, no pass sums the balances. */
  boolean sumsCredits = true;
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
    chooseShared();
    this.evenIdleSpent = credits[0].spent(0);
    this.evenIdlePaid = credits[0].paidFromEarned(0.0, evenIdleSpent);
    this.evenIdleLaunchLeft = credits[0].launchAfterSpending(0.0, evenIdleSpent);
  }

  /**
   * Nothing reads {@link #meanCredits} (a run that keeps no timeline rows): the passes leave it NaN instead of summing
   * every cohort's balance each minute. The balances themselves advance as before.
   */
  void creditsUnread() {
    sumsCredits = false;
    meanCredits = Double.NaN;
  }

  /** Runs the general cohort pass every minute, never the even passes. */
  void generalOnly() {
    even = false;
    chooseShared();
  }

  /** Runs {@link #serveEven} cohort by cohort, never with shared balances: the tests that compare the two. */
  void unshared() {
    unshared = true;
    chooseShared();
  }

  private void chooseShared() {
    shared = even && !unshared;
    cohorts.shares = shared ? new CreditShares() : null;
  }

  /**
   * The demand the run will serve at each minute's start (second → percent of one instance's CPU): lets the shared
   * pass sum the next minutes beside this one when it has many serving cohorts. Only a prediction: a minute whose want
   * differs from it is summed on its own.
   */
  void demandAhead(LongToDoubleFunction demandAt) {
    this.demandAt = demandAt;
  }

  /**
   * The group was counted again: phases, counts or slots may have changed, so the shared pass takes its serving
   * cohorts and shares afresh before its next minute.
   */
  void recounted() {
    stale = true;
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
      double balance = cohorts.earned(i);
      double charged = c.chargedAtHourEnd(balance);
      if (charged > 0) {
        billing.chargeAtHourEnd(type, charged * cohorts.count[i]);
        double after = c.afterHourEnd(balance);
        if (sumsCredits && (cohorts.phase[i] & Cohorts.ACTIVE) != 0) {
          // The minute's mean balance is the one at its end, after the charge.
          meanCredits += (after - balance) * cohorts.count[i] / creditCount;
        }
        if (cohorts.share[i] >= 0) {
          continue; // its share's balance changes below, once every member is charged from it
        }
        cohorts.credits[i] = after;
      }
    }
    if (shared) {
      // Every type's credits are alike in the shared pass ({@link #even}).
      CreditShares shares = cohorts.shares;
      for (int s = 0; s < shares.size; s++) {
        if (credits[0].chargedAtHourEnd(shares.earned[s]) > 0) {
          shares.earned[s] = credits[0].afterHourEnd(shares.earned[s]);
          shares.charged = true; // the charged shares now owe the same: merged before the next minute
        }
      }
    }
  }

  /** Spreads {@code demand} (percent of one instance's CPU) over the group as last counted ({@code counts}, the phases). */
  void serve(long minuteStart, double demand, Counts counts) {
    // Demand is spread over CPU capacity, so every serving instance runs at the same CPU whatever its type
    // (aws-behaviour §7.11 [I]: an instance of CPU capacity c takes c shares; c is 1 without weights).
    double targets = counts.servingCpu + outside;
    double share = share(demand, targets);
    double want = Math.min(100.0, share);
    outsideServed = outside * Math.min(share, outsideCapacity);
    // Small, so that the minute loop inlines it and makes one call, to the pass chosen at set-up.
    if (shared) {
      serveShared(minuteStart, want, counts);
    } else if (even) {
      serveEven(want, counts);
    } else {
      spread(want, counts, cohorts.credits, cohorts.launchCredits);
    }
  }

  /** Each serving target's share of {@code demand} over {@code targets} of CPU capacity (before the 100 % cap). */
  static double share(double demand, double targets) {
    return targets == 0 ? 0 : demand / targets;
  }

  /**
   * {@link #serve}'s general pass: every serving instance wants {@code want} percent; the balances are
   * {@code earnedOf} and {@code launchOf} by cohort slot, or null for {@link MinutesAhead}'s minutes ahead,
   * which move no balance and in which no instance is held (it checked).
   */
  void spread(double want, Counts counts, double[] earnedOf, double[] launchOf) {
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
    boolean balances = earnedOf != null;
    if (balances) {
      minuteAmounts(want);
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
      if (balances && c.burstable()) {
        double spent = serves ? wantSpent[type] : idleSpent[type];
        boolean held = false;
        if (!c.unlimited()) {
          double cap = c.cpuCap(launchOf[i] + earnedOf[i]);
          if (cpu > cap) {
            held = true;
            throttled = true;
            cpu = cap;
            spent = c.spent(cpu);
          }
        }
        pay(i, type, serves, held, spent, earnedOf, launchOf);
        if (sumsCredits) {
          creditSum += (launchOf[i] + earnedOf[i]) * cohorts.count[i];
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

  /** {@link #spread}'s amounts of a minute at {@code want}, per type: spent, paid and launch credits left. */
  void minuteAmounts(double want) {
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
  }

  /**
   * {@link #spread}'s minute of burstable cohort {@code i}'s balances, serving or idle, held at its baseline or not,
   * having spent {@code spent} credits, from {@link #minuteAmounts}.
   */
  void pay(int i, int type, boolean serves, boolean held, double spent, double[] earnedOf,
      double[] launchOf) {
    CreditModel c = credits[type];
    double launch = launchOf[i];
    double earned = earnedOf[i];
    if (!held && Double.doubleToRawLongBits(launch) == 0L) {
      earnedOf[i] = c.earnedAfterPaying(earned, serves ? wantPaid[type] : idlePaid[type]);
      launchOf[i] = serves ? wantLaunchLeft[type] : idleLaunchLeft[type];
    } else {
      earnedOf[i] = c.earnedAfterSpending(launch, earned, spent);
      launchOf[i] = c.launchAfterSpending(launch, spent);
    }
  }

  /**
   * {@link #serve}'s cohort pass in unlimited mode with CPU capacity 1, each cohort's balance its own: the reference
   * CreditSharesTest holds {@link #serveShared} to (a run always shares the balances of such a group). Nothing
   * caps an instance, so a serving cohort runs at {@code want} and an idle one at 0; {@code want × count} is what it
   * serves (× 1.0 is exact) and what it adds to the CPU and metric sums, and an idle cohort adds +0.0, which leaves
   * a sum unchanged. The same expressions as the general pass in the same order, so the same bits (the tests compare
   * the two minute by minute).
   */
  private void serveEven(double want, Counts counts) {
    throttled = false;
    evenMinute(want);
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
      step(earnedOf, launchOf, i, serves);
      int n = countOf[i];
      if (sums) {
        creditSum += (launchOf[i] + earnedOf[i]) * n;
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
   * {@link #serveEven} with shared balances ({@link CreditShares}): each share's balances advance once for all its
   * members, and the sums add the serving cohorts' {@code want × count} in slot order, as the cohort pass does, from a
   * list taken at the last recount ({@link ServingSums}; with many serving cohorts, a few minutes at a time). The same
   * expressions in the same order, so the same bits; CreditSharesTest and ServingSumsTest compare them minute by minute.
   */
  private void serveShared(long minuteStart, double want, Counts counts) {
    CreditShares shares = cohorts.shares;
    shares.update(cohorts);
    ServingSums sums = listedSums();
    throttled = false;
    evenMinute(want);
    double[] earnedOf = shares.earned;
    double[] launchOf = shares.launch;
    byte[] phases = shares.phase;
    for (int s = 0; s < shares.size; s++) {
      step(earnedOf, launchOf, s, (phases[s] & Cohorts.SERVES) != 0);
    }
    double cpuSum;
    double metricSum;
    if (sums.many() && demandAt != null) {
      sumsAhead(minuteStart, want, counts);
      cpuSum = sums.cpu;
      metricSum = sums.metric;
    } else {
      // A small group's minute: its short chains here, nothing ahead (inline: going through ServingSums measured
      // slower on the 10-instance year; benchmarks/HISTORY.md, tenth session).
      cpuSum = 0;
      metricSum = 0;
      double[] count = sums.count;
      int n = sums.size;
      if (sums.aggregated) {
        for (int k = 0; k < n; k++) {
          cpuSum += want * count[k];
        }
        metricSum = cpuSum; // the same terms in the same order
      } else {
        boolean[] inMetric = sums.inMetric;
        for (int k = 0; k < n; k++) {
          double cpu = want * count[k];
          cpuSum += cpu;
          if (inMetric[k]) {
            metricSum += cpu;
          }
        }
      }
    }
    served = cpuSum + outsideServed;
    meanCpu = counts.servingInstances == 0 ? Double.NaN : cpuSum / counts.servingInstances;
    metricCpu = counts.warmInstances == 0 ? Double.NaN : metricSum / counts.warmInstances;
    if (sumsCredits) {
      sharedMeanCredits();
    }
    evenExtremes(want, counts);
  }

  /**
   * {@link #serveEven}'s mean balance from the shares: every active cohort holds a share after {@link
   * CreditShares#update}, whose balances are the cohort's own bit for bit, so the same terms in the same (slot) order.
   */
  void sharedMeanCredits() {
    CreditShares shares = cohorts.shares;
    double[] earnedOf = shares.earned;
    double[] launchOf = shares.launch;
    byte[] phases = cohorts.phase;
    int[] shareOf = cohorts.share;
    int[] countOf = cohorts.count;
    double creditSum = 0;
    int creditCount = 0;
    for (int i = 0; i < cohorts.size; i++) {
      if ((phases[i] & Cohorts.ACTIVE) != 0) {
        int s = shareOf[i];
        int n = countOf[i];
        creditSum += (launchOf[s] + earnedOf[s]) * n;
        creditCount += n;
      }
    }
    meanCredits = creditCount == 0 ? Double.NaN : creditSum / creditCount;
    this.creditCount = creditCount;
  }

  /**
   * The sums of a minute with many serving cohorts: from the pass ahead that summed its want, else a pass with the next
   * minutes' wants as {@link #serve} will compute them, while nothing is recounted.
   */
  private void sumsAhead(long minuteStart, double want, Counts counts) {
    if (sums.fromAhead(want)) {
      return;
    }
    double targets = counts.servingCpu + outside;
    ahead[0] = want;
    for (int j = 1; j < ahead.length; j++) {
      ahead[j] = Math.min(100.0, share(demandAt.applyAsDouble(minuteStart + 60L * j), targets));
    }
    sums.sumAhead(ahead);
  }


  /**
   * The shared pass's serving cohorts and their sums, listed afresh if the group was {@link #recounted} since: the same
   * cohorts until the next recount ({@link #serveShared}, and {@link MinutesAhead} before its minutes).
   */
  ServingSums listedSums() {
    if (stale) {
      sums.list(cohorts);
      stale = false;
    }
    return sums;
  }

  /** The shared pass's serving-cohort sums (the tests read how many minutes came from a pass ahead). */
  ServingSums sums() {
    return sums;
  }

  /**
   * What an even minute at {@code want} spends, pays and leaves of launch credits for a balance without launch
   * credits (+0.0: every cohort in unlimited mode), serving: once a minute for every cohort or share (the idle
   * amounts are the constructor's).
   */
  void evenMinute(double want) {
    CreditModel credits = this.credits[0]; // every type's
    evenWantSpent = credits.spent(want);
    evenWantPaid = credits.paidFromEarned(0.0, evenWantSpent);
    evenWantLaunchLeft = credits.launchAfterSpending(0.0, evenWantSpent);
  }

  /**
   * One even minute of balance {@code i} of {@code earnedOf} and {@code launchOf} (a cohort's or a share's), serving
   * or idle, from {@link #evenMinute}'s amounts.
   */
  void step(double[] earnedOf, double[] launchOf, int i, boolean serves) {
    CreditModel credits = this.credits[0];
    double launch = launchOf[i];
    if (Double.doubleToRawLongBits(launch) == 0L) {
      earnedOf[i] = credits.earnedAfterPaying(earnedOf[i], serves ? evenWantPaid : evenIdlePaid);
      launchOf[i] = serves ? evenWantLaunchLeft : evenIdleLaunchLeft;
    } else {
      double spent = serves ? evenWantSpent : evenIdleSpent;
      earnedOf[i] = credits.earnedAfterSpending(launch, earnedOf[i], spent);
      launchOf[i] = credits.launchAfterSpending(launch, spent);
    }
  }

  /**
   * The metric's extremes when every serving instance runs at {@code want}: from the counts, no per-cohort pass. A
   * warm instance not yet healthy at the load balancer serves nothing.
   */
  void evenExtremes(double want, Counts counts) {
    int warm = counts.warmInstances;
    metricMin = warm == 0 ? Double.NaN : counts.servingWarmInstances == warm ? want : 0;
    metricMax = warm == 0 ? Double.NaN : counts.servingWarmInstances > 0 ? want : 0;
  }
}
