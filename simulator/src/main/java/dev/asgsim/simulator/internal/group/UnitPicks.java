package dev.asgsim.simulator.internal.group;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The picks of one scale-in when every instance weighs one unit and one purchase option is left
 * ({@link Group#scaleIn}; issue 15 item 4: a large fleet's day ends with some 150 victims a scale-in). The same rule and
 * the same draws as {@link VictimSelector}'s kept candidates (aws-behaviour §7.4 [D]: the AZs with the most instances
 * that hold a candidate, the best key among them, random among the ties weighted by instances, walked in slot order),
 * with what the general picks must check at every victim fixed for the whole scale-in: the option (the other has no
 * instances), the units limit (every instance fits), the candidates (they only leave, one instance per pick).
 *
 * <p>Each AZ is one number, its instances then its best key ({@link #key}), so a pick's AZ balance and best key are
 * one minimum over the AZs; the ties are the run of that key in the candidates' order by key and slot, read only in
 * the AZs at the minimum. A pick takes its instance from the candidate at once (the caller always takes exactly one),
 * which lowers only its own AZ's instances: the other AZs at the minimum stay there, so the minimum is looked for
 * again only when each AZ at it has given a victim ({@link #best}).
 */
final class UnitPicks {
  /** An AZ without candidates: never the minimum while one has a candidate. */
  private static final long NONE = Long.MAX_VALUE;
  private final Cohorts cohorts;
  private final Zones zones;
  private final SplittableRandom random;
  /** Per position in the order by key then slot: the slot, its rank, its AZ and its instances not yet taken. */
  private int[] slot = new int[8];
  private int[] rank = new int[8];
  private int[] zoneOf = new int[8];
  private int[] left = new int[8];
  /** Per rank: the position of its first candidate. */
  private int[] rankStart = new int[8];
  /** Candidates at {@link #start}. */
  private int size;
  /** The positions picked in this scale-in, in order, and how many. */
  private int[] pickedAt = new int[8];
  private int picked;
  /** Per AZ: its positions in order, how many, and where its best key's run starts. */
  private final int[][] zonePositions;
  private final int[] zoneSize;
  private final int[] headAt;
  /** Per AZ: instances of the option (candidates or not: AZ balance counts them all), and its best key's instances. */
  private final int[] count;
  private final int[] tiedWeight;
  /**
   * Per AZ: {@code (MAX_VALUE - instances) << 32 | best rank}, or {@link #NONE}: the lowest is the AZ with the most
   * instances and, among those, the best key.
   */
  private final long[] key;
  /**
   * The lowest key, the AZs at it in AZ order and how many, and their tied instances: kept across picks, as a pick
   * changes only its own AZ's key, which rises (one instance fewer) and leaves the others at the lowest; found again
   * when the last of them has left.
   */
  private long best;
  private final int[] tied;
  private int tiedZones;
  private int weight;

  UnitPicks(Cohorts cohorts, Zones zones, SplittableRandom random) {
    this.cohorts = cohorts;
    this.zones = zones;
    this.random = random;
    int azs = zones.size();
    this.zonePositions = new int[azs][8];
    this.zoneSize = new int[azs];
    this.headAt = new int[azs];
    this.count = new int[azs];
    this.tiedWeight = new int[azs];
    this.key = new long[azs];
    this.tied = new int[azs];
  }

  /**
   * Starts the scale-in's picks from the candidates {@code sorted[0, n)} of {@code option}, in order by key then slot,
   * ranked by {@code keys}.
   */
  void start(int[] sorted, int n, TerminationKeys keys, int option) {
    if (slot.length < n) {
      int size = Math.max(n, 2 * slot.length);
      slot = new int[size];
      rank = new int[size];
      zoneOf = new int[size];
      left = new int[size];
      rankStart = new int[size];
    }
    Arrays.fill(zoneSize, 0);
    size = n;
    picked = 0;
    for (int k = 0; k < n; k++) {
      int i = sorted[k];
      int r = keys.rank(i);
      slot[k] = i;
      rank[k] = r;
      left[k] = cohorts.count[i];
      int a = cohorts.az[i];
      zoneOf[k] = a;
      if (k == 0 || r != rank[k - 1]) {
        rankStart[r] = k;
      }
      int m = zoneSize[a];
      if (m == zonePositions[a].length) {
        zonePositions[a] = Arrays.copyOf(zonePositions[a], 2 * m);
      }
      zonePositions[a][m] = k;
      zoneSize[a] = m + 1;
    }
    tiedZones = 0;
    for (int a = 0; a < key.length; a++) {
      count[a] = zones.count(a, option);
      headAt[a] = 0;
      head(a);
    }
  }

  /**
   * The position of the next victim's cohort ({@link #slot(int)}), one instance of it taken here; -1 when no candidate
   * is left (and no draw made, as {@link VictimSelector#pick} makes none then).
   */
  int pick() {
    if (tiedZones == 0 && !lowest()) {
      return -1;
    }
    // Random among the ties of the AZs at the minimum, weighted by instances, in slot order (VictimSelector#pickTied).
    int r = random.nextInt(weight);
    int k;
    if (tiedZones == 1) {
      // One AZ's ties are its positions from its run's head, in slot order: the merged walk below reads no others.
      int[] positions = zonePositions[tied[0]];
      int j = headAt[tied[0]];
      while ((r -= left[positions[j]]) >= 0) {
        j++;
      }
      k = positions[j];
    } else {
      k = rankStart[(int) best];
      while (key[zoneOf[k]] != best || (r -= left[k]) >= 0) {
        k++;
      }
    }
    take(k);
    if (picked == pickedAt.length) {
      pickedAt = Arrays.copyOf(pickedAt, 2 * picked);
    }
    pickedAt[picked++] = k;
    return k;
  }

  /** How many picks this scale-in made so far. */
  int picked() {
    return picked;
  }

  /** The position the {@code j}-th pick of this scale-in took from. */
  int pickedAt(int j) {
    return pickedAt[j];
  }

  /** How many candidates this scale-in started with: the positions are {@code 0} to this, less one. */
  int positions() {
    return size;
  }

  /** The slot of the candidate at position {@code k}. */
  int slot(int k) {
    return slot[k];
  }

  /** The instances of position {@code k}'s cohort not taken yet: its last one not taken is the next victim's. */
  int left(int k) {
    return left[k];
  }

  /**
   * Finds the lowest AZ key, the AZs at it in AZ order and the instances tied there, in one pass over the AZs; false
   * when no AZ has a candidate left.
   */
  private boolean lowest() {
    best = NONE;
    for (int a = 0; a < key.length; a++) {
      long k = key[a];
      if (k < best) {
        best = k;
        weight = tiedWeight[a];
        tiedZones = 0;
        tied[tiedZones++] = a;
      } else if (k == best) {
        weight += tiedWeight[a];
        tied[tiedZones++] = a;
      }
    }
    if (best == NONE) {
      tiedZones = 0; // every AZ without a candidate: the next pick looks again, and finds none
      return false;
    }
    return true;
  }

  /** One instance of position {@code k}'s cohort goes: its AZ has one fewer, and its run moves on when spent. */
  private void take(int k) {
    int a = zoneOf[k];
    left[k]--;
    count[a]--;
    // The AZ now has fewer instances than the others tied with it, which stay at the lowest key with their ties.
    weight -= tiedWeight[a];
    leave(a);
    if (--tiedWeight[a] > 0) {
      key[a] += 1L << 32;
      return;
    }
    // The run is spent (every tie taken to its last instance): the AZ's next key.
    int[] positions = zonePositions[a];
    int h = headAt[a];
    int r = rank[positions[h]];
    while (h < zoneSize[a] && rank[positions[h]] == r) {
      h++;
    }
    headAt[a] = h;
    head(a);
  }

  /** AZ {@code a} leaves the AZs tied at the lowest key, the others keeping their order. */
  private void leave(int a) {
    int z = 0;
    while (tied[z] != a) {
      z++;
    }
    for (tiedZones--; z < tiedZones; z++) {
      tied[z] = tied[z + 1]; // a handful of AZs: no arraycopy call
    }
  }

  /** Sets AZ {@code a}'s key and tied instances from the run at its {@link #headAt}, none of it taken yet. */
  private void head(int a) {
    int[] positions = zonePositions[a];
    int h = headAt[a];
    int size = zoneSize[a];
    if (h >= size) {
      key[a] = NONE;
      tiedWeight[a] = 0;
      return;
    }
    int r = rank[positions[h]];
    int weight = 0;
    for (int j = h; j < size && rank[positions[j]] == r; j++) {
      weight += left[positions[j]];
    }
    tiedWeight[a] = weight;
    key[a] = (long) (Integer.MAX_VALUE - count[a]) << 32 | r;
  }
}
