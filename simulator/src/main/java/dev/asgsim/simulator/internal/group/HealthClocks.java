package dev.asgsim.simulator.internal.group;

import static dev.asgsim.simulator.internal.group.Cohorts.NEVER;

/**
 * When a new instance's target turns healthy or unhealthy at the load balancer, and when Auto Scaling marks it
 * Unhealthy (spec §6.1 [D]): targets are checked every interval from registration (= InService); the application
 * answers {@code AppStartSeconds} after InService. A new target needs one pass, unless {@code UnhealthyThresholdCount}
 * failures come first: then it is unhealthy and needs {@code HealthyThresholdCount} passes. Auto Scaling marks it
 * Unhealthy at its first health sweep after the grace period while the target is still unhealthy (spec §6.2, §6.3
 * [D]; sweep interval Q9 [I]).
 */
final class HealthClocks {
  private final GroupParams params;

  HealthClocks(GroupParams params) {
    this.params = params;
  }

  /** Sets cohort {@code i}'s load balancer and Unhealthy clocks for an instance InService at {@code inService}. */
  void set(Cohorts cohorts, int i, long inService) {
    if (!params.loadBalanced()) {
      cohorts.lbHealthyAt[i] = inService + params.appStartSeconds();
      cohorts.lbUnhealthyAt[i] = NEVER;
      cohorts.unhealthyAt[i] = NEVER;
      return;
    }
    long interval = params.healthCheckIntervalSeconds();
    long firstPass = Math.max(1, (params.appStartSeconds() + interval - 1) / interval);
    long failures = firstPass - 1;
    if (failures < params.unhealthyThresholdCount()) {
      cohorts.lbHealthyAt[i] = inService + firstPass * interval;
      cohorts.lbUnhealthyAt[i] = NEVER;
    } else {
      cohorts.lbUnhealthyAt[i] = inService + params.unhealthyThresholdCount() * interval;
      cohorts.lbHealthyAt[i] = inService + (firstPass + params.healthyThresholdCount() - 1) * interval;
    }
    cohorts.unhealthyAt[i] = NEVER;
    if (params.elbHealthChecks() && cohorts.lbUnhealthyAt[i] != NEVER) {
      long mark = nextSweep(Math.max(cohorts.lbUnhealthyAt[i], inService + params.gracePeriodSeconds()));
      if (mark < cohorts.lbHealthyAt[i]) {
        cohorts.unhealthyAt[i] = mark;
      }
    }
  }

  /** Auto Scaling's first periodic health check at or after {@code t} (spec §6.1, Q9 [I]). */
  long nextSweep(long t) {
    long s = params.groupHealthCheckIntervalSeconds();
    return Math.floorDiv(t + s - 1, s) * s;
  }
}
