// Over 300 lines because the interruption path (hazard or history, price above the maximum, recommendation, notice,
// interruption) and Capacity Rebalancing's replace-then-terminate share the per-instance clocks and one random stream.
package dev.asgsim.simulator.internal.group;

import static dev.asgsim.simulator.internal.group.Cohorts.NEVER;

import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.simulator.event.InstanceEvent;
import dev.asgsim.simulator.spot.PoolSeries;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;

/**
 * Spot interruptions and Capacity Rebalancing (aws-behaviour §7.7 [D]). Each Spot pool has a seeded hazard: EC2
 * instance rebalance recommendations arrive as a Poisson process of {@code InterruptionsPerInstanceHour} × the pool's
 * Spot instances that have none yet. "Before interrupting an instance, Amazon EC2 always gives both an EC2 instance
 * rebalance recommendation and a Spot two-minute instance interruption notice": the notice follows the recommendation
 * by {@code RebalanceLeadSeconds}, and EC2 interrupts the instance two minutes after the notice (it stops serving and
 * billing then).
 * <ul>
 *   <li>Without Capacity Rebalancing "Auto Scaling doesn't replace Spot Instances until after the Amazon EC2 Spot service
 *       interrupts the instances and their health check fails": marked Unhealthy at the first health check after the
 *       interruption, terminated and replaced like any unhealthy instance (no batch: it is not running, §6.3).</li>
 *   <li>With it, on the recommendation the group launches a replacement and "waits until the new instance passes its
 *       health check before it terminates the previous instance", exceeding MaxSize "by up to 10 percent of the
 *       desired capacity" (at least one instance [I], as §7.3's rebalancing); without that room it waits, and at the
 *       notice it "attempts to launch a new instance as soon as it receives the Spot Instance interruption notice". An
 *       instance still running at its interruption is gone then (a hook does not delay it, §6.5).</li>
 * </ul>
 * A pool is an instance type in an Availability Zone ({@link #pool}); with one instance type the pools are the
 * group's AZs. Every recommendation is followed by an interruption [I]: AWS gives no share of recommendations that are
 * not. The hazard is integrated over the Spot count at each of the group's steps (at most a minute apart), with its
 * own random stream, so a run without a rate draws nothing and is unchanged. An interrupted instance Auto Scaling has
 * not yet found stays InService (counted toward desired) but serves nothing and leaves the aggregated metric.
 *
 * <p>With {@code Simulation.Spot.InterruptionHistory} the rate is a step function per pool (the same draws: the
 * pool's Exp(1) budget is spent at each segment's rate). With {@code Simulation.Spot.PriceHistory}, EC2 also
 * interrupts for price: "The Spot price is higher than your maximum price" (aws-behaviour §7.7): when a pool's price
 * rises above its type's {@code SpotMaxPrice}, each of its Spot instances gets its recommendation then [I: at the
 * change, all at once], and one launched into the pool while it is above the maximum gets it at once.
 */
final class SpotInterruptions {
  /** The instance's replacement is owed or launching: counted out of desired, still InService. */
  static final long AWAITING = NEVER - 1;
  /** aws-behaviour §7.7 [D]: "exceed the group's maximum size by up to 10 percent of the desired capacity". */
  static final double OVER_MAX_FRACTION = 0.10;

  private final Cohorts cohorts;
  /** The group's instance types: a pool is one type in one AZ. */
  private final int types;
  private final int pools;
  private final double perSecond;
  /** Per pool, interruptions per instance-hour over time; null: {@link #perSecond} everywhere. */
  private final PoolSeries hazard;
  /** Per pool, the Spot price over time; null: no interruptions for price. */
  private final PoolSeries prices;
  /** Per type, {@code SpotMaxPrice}. */
  private final double[] maxPrice;
  private final int leadSeconds;
  private final boolean capacityRebalance;
  private final IntSupplier maxSize;
  private final SplittableRandom random;
  /** Per pool: the Exp(1) hazard left before the pool's next recommendation. */
  private final double[] budget;
  private final int[] eligible;
  private long accumulatedUntil = Long.MIN_VALUE;
  private int interruptions;
  private int priceRecommendations;
  private int rebalanceLaunches;

