package dev.asgsim.simulator.event;

/** One step in the life of a cohort of instances, as a listener sees it. */
public enum InstanceEvent {
  /** Launch requested: Pending, billing starts (spec §6.4 [D]). */
  LAUNCHED,
  /** Registered with the load balancer and InService; grace period and warm-up start (spec §6.4, §2.2 [D]). */
  IN_SERVICE,
  /** Passed the load balancer's health check: receives traffic (spec §6.1 [D]). */
  LB_HEALTHY,
  /** Failed the load balancer's health checks (spec §6.1 [D]). */
  LB_UNHEALTHY,
  /** Warm-up over: counted in the group's aggregated metrics (spec §2.2 [D]). */
  WARMED_UP,
  /** Auto Scaling marked it Unhealthy; it will be replaced (spec §6.3 [D]). */
  MARKED_UNHEALTHY,
  /** Selected for termination: deregistered from the load balancer (draining), out of the metric (spec §2.2 [D]). */
  TERMINATING,
  /** Terminated: billing ends. */
  TERMINATED
}
