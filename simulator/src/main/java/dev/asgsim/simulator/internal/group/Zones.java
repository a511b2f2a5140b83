package dev.asgsim.simulator.internal.group;

/**
 * Instances per Availability Zone and purchase option that count toward desired (not terminating): the AZ balance of
 * aws-behaviour §7.2, §7.4, kept per purchase option in a mixed-instances group (aws-behaviour §7.11 [D]: "keep AZs
 * balanced per purchase option"). A group without Spot has only On-Demand counts.
 */
final class Zones {
  private final int[][] count;
  /** Per option, the sum of {@link #count}: asked for at every advance (replacements), so kept, not summed. */
  private final int[] total = new int[2];

  Zones(int zones) {
    this.count = new int[2][zones];
  }

  int size() {
    return count[0].length;
  }

  /** Instances of {@code option} in {@code az}. */
  int count(int az, int option) {
    return count[option][az];
  }

  /** Instances of {@code option} in every AZ. */
  int total(int option) {
    return total[option];
  }

  /**
   * Places {@code n} new instances of {@code option} one by one into the AZ with the fewest of that option (the first
   * such in config order on a tie), counts them, and returns how many went to each AZ (aws-behaviour §7.2 [D]).
   * Allocates: launches only.
   */
  int[] spread(int n, int option) {
    int[] c = count[option];
    int[] perAz = new int[c.length];
    for (int k = 0; k < n; k++) {
      int best = 0;
      for (int a = 1; a < c.length; a++) {
        if (c[a] + perAz[a] < c[best] + perAz[best]) {
          best = a;
        }
      }
      perAz[best]++;
    }
    for (int a = 0; a < c.length; a++) {
      c[a] += perAz[a];
    }
    total[option] += n;
    return perAz;
  }

  /** {@code n} instances of {@code option} in {@code az} were selected for termination. */
  void remove(int az, int option, int n) {
    count[option][az] -= n;
    total[option] -= n;
  }
}
