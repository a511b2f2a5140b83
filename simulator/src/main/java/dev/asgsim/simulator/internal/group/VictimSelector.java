package dev.asgsim.simulator.internal.group;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which instance a scale-in terminates (aws-behaviour §7.4 [D]): "AZ balance first, always: pick the AZ(s) with the most
 * instances that contain at least one unprotected instance; if balanced, consider all AZs. Then apply policies in
 * order", random among the ties left. Protected instances ("starts at InService") are never chosen.
 */
final class VictimSelector {
  private final Cohorts cohorts;
  private final Zones zones;
  private final TypeAllocation types;
  private final TerminationPolicy[] policies;
  private final boolean newInstancesProtected;
  private final SplittableRandom random;
  private final boolean[] zoneHasCandidate;
  /** The purchase option of the current pick. */
  private int option;
  /** The largest weight the current pick may take (aws-behaviour §7.11: never below desired). */
  private int maxUnits;

  /** @param random the group's generator: its draws interleave with launch jitter in a fixed order */
  VictimSelector(Cohorts cohorts, Zones zones, TypeAllocation types, List<String> terminationPolicies,
      boolean newInstancesProtected, SplittableRandom random) {
    this.cohorts = cohorts;
    this.zones = zones;
    this.types = types;
    this.policies = terminationPolicies.stream().map(TerminationPolicy::of).toArray(TerminationPolicy[]::new);
    this.newInstancesProtected = newInstancesProtected;
    this.random = random;
    this.zoneHasCandidate = new boolean[zones.size()];
  }

  /**
   * The cohort of purchase option {@code option} to take the next victim from at {@code at}, among instances of at
   * most {@code maxUnits} capacity units, or -1 when there is none (every remaining instance of that option is
   * protected or weighs more). AZ balance is judged within the option (aws-behaviour §7.11).
   */
  int pick(long at, int option, int maxUnits) {
    this.option = option;
    this.maxUnits = maxUnits;
    Arrays.fill(zoneHasCandidate, false);
    for (int i = 0; i < cohorts.size; i++) {
      if (isCandidate(i, at)) {
        zoneHasCandidate[cohorts.az[i]] = true;
      }
    }
    // "Pick the AZ(s) with the most instances that contain at least one unprotected instance; if balanced, consider
    // all AZs": every AZ tied at the most is a candidate zone, and the policies compare across them.
    int most = -1;
    for (int a = 0; a < zones.size(); a++) {
      if (zoneHasCandidate[a]) {
        most = Math.max(most, zones.count(a, option));
      }
    }
    if (most < 0) {
      return -1;
    }
    // One pass finds the best key tuple among the candidates, a second weighs the ties by instance count.
    int best = -1;
    int tied = 0;
    for (int i = 0; i < cohorts.size; i++) {
      if (!inZoneWithMost(i, most) || !isCandidate(i, at)) {
        continue;
      }
      int cmp = best < 0 ? -1 : compare(i, best, at);
      if (cmp < 0) {
        best = i;
        tied = cohorts.count[i];
      } else if (cmp == 0) {
        tied += cohorts.count[i];
      }
    }
    int r = random.nextInt(tied);
    for (int i = 0; i < cohorts.size; i++) {
      if (inZoneWithMost(i, most) && isCandidate(i, at) && compare(i, best, at) == 0) {
        r -= cohorts.count[i];
        if (r < 0) {
          return i;
        }
      }
    }
    throw new IllegalStateException("no victim");
  }

  private boolean inZoneWithMost(int i, int most) {
    return zones.count(cohorts.az[i], option) == most;
  }

  /** Negative when cohort {@code a} goes before {@code b} under the termination policies in order. */
  int compare(int a, int b, long at) {
    for (TerminationPolicy policy : policies) {
      int cmp = policy.compare(cohorts, zones, a, b, at);
      if (cmp != 0) {
        return cmp;
      }
      if (policy.endsWithRandom()) {
        return 0;
      }
    }
    return 0;
  }

  private boolean isCandidate(int i, long at) {
    return cohorts.option[i] == option && !cohorts.terminating(i) && !isProtected(i, at)
        && types.weight(cohorts.type[i]) <= maxUnits;
  }

  /** Whether any instance of {@code option} not yet terminating is unprotected at {@code at}, whatever its weight. */
  boolean anyUnprotected(long at, int option) {
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.option[i] == option && !cohorts.terminating(i) && !isProtected(i, at)) {
        return true;
      }
    }
    return false;
  }

  private boolean isProtected(int i, long at) {
    // Protection starts at InService (aws-behaviour §7.4 [D]).
    return newInstancesProtected && cohorts.inServiceAt[i] <= at;
  }
}
