package dev.asgsim.simulator.internal.group;

/** Instances per Availability Zone that count toward desired (not terminating): the AZ balance of spec §7.2, §7.4. */
final class Zones {
  private final int[] count;

  Zones(int zones) {
    this.count = new int[zones];
  }

  int size() {
    return count.length;
  }

  int count(int az) {
    return count[az];
  }

  /**
   * Places {@code n} new instances one by one into the AZ with the fewest (the first such in config order on a tie),
   * counts them, and returns how many went to each AZ (spec §7.2 [D]). Allocates: launches only.
   */
  int[] spread(int n) {
    int[] perAz = new int[count.length];
    for (int k = 0; k < n; k++) {
      int best = 0;
      for (int a = 1; a < count.length; a++) {
        if (count[a] + perAz[a] < count[best] + perAz[best]) {
          best = a;
        }
      }
      perAz[best]++;
    }
    for (int a = 0; a < count.length; a++) {
      count[a] += perAz[a];
    }
    return perAz;
  }

  /** {@code n} instances of {@code az} were selected for termination. */
  void remove(int az, int n) {
    count[az] -= n;
  }
}
