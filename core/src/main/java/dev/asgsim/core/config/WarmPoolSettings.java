package dev.asgsim.core.config;

import java.io.Serializable;

/**
 * {@code Simulation.WarmPool}: the warm pool numbers AWS does not publish (aws-behaviour §7.6 [O]/[I]); every member
 * optional with the default of AWS's own sample (t2.micro with an app-installing hook, pool Stopped).
 *
 * @param fromStoppedSeconds    a Stopped pool instance starting into the group, before the launch hook runs again
 * @param fromHibernatedSeconds the same from a Hibernated pool
 * @param fromRunningSeconds    the same from a Running pool
 * @param intoPoolExtraSeconds  what a launch into the pool takes beyond a cold launch (stopping it), hook time apart
 * @param ebsGiB                the EBS volume size of one instance, billed while the instance is Stopped or Hibernated
 * @param ebsPricePerGibMonth   USD per GiB-month of that volume
 * @param unhealthyPerInstanceDay     how often a pooled instance fails its pool health check (EBS volume status when
 *                                    Stopped or Hibernated, EC2 status checks when Running): expected failures per
 *                                    instance-day, seeded; 0 (the default) never
 * @param unhealthyTerminationSeconds from the failed check to the unhealthy instance's termination ("usually
 *                                    terminated within a few minutes")
 */
public record WarmPoolSettings(
    Integer fromStoppedSeconds,
    Integer fromHibernatedSeconds,
    Integer fromRunningSeconds,
    Integer intoPoolExtraSeconds,
    Double ebsGiB,
    Double ebsPricePerGibMonth,
    Double unhealthyPerInstanceDay,
    Integer unhealthyTerminationSeconds) implements Serializable {

  /** [O] aws-behaviour §7.6: AWS's sample launched from the Stopped pool into the group in 36 s. */
  public static final int DEFAULT_FROM_STOPPED_SECONDS = 36;
  /** [I] aws-behaviour §7.6: Hibernated like Stopped (resuming memory instead of booting; no published number). */
  public static final int DEFAULT_FROM_HIBERNATED_SECONDS = 36;
  /** [I] aws-behaviour §7.6: a Running pool instance only moves into the group, ≈ 10 s. */
  public static final int DEFAULT_FROM_RUNNING_SECONDS = 10;
  /**
   * [I] aws-behaviour §7.6: filling the pool is a cold launch plus the {@code Warmed:Pending:Wait} hook time (AWS's sample
   * took 260 s into the pool against 243 s cold into the group [O]: set 17 to add its stop time).
   */
  public static final int DEFAULT_INTO_POOL_EXTRA_SECONDS = 0;
  /** [I] a common root volume: 8 GiB of gp3. */
  public static final double DEFAULT_EBS_GIB = 8;
  /** [I] gp3 in us-east-1: 0.08 USD per GiB-month. */
  public static final double DEFAULT_EBS_PRICE_PER_GIB_MONTH = 0.08;
  /**
   * [I] aws-behaviour §7.6: AWS publishes no failure rate of pooled instances; without one none fails (set it to see
   * the pool replace its unhealthy instances).
   */
  public static final double DEFAULT_UNHEALTHY_PER_INSTANCE_DAY = 0;
  /**
   * [I] aws-behaviour §7.6 [D] words "Instances are usually terminated within a few minutes after failing their health
   * check": 2 minutes.
   */
  public static final int DEFAULT_UNHEALTHY_TERMINATION_SECONDS = 120;
  public static final WarmPoolSettings DEFAULTS =
      new WarmPoolSettings(null, null, null, null, null, null, null, null);

  /** Seconds from the pool state into the group (before the launch hook); {@code state} as PoolState spells it. */
  public int fromPoolSeconds(String state) {
    if ("Running".equals(state)) {
      return fromRunningSeconds == null ? DEFAULT_FROM_RUNNING_SECONDS : fromRunningSeconds;
    }
    if ("Hibernated".equals(state)) {
      return fromHibernatedSeconds == null ? DEFAULT_FROM_HIBERNATED_SECONDS : fromHibernatedSeconds;
    }
    return fromStoppedSeconds == null ? DEFAULT_FROM_STOPPED_SECONDS : fromStoppedSeconds;
  }

  /** Seconds a launch into the pool takes beyond a cold launch (stopping or hibernating the instance). */
  public int effectiveIntoPoolExtraSeconds() {
    return intoPoolExtraSeconds == null ? DEFAULT_INTO_POOL_EXTRA_SECONDS : intoPoolExtraSeconds;
  }

  public double effectiveEbsGiB() {
    return ebsGiB == null ? DEFAULT_EBS_GIB : ebsGiB;
  }

  public double effectiveEbsPricePerGibMonth() {
    return ebsPricePerGibMonth == null ? DEFAULT_EBS_PRICE_PER_GIB_MONTH : ebsPricePerGibMonth;
  }

  public double effectiveUnhealthyPerInstanceDay() {
    return unhealthyPerInstanceDay == null ? DEFAULT_UNHEALTHY_PER_INSTANCE_DAY : unhealthyPerInstanceDay;
  }

  public int effectiveUnhealthyTerminationSeconds() {
    return unhealthyTerminationSeconds == null ? DEFAULT_UNHEALTHY_TERMINATION_SECONDS : unhealthyTerminationSeconds;
  }
}
