package dev.asgsim.core.policy;

/**
 * What the engine needs to know about the group's instances at an evaluation; the simulator implements it (read-only,
 * called during {@link ScalingEngine#evaluate}). Counts are in capacity units (instances when not weighted).
 */
public interface GroupView {
  /** InService instances, warming ones included. */
  int inService();

  /** InService instances past their warm-up: N_eff, whose metrics are aggregated (aws-behaviour §2.2 [D]). */
  int warm();

  /** Pending instances (launched, not yet InService). */
  int pending();

  /**
   * Instances terminating: selected for termination and not yet terminated (draining from the load balancer,
   * Terminating, Terminating:Wait). They stay part of current capacity while scaling in (aws-behaviour §2.2-6a [D]: "While
   * scaling in, we consider instances that are terminating as part of the current capacity of the group").
   */
  int terminating();

  /**
   * Instances launched by a scale-out decision ({@link Decision#scaleOut()}) that are pending or still warming. While
   * positive, every policy-initiated scale-in is blocked (aws-behaviour §2.2 item 4 [D]) and step scale-out counts them as
   * capacity already added (§4.3 [D]).
   */
  int scaleOutWarming();

  /**
   * Whether a health check replacement is in progress: an instance marked Unhealthy is not yet terminated, or its
   * replacement is owed or not yet InService. A simple policy waits for it (aws-behaviour §3 [D]: "A simple scaling
   * policy must also wait for an in-progress scaling activity or health check replacement to complete"); step and
   * target tracking policies do not.
   */
  default boolean replacingUnhealthy() {
    return false;
  }

  /**
   * Capacity units the group holds above desired because instance weights overshot it (aws-behaviour §7.11 [D]: the
   * group is "either at the desired capacity or above it", by less than the largest weight); 0 without weights. A
   * step or simple decrement counts from current capacity, so one smaller than this does nothing (aws-behaviour §4.2
   * [D]: desired 30, current 32, −1 ⇒ nothing).
   */
  default int overage() {
    return 0;
  }

  /** True current demand, only for clairvoyant plug-ins; NaN when unknown. */
  default double demand() {
    return Double.NaN;
  }
}
