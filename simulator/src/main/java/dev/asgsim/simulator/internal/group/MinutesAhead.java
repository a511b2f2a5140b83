// Over 400 lines because the kernel's whole half of DemandSpread is here, side by side with the pass's expressions: the
// minutes served ahead, their balances and mean balances, and the held-nowhere pass (ServeAheadTest compares them).
package dev.asgsim.simulator.internal.group;

import java.util.Arrays;

/**
 * The quiet kernel's minutes of {@link DemandSpread} served ahead (issue 15 item 2): what a quiet stretch's next
 * minutes would serve, computed before the engine is asked about them and with no balance moved
 * ({@link #sumsAhead}), then the balances of the minutes the engine answered ({@link #creditsAhead}, {@link #lastAhead}).
 * Each value by the same expressions in the same order as {@link DemandSpread}'s per-minute passes, so the same bits
 * (ServeAheadTest, QuietKernelTest and QuietKernelGroupsTest compare the two). Holds the work spaces those minutes
 * need; the balances and the minute's results stay {@link DemandSpread}'s.
 */
final class MinutesAhead {
  private final DemandSpread minute;
  private final Cohorts cohorts;
  /** {@link #creditsAhead}'s work space: each minute's credits paid from the earned balance while serving. */
  private double[] paidAhead = new double[0];
  /**
   * {@link #creditsAhead}'s work space when the mean balance is read: share s's earned balance after minute k at
   * {@code earnedAhead[s * stride + k]}, and the active cohorts' trails (where their share's starts), launch credits
   * and counts in slot order.
   */
  private double[] earnedAhead = new double[0];
  private int[] activeAt = new int[8];
  private double[] activeLaunch = new double[8];
  /** The active cohorts' instance counts, as doubles (exact: the pass multiplies by the int). */
  private double[] activeCount = new double[8];
  /**
   * {@link #sumsAheadHeldNowhere}'s lowest balance (launch and earned credits) of a serving cohort, per type in
   * standard mode, as its minutes go.
   */
  private final double[] lowest;
  /** {@link #sumsAhead}'s work space: each minute's CPU sum and what the outside targets serve. */
  private double[] cpuAhead = new double[0];
  private double[] outsideAhead = new double[0];
  /** {@link #sumsAhead}'s work space when some serving cohort is not in the metric: the counts of those that are. */
  private double[] metricCount = new double[8];

  MinutesAhead(DemandSpread minute, Cohorts cohorts) {
    this.minute = minute;
    this.cohorts = cohorts;
    this.lowest = new double[minute.credits.length];
  }

  /**
   * Whether {@link #sumsAhead} can compute this group's minutes ahead (chosen at set-up, with nothing reading the mean
   * balance): {@link DemandSpread#serveShared} serves it (one unlimited credit model on CPU capacity 1), or no type is
   * in unlimited mode, so that its minute is {@link DemandSpread#spread} and no clock hour's end charges anything
   * ({@link DemandSpread#endOfHour}): fixed-performance types, whose minute moves no balance, and burstable ones in
   * standard mode (aws-behaviour §8.1).
   */
  boolean servesAhead() {
    return minute.shared || (!minute.unlimited && !minute.sumsCredits);
  }

  /** Whether {@link #sumsAhead} may compute fewer minutes than asked ({@link #sumsAheadHeldNowhere}'s cut). */
  boolean cutsAhead() {
    return minute.capped && !minute.shared;
  }