  /**
   * @param maxSize the group's MaxSize now (scheduled actions change it)
   */
  SpotInterruptions(Cohorts cohorts, int zones, int types, SpotSettings spot, PoolSeries hazard, PoolSeries prices,
      double[] maxPrice, boolean capacityRebalance, IntSupplier maxSize, long seed) {
    this.cohorts = cohorts;
    this.types = types;
    this.pools = zones * types;
    Double rate = spot.interruptionsPerInstanceHour();
    this.perSecond = rate == null ? 0 : rate / 3600.0;
    this.hazard = hazard;
    this.prices = prices;
    this.maxPrice = maxPrice;
    this.leadSeconds = spot.effectiveRebalanceLeadSeconds();
    this.capacityRebalance = capacityRebalance;
    this.maxSize = maxSize;
    this.random = new SplittableRandom(seed ^ 0x510e527fade682d1L);
    this.budget = new double[pools];
    this.eligible = new int[pools];
    for (int p = 0; p < pools; p++) {
      budget[p] = exp();
    }
  }

  /** The pool of instance type {@code type} (of {@code types}) in AZ {@code az} (aws-behaviour §7.11: a Spot pool). */
  static int pool(int az, int type, int types) {
    return az * types + type;
  }

  private double exp() {
    return -Math.log(1.0 - random.nextDouble());
  }

  /**
   * Moves the pools' hazard to {@code t}: every recommendation due in {@code (accumulatedUntil, t]} picks one of its
   * pool's Spot instances without one, at random, and fixes its notice and interruption.
   */
  void accumulate(long t, GroupListener listener) {
    if (accumulatedUntil == Long.MIN_VALUE || t <= accumulatedUntil) {
      accumulatedUntil = Math.max(accumulatedUntil, t);
      return;
    }
    countEligible();
    for (int p = 0; p < pools; p++) {
      long from = accumulatedUntil;
      if (aboveMax(p, from)) {
        recommendAll(p, from + 1, listener); // launched into a pool priced above SpotMaxPrice
      }
      while (eligible[p] > 0 && from < t) {
        long end = Math.min(t, segmentEnd(p, from));
        double rate = eligible[p] * perSecond(p, from);
        double need = rate > 0 ? budget[p] / rate : Double.POSITIVE_INFINITY;
        if (from + need > end) {
          budget[p] -= rate * (end - from);
          from = end;
          if (aboveMax(p, end)) {
            recommendAll(p, end, listener); // the price rose above SpotMaxPrice at end
          }
          continue;
        }
        long at = Math.max(from + 1, Math.min(end, from + (long) Math.ceil(need)));
        recommend(p, at, listener);
        eligible[p]--;
        budget[p] = exp();
        from = at;
      }
    }
    accumulatedUntil = t;
  }

  /** Pool {@code p}'s hazard per instance-second at {@code t}. */
  private double perSecond(int p, long t) {
    return hazard == null ? perSecond : hazard.at(p, t) / 3600.0;
  }

  /** The end of pool {@code p}'s constant stretch from {@code t}: its next hazard or price change. */
  private long segmentEnd(int p, long t) {
    long end = hazard == null ? Long.MAX_VALUE : hazard.nextChange(p, t);
    return prices == null ? end : Math.min(end, prices.nextChange(p, t));
  }

  /** Whether pool {@code p}'s price at {@code t} is above its type's SpotMaxPrice. */
  private boolean aboveMax(int p, long t) {
    return prices != null && prices.at(p, t) > maxPrice[p % types] + 1e-9;
  }

  /** Every eligible Spot instance of pool {@code p} gets its recommendation at {@code at} (or its launch, if later). */
  private void recommendAll(int p, long at, GroupListener listener) {
    for (int i = 0; i < cohorts.size && eligible[p] > 0; i++) {
      if (!isEligible(i) || pool(cohorts.az[i], cohorts.type[i], types) != p) {
        continue;
      }
      long when = Math.max(at, cohorts.launchAt[i]);
      cohorts.rebalanceAt[i] = when;
      cohorts.interruptAt[i] = when + leadSeconds + SpotSettings.INTERRUPTION_NOTICE_SECONDS;
      listener.onInstanceEvent(when, InstanceEvent.REBALANCE_RECOMMENDATION, cohorts.firstSeq[i], cohorts.count[i],
          cohorts.az[i], LaunchReason.values()[cohorts.reason[i]]);
      eligible[p] -= cohorts.count[i];
      priceRecommendations += cohorts.count[i];
    }
  }

  /** The run starts at {@code t}: the hazard counts from there. */
  void start(long t) {
    accumulatedUntil = t;
  }

