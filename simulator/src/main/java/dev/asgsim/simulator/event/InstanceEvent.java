package dev.asgsim.simulator.event;

/** One step in the life of a cohort of instances, as a listener sees it. */
public enum InstanceEvent {
  /** Launch requested: Pending, billing starts (aws-behaviour §6.4 [D]). */
  LAUNCHED,
  /** Held by a launch lifecycle hook: Pending:Wait (aws-behaviour §6.5 [D]). */
  PENDING_WAIT,
  /** Registered with the load balancer and InService; grace period and warm-up start (aws-behaviour §6.4, §2.2 [D]). */
  IN_SERVICE,
  /** Passed the load balancer's health check: receives traffic (aws-behaviour §6.1 [D]). */
  LB_HEALTHY,
  /** Failed the load balancer's health checks (aws-behaviour §6.1 [D]). */
  LB_UNHEALTHY,
  /** Warm-up over: counted in the group's aggregated metrics (aws-behaviour §2.2 [D]). */
  WARMED_UP,
  /** Auto Scaling marked it Unhealthy; it will be replaced (aws-behaviour §6.3 [D]). */
  MARKED_UNHEALTHY,
  /** Selected for termination: deregistered from the load balancer (draining), out of the metric (aws-behaviour §2.2 [D]). */
  TERMINATING,
  /** Deregistered and held by a terminate lifecycle hook: Terminating:Wait, still billed (aws-behaviour §6.5 [D]). */
  TERMINATING_WAIT,
  /** Terminated: billing ends. */
  TERMINATED,
  /** Launched into the warm pool: Warmed:Pending (aws-behaviour §6.4, §7.6 [D]). */
  WARMED_PENDING,
  /** Held by a launch lifecycle hook on its way into the warm pool: Warmed:Pending:Wait (aws-behaviour §7.6 [D]). */
  WARMED_PENDING_WAIT,
  /** In its pool state: Warmed:Stopped, Warmed:Running or Warmed:Hibernated (aws-behaviour §7.6 [D]). */
  WARMED,
  /** Leaving the warm pool to be terminated: Warmed:Terminating (aws-behaviour §6.4 [D]). */
  WARMED_TERMINATING,
  /** Held by a terminate lifecycle hook on its way out of the warm pool: Warmed:Terminating:Wait (aws-behaviour §6.4). */
  WARMED_TERMINATING_WAIT,
  /** Terminated out of the warm pool: Warmed:Terminated, billing ends. */
  WARMED_TERMINATED,
  /**
   * A Spot instance got an EC2 instance rebalance recommendation: "at an elevated risk of interruption"; its
   * two-minute interruption notice follows (aws-behaviour §7.7 [D]).
   */
  REBALANCE_RECOMMENDATION,
  /** EC2 interrupted the Spot instance two minutes after its notice: it stops serving and billing (aws-behaviour §7.7). */
  INTERRUPTED
}