  /**
   * The quiet kernel's first half of {@link DemandSpread#serveShared} for {@code n} minutes ahead (demands
   * {@code demand[k]}), while nothing is recounted: each minute's want, what it serves, its mean CPU and its metric,
   * with the same expressions in the same order as the pass, so the same bits; no balance moves (in unlimited mode
   * nothing a minute serves depends on them), so minutes computed and never run leave nothing behind.
   * {@link #creditsAhead} then advances the balances over the minutes run. Without unlimited types,
   * {@link #sumsAheadHeldNowhere}. Returns the minutes computed, from the first: {@code n}, or fewer when one would
   * hold an instance at its baseline; 0, with nothing computed, unless {@link #servesAhead}. With any number of serving
   * cohorts (issue 15 item 4: a large fleet, whose per-minute pass sums {@link ServingSums#AHEAD} minutes at a time) the
   * chunk's chains run side by side all the same, each minute's in slot order, four cohorts a pass
   * ({@link ChunkSums}).
   */
  int sumsAhead(double[] demand, int n, Counts counts, double[] wantOf, double[] servedOf, double[] meanCpuOf,
      double[] metricOf) {
    if (!servesAhead()) {
      return 0;
    }
    if (!minute.shared) {
      return sumsAheadHeldNowhere(demand, n, counts, wantOf, servedOf, meanCpuOf, metricOf);
    }
    ServingSums sums = minute.listedSums(); // what serveShared lists before its sums: the same until the next recount
    int outside = minute.outside;
    double outsideCapacity = minute.outsideCapacity;
    double targets = counts.servingCpu + outside;
    double[] count = sums.count;
    boolean[] inMetric = sums.inMetric;
    boolean aggregated = sums.aggregated;
    int size = sums.size;
    int serving = counts.servingInstances;
    int warm = counts.warmInstances;
    if (cpuAhead.length < wantOf.length) {
      cpuAhead = new double[wantOf.length];
      outsideAhead = new double[wantOf.length];
    }
    // Pass by pass over the minutes, each minute's values by the pass's expressions, its sums' terms in slot order:
    // the minutes side by side (the compiler puts several in one vector instruction), the same bits.
    double[] cpuOf = cpuAhead;
    double[] outsideOf = outsideAhead;
    for (int k = 0; k < n; k++) {
      double share = DemandSpread.share(demand[k], targets);
      wantOf[k] = Math.min(100.0, share);
      outsideOf[k] = outside * Math.min(share, outsideCapacity);
    }
    ChunkSums.sums(wantOf, count, size, n, cpuOf);
    if (!aggregated) {
      // the metric's sum, of the cohorts in it: their counts in slot order, so the same chain
      if (metricCount.length < size) {
        metricCount = new double[count.length];
      }
      int in = 0;
      for (int j = 0; j < size; j++) {
        if (inMetric[j]) {
          metricCount[in++] = count[j];
        }
      }
      ChunkSums.sums(wantOf, metricCount, in, n, metricOf);
    }
    if (aggregated && warm == serving && warm != 0) {
      // Every serving instance warm and in the metric: the metric is the mean CPU, the same quotient of the same
      // operands, divided once (the usual case: one loop for the minute's results).
      for (int k = 0; k < n; k++) {
        double cpu = cpuOf[k];
        servedOf[k] = cpu + outsideOf[k];
        double mean = cpu / serving;
        meanCpuOf[k] = mean;
        metricOf[k] = mean;
      }
      return n;
    }
    for (int k = 0; k < n; k++) {
      servedOf[k] = cpuOf[k] + outsideOf[k];
    }
    if (serving == 0) {
      Arrays.fill(meanCpuOf, 0, n, Double.NaN);
    } else {
      for (int k = 0; k < n; k++) {
        meanCpuOf[k] = cpuOf[k] / serving;
      }
    }
    if (warm == 0) {
      Arrays.fill(metricOf, 0, n, Double.NaN);
    } else {
      double[] metricSumOf = aggregated ? cpuOf : metricOf; // every serving cohort in the metric: the CPU's sum
      for (int k = 0; k < n; k++) {
        metricOf[k] = metricSumOf[k] / warm;
      }
    }
    return n;
  }