  private void countEligible() {
    Arrays.fill(eligible, 0);
    for (int i = 0; i < cohorts.size; i++) {
      if (isEligible(i)) {
        eligible[pool(cohorts.az[i], cohorts.type[i], types)] += cohorts.count[i];
      }
    }
  }

  private boolean isEligible(int i) {
    return cohorts.option[i] == PurchaseMix.SPOT && !cohorts.terminating(i) && cohorts.rebalanceAt[i] == NEVER;
  }

  private void recommend(int p, long at, GroupListener listener) {
    int k = random.nextInt(eligible[p]);
    for (int i = 0; i < cohorts.size; i++) {
      if (!isEligible(i) || pool(cohorts.az[i], cohorts.type[i], types) != p) {
        continue;
      }
      if (k >= cohorts.count[i]) {
        k -= cohorts.count[i];
        continue;
      }
      int j = cohorts.detachLast(i);
      cohorts.rebalanceAt[j] = at;
      cohorts.interruptAt[j] = at + leadSeconds + SpotSettings.INTERRUPTION_NOTICE_SECONDS;
      listener.onInstanceEvent(at, InstanceEvent.REBALANCE_RECOMMENDATION, cohorts.firstSeq[j], 1, cohorts.az[j],
          LaunchReason.values()[cohorts.reason[j]]);
      return;
    }
    throw new IllegalStateException("pool " + p + " has no eligible Spot instance");
  }

  /**
   * Cohort {@code i}'s Spot steps in {@code (from, t]}, before the group's health sweep looks at it: counted out of
   * desired for its replacement (Capacity Rebalancing), terminated once the replacement is healthy, interrupted by
   * EC2 and, without Capacity Rebalancing, found by the health check that follows.
   */
  void step(Group g, int i, long from, long t, int desired, GroupListener listener, Group.VictimSink sink) {
    if (cohorts.rebalanceAt[i] > t) {
      return;
    }
    long interrupt = cohorts.interruptAt[i];
    if (capacityRebalance && !cohorts.terminating(i) && interrupt > t && roomOverMax(g, desired)) {
      // Counted out of desired now: the run launches its replacement (Group#takeLaunchReason says why).
      cohorts.drainAt[i] = AWAITING;
      g.countedOut(i);
    }
    if (cohorts.drainAt[i] == AWAITING && cohorts.replacedAt[i] <= t && cohorts.replacedAt[i] < interrupt) {
      g.startTermination(i, cohorts.replacedAt[i]);
      sink.selected(cohorts.drainAt[i], cohorts.firstSeq[i], cohorts.az[i], LaunchReason.CAPACITY_REBALANCE);
    }
    if (interrupt > t || cohorts.terminatedAt[i] < interrupt) {
      return; // not yet, or terminated before EC2 took it
    }
    LaunchReason reason = LaunchReason.values()[cohorts.reason[i]];
    if (interrupt > from) {
      interruptions++;
      listener.onInstanceEvent(interrupt, InstanceEvent.INTERRUPTED, cohorts.firstSeq[i], 1, cohorts.az[i], reason);
      if (!cohorts.terminating(i)) {
        // "their health check fails": EC2's status check, at Auto Scaling's next health check (§6.1, Q9 [I]).
        cohorts.unhealthyAt[i] = g.nextHealthSweep(interrupt);
        // A stopped instance publishes no CPUUtilization: it leaves the group's aggregated metric (§8.1).
        cohorts.aggregatedAt[i] = NEVER;
      }
    }
    if (!cohorts.terminating(i) && cohorts.unhealthyAt[i] <= t) {
      long at = cohorts.unhealthyAt[i];
      listener.onInstanceEvent(at, InstanceEvent.MARKED_UNHEALTHY, cohorts.firstSeq[i], 1, cohorts.az[i], reason);
      g.startTermination(i, at);
      sink.selected(at, cohorts.firstSeq[i], cohorts.az[i], LaunchReason.SPOT_INTERRUPTION);
    } else if (cohorts.terminating(i) && cohorts.drainAt[i] > interrupt) {
      // Counted out, its replacement not yet healthy: EC2 takes it now.
      g.startTermination(i, interrupt);
      sink.selected(interrupt, cohorts.firstSeq[i], cohorts.az[i], LaunchReason.SPOT_INTERRUPTION);
    }
    if (cohorts.terminatedAt[i] != NEVER && cohorts.terminatedAt[i] > interrupt) {
      // Deregistration and terminate hooks do not delay the interruption (aws-behaviour §6.5 [D]).
      cohorts.terminatedAt[i] = Math.max(cohorts.drainAt[i], interrupt);
      if (cohorts.termWaitAt[i] >= cohorts.terminatedAt[i]) {
        cohorts.termWaitAt[i] = NEVER;
      }
    }
  }

