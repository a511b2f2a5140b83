package dev.asgsim.simulator.internal.group;

/**
 * Capacity per Availability Zone and purchase option that counts toward desired (not terminating): the AZ balance of
 * aws-behaviour §7.2, §7.4, kept per purchase option in a mixed-instances group (aws-behaviour §7.11 [D]: "keep AZs
 * balanced per purchase option"), in capacity units (instances when not weighted; AWS does not say whether a weighted
 * group balances units or instances, asgsim balances units [I]). Also the instances per AZ, option and type, for the
 * allocation strategies ({@link TypeAllocation}). A group without Spot has only On-Demand counts.
 */
final class Zones {
  /** [option][az] capacity units. */
  private final int[][] units;
  /** [option][az][type] instances. */
  private final int[][][] instances;
  private final TypeAllocation types;
  /** Per option, the sum of {@link #units}: asked for at every advance (replacements), so kept, not summed. */
  private final int[] total = new int[2];

  Zones(int zones, TypeAllocation types) {
    this.units = new int[2][zones];
    this.instances = new int[2][zones][types.size()];
    this.types = types;
  }

  int size() {
    return units[0].length;
  }

  /** Capacity units of {@code option} in {@code az}. */
  int count(int az, int option) {
    return units[option][az];
  }

  /** Instances of {@code option} and {@code type} in {@code az}. */
  int instances(int az, int option, int type) {
    return instances[option][az][type];
  }

  /** Capacity units of {@code option} in every AZ. */
  int total(int option) {
    return total[option];
  }

  /**
   * Places new instances of {@code option} one by one until they hold at least {@code n} capacity units: each into the
   * AZ with the fewest units of that option (the first such in config order on a tie, aws-behaviour §7.2 [D]), of the
   * type the allocation strategy picks there; counts them and returns how many went to each AZ and type
   * ({@code [az][type]}). With weights the last one may overshoot by less than its weight (aws-behaviour §7.11 [D]:
   * "launches instances until the desired capacity is totally fulfilled, even if this results in an overage").
   * Allocates: launches only.
   */
  int[][] spread(int n, int option) {
    int[] c = units[option];
    int[][] placed = new int[c.length][types.size()];
    int got = 0;
    while (got < n) {
      int best = 0;
      for (int a = 1; a < c.length; a++) {
        if (c[a] < c[best]) {
          best = a;
        }
      }
      int type = types.pick(option, best, this);
      placed[best][type]++;
      add(best, option, type, 1);
      got += types.weight(type);
    }
    return placed;
  }

  /**
   * Under the {@code AllocationStrategy} termination policy, negative when an instance of ({@code az}, {@code option},
   * {@code type}) goes before one of ({@code bz}, {@code bOption}, {@code bType}) (aws-behaviour §7.4 [D]: "align the
   * remaining instances to the allocation strategy"): the type the strategy prefers less first, then, among types it
   * spreads launches over, the pool with more instances in its AZ [I], so the pools stay even.
   */
  int compareForTermination(int az, int option, int type, int bz, int bOption, int bType) {
    int cmp = Integer.compare(types.terminationRank(bOption, bType), types.terminationRank(option, type));
    return cmp != 0 ? cmp : Integer.compare(instances(bz, bOption, bType), instances(az, option, type));
  }

  /** {@code n} instances of {@code option} and {@code type} in {@code az} were selected for termination. */
  void remove(int az, int option, int type, int n) {
    add(az, option, type, -n);
  }

  /**
   * {@code n} instances of {@code option} and {@code type} join {@code az} (negative: leave it); a warm start keeps its
   * pool instance's AZ (aws-behaviour §7.6).
   */
  void add(int az, int option, int type, int n) {
    instances[option][az][type] += n;
    units[option][az] += n * types.weight(type);
    total[option] += n * types.weight(type);
  }
}
