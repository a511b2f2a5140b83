package dev.asgsim.simulator.internal.group;

// Over 300 lines because the scan of every cohort (the rule as AWS words it, kept for AllocationStrategy, whose keys
// move with every victim) and the kept candidates of one scale-in (each AZ's ties and its order by key) must choose
// the same victims with the same draws, and VictimCacheTest holds them to each other side by side.

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
  /**
   * Whether a scale-in keeps each AZ's tied candidates ({@link #begin}): only when no key can change while it runs. The
   * {@code AllocationStrategy} policy compares AZ instance counts that every victim changes, so it scans every cohort
   * per victim instead. Weights do not stop it: the units still to remove only fall, so the candidates light enough
   * only shrink, and {@link #isCandidate} drops the heavy ones from the kept ties like any other that left.
   */
  private final boolean cached;
  /** The scale-in's time ({@link #begin}). */
  private long at;
  /** The purchase option of the current pick. */
  private int option;
  /** The largest weight the current pick may take (aws-behaviour §7.11: never below desired). */
  private int maxUnits;
  private final boolean[] zoneHasCandidate;
  /** The current pick's purchase option times the number of AZs: where its AZs start in the per-pool arrays below. */
  private int base;
  /**
   * Per pool (purchase option times AZs plus AZ, {@link #base}): the candidates tied at the AZ's best key, in slot
   * order, how many, and how many instances they hold (kept with the list: their counts change only by a victim, which
   * {@link #current} updates).
   */
  private final int[][] tied;
  private final int[] tiedSize;
  private final int[] tiedWeight;
  /** Whether the pool has been scanned in this scale-in. */
  private final boolean[] valid;
  /**
   * Per pool: its candidates when the scale-in first looked at it, sorted by key (slot order among equal keys), how
   * many, and where the next key's candidates start. The keys cannot change within a scale-in and candidates only
   * leave, so each next best key is the next run of this order, without a scan of every cohort.
   */
  private final int[][] order;
  private final int[] orderSize;
  private final int[] orderAt;
  /** The candidates' ranks by key in this scale-in, when {@link #cached}: compared instead of the policies. */
  private final TerminationKeys keys;
  /** The current option's candidates in slot order, then by key, for {@link #sortCandidates}. */
  private int[] candidates = new int[8];
  /**
   * Per pool: the cohort a victim was taken from since its last {@link #current} (-1: none; at most one, as every pick
   * of the option looks at each of its pools); the units limit at the last {@link #refresh} (at most the largest
   * weight).
   */
  private final int[] taken;
  private final int[] unitsAtRefresh;
  /** The pools whose heads tie at the best key in the current pick, and how far the weighted walk has read each. */
  private final int[] zoneOrder;
  private final int[] walked;
  /** A scale-in's picks when every instance weighs one unit and one option is left ({@link #unitPicks}). */
  private final UnitPicks units;
  /** Scale-ins that picked through {@link #units}: for tests. */
  long unitPicks;

  /**
   * @param random the group's generator: its draws interleave with launch jitter in a fixed order
   * @param cache whether to keep the tied candidates when the policies and weights allow it ({@link #cached})
   */
  VictimSelector(Cohorts cohorts, Zones zones, TypeAllocation types, List<String> terminationPolicies,
      boolean newInstancesProtected, SplittableRandom random, boolean cache) {
    this.cohorts = cohorts;
    this.zones = zones;
    this.types = types;
    this.policies = terminationPolicies.stream().map(TerminationPolicy::of).toArray(TerminationPolicy[]::new);
    this.newInstancesProtected = newInstancesProtected;
    this.random = random;
    this.cached = cache && Arrays.stream(policies).noneMatch(p -> p == TerminationPolicy.ALLOCATION_STRATEGY);
    this.zoneHasCandidate = new boolean[zones.size()];
    int pools = 2 * zones.size();
    this.tied = new int[pools][8];
    this.tiedSize = new int[pools];
    this.tiedWeight = new int[pools];
    this.valid = new boolean[pools];
    this.order = new int[pools][8];
    this.orderSize = new int[pools];
    this.orderAt = new int[pools];
    this.taken = new int[pools];
    this.keys = cached ? new TerminationKeys(policies) : null;
    this.unitsAtRefresh = new int[pools];
    this.zoneOrder = new int[zones.size()];
    this.walked = new int[zones.size()];
    this.units = new UnitPicks(cohorts, zones, random);
  }

  /** Whether this selector keeps the tied candidates during a scale-in. */
  boolean cached() {
    return cached;
  }

  /**
   * Opens a scale-in at {@code at}: the picks that follow until the next {@code begin} share its candidates. When
   * {@link #cached}, the candidates' keys cannot change within one scale-in (the policies left compare clocks fixed at
   * launch, read at the same {@code at}); candidates only leave (victims, and instances heavier than the units left). So each AZ keeps its candidates tied at its best key and
   * rescans only when they have all been taken, instead of three passes over every cohort per victim (issue 15 item 4:
   * large fleets).
   */
  void begin(long at) {
    this.at = at;
    Arrays.fill(valid, false);
    Arrays.fill(taken, -1);
  }

  /** A slot was inserted at {@code slot} (a victim split off its cohort): later slots moved up by one. */
  void inserted(int slot) {
    if (!cached) {
      return;
    }
    keys.inserted(slot, cohorts.size);
    for (int p = 0; p < tied.length; p++) {
      if (taken[p] >= slot) {
        taken[p]++;
      }
      int[] list = tied[p];
      for (int k = 0; k < tiedSize[p]; k++) {
        if (list[k] >= slot) {
          list[k]++;
        }
      }
      int[] sorted = order[p];
      for (int k = orderAt[p]; k < orderSize[p]; k++) {
        if (sorted[k] >= slot) {
          sorted[k]++;
        }
      }
    }
  }

  /**
   * The cohort of purchase option {@code option} to take the next victim from in the scale-in opened by
   * {@link #begin}, among instances of at most {@code maxUnits} capacity units, or -1 when there is none (every
   * remaining instance of that option is protected or weighs more). AZ balance is judged within the option
   * (aws-behaviour §7.11).
   */
  int pick(int option, int maxUnits) {
    this.option = option;
    this.base = option * zones.size();
    this.maxUnits = maxUnits;
    return cached ? pickTied() : pickScanning();
  }

  private int pickScanning() {
    Arrays.fill(zoneHasCandidate, false);
    for (int i = 0; i < cohorts.size; i++) {
      if (isCandidate(i)) {
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
    int ties = 0;
    for (int i = 0; i < cohorts.size; i++) {
      if (!inZoneWithMost(i, most) || !isCandidate(i)) {
        continue;
      }
      int cmp = best < 0 ? -1 : compare(i, best);
      if (cmp < 0) {
        best = i;
        ties = cohorts.count[i];
      } else if (cmp == 0) {
        ties += cohorts.count[i];
      }
    }
    int r = random.nextInt(ties);
    for (int i = 0; i < cohorts.size; i++) {
      if (inZoneWithMost(i, most) && isCandidate(i) && compare(i, best) == 0) {
        r -= cohorts.count[i];
        if (r < 0) {
          return i;
        }
      }
    }
    throw new IllegalStateException("no victim");
  }

  /** {@link #pickScanning} from each AZ's tied candidates: the same AZs, keys and draw, so the same victim. */
  private int pickTied() {
    if (!valid[base]) {
      sortCandidates(); // the first pick of this option in the scale-in: every AZ is refreshed below
    }
    // In one pass over the AZs in order: the most instances among those with a candidate, the best key among the
    // heads of the AZs with the most, and the AZs whose heads tie at it (an AZ with more starts them afresh).
    int most = -1;
    int best = Integer.MAX_VALUE; // a rank
    int tiedZones = 0;
    int weight = 0;
    for (int a = 0; a < zones.size(); a++) {
      if (current(a) == 0) {
        continue;
      }
      int count = zones.count(a, option);
      if (count < most) {
        continue;
      }
      int p = base + a;
      int rank = keys.rank(tied[p][0]);
      if (count > most || rank < best) {
        most = count;
        best = rank;
        tiedZones = 0;
        weight = 0;
      }
      if (rank == best) {
        zoneOrder[tiedZones++] = p;
        weight += tiedWeight[p];
      }
    }
    if (most < 0) {
      return -1;
    }
    // Random among the ties, weighted by instances, walked in slot order: one AZ's ties are in slot order already
    // (the stable sort keeps slot order among equal keys), several AZs' are merged as the walk goes.
    int r = random.nextInt(weight);
    int v = tiedZones == 1 ? walkOne(zoneOrder[0], r) : walkMerged(tiedZones, r);
    taken[base + cohorts.az[v]] = v; // the caller takes a victim from it
    return v;
  }

  /** The tie of pool {@code p} where the weighted walk from {@code r} ends. */
  private int walkOne(int p, int r) {
    int[] list = tied[p];
    for (int k = 0; ; k++) {
      r -= cohorts.count[list[k]];
      if (r < 0) {
        return list[k];
      }
    }
  }

  /** The tie where the weighted walk from {@code r} ends, over the first {@code n} pools of zoneOrder, by slot. */
  private int walkMerged(int n, int r) {
    for (int z = 0; z < n; z++) {
      walked[z] = 0;
    }
    while (true) {
      int next = -1;
      int slot = Integer.MAX_VALUE;
      for (int z = 0; z < n; z++) {
        int p = zoneOrder[z];
        if (walked[z] < tiedSize[p] && tied[p][walked[z]] < slot) {
          slot = tied[p][walked[z]];
          next = z;
        }
      }
      walked[next]++;
      r -= cohorts.count[slot];
      if (r < 0) {
        return slot;
      }
    }
  }

  /**
   * AZ {@code a}'s tied candidates of the current option, up to date ({@link #refresh}); kept as they are while no
   * type that was light enough at the last refresh weighs more than the units left now (candidates leave only so, or
   * as victims). A victim taken there since changed only its cohort, one of the ties: one instance fewer, or the
   * cohort gone when it was the last (Group#scaleIn takes exactly one instance of the picked cohort).
   */
  private int current(int a) {
    int p = base + a;
    int v = taken[p];
    taken[p] = -1;
    if (valid[p] && maxUnits >= unitsAtRefresh[p]) {
      if (v < 0) {
        return tiedSize[p];
      }
      tiedWeight[p]--;
      if (isCandidate(v)) {
        return tiedSize[p];
      }
      if (tiedSize[p] > 1) {
        int[] list = tied[p];
        int k = 0;
        while (list[k] != v) {
          k++;
        }
        System.arraycopy(list, k + 1, list, k, tiedSize[p] - k - 1);
        return --tiedSize[p];
      }
    }
    // Every type weighs at most the largest weight: units left above it exclude none.
    unitsAtRefresh[p] = Math.min(maxUnits, types.largestWeight());
    return refresh(a);
  }

  /**
   * Drops the victims that left AZ {@code a}'s tied candidates of the current option; when none is left, takes the
   * candidates of the next best key from the AZ's sorted order ({@link #sortCandidates}, in the option's first pick of
   * the scale-in); returns how many are tied. The same candidates as a scan of every cohort for the best key finds.
   */
  private int refresh(int a) {
    int p = base + a;
    int[] list = tied[p];
    int size = 0;
    int weight = 0;
    if (valid[p]) {
      for (int k = 0; k < tiedSize[p]; k++) {
        if (isCandidate(list[k])) {
          weight += cohorts.count[list[k]];
          list[size++] = list[k];
        }
      }
    } else {
      valid[p] = true; // sorted by sortCandidates in this pick
    }
    if (size == 0) {
      int[] sorted = order[p];
      int end = orderSize[p];
      int k = orderAt[p];
      while (k < end && !isCandidate(sorted[k])) {
        k++;
      }
      // The run of the first candidate's key; those of it that are no longer candidates will not be again.
      for (int rank = k < end ? keys.rank(sorted[k]) : -1; k < end && keys.rank(sorted[k]) == rank; k++) {
        if (isCandidate(sorted[k])) {
          if (size == list.length) {
            list = Arrays.copyOf(list, 2 * size);
            tied[p] = list;
          }
          weight += cohorts.count[sorted[k]];
          list[size++] = sorted[k];
        }
      }
      orderAt[p] = k;
    }
    tiedSize[p] = size;
    tiedWeight[p] = weight;
    return size;
  }

  /**
   * Each AZ's candidates of the current option sorted by key, slot order among equal keys ({@link TerminationKeys}):
   * one pass over the cohorts and one sort of them all, as {@link #pickTied} refreshes every AZ in the pick that opens
   * the option.
   */
  private void sortCandidates() {
    int n = sortedCandidates();
    for (int a = 0; a < zones.size(); a++) {
      orderSize[base + a] = 0;
      orderAt[base + a] = 0;
    }
    for (int k = 0; k < n; k++) {
      int i = candidates[k];
      int p = base + cohorts.az[i];
      int m = orderSize[p];
      if (m == order[p].length) {
        order[p] = Arrays.copyOf(order[p], 2 * m);
      }
      order[p][m] = i;
      orderSize[p] = m + 1;
    }
  }

  /** The current option's candidates into {@link #candidates}, sorted by key and ranked; returns how many. */
  private int sortedCandidates() {
    int n = 0;
    for (int i = 0; i < cohorts.size; i++) {
      if (isCandidate(i)) {
        if (n == candidates.length) {
          candidates = Arrays.copyOf(candidates, 2 * n);
        }
        candidates[n++] = i;
      }
    }
    keys.sortAndRank(cohorts, at, candidates, n, cohorts.size);
    return n;
  }

  /**
   * The picks of the scale-in opened by {@link #begin} when every instance weighs one unit and {@code option} is the
   * only purchase option with instances ({@link UnitPicks}: the same victims and draws as {@link #pick}); only when
   * {@link #cached}, and no other pick may follow in this scale-in.
   */
  UnitPicks unitPicks(int option) {
    this.option = option;
    this.base = option * zones.size();
    this.maxUnits = Integer.MAX_VALUE; // every instance weighs one unit, and at least one is left to take
    int n = sortedCandidates(); // may grow candidates
    units.start(candidates, n, keys, option);
    unitPicks++;
    return units;
  }

  private boolean inZoneWithMost(int i, int most) {
    return zones.count(cohorts.az[i], option) == most;
  }

  /** Negative when cohort {@code a} goes before {@code b} under the termination policies in order. */
  int compare(int a, int b) {
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

  private boolean isCandidate(int i) {
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

  /** Instances not yet terminating that are unprotected at {@code at}: those a scale-in could still select. */
  int unprotected(long at) {
    int n = 0;
    for (int i = 0; i < cohorts.size; i++) {
      if (!cohorts.terminating(i) && !isProtected(i, at)) {
        n += cohorts.count[i];
      }
    }
    return n;
  }

  private boolean isProtected(int i, long at) {
    // Protection starts at InService (aws-behaviour §7.4 [D]).
    return newInstancesProtected && cohorts.inServiceAt[i] <= at;
  }
}
