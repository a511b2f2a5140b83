package dev.asgsim.simulator.internal.group;

import static dev.asgsim.simulator.internal.group.Cohorts.NEVER;

/**
 * How many of the group's instances are in each state at one time, and the next time any cohort's clock changes that
 * (one pass over the cohorts). Pending, InService and Terminating partition the instances (aws-behaviour §6.4 [D]).
 * Counts are in capacity units, the group's weights applied (instances when not weighted, aws-behaviour §7.11 [D]:
 * "MinSize, MaxSize and desired are capacity units"); the {@code *Instances} counts and {@link #servingCpu} are for
 * the metric (an average over instances) and the load balancer.
 */
final class Counts {
  private final TypeAllocation types;
  /** InService instances in the aggregated metric (not units): CloudWatch averages over instances. */
  int warmInstances;
  /** Serving instances (not units): the load balancer's targets. */
  int servingInstances;
  int servingWarmInstances;
  /** What the serving instances serve at 100 % CPU, in instances of the reference type (aws-behaviour §7.11 [I]). */
  double servingCpu;
  int pending;
  int inService;
  /** InService and in the aggregated metric: N_eff (aws-behaviour §2.2 item 1). */
  int warm;
  /** Receiving traffic from the load balancer. */
  int serving;
  int servingWarm;
  int terminating;
  /** Held by launch hooks: Pending:Wait (aws-behaviour §6.5). */
  int pendingWait;
  /** Held by terminate hooks: Terminating:Wait (aws-behaviour §6.5). */
  int terminatingWait;
  /** Pending or InService and not selected for termination: what counts toward desired. */
  int nonTerminating;
  /** Launched by a scale-out and still warming (aws-behaviour §2.2 rule 3, 4). */
  int warmingScaleOut;
  /** Health replacements not yet warm and healthy: they use the 10 % replacement batch (aws-behaviour §6.3). */
  int replacementsInFlight;
  /**
   * Instances of a health check replacement not yet done: marked Unhealthy and not yet terminated, or launched as a
   * replacement and not yet InService (aws-behaviour §3 [D]: simple policies wait for it).
   */
  int healthReplacing;

  /**
   * Counts {@code cohorts} at {@code t} and returns the first clock after {@code t} at which a count or an event
   * changes ({@link Cohorts#NEVER} if none).
   *
   * @param maxInstanceLifetime seconds, 0 for none: an instance past it must be retired at the next step
   */
  long count(Cohorts cohorts, long t, int maxInstanceLifetime) {
    pending = 0;
    inService = 0;
    warm = 0;
    serving = 0;
    terminating = 0;
    pendingWait = 0;
    terminatingWait = 0;
    nonTerminating = 0;
    warmingScaleOut = 0;
    replacementsInFlight = 0;
    healthReplacing = 0;
    servingWarm = 0;
    warmInstances = 0;
    servingInstances = 0;
    servingWarmInstances = 0;
    servingCpu = 0;
    long next = NEVER;
    for (int i = 0; i < cohorts.size; i++) {
      int count = cohorts.count[i];
      int n = count * types.weight(cohorts.type[i]);
      if (!cohorts.terminating(i)) {
        nonTerminating += n;
        if (cohorts.scaleOut[i] && cohorts.warmAt[i] > t) {
          warmingScaleOut += n;
        }
        if (cohorts.reason[i] == (byte) LaunchReason.HEALTH_REPLACEMENT.ordinal()
            && (cohorts.warmAt[i] > t || cohorts.lbHealthyAt[i] > t)) {
          replacementsInFlight += n;
        }
      }
      boolean replacement = cohorts.reason[i] == (byte) LaunchReason.HEALTH_REPLACEMENT.ordinal();
      // A health victim's termination starts at its Unhealthy mark (Group.markUnhealthy); a scale-in victim's does not.
      if ((cohorts.terminating(i) && cohorts.unhealthyAt[i] <= cohorts.drainAt[i])
          || (replacement && !cohorts.terminating(i) && cohorts.inServiceAt[i] > t)) {
        healthReplacing += n;
      }
      byte phase = 0;
      if (cohorts.drainAt[i] <= t) {
        terminating += n;
        if (cohorts.termWaitAt[i] <= t) {
          terminatingWait += n;
        }
      } else if (cohorts.inServiceAt[i] <= t) {
        inService += n;
        phase = Cohorts.ACTIVE;
        if (cohorts.aggregatedAt[i] <= t) {
          warm += n;
          warmInstances += count;
          phase |= Cohorts.AGGREGATED;
        }
        if (cohorts.serving(i, t)) {
          serving += n;
          servingInstances += count;
          servingCpu += count * types.cpu(cohorts.type[i]);
          phase |= Cohorts.SERVES;
          if (cohorts.aggregatedAt[i] <= t) {
            servingWarm += n;
            servingWarmInstances += count;
          }
        }
      } else {
        pending += n;
        if (cohorts.waitAt[i] <= t) {
          pendingWait += n;
        }
      }
      cohorts.phase[i] = phase;
      next = Math.min(next, after(t, cohorts.launchAt[i]));
      next = Math.min(next, after(t, cohorts.inServiceAt[i]));
      next = Math.min(next, after(t, cohorts.lbHealthyAt[i]));
      next = Math.min(next, after(t, cohorts.lbUnhealthyAt[i]));
      next = Math.min(next, after(t, cohorts.warmAt[i]));
      next = Math.min(next, after(t, cohorts.aggregatedAt[i]));
      next = Math.min(next, cohorts.terminating(i) ? after(t, cohorts.drainAt[i]) : cohorts.unhealthyAt[i] <= t ? t + 1
          : after(t, cohorts.unhealthyAt[i]));
      // A termination already due (a scale-in at this very time without deregistration delay) is the next event: the
      // next advance removes it, so it leaves the terminating count when AWS has it gone (aws-behaviour §2.2 item 6a).
      next = Math.min(next, Math.max(t, cohorts.terminatedAt[i]));
      next = Math.min(next, after(t, cohorts.waitAt[i]));
      next = Math.min(next, after(t, cohorts.termWaitAt[i]));
      if (!cohorts.terminating(i)) {
        next = Math.min(next, cohorts.abandonAt[i] <= t ? t + 1 : after(t, cohorts.abandonAt[i]));
      }
      if (maxInstanceLifetime > 0 && !cohorts.terminating(i)) {
        next = Math.min(next, Math.max(t + 1, cohorts.launchAt[i] + maxInstanceLifetime));
      }
    }
    return next;
  }

  Counts(TypeAllocation types) {
    this.types = types;
  }

  private static long after(long t, long at) {
    return at > t ? at : NEVER;
  }

  /** Throws unless every instance is in exactly one state and no count is negative. */
  void check(Cohorts cohorts) {
    int total = 0;
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.count[i] <= 0) {
        throw new IllegalStateException("cohort " + i + " has " + cohorts.count[i] + " instances");
      }
      total += cohorts.count[i] * types.weight(cohorts.type[i]);
    }
    if (pending < 0 || inService < 0 || terminating < 0 || warm < 0 || serving < 0 || nonTerminating < 0) {
      throw new IllegalStateException("negative count");
    }
    if (pending + inService + terminating != total) {
      throw new IllegalStateException("states do not add up: pending " + pending + " + in service " + inService
          + " + terminating " + terminating + " != " + total + " units");
    }
    if (warm > inService || serving > inService || nonTerminating > total) {
      throw new IllegalStateException("warm/serving above in service");
    }
  }
}
