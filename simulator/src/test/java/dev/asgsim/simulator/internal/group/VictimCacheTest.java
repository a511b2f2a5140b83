package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link VictimSelector}'s kept candidates (issue 15 item 4) choose exactly the victims the full scan of every cohort
 * chooses (aws-behaviour §7.4 [D]: "AZ balance first, always ... Then apply policies in order", random among ties;
 * §7.11: a weighted scale-in never goes below desired), on random groups: several AZs, both purchase options, several
 * types and weights, protected instances, launches tied in time, and victims split off their cohorts or held in
 * them until the scale-in ends.
 */
class VictimCacheTest {
  private static final List<String> POLICIES = List.of("OldestInstance", "NewestInstance",
      "ClosestToNextInstanceHour", "Default", "AllocationStrategy", "OldestLaunchTemplate");

  /** One group's cohorts with its own selector and generator; two are built alike from one seed. */
  private static final class World {
    final Cohorts cohorts = new Cohorts();
    final TypeAllocation types;
    final Zones zones;
    final VictimSelector selector;
    /** The selector's generator. */
    final SplittableRandom random;
    final List<String> policies = new ArrayList<>();

    /** Whether a victim stays in its cohort until the scale-in ends (Group's SplitVictims), instead of a split. */
    final boolean hold;

    World(long seed, boolean cache, boolean hold) {
      this(seed, cache, hold, false);
    }

    /**
     * @param large a large fleet's shape (issue 15 item 4): 4 AZs, 60 to 150 cohorts of 1 to 3 instances launched
     *              across the AZs at shared times (each launch's AZs tie under every policy), one type, one policy
     */
    World(long seed, boolean cache, boolean hold, boolean large) {
      this(seed, cache, hold, large, false);
    }

    /**
     * @param unit every instance one unit of one type and On-Demand ({@link UnitPicks}' groups), else as above
     */
    World(long seed, boolean cache, boolean hold, boolean large, boolean unit) {
      this.hold = hold;
      SplittableRandom r = new SplittableRandom(seed);
      int azs = large ? 4 : 1 + r.nextInt(4);
      boolean weighted = !large && r.nextBoolean() && !unit;
      List<TypeAllocation.Type> list = new ArrayList<>();
      int typeCount = large || unit ? 1 : 1 + r.nextInt(3);
      for (int t = 0; t < typeCount; t++) {
        list.add(new TypeAllocation.Type("t" + t, weighted ? 1 + r.nextInt(4) : 1, 1, 0.1 + r.nextInt(5) / 10.0,
            0.05 + r.nextInt(5) / 20.0, 1 + r.nextInt(3)));
      }
      types = new TypeAllocation(list, r.nextBoolean() ? "prioritized" : "lowest-price",
          r.nextBoolean() ? "lowest-price" : "capacity-optimized", 2);
      zones = new Zones(azs, types);
      int policyCount = large ? 1 : 1 + r.nextInt(2);
      for (int p = 0; p < policyCount; p++) {
        String policy = POLICIES.get(r.nextInt(large ? 4 : POLICIES.size()));
        policies.add(unit && policy.equals("AllocationStrategy") ? "Default" : policy);
      }
      int seq = 0;
      int n = large ? 60 + r.nextInt(91) : 1 + r.nextInt(40);
      for (int k = 0; k < n; k++) {
        int i = cohorts.add();
        cohorts.count[i] = large ? 1 + r.nextInt(3) : 1 + r.nextInt(6);
        cohorts.az[i] = large ? k % azs : r.nextInt(azs);
        cohorts.option[i] = large || unit ? 0 : (byte) r.nextInt(2);
        cohorts.type[i] = (byte) r.nextInt(typeCount);
        cohorts.firstSeq[i] = seq;
        seq += cohorts.count[i];
        // Few distinct times: many ties (a large fleet's launch spreads over the AZs at one time).
        cohorts.launchAt[i] = large ? 37L * (k / azs) + 60L * r.nextInt(3) : 60L * r.nextInt(120);
        cohorts.inServiceAt[i] = cohorts.launchAt[i] + 60L * r.nextInt(150);
        cohorts.drainAt[i] = Cohorts.NEVER;
        zones.add(cohorts.az[i], cohorts.option[i], cohorts.type[i], cohorts.count[i]);
      }
      random = new SplittableRandom(seed);
      selector = new VictimSelector(cohorts, zones, types, policies, r.nextInt(4) == 0, random, cache);
    }