  /**
   * The balances' minutes {@code from..to-1} of {@link DemandSpread#serveShared} at wants {@code want[k]}, none of them
   * but the last ending a clock hour: the shares brought up to date once (the pass does it each minute, but between
   * hours' ends a stretch changes no phase and charges nothing, so only the first can merge or place a cohort), then
   * the shares stepped through the minutes two at a time (two chains side by side), each in a local, with
   * {@link DemandSpread#evenMinute}'s and {@link DemandSpread#step}'s expressions in their order: a share's balance
   * depends on its own alone, so the same bits share by share as minute by minute. A share without launch credits
   * (+0.0, every share in unlimited mode) keeps none: each minute leaves it {@code launchAfterSpending(0.0, spent)},
   * +0.0 for any spent ≥ 0, so only its earned balance moves. When the mean balance is read, each minute's goes into
   * {@code meanCreditsOf[k]} (the pass's {@link DemandSpread#sharedMeanCredits} over the balances that minute left),
   * and {@link DemandSpread#meanCredits} holds the last one's.
   */
  void creditsAhead(double[] want, int from, int to, double[] meanCreditsOf) {
    if (!minute.shared) {
      return; // without unlimited types the balances are run in lastAhead (no clock hour's end charges anything)
    }
    CreditShares shares = cohorts.shares;
    shares.update(cohorts);
    double[] earnedOf = shares.earned;
    double[] launchOf = shares.launch;
    byte[] phases = shares.phase;
    int size = shares.size;
    boolean sumsCredits = minute.sumsCredits;
    long launchBits = 0;
    for (int s = 0; s < size; s++) {
      launchBits |= Double.doubleToRawLongBits(launchOf[s]);
    }
    if (launchBits != 0L) {
      // Some share holds launch credits (none does in unlimited mode): minute by minute, as the pass.
      for (int k = from; k < to; k++) {
        minute.evenMinute(want[k]);
        for (int s = 0; s < size; s++) {
          minute.step(earnedOf, launchOf, s, (phases[s] & Cohorts.SERVES) != 0);
        }
        if (sumsCredits) {
          minute.sharedMeanCredits();
          meanCreditsOf[k] = minute.meanCredits;
        }
      }
      return;
    }
    CreditModel credits = minute.credits[0];
    int stride = want.length;
    if (paidAhead.length < stride) {
      paidAhead = new double[stride];
    }
    if (sumsCredits && earnedAhead.length < stride * size) {
      earnedAhead = new double[stride * Math.max(size, 2 * earnedAhead.length / stride)];
    }
    double[] paid = paidAhead;
    double[] trail = earnedAhead;
    for (int k = from; k < to; k++) {
      paid[k] = credits.paidFromEarned(0.0, credits.spent(want[k]));
    }
    minute.evenMinute(want[to - 1]); // the last minute's amounts, as the pass leaves them
    double idle = minute.evenIdlePaid;
    double wantLaunchLeft = minute.evenWantLaunchLeft;
    double idleLaunchLeft = minute.evenIdleLaunchLeft;
    boolean trails = sumsCredits; // loop-invariant: the run without a timeline keeps its loops free of the stores
    int s = 0;
    for (; s + 1 < size; s += 2) {
      boolean serves0 = (phases[s] & Cohorts.SERVES) != 0;
      boolean serves1 = (phases[s + 1] & Cohorts.SERVES) != 0;
      double e0 = earnedOf[s];
      double e1 = earnedOf[s + 1];
      int at0 = s * stride;
      int at1 = at0 + stride;
      for (int k = from; k < to; k++) {
        e0 = credits.earnedAfterPaying(e0, serves0 ? paid[k] : idle);
        e1 = credits.earnedAfterPaying(e1, serves1 ? paid[k] : idle);
        if (trails) {
          trail[at0 + k] = e0;
          trail[at1 + k] = e1;
        }
      }
      earnedOf[s] = e0;
      earnedOf[s + 1] = e1;
      launchOf[s] = serves0 ? wantLaunchLeft : idleLaunchLeft;
      launchOf[s + 1] = serves1 ? wantLaunchLeft : idleLaunchLeft;
    }
    if (s < size) {
      boolean serves = (phases[s] & Cohorts.SERVES) != 0;
      double e = earnedOf[s];
      int at = s * stride;
      for (int k = from; k < to; k++) {
        e = credits.earnedAfterPaying(e, serves ? paid[k] : idle);
        if (trails) {
          trail[at + k] = e;
        }
      }
      earnedOf[s] = e;
      launchOf[s] = serves ? wantLaunchLeft : idleLaunchLeft;
    }
    if (trails) {
      meanCreditsAhead(from, to, stride, meanCreditsOf);
    }
  }

