package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Zones#spread}'s levels for one On-Demand type of weight 1 (issue 15 item 4) against the one-by-one placement
 * it replaces (aws-behaviour §7.2 [D]: each instance into the AZ with the fewest, the first in config order on a tie),
 * which the same group's Spot launches still take: the same instances in each AZ, on random AZ counts and launches, two
 * launches into the same zones (the answer is a reused array: each answer holds its own launch alone).
 */
class ZonesTest {
  @Test
  @DisplayName("§7.2 [D]: a launch spread by levels puts as many instances in each AZ as one at a time into the "
      + "emptiest AZ, first in config order on a tie, on 20 000 random groups and launches")
  void levelsEqualOneByOne() {
    TypeAllocation types = new TypeAllocation(List.of(new TypeAllocation.Type("t", 1, 1, 0.1, 0.05, 1)),
        "prioritized", "lowest-price", 2);
    SplittableRandom r = new SplittableRandom(42);
    int partial = 0;
    int reused = 0;
    for (int run = 0; run < 20_000; run++) {
      int azs = 1 + r.nextInt(6);
      Zones levels = new Zones(azs, types);
      Zones oneByOne = new Zones(azs, types);
      int spread = r.nextInt(4) == 0 ? 3 : 40;
      for (int a = 0; a < azs; a++) {
        int n = r.nextInt(spread);
        levels.add(a, PurchaseMix.ON_DEMAND, 0, n);
        oneByOne.add(a, PurchaseMix.SPOT, 0, n); // Spot takes the one-by-one loop
      }
      // Two launches into the same zones: the second answer is the same reused array, cleared first.
      for (int launch = 0; launch < 2; launch++) {
        int[] before = new int[azs];
        for (int a = 0; a < azs; a++) {
          before[a] = levels.count(a, PurchaseMix.ON_DEMAND);
        }
        int n = r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(200);
        int[][] got = levels.spread(n, PurchaseMix.ON_DEMAND);
        int[][] want = oneByOne.spread(n, PurchaseMix.SPOT);
        assertThat(got).as("run %d", run).isDeepEqualTo(want);
        int[] after = new int[azs];
        for (int a = 0; a < azs; a++) {
          after[a] = levels.count(a, PurchaseMix.ON_DEMAND);
          assertThat(after[a]).isEqualTo(oneByOne.count(a, PurchaseMix.SPOT));
          assertThat(levels.instances(a, PurchaseMix.ON_DEMAND, 0)).isEqualTo(after[a]);
          assertThat(got[a][0]).as("run %d launch %d: this launch's instances only", run, launch)
              .isEqualTo(after[a] - before[a]);
        }
        assertThat(Arrays.stream(got).mapToInt(az -> az[0]).sum()).isEqualTo(n);
        assertThat(levels.total(PurchaseMix.ON_DEMAND)).isEqualTo(oneByOne.total(PurchaseMix.SPOT));
        if (launch == 1 && got[0][0] > 0 && n > 0) {
          reused++; // a second launch that put instances where the first did: a stale count would show
        }
        if (Arrays.stream(after).distinct().count() > 1) {
          partial++; // a launch that left the AZs uneven: the last instances went to the first AZs at the fewest
        }
      }
    }
    assertThat(partial).isGreaterThan(5_000);
    assertThat(reused).isGreaterThan(5_000);
  }
}