    /** No AllocationStrategy: the keys are clocks fixed at launch. */
    boolean keyFixedDuringScaleIn() {
      return !policies.contains("AllocationStrategy");
    }

    /** Group.scaleIn's step: the victim leaves its cohort (split off when it has others) and its AZ's counts. */
    int terminate(int v, long at) {
      int slot = v;
      if (cohorts.count[v] > 1 && hold) {
        // Held: no slot moves until the scale-in ends, and the split off then is not a candidate anyway.
        cohorts.count[v] -= 1;
        zones.remove(cohorts.az[v], cohorts.option[v], cohorts.type[v], 1);
        return types.weight(cohorts.type[v]);
      }
      if (cohorts.count[v] > 1) {
        slot = cohorts.splitAfter(v);
        cohorts.count[v] -= 1;
        cohorts.count[slot] = 1;
        cohorts.firstSeq[slot] = cohorts.firstSeq[v] + cohorts.count[v];
        selector.inserted(slot);
      }
      cohorts.drainAt[slot] = at;
      zones.remove(cohorts.az[slot], cohorts.option[slot], cohorts.type[slot], 1);
      return types.weight(cohorts.type[slot]);
    }
  }

  @Test
  @DisplayName("§7.4 [D], §7.11: the kept candidates pick the full scan's victims, in the same order, on 400 random "
      + "groups, weighted or not; they are kept only without AllocationStrategy, whose key changes with every victim")
  void cachedSelectionEqualsTheFullScan() {
    int[] seen = compare(1, 400, false, 30);
    int cachedGroups = seen[0];
    int uncachedGroups = seen[1];
    int cachedVictims = seen[2];
    int cachedWeighted = seen[3];
    // Both kinds of group occur, and the cache chose many victims (the comparison is not empty).
    assertThat(cachedGroups).isGreaterThan(50);
    assertThat(uncachedGroups).isGreaterThan(50);
    assertThat(cachedVictims).isGreaterThan(1000);
    assertThat(cachedWeighted).isGreaterThan(300);
  }

  @Test
  @DisplayName("§7.4 [D]: on 300 large fleets (60 to 150 cohorts over 4 AZs, each launch's AZs tied, scale-ins of up "
      + "to 60 instances) the kept candidates pick the full scan's victims, in the same order")
  void cachedSelectionEqualsTheFullScanOnLargeFleets() {
    int[] seen = compare(10_001, 10_300, true, 60);
    assertThat(seen[0]).isEqualTo(300); // every large fleet keeps its candidates (no AllocationStrategy)
    assertThat(seen[2]).isGreaterThan(20_000);
    assertThat(seen[4]).isGreaterThan(10_000);
  }

  @Test
  @DisplayName("§7.4 [D]: where every instance is one unit of one On-Demand type, UnitPicks picks the full scan's "
      + "victims in the same order with the same draws, on 300 large fleets and 600 random groups")
  void unitPicksEqualTheFullScan() {
    int large = compareUnits(20_001, 20_300, true, 60);
    int small = compareUnits(30_001, 30_600, false, 30);
    assertThat(large).isGreaterThan(20_000);
    assertThat(small).isGreaterThan(5_000);
  }