  /**
   * {@link DemandSpread#sharedMeanCredits} for minutes {@code from..to-1} of {@link #creditsAhead}, from each share's
   * balance after each minute: its launch credits +0.0 every minute (what the pass leaves, {@code launchOf}), the same
   * terms over the active cohorts in slot order.
   */
  private void meanCreditsAhead(int from, int to, int stride, double[] meanCreditsOf) {
    double[] launchOf = cohorts.shares.launch;
    byte[] phases = cohorts.phase;
    int[] shareOf = cohorts.share;
    int[] countOf = cohorts.count;
    int active = 0;
    int creditCount = 0;
    for (int i = 0; i < cohorts.size; i++) {
      if ((phases[i] & Cohorts.ACTIVE) != 0) {
        if (active == activeAt.length) {
          activeAt = Arrays.copyOf(activeAt, 2 * active);
          activeLaunch = Arrays.copyOf(activeLaunch, 2 * active);
          activeCount = Arrays.copyOf(activeCount, 2 * active);
        }
        activeAt[active] = shareOf[i] * stride;
        activeLaunch[active] = launchOf[shareOf[i]];
        activeCount[active++] = countOf[i];
        creditCount += countOf[i];
      }
    }
    minute.creditCount = creditCount;
    // Each minute's sum in a local over the cohorts in slot order: the pass's terms and additions. Four minutes side by
    // side, whose sums are independent chains (one sum's additions, one after the other, wait on each other); a chunk
    // is a few minutes long (14 on average in a diurnal year), too short for loops over the minutes cohort by cohort.
    double[] trail = earnedAhead;
    int[] at = activeAt;
    double[] launch = activeLaunch;
    double[] count = activeCount;
    double per = creditCount; // the pass's int divisor, as a double
    int k = from;
    for (; k + 3 < to; k += 4) {
      double sum0 = 0;
      double sum1 = 0;
      double sum2 = 0;
      double sum3 = 0;
      for (int j = 0; j < active; j++) {
        double l = launch[j];
        double n = count[j];
        int t = at[j] + k;
        sum0 += (l + trail[t]) * n;
        sum1 += (l + trail[t + 1]) * n;
        sum2 += (l + trail[t + 2]) * n;
        sum3 += (l + trail[t + 3]) * n;
      }
      meanCreditsOf[k] = creditCount == 0 ? Double.NaN : sum0 / per;
      meanCreditsOf[k + 1] = creditCount == 0 ? Double.NaN : sum1 / per;
      meanCreditsOf[k + 2] = creditCount == 0 ? Double.NaN : sum2 / per;
      meanCreditsOf[k + 3] = creditCount == 0 ? Double.NaN : sum3 / per;
    }
    for (; k < to; k++) {
      double creditSum = 0;
      for (int j = 0; j < active; j++) {
        creditSum += (launch[j] + trail[at[j] + k]) * count[j];
      }
      meanCreditsOf[k] = creditCount == 0 ? Double.NaN : creditSum / per;
    }
    minute.meanCredits = meanCreditsOf[to - 1];
  }

