package dev.asgsim.simulator.internal.group;

import static dev.asgsim.simulator.internal.group.Cohorts.NEVER;

import java.util.SplittableRandom;

/**
 * New cohorts and their clocks (aws-behaviour §6.4, §6.5, §7.2, §7.6): instances present at the start, cold launches
 * after the launch delay, warm starts from the pool, the launch hooks' Pending:Wait and an ABANDON's early end, then
 * InService, warm-up and the health clocks. {@link Group} decides how many of which purchase option launch; this
 * class fills the cohort arrays and numbers the instances. Shares the group's random stream, so draws keep their order.
 */
final class CohortLaunches {
  private final Cohorts cohorts;
  private final GroupParams params;
  private final Zones zones;
  private final TypeAllocation types;
  private final HealthClocks health;
  private final LifecycleHooks hooks;
  private final SplittableRandom random;
  private int nextSeq;
  /** Instances started or launched since the last {@link #takeLaunched}. */
  private int launched;

  CohortLaunches(Cohorts cohorts, GroupParams params, Zones zones, TypeAllocation types, HealthClocks health,
      LifecycleHooks hooks, SplittableRandom random) {
    this.cohorts = cohorts;
    this.params = params;
    this.zones = zones;
    this.types = types;
    this.health = health;
    this.hooks = hooks;
    this.random = random;
  }

  /** Instances launched since the last call, and starts counting again. */
  int takeLaunched() {
    int n = launched;
    launched = 0;
    return n;
  }

  /** The sequence number the next launched instance gets. */
  int nextSeq() {
    return nextSeq;
  }

  /** Takes the next sequence number for an instance launched outside a cohort (into the warm pool). */
  int claimSeq() {
    return claim(1);
  }

  /**
   * Puts running, healthy, warm instances of purchase {@code option} holding {@code n} capacity units in their emptiest
   * AZs at {@code t}; returns the capacity units placed.
   */
  int start(long t, int n, int option) {
    types.launchAt(t);
    int[][] placed = zones.spread(n, option);
    int units = 0;
    for (int a = 0; a < placed.length; a++) {
      for (int type = 0; type < placed[a].length; type++) {
        if (placed[a][type] > 0) {
          startCohort(t, a, type, placed[a][type], option);
          units += placed[a][type] * types.weight(type);
          launched += placed[a][type];
        }
      }
    }
    return units;
  }

  private void startCohort(long t, int a, int type, int n, int option) {
    int i = cohorts.add();
    init(i, a, type, n, claim(n), LaunchReason.INITIAL, false, option);
    cohorts.launchAt[i] = t;
    cohorts.inServiceAt[i] = t;
    cohorts.lbHealthyAt[i] = t;
    cohorts.lbUnhealthyAt[i] = NEVER;
    cohorts.warmAt[i] = t;
    cohorts.aggregatedAt[i] = t;
    cohorts.unhealthyAt[i] = NEVER;
    cohorts.waitAt[i] = NEVER;
    cohorts.abandonAt[i] = NEVER;
    cohorts.credits[i] = types.credits(type, params.credits()).initialCredits();
    cohorts.launchCredits[i] = types.credits(type, params.credits()).initialLaunchCredits();
  }

  /**
   * Launches instances of purchase {@code option} holding at least {@code n} capacity units cold into its emptiest AZs,
   * booted after the launch delay; returns the capacity units launched.
   */
  int launch(long at, int n, int option, LaunchReason reason, int warmupSeconds, boolean scaleOut) {
    types.launchAt(at);
    int[][] placed = zones.spread(n, option);
    int units = 0;
    for (int a = 0; a < placed.length; a++) {
      for (int type = 0; type < placed[a].length; type++) {
        if (placed[a][type] > 0) {
          launchCohort(at, a, type, placed[a][type], option, reason, warmupSeconds, scaleOut);
          units += placed[a][type] * types.weight(type);
          launched += placed[a][type];
        }
      }
    }
    return units;
  }

