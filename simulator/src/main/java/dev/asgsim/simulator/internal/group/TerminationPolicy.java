package dev.asgsim.simulator.internal.group;

import java.util.Locale;

/**
 * One entry of the group's {@code TerminationPolicies} (aws-behaviour §7.4 [D]) and how it orders two cohorts. Applied in the
 * config's order after AZ balance; ties left by every policy are broken at random by {@link VictimSelector}.
 */
public enum TerminationPolicy {
  OLDEST_INSTANCE,
  NEWEST_INSTANCE,
  CLOSEST_TO_NEXT_INSTANCE_HOUR,
  /**
   * Outdated configuration first, then closest to the next billing hour, then random (aws-behaviour §7.4 "Default"). One
   * launch template is simulated, so the first step never tells instances apart.
   */
  DEFAULT,
  /**
   * {@code AllocationStrategy}: "terminate instances to align the remaining instances to the allocation strategy"
   * (aws-behaviour §7.4 [D]): the type the purchase option's strategy prefers least goes first, and among the pools a
   * launch spreads over, the one with the most instances in its AZ ({@link Zones#compareForTermination}). Tells
   * instances apart only in a group of several types.
   */
  ALLOCATION_STRATEGY,
  /**
   * {@code OldestLaunchTemplate}, {@code OldestLaunchConfiguration} and a Lambda function: with one launch template
   * and no custom function simulated, none of them tells instances apart.
   */
  INDISTINCT;

  /** The policy an AWS name (or Lambda ARN) stands for; the validator has refused unknown names already. */
  public static TerminationPolicy of(String awsName) {
    return switch (awsName.trim().toLowerCase(Locale.ROOT)) {
      case "oldestinstance" -> OLDEST_INSTANCE;
      case "newestinstance" -> NEWEST_INSTANCE;
      case "closesttonextinstancehour" -> CLOSEST_TO_NEXT_INSTANCE_HOUR;
      case "default" -> DEFAULT;
      case "allocationstrategy" -> ALLOCATION_STRATEGY;
      default -> INDISTINCT;
    };
  }

  /**
   * Negative when cohort {@code a} is terminated before cohort {@code b} at {@code at}, positive when after, zero when
   * this policy does not tell them apart.
   */
  int compare(Cohorts cohorts, Zones zones, int a, int b, long at) {
    return switch (this) {
      case ALLOCATION_STRATEGY -> zones.compareForTermination(cohorts.az[a], cohorts.option[a], cohorts.type[a],
          cohorts.az[b], cohorts.option[b], cohorts.type[b]);
      default -> Long.compare(key(cohorts, a, at), key(cohorts, b, at));
    };
  }

  /**
   * Cohort {@code i}'s key under this policy at {@code at}, lowest terminated first: a clock fixed at launch, so it
   * cannot change within one scale-in ({@link TerminationKeys}). Not for {@link #ALLOCATION_STRATEGY}, which compares
   * AZ counts every victim changes.
   */
  long key(Cohorts cohorts, int i, long at) {
    return switch (this) {
      case OLDEST_INSTANCE -> cohorts.launchAt[i];
      case NEWEST_INSTANCE -> ~cohorts.launchAt[i]; // strictly decreasing in launchAt, without overflow
      case CLOSEST_TO_NEXT_INSTANCE_HOUR, DEFAULT -> 3600 - Math.floorMod(at - cohorts.launchAt[i], 3600);
      case INDISTINCT -> 0;
      case ALLOCATION_STRATEGY -> throw new IllegalStateException("AllocationStrategy has no fixed key");
    };
  }

  /**
   * Whether the simulator can tell instances apart by this policy in a group of {@code types} instance types
   * ({@link #INDISTINCT} never, {@link #ALLOCATION_STRATEGY} with several types).
   */
  public boolean simulated(int types) {
    return this != INDISTINCT && (this != ALLOCATION_STRATEGY || types > 1);
  }

  /** {@code Default} ends with "random among ties": the policies after it (none, it must be last) are not consulted. */
  boolean endsWithRandom() {
    return this == DEFAULT;
  }
}
