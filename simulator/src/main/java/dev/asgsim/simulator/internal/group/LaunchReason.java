package dev.asgsim.simulator.internal.group;

/** Why instances were launched or terminated; decides warm-up, scale-in blocking and the activity's Cause. */
public enum LaunchReason {
  /** In the group when the simulation starts. */
  INITIAL,
  /** A scaling policy or scheduled action changed the desired capacity. */
  DESIRED_CHANGE,
  /** Replacing an instance found unhealthy (aws-behaviour §6.3). */
  HEALTH_REPLACEMENT,
  /** Replacing an instance that reached MaxInstanceLifetime (aws-behaviour §7.5). */
  MAX_LIFETIME,
  /** Replacing an instance a launch lifecycle hook abandoned (aws-behaviour §6.5: "ABANDON ⇒ terminate & replace"). */
  HOOK_ABANDONED,
  /** Taken out of the warm pool because its target size fell (aws-behaviour §7.6: "refilled or shrunk"). */
  POOL_SHRINK,
  /** Taken out of the warm pool after failing its health check, and replaced there (aws-behaviour §7.6 [D]). */
  POOL_UNHEALTHY,
  /** A Spot instance interrupted by EC2 and replaced after its health check failed (aws-behaviour §7.7 [D]). */
  SPOT_INTERRUPTION,
  /** Capacity Rebalancing: a replacement launched on a rebalance recommendation, the old one then terminated (§7.7). */
  CAPACITY_REBALANCE
}