  private void launchCohort(long at, int a, int type, int n, int option, LaunchReason reason, int warmupSeconds,
      boolean scaleOut) {
    int i = cohorts.add();
    init(i, a, type, n, claim(n), reason, scaleOut, option);
    long delay = params.launchDelaySeconds();
    if (params.launchDelayJitterSeconds() > 0) {
      delay += random.nextInt(-params.launchDelayJitterSeconds(), params.launchDelayJitterSeconds() + 1);
    }
    cohorts.launchAt[i] = at;
    cohorts.credits[i] = 0;
    cohorts.launchCredits[i] = types.credits(type, params.credits()).launchCredits();
    clocksFrom(i, at + Math.max(0, delay), warmupSeconds, false);
  }

  /**
   * Starts pool instance {@code seq} into the group at {@code at}, in its AZ {@code az} with its id: booted after
   * {@code startSeconds} (the pool state's start time), then the launch hooks' second run (aws-behaviour §7.6 [D]).
   * On-Demand of the launch template's type (weight 1): AWS allows no warm pool with a mixed instances policy.
   */
  void launchWarm(long at, int seq, int az, LaunchReason reason, int warmupSeconds, boolean scaleOut,
      int startSeconds) {
    zones.add(az, PurchaseMix.ON_DEMAND, 0, 1);
    int i = cohorts.add();
    init(i, az, 0, 1, seq, reason, scaleOut, PurchaseMix.ON_DEMAND);
    cohorts.launchAt[i] = at;
    cohorts.credits[i] = 0;
    cohorts.launchCredits[i] = types.credits(0, params.credits()).launchCredits();
    clocksFrom(i, at + startSeconds, warmupSeconds, true);
    launched++;
  }

  /**
   * Sets cohort {@code i}'s clocks for an instance booted at {@code booted} ({@code warmStart}: started from the warm
   * pool, where the launch hooks run a second time, aws-behaviour §7.6): the launch hooks hold it in Pending:Wait,
   * then it is registered and InService (grace period and warm-up start then, aws-behaviour §6.5 [D]); a hook's ABANDON
   * terminates it instead, at the end of its wait.
   */
  private void clocksFrom(int i, long booted, int warmupSeconds, boolean warmStart) {
    long inSvc = booted;
    cohorts.waitAt[i] = NEVER;
    cohorts.abandonAt[i] = NEVER;
    if (hooks.hasLaunch()) {
      hooks.drawLaunch(random, warmStart);
      cohorts.waitAt[i] = booted;
      if (hooks.abandoned) {
        cohorts.abandonAt[i] = booted + hooks.seconds;
        cohorts.inServiceAt[i] = NEVER;
        cohorts.warmAt[i] = NEVER;
        cohorts.aggregatedAt[i] = NEVER;
        cohorts.lbHealthyAt[i] = NEVER;
        cohorts.lbUnhealthyAt[i] = NEVER;
        cohorts.unhealthyAt[i] = NEVER;
        return;
      }
      inSvc = booted + hooks.seconds;
    }
    cohorts.inServiceAt[i] = inSvc;
    cohorts.warmAt[i] = inSvc + Math.max(0, warmupSeconds);
    // aws-behaviour §2.2 item 1 [D]: "With default warmup not enabled (or 0), instances contribute as soon as they
    // are InService"; the warm-up still gates scale-out and scale-in (items 2-4).
    cohorts.aggregatedAt[i] = params.metricsWaitForWarmup() ? cohorts.warmAt[i] : inSvc;
    health.set(cohorts, i, inSvc);
  }

  /** The first of {@code n} new consecutive sequence numbers. */
  private int claim(int n) {
    int first = nextSeq;
    nextSeq += n;
    return first;
  }

  private void init(int i, int az, int type, int n, int firstSeq, LaunchReason reason, boolean scaleOut, int option) {
    cohorts.count[i] = n;
    cohorts.option[i] = (byte) option;
    cohorts.type[i] = (byte) type;
    cohorts.az[i] = az;
    cohorts.firstSeq[i] = firstSeq;
    cohorts.reason[i] = (byte) reason.ordinal();
    cohorts.scaleOut[i] = scaleOut;
    cohorts.drainAt[i] = NEVER;
    cohorts.terminatedAt[i] = NEVER;
    cohorts.termWaitAt[i] = NEVER;
    cohorts.toPool[i] = false;
    cohorts.rebalanceAt[i] = NEVER;
    cohorts.interruptAt[i] = NEVER;
    cohorts.replacedAt[i] = NEVER;
    cohorts.phase[i] = 0;
  }
}
