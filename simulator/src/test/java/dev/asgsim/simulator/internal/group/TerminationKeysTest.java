package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link TerminationKeys} orders and ranks a scale-in's candidates as the termination policies compare them
 * (aws-behaviour §7.4 [D]: "apply policies in order", random among the ties left; Default is "closest to next
 * instance hour, then random"), on random cohorts and policy lists, with the comparison written here from AWS's words
 * rather than taken from {@link TerminationPolicy}.
 */
class TerminationKeysTest {
  private static final List<String> POLICIES = List.of("OldestInstance", "NewestInstance",
      "ClosestToNextInstanceHour", "Default", "OldestLaunchTemplate", "OldestLaunchConfiguration");

  /** AWS's words: the policies in order, each ordering two instances or not; Default ends the list with random. */
  private static int byTheRules(List<String> policies, Cohorts c, int a, int b, long at) {
    for (String policy : policies) {
      int cmp = switch (policy) {
        case "OldestInstance" -> Long.compare(c.launchAt[a], c.launchAt[b]);
        case "NewestInstance" -> Long.compare(c.launchAt[b], c.launchAt[a]);
        // Closest to the next billing hour first: the fewest seconds left in the instance's current hour.
        case "ClosestToNextInstanceHour", "Default" ->
            Long.compare(3600 - Math.floorMod(at - c.launchAt[a], 3600), 3600 - Math.floorMod(at - c.launchAt[b], 3600));
        default -> 0; // one launch template, no launch configuration: they tell no instance apart
      };
      if (cmp != 0 || policy.equals("Default")) {
        return cmp;
      }
    }
    return 0;
  }

  @Test
  @DisplayName("§7.4 [D]: candidates sorted by the policies in order, slot order among ties, and ranked equal exactly "
      + "when tied, on 3 000 random groups (one policy and several; launch times near and far apart)")
  void sortsAndRanksAsThePoliciesCompare() {
    int packedSorts = 0;
    int radixSorts = 0;
    int mergeSorts = 0;
    int tiedPairs = 0;
    for (long seed = 1; seed <= 3000; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> policies = new ArrayList<>();
      for (int p = 0, n = 1 + r.nextInt(3); p < n; p++) {
        policies.add(POLICIES.get(r.nextInt(POLICIES.size())));
      }
      Cohorts cohorts = new Cohorts();
      int size = 1 + r.nextInt(150);
      // Some groups' launch times are too far apart to pack with a slot (the merge sort's path).
      long spread = r.nextInt(5) == 0 ? Long.MAX_VALUE / 4 : 60L * (1 + r.nextInt(200));
      long origin = r.nextLong(Long.MAX_VALUE / 2) - Long.MAX_VALUE / 4;
      for (int k = 0; k < size; k++) {
        int i = cohorts.add();
        cohorts.launchAt[i] = origin + (r.nextBoolean() ? r.nextLong(spread) : 60L * r.nextInt(10));
      }
      long at = origin + r.nextLong(1_000_000);
      // A subset of the slots, ascending, as VictimSelector passes the candidates.
      int[] s = new int[size];
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (r.nextInt(4) != 0) {
          s[n++] = i;
        }
      }
      List<Integer> expected = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        expected.add(s[k]);
      }
      expected.sort((a, b) -> byTheRules(policies, cohorts, a, b, at)); // stable: slot order among ties
      TerminationKeys keys = new TerminationKeys(
          policies.stream().map(TerminationPolicy::of).toArray(TerminationPolicy[]::new));
      keys.sortAndRank(cohorts, at, s, n, cohorts.size);
      if (keys.radixLast()) {
        radixSorts++;
      }
      if (keys.packedLast()) {
        packedSorts++;
      } else {
        mergeSorts++;
      }
      for (int k = 0; k < n; k++) {
        assertThat(s[k]).as("seed %d position %d of %s", seed, k, policies).isEqualTo(expected.get(k));
      }
      for (int k = 0; k + 1 < n; k++) {
        int cmp = byTheRules(policies, cohorts, s[k], s[k + 1], at);
        assertThat(Integer.compare(keys.rank(s[k]), keys.rank(s[k + 1])))
            .as("seed %d ranks at %d", seed, k).isEqualTo(cmp);
        if (cmp == 0) {
          tiedPairs++;
        }
      }
      // A slot inserted before some of them moves their ranks with them.
      if (n > 0) {
        int slot = r.nextInt(cohorts.size);
        int[] before = new int[cohorts.size];
        for (int k = 0; k < n; k++) {
          before[s[k]] = keys.rank(s[k]);
        }
        cohorts.splitAfter(Math.max(0, slot - 1));
        int inserted = Math.max(0, slot - 1) + 1;
        keys.inserted(inserted, cohorts.size);
        for (int k = 0; k < n; k++) {
          int moved = s[k] >= inserted ? s[k] + 1 : s[k];
          assertThat(keys.rank(moved)).as("seed %d, slot %d after an insert at %d", seed, s[k], inserted)
              .isEqualTo(before[s[k]]);
        }
      }
    }
    assertThat(packedSorts).isGreaterThan(1000);
    assertThat(radixSorts).as("packed sorts by digits").isGreaterThan(300);
    assertThat(packedSorts - radixSorts).as("packed sorts by comparison").isGreaterThan(300);
    assertThat(mergeSorts).isGreaterThan(500);
    assertThat(tiedPairs).isGreaterThan(10_000);
  }
}
