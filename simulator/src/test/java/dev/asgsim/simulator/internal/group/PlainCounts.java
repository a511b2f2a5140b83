package dev.asgsim.simulator.internal.group;

import static dev.asgsim.simulator.internal.group.Cohorts.NEVER;

/**
 * The reference for {@link Counts}: the full recount of every cohort, as {@link Counts#count} was before it kept its
 * totals between recounts (03f23eb), written out again here so that {@link IncrementalCountsTest} compares the kept
 * totals with an independent count. It writes nothing into the cohorts; {@link #phase} holds what it found.
 */
final class PlainCounts {
  int warmInstances;
  int servingInstances;
  int servingWarmInstances;
  double servingCpu;
  int pending;
  int inService;
  int warm;
  int serving;
  int servingWarm;
  int terminating;
  int pendingWait;
  int terminatingWait;
  int nonTerminating;
  int warmingScaleOut;
  int replacementsInFlight;
  int healthReplacing;
  byte[] phase = new byte[0];
  long next;

  PlainCounts(Cohorts cohorts, TypeAllocation types, long t, int maxInstanceLifetime) {
    phase = new byte[cohorts.size];
    next = NEVER;
    for (int i = 0; i < cohorts.size; i++) {
      int count = cohorts.count[i];
      int n = count * types.weight(cohorts.type[i]);
      boolean replacement = cohorts.reason[i] == (byte) LaunchReason.HEALTH_REPLACEMENT.ordinal();
      if (!cohorts.terminating(i)) {
        nonTerminating += n;
        if (cohorts.scaleOut[i] && cohorts.warmAt[i] > t) {
          warmingScaleOut += n;
        }
        if (replacement && (cohorts.warmAt[i] > t || cohorts.lbHealthyAt[i] > t)) {
          replacementsInFlight += n;
        }
      }
      if ((cohorts.terminating(i) && cohorts.unhealthyAt[i] <= cohorts.drainAt[i])
          || (replacement && !cohorts.terminating(i) && cohorts.inServiceAt[i] > t)) {
        healthReplacing += n;
      }
      byte p = 0;
      if (cohorts.drainAt[i] <= t) {
        terminating += n;
        if (cohorts.termWaitAt[i] <= t) {
          terminatingWait += n;
        }
      } else if (cohorts.inServiceAt[i] <= t) {
        inService += n;
        p = Cohorts.ACTIVE;
        if (cohorts.aggregatedAt[i] <= t) {
          warm += n;
          warmInstances += count;
          p |= Cohorts.AGGREGATED;
        }
        if (cohorts.serving(i, t)) {
          serving += n;
          servingInstances += count;
          servingCpu += count * types.cpu(cohorts.type[i]);
          p |= Cohorts.SERVES;
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
      phase[i] = p;
      next = Math.min(next, after(t, cohorts.launchAt[i]));
      next = Math.min(next, after(t, cohorts.inServiceAt[i]));
      next = Math.min(next, after(t, cohorts.lbHealthyAt[i]));
      next = Math.min(next, after(t, cohorts.lbUnhealthyAt[i]));
      next = Math.min(next, after(t, cohorts.warmAt[i]));
      next = Math.min(next, after(t, cohorts.aggregatedAt[i]));
      next = Math.min(next, cohorts.terminating(i) ? after(t, cohorts.drainAt[i]) : cohorts.unhealthyAt[i] <= t ? t + 1
          : after(t, cohorts.unhealthyAt[i]));
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
  }

  private static long after(long t, long at) {
    return at > t ? at : NEVER;
  }

  /** The totals in one line, the same shape as {@link #of(Counts)}, for a readable difference. */
  String totals() {
    return line(pending, inService, warm, serving, servingWarm, terminating, pendingWait, terminatingWait,
        nonTerminating, warmingScaleOut, replacementsInFlight, healthReplacing, warmInstances, servingInstances,
        servingWarmInstances, servingCpu);
  }

  static String of(Counts c) {
    return line(c.pending, c.inService, c.warm, c.serving, c.servingWarm, c.terminating, c.pendingWait,
        c.terminatingWait, c.nonTerminating, c.warmingScaleOut, c.replacementsInFlight, c.healthReplacing,
        c.warmInstances, c.servingInstances, c.servingWarmInstances, c.servingCpu);
  }

  private static String line(int pending, int inService, int warm, int serving, int servingWarm, int terminating,
      int pendingWait, int terminatingWait, int nonTerminating, int warmingScaleOut, int replacementsInFlight,
      int healthReplacing, int warmInstances, int servingInstances, int servingWarmInstances, double servingCpu) {
    return "pending " + pending + ", inService " + inService + ", warm " + warm + ", serving " + serving
        + ", servingWarm " + servingWarm + ", terminating " + terminating + ", pendingWait " + pendingWait
        + ", terminatingWait " + terminatingWait + ", nonTerminating " + nonTerminating + ", warmingScaleOut "
        + warmingScaleOut + ", replacementsInFlight " + replacementsInFlight + ", healthReplacing " + healthReplacing
        + ", warmInstances " + warmInstances + ", servingInstances " + servingInstances + ", servingWarmInstances "
        + servingWarmInstances + ", servingCpu bits " + Long.toHexString(Double.doubleToRawLongBits(servingCpu));
  }
}