  /**
   * Whether a replacement may launch before the old instance goes: every instance in the group then (those being
   * terminated included) stays within MaxSize plus 10 % of desired, at least one instance [I]. Without room the
   * old instance waits, and is interrupted if none comes in time: "your previous ones will eventually be interrupted".
   */
  private boolean roomOverMax(Group g, int desired) {
    int over = Math.max(1, (int) Math.floor(desired * OVER_MAX_FRACTION));
    int instances = 0;
    for (int i = 0; i < cohorts.size; i++) {
      instances += cohorts.count[i];
    }
    // Launches the run owes the group (a health replacement) come first: they keep desired (aws-behaviour §7.1).
    int owed = Math.max(0, desired - g.nonTerminating());
    return instances + owed + 1 <= maxSize.getAsInt() + over;
  }

  /** Instances counted out whose replacement is not launched yet. */
  private int awaitingReplacement() {
    int n = 0;
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.drainAt[i] == AWAITING && cohorts.replacedAt[i] == NEVER) {
        n += cohorts.count[i];
      }
    }
    return n;
  }

  /** Whether the next launch replaces an instance counted out by Capacity Rebalancing. */
  boolean owesReplacement() {
    return capacityRebalance && awaitingReplacement() > 0;
  }

  /**
   * A replacement was launched as cohort {@code launched}: the oldest instance waiting for one is terminated when it
   * passes its health check (its target healthy behind a load balancer, else InService).
   */
  void replacementLaunched(int launched, boolean loadBalanced) {
    rebalanceLaunches++;
    long ready = loadBalanced ? Math.max(cohorts.inServiceAt[launched], cohorts.lbHealthyAt[launched])
        : cohorts.inServiceAt[launched];
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.drainAt[i] == AWAITING && cohorts.replacedAt[i] == NEVER) {
        cohorts.replacedAt[i] = ready;
        return;
      }
    }
  }

  /** The earliest Spot clock after {@code t}: a pool's next recommendation at today's count, a notice, a step. */
  long nextEventAfter(long t) {
    long next = NEVER;
    countEligible();
    for (int p = 0; p < pools; p++) {
      if (eligible[p] > 0) {
        double rate = eligible[p] * perSecond(p, accumulatedUntil);
        long end = segmentEnd(p, accumulatedUntil);
        if (rate > 0) {
          next = Math.min(next, Math.max(t + 1, accumulatedUntil + (long) Math.ceil(budget[p] / rate)));
        }
        if (aboveMax(p, accumulatedUntil)) {
          next = Math.min(next, t + 1); // launched into a pool above SpotMaxPrice
        } else if (end != Long.MAX_VALUE) {
          next = Math.min(next, Math.max(t + 1, end)); // the rate or the price changes then
        }
      }
    }
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.rebalanceAt[i] == NEVER) {
        continue;
      }
      if (capacityRebalance && !cohorts.terminating(i) && cohorts.interruptAt[i] > t) {
        // Waiting for room over MaxSize: look again each minute until the interruption.
        next = Math.min(next, t + 60);
      }
      if (cohorts.drainAt[i] == AWAITING) {
        next = Math.min(next, after(t, cohorts.replacedAt[i]));
      }
      if (cohorts.drainAt[i] > t || cohorts.terminatedAt[i] > cohorts.interruptAt[i]) {
        next = Math.min(next, after(t, cohorts.interruptAt[i]));
      }
      if (!cohorts.terminating(i)) {
        next = Math.min(next, after(t - 1, cohorts.unhealthyAt[i]));
      }
    }
    return next;
  }

  private static long after(long t, long at) {
    return at > t ? at : NEVER;
  }

  /** Rebalance recommendations given because a pool's price rose above SpotMaxPrice. */
  int priceRecommendations() { return priceRecommendations; }

  /** Spot instances EC2 interrupted so far. */
  int interruptions() { return interruptions; }

  /** Replacements Capacity Rebalancing launched so far. */
  int rebalanceLaunches() { return rebalanceLaunches; }
}
