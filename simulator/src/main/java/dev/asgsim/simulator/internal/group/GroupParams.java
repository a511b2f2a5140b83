package dev.asgsim.simulator.internal.group;

import java.util.List;

/**
 * The group-side numbers of one simulation, resolved from the config (AWS defaults and aws-behaviour §12 defaults applied).
 *
 * @param availabilityZones      AZ names, in config order (at least one)
 * @param loadBalanced           a target group / load balancer is attached: traffic only to LB-healthy targets
 * @param elbHealthChecks        HealthCheckType includes ELB (aws-behaviour §6.1)
 * @param terminationPolicies    TerminationPolicies in order (Default when empty)
 * @param defaultWarmupSeconds   warm-up for instances not launched by a policy: DefaultInstanceWarmup, else 0
 * @param maxInstanceLifetime    seconds, 0 = none
 * @param registersNewInstances  instances launched during the run are registered with the load balancer (false when
 *                               {@code AddToLoadBalancer} is suspended, aws-behaviour §7.8 [D])
 * @param metricsWaitForWarmup   a warming instance stays out of the aggregated metric until its warm-up ends: with
 *                               DefaultInstanceWarmup set, or by the older reading
 *                               ({@code Simulation.PolicyWarmupHidesMetrics}, aws-behaviour §2.2 item 1)
 * @param pendingSeconds         seconds from launch to EC2's {@code running}, when billing starts (aws-behaviour §6.4)
 * @param outsideTargets         healthy targets in the target group that the group does not manage (aws-behaviour §12.1a)
 * @param outsideCapacityPercent what one outside target can serve, in percent of one group instance's CPU
 */
public record GroupParams(
    List<String> availabilityZones,
    boolean loadBalanced,
    boolean elbHealthChecks,
    int gracePeriodSeconds,
    List<String> terminationPolicies,
    boolean newInstancesProtected,
    int maxInstanceLifetime,
    int defaultWarmupSeconds,
    int launchDelaySeconds,
    int launchDelayJitterSeconds,
    int appStartSeconds,
    int healthCheckIntervalSeconds,
    int healthyThresholdCount,
    int unhealthyThresholdCount,
    int groupHealthCheckIntervalSeconds,
    int deregistrationDelaySeconds,
    CreditParams credits,
    boolean registersNewInstances,
    boolean metricsWaitForWarmup,
    int pendingSeconds,
    int outsideTargets,
    double outsideCapacityPercent) {

  public GroupParams {
    availabilityZones = List.copyOf(availabilityZones);
    terminationPolicies = List.copyOf(terminationPolicies);
  }

  /**
   * As the canonical constructor, registering new instances, metrics waiting for the warm-up, billed from launch, no
   * outside targets.
   */
  public GroupParams(List<String> availabilityZones, boolean loadBalanced, boolean elbHealthChecks,
      int gracePeriodSeconds, List<String> terminationPolicies, boolean newInstancesProtected, int maxInstanceLifetime,
      int defaultWarmupSeconds, int launchDelaySeconds, int launchDelayJitterSeconds, int appStartSeconds,
      int healthCheckIntervalSeconds, int healthyThresholdCount, int unhealthyThresholdCount,
      int groupHealthCheckIntervalSeconds, int deregistrationDelaySeconds, CreditParams credits) {
    this(availabilityZones, loadBalanced, elbHealthChecks, gracePeriodSeconds, terminationPolicies,
        newInstancesProtected, maxInstanceLifetime, defaultWarmupSeconds, launchDelaySeconds, launchDelayJitterSeconds,
        appStartSeconds, healthCheckIntervalSeconds, healthyThresholdCount, unhealthyThresholdCount,
        groupHealthCheckIntervalSeconds, deregistrationDelaySeconds, credits, true, true, 0, 0, 0);
  }

  /** [D] aws-behaviour §6.3: health replacement in batches of at most 10 % of desired (at least one). */
  public static final double DEFAULT_REPLACEMENT_BATCH_FRACTION = 0.10;
}