  /**
   * Runs the unit-shaped groups of seeds {@code from} to {@code to} through four scale-ins each, picked by the full scan
   * and by {@link UnitPicks} (victims held, as Group holds them), and compares every pick by the cohort's first id;
   * returns the victims compared. Both draw from generators of one seed, so equal draws are part of the comparison.
   */
  private static int compareUnits(long from, long to, boolean large, int victims) {
    int compared = 0;
    for (long seed = from; seed <= to; seed++) {
      World full = new World(seed, false, false, large, true);
      World unit = new World(seed, true, true, large, true);
      assertThat(unit.selector.cached()).isTrue();
      SplittableRandom driver = new SplittableRandom(-seed);
      for (int scaleIn = 0; scaleIn < 4; scaleIn++) {
        long at = 7200 + 1337L * scaleIn;
        full.selector.begin(at);
        unit.selector.begin(at);
        UnitPicks picks = unit.selector.unitPicks(0);
        for (int left = 1 + driver.nextInt(victims); left > 0; left--) {
          int w = full.selector.pick(0, left);
          int p = picks.pick();
          int u = p < 0 ? -1 : picks.slot(p);
          assertThat(u < 0 ? -1 : unit.cohorts.firstSeq[u]).as("seed %d scale-in %d", seed, scaleIn)
              .isEqualTo(w < 0 ? -1 : full.cohorts.firstSeq[w]);
          if (w < 0) {
            break;
          }
          full.terminate(w, at);
          unit.terminate(u, at);
          compared++;
        }
      }
      // The generators after the scale-ins: in the same state only if both made as many draws.
      assertThat(unit.random.nextLong()).as("seed %d: the next draw", seed).isEqualTo(full.random.nextLong());
    }
    return compared;
  }

  /**
   * Runs the groups of seeds {@code from} to {@code to} three ways (kept candidates split or held, full scan) through
   * four scale-ins of up to {@code victims} units each and compares every pick; returns how many groups kept their
   * candidates and how many did not, the victims picked from kept candidates, those in weighted groups, and those that
   * took a cohort's last instance.
   */
  private static int[] compare(long from, long to, boolean large, int victims) {
    int cachedVictims = 0;
    int cachedWeighted = 0;
    int cachedGroups = 0;
    int uncachedGroups = 0;
    int leftWhole = 0;
    for (long seed = from; seed <= to; seed++) {
      World cached = new World(seed, true, false, large);
      World full = new World(seed, false, false, large);
      // Its victims held in their cohorts (Group's SplitVictims): slots do not move, so the same cohorts by first id.
      World held = new World(seed, true, true, large);
      assertThat(full.selector.cached()).isFalse();
      assertThat(cached.selector.cached()).isEqualTo(cached.keyFixedDuringScaleIn());
      if (cached.selector.cached()) {
        cachedGroups++;
      } else {
        uncachedGroups++;
      }
      SplittableRandom driver = new SplittableRandom(-seed);
      for (int scaleIn = 0; scaleIn < 4; scaleIn++) {
        long at = 7200 + 1337L * scaleIn; // different distances to the next instance hour
        cached.selector.begin(at);
        full.selector.begin(at);
        held.selector.begin(at);
        int left = 1 + driver.nextInt(victims);
        while (left > 0) {
          int option = driver.nextInt(2);
          int v = cached.selector.pick(option, left);
          int w = full.selector.pick(option, left);
          int h = held.selector.pick(option, left);
          if (w < 0) {
            option = 1 - option;
            v = cached.selector.pick(option, left);
            w = full.selector.pick(option, left);
            h = held.selector.pick(option, left);
          }
          assertThat(v).as("seed %d scale-in %d", seed, scaleIn).isEqualTo(w);
          assertThat(h < 0 ? -1 : held.cohorts.firstSeq[h]).as("seed %d scale-in %d, held", seed, scaleIn)
              .isEqualTo(w < 0 ? -1 : full.cohorts.firstSeq[w]);
          if (w < 0) {
            break;
          }
          if (cached.selector.cached() && cached.cohorts.count[v] == 1) {
            leftWhole++; // the tie leaves its AZ's kept candidates
          }
          left -= cached.terminate(v, at);
          full.terminate(w, at);
          held.terminate(h, at);
          if (cached.selector.cached()) {
            cachedVictims++;
            if (cached.types.largestWeight() > 1) {
              cachedWeighted++;
            }
          }
        }
      }
    }
    return new int[] {cachedGroups, uncachedGroups, cachedVictims, cachedWeighted, leftWhole};
  }
}
