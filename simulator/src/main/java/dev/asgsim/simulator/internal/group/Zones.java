package dev.asgsim.simulator.internal.group;

import java.util.Arrays;

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
  /**
   * {@link #spread}'s answer, [az][type], cleared and refilled by each call: a launch reads it before the next one, so
   * a year's thousands of launches allocate none (issue 15 item 2).
   */
  private final int[][] placed;

  Zones(int zones, TypeAllocation types) {
    this.units = new int[2][zones];
    this.instances = new int[2][zones][types.size()];
    this.types = types;
    this.placed = new int[zones][types.size()];
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
   * The answer is this object's own array, overwritten by the next call: read it before spreading again.
   */
  int[][] spread(int n, int option) {
    int[] c = units[option];
    for (int[] az : placed) {
      Arrays.fill(az, 0);
    }
    if (types.size() == 1 && types.weight(0) == 1 && option == PurchaseMix.ON_DEMAND) {
      spreadEvenly(n, c, option);
      return placed;
    }
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
   * {@link #spread} of one On-Demand type of weight 1 (the type the strategy picks is that one), by levels: while the
   * instances left fill every AZ at the fewest units up to the next count, each gets as many at once (one by one, each
   * to the emptiest and the first on a tie, would take the same turns), and the last few go one each to the first of
   * them in config order (issue 15 item 4: a large fleet's scale-outs place hundreds of instances a day).
   */
  private void spreadEvenly(int n, int[] c, int option) {
    int left = n;
    while (left > 0) {
      int low = Integer.MAX_VALUE;
      int above = Integer.MAX_VALUE;
      int at = 0;
      for (int u : c) {
        if (u < low) {
          above = low;
          low = u;
          at = 1;
        } else if (u == low) {
          at++;
        } else if (u < above) {
          above = u;
        }
      }
      // One turn gives each AZ at the fewest one instance; as many turns as keep them at or under the next count.
      long turns = Math.min((long) above - low, left / at);
      for (int a = 0; a < c.length && left > 0; a++) {
        if (c[a] == low) {
          int k = turns > 0 ? (int) turns : 1;
          placed[a][0] += k;
          add(a, option, 0, k);
          left -= k;
        }
      }
    }
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
