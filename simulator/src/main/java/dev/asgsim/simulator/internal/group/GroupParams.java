package dev.asgsim.simulator.internal.group;

import java.util.List;

/**
 * The group-side numbers of one simulation, resolved from the config (AWS defaults and spec §12 defaults applied).
 *
 * @param availabilityZones      AZ names, in config order (at least one)
 * @param loadBalanced           a target group / load balancer is attached: traffic only to LB-healthy targets
 * @param elbHealthChecks        HealthCheckType includes ELB (spec §6.1)
 * @param terminationPolicies    TerminationPolicies in order (Default when empty)
 * @param defaultWarmupSeconds   warm-up for instances not launched by a policy: DefaultInstanceWarmup, else 0
 * @param maxInstanceLifetime    seconds, 0 = none
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
    CreditParams credits) {

  public GroupParams {
    availabilityZones = List.copyOf(availabilityZones);
    terminationPolicies = List.copyOf(terminationPolicies);
  }

  /** [D] spec §6.3: health replacement in batches of at most 10 % of desired (at least one). */
  public static final double DEFAULT_REPLACEMENT_BATCH_FRACTION = 0.10;
}
