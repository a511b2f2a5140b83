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
  private final HealthClocks health;
  private final LifecycleHooks hooks;
  private final SplittableRandom random;
  private int nextSeq;

  CohortLaunches(Cohorts cohorts, GroupParams params, Zones zones, HealthClocks health, LifecycleHooks hooks,
      SplittableRandom random) {
    this.cohorts = cohorts;
    this.params = params;
    this.zones = zones;
    this.health = health;
    this.hooks = hooks;
    this.random = random;
  }

  /** The sequence number the next launched instance gets. */
  int nextSeq() {
    return nextSeq;
  }

  /** Puts {@code n} running, healthy, warm instances of purchase {@code option} in their emptiest AZs at {@code t}. */
  void start(long t, int n, int option) {
    int[] perAz = zones.spread(n, option);
    for (int a = 0; a < perAz.length; a++) {
      if (perAz[a] == 0) {
        continue;
      }
      int i = cohorts.add();
      init(i, a, perAz[a], LaunchReason.INITIAL, false, option);
      cohorts.launchAt[i] = t;
      cohorts.inServiceAt[i] = t;
      cohorts.lbHealthyAt[i] = t;
      cohorts.lbUnhealthyAt[i] = NEVER;
      cohorts.warmAt[i] = t;
      cohorts.aggregatedAt[i] = t;
      cohorts.unhealthyAt[i] = NEVER;
      cohorts.waitAt[i] = NEVER;
      cohorts.abandonAt[i] = NEVER;
      cohorts.credits[i] = params.credits().initialCredits();
      cohorts.launchCredits[i] = params.credits().initialLaunchCredits();
    }
  }

  /**
   * Launches {@code n} of purchase {@code option} into its emptiest AZs, booted after {@code startSeconds} (−1: a cold
   * launch's delay).
   */
  void launch(long at, int n, int option, LaunchReason reason, int warmupSeconds, boolean scaleOut,
      int startSeconds) {
    int[] perAz = zones.spread(n, option);
    for (int a = 0; a < perAz.length; a++) {
      if (perAz[a] == 0) {
        continue;
      }
      int i = cohorts.add();
      init(i, a, perAz[a], reason, scaleOut, option);
      long delay = startSeconds >= 0 ? startSeconds : params.launchDelaySeconds();
      if (startSeconds < 0 && params.launchDelayJitterSeconds() > 0) {
        delay += random.nextInt(-params.launchDelayJitterSeconds(), params.launchDelayJitterSeconds() + 1);
      }
      cohorts.launchAt[i] = at;
      cohorts.credits[i] = 0;
      cohorts.launchCredits[i] = params.credits().launchCredits();
      clocksFrom(i, at + Math.max(0, delay), warmupSeconds, startSeconds >= 0);
    }
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

  private void init(int i, int az, int n, LaunchReason reason, boolean scaleOut, int option) {
    cohorts.count[i] = n;
    cohorts.option[i] = (byte) option;
    cohorts.az[i] = az;
    cohorts.firstSeq[i] = nextSeq;
    nextSeq += n;
    cohorts.reason[i] = (byte) reason.ordinal();
    cohorts.scaleOut[i] = scaleOut;
    cohorts.drainAt[i] = NEVER;
    cohorts.terminatedAt[i] = NEVER;
    cohorts.termWaitAt[i] = NEVER;
    cohorts.toPool[i] = false;
    cohorts.phase[i] = 0;
  }
}