  /**
   * After {@link #sumsAhead}, its minutes {@code 0..n-1} were run: the results {@link DemandSpread#serve} would have
   * left after minute {@code n - 1}, and (without unlimited types) the balances: minutes {@code 0..n-2} in which no
   * instance was held ({@link #payHeldNowhere}), then the last one's pass for real, which leaves every result as serve
   * does.
   */
  void lastAhead(int n, double[] demand, double[] want, double[] servedOf, double[] meanCpuOf, double[] metricOf,
      Counts counts) {
    int last = n - 1;
    int outside = minute.outside;
    minute.outsideServed = outside
        * Math.min(DemandSpread.share(demand[last], counts.servingCpu + outside), minute.outsideCapacity);
    if (!minute.shared) {
      if (minute.burstable) {
        payHeldNowhere(want, last);
      }
      minute.spread(want[last], counts, cohorts.credits, cohorts.launchCredits);
      return;
    }
    minute.throttled = false;
    minute.served = servedOf[last];
    minute.meanCpu = meanCpuOf[last];
    minute.metricCpu = metricOf[last];
    minute.evenExtremes(want[last], counts);
  }

  /**
   * {@link #sumsAhead} without unlimited types: {@link DemandSpread#spread}'s results minute by minute with
   * {@link DemandSpread#serve}'s want, no balance moved, up to the first minute that might hold a serving instance of a
   * type in standard mode at its baseline (aws-behaviour §8.1 [D]: what a minute serves then depends on the balances).
   * A balance falls by at most what the minute spends ({@link CreditModel#neverHeld}), so the lowest serving balance of
   * each such type, less the minutes' spending so far, tells it. Fixed-performance types are never held. Returns the
   * minutes computed.
   */
  private int sumsAheadHeldNowhere(double[] demand, int n, Counts counts, double[] wantOf, double[] servedOf,
      double[] meanCpuOf, double[] metricOf) {
    CreditModel[] credits = minute.credits;
    boolean watch = minute.capped;
    if (watch) {
      Arrays.fill(lowest, Double.POSITIVE_INFINITY);
      for (int i = 0; i < cohorts.size; i++) {
        int type = cohorts.type[i];
        int phase = cohorts.phase[i];
        if ((phase & Cohorts.ACTIVE) != 0 && (phase & Cohorts.SERVES) != 0 && credits[type].burstable()
            && !credits[type].unlimited()) {
          lowest[type] = Math.min(lowest[type], cohorts.launchCredits[i] + cohorts.credits[i]);
        }
      }
    }
    int outside = minute.outside;
    double targets = counts.servingCpu + outside;
    for (int k = 0; k < n; k++) {
      double share = DemandSpread.share(demand[k], targets);
      double want = Math.min(100.0, share);
      if (watch) {
        for (int t = 0; t < lowest.length; t++) {
          if (lowest[t] != Double.POSITIVE_INFINITY) {
            if (!credits[t].neverHeld(lowest[t], want)) {
              return k;
            }
            lowest[t] -= credits[t].spent(want);
          }
        }
      }
      minute.outsideServed = outside * Math.min(share, minute.outsideCapacity);
      minute.spread(want, counts, null, null);
      wantOf[k] = want;
      servedOf[k] = minute.served;
      meanCpuOf[k] = minute.meanCpu;
      metricOf[k] = minute.metricCpu;
    }
    return n;
  }

  /**
   * The balances' minutes {@code 0..to-1} at wants {@code want[k]}, none holding an instance
   * ({@link #sumsAheadHeldNowhere}): {@link DemandSpread#spread}'s payment of each burstable cohort, in its order.
   */
  private void payHeldNowhere(double[] want, int to) {
    CreditModel[] credits = minute.credits;
    for (int k = 0; k < to; k++) {
      minute.minuteAmounts(want[k]);
      for (int i = 0; i < cohorts.size; i++) {
        int phase = cohorts.phase[i];
        int type = cohorts.type[i];
        if ((phase & Cohorts.ACTIVE) != 0 && credits[type].burstable()) {
          boolean serves = (phase & Cohorts.SERVES) != 0;
          minute.pay(i, type, serves, false, serves ? minute.wantSpent[type] : minute.idleSpent[type],
              cohorts.credits, cohorts.launchCredits);
        }
      }
    }
  }
}
