package dev.asgsim.simulator.internal.group;

import static dev.asgsim.simulator.internal.group.Cohorts.NEVER;

import dev.asgsim.simulator.event.InstanceEvent;

/** Turns a cohort's clocks into the instance events a listener sees while the group's time moves over them. */
final class CohortEvents {
  private final Cohorts cohorts;
  private final boolean loadBalanced;

  CohortEvents(Cohorts cohorts, boolean loadBalanced) {
    this.cohorts = cohorts;
    this.loadBalanced = loadBalanced;
  }

  /**
   * Emits cohort {@code i}'s launch, InService, load balancer and warm-up events in {@code (from, t]}; those after
   * the cohort was taken out of service (draining, marked Unhealthy) did not happen.
   */
  void lifecycle(GroupListener l, long from, long t, int i, LaunchReason reason) {
    emit(l, from, t, cohorts.launchAt[i], InstanceEvent.LAUNCHED, i, reason);
    emit(l, from, t, cohorts.waitAt[i], InstanceEvent.PENDING_WAIT, i, reason);
    emit(l, from, t, cohorts.inServiceAt[i], InstanceEvent.IN_SERVICE, i, reason);
    long drain = cohorts.drainAt[i];
    if (cohorts.lbUnhealthyAt[i] < drain) {
      emit(l, from, t, cohorts.lbUnhealthyAt[i], InstanceEvent.LB_UNHEALTHY, i, reason);
    }
    if (cohorts.lbHealthyAt[i] < drain && cohorts.lbHealthyAt[i] < cohorts.unhealthyAt[i] && loadBalanced) {
      emit(l, from, t, cohorts.lbHealthyAt[i], InstanceEvent.LB_HEALTHY, i, reason);
    }
    if (cohorts.warmAt[i] < drain && cohorts.warmAt[i] > cohorts.inServiceAt[i]) {
      emit(l, from, t, cohorts.warmAt[i], InstanceEvent.WARMED_UP, i, reason);
    }
  }

  /** Emits event {@code e} of cohort {@code i} if its time {@code at} is in {@code (from, to]}. */
  void emit(GroupListener l, long from, long to, long at, InstanceEvent e, int i, LaunchReason reason) {
    if (at > from && at <= to && at != NEVER) {
      l.onInstanceEvent(at, e, cohorts.firstSeq[i], cohorts.count[i], cohorts.az[i], reason);
    }
  }
}
