package dev.asgsim.simulator.internal.group;

import java.util.Arrays;

/**
 * The termination policies' order of one scale-in's candidates (aws-behaviour §7.4 [D]: "apply policies in order"),
 * as one integer rank per slot: {@link VictimSelector} compares two candidates by their ranks instead of by the
 * policies each time (issue 15 item 4: a large fleet's scale-in compares candidates some ten times a victim, each
 * time two {@code floorMod}s under {@code Default}). Valid while the keys cannot change: the policies other than
 * {@code AllocationStrategy} read clocks fixed at launch ({@link TerminationPolicy#key}) at the scale-in's one time.
 */
final class TerminationKeys {
  /** The policies that tell cohorts apart, in order, up to {@code Default} (its "random among ties" ends the list). */
  private final TerminationPolicy[] policies;
  /** Per policy above, per slot: the key at the scale-in's time, of the slots last {@link #sortAndRank ranked}. */
  private final long[][] keys;
  /** Per slot: the rank, equal for equal keys, lower terminated first; valid for the slots last ranked. */
  private int[] rank = new int[8];
  private int[] buffer = new int[8];
  /** {@link #sortPacked}'s values, and how many low bits hold the slot. */
  private long[] packed = new long[8];
  private static final int SLOT_BITS = 21;
  private static final int SLOT_MASK = (1 << SLOT_BITS) - 1;
  private boolean packedLast;
  /**
   * Whether the last packed sort went by digits ({@link #radixSort}), for at least {@link #RADIX_LEAST} slots (fewer
   * sort faster by insertion); the digits' counts.
   */
  private boolean radixLast;
  private static final int RADIX_BITS = 6;
  private static final int RADIX_LEAST = 32;
  private final int[] radixDigits = new int[(1 << RADIX_BITS) + 1];

  /** @param policies the group's policies in order, none {@link TerminationPolicy#ALLOCATION_STRATEGY} */
  TerminationKeys(TerminationPolicy[] policies) {
    int n = 0;
    TerminationPolicy[] telling = new TerminationPolicy[policies.length];
    for (TerminationPolicy policy : policies) {
      if (policy != TerminationPolicy.INDISTINCT) {
        telling[n++] = policy;
      }
      if (policy.endsWithRandom()) {
        break;
      }
    }
    this.policies = Arrays.copyOf(telling, n);
    this.keys = new long[n][8];
  }

  /** Whether the last {@link #sortAndRank} sorted packed values (TerminationKeysTest checks both ways are taken). */
  boolean packedLast() {
    return packedLast;
  }

  /** Whether the last {@link #sortAndRank} sorted by digits ({@link #radixSort}; TerminationKeysTest takes it too). */
  boolean radixLast() {
    return packedLast && radixLast;
  }

  /** The rank of slot {@code i}, one of those last ranked: lower is terminated first, equal is tied. */
  int rank(int i) {
    return rank[i];
  }

  /**
   * Sorts the slots {@code s[0, n)} (ascending) by the policies at {@code at}, stable (slot order among equal keys),
   * and ranks them; {@code size} is the cohorts' slot count.
   */
  void sortAndRank(Cohorts cohorts, long at, int[] s, int n, int size) {
    if (rank.length < size) {
      rank = Arrays.copyOf(rank, Math.max(size, 2 * rank.length));
    }
    if (buffer.length < n) {
      buffer = new int[Math.max(n, 2 * buffer.length)];
    }
    for (int p = 0; p < policies.length; p++) {
      if (keys[p].length < size) {
        keys[p] = new long[Math.max(size, 2 * keys[p].length)];
      }
      long[] key = keys[p];
      for (int k = 0; k < n; k++) {
        key[s[k]] = policies[p].key(cohorts, s[k], at);
      }
    }
    packedLast = policies.length == 1 && sortPacked(s, n, size);
    if (!packedLast) {
      mergeSort(s, 0, n);
    }
    int r = 0;
    for (int k = 0; k < n; k++) {
      if (k > 0 && compareKeys(s[k - 1], s[k]) != 0) {
        r++;
      }
      rank[s[k]] = r;
    }
  }

  /**
   * One policy's sort as a sort of primitive values, each the key above the least key and the slot below it, when
   * they fit in a long ({@code Default}'s keys always do, 1 to 3600): the order of {@link #mergeSort}, as the slots
   * come in ascending order and break the ties ({@link #radixSort} when the keys span little). Returns false, not
   * sorting, when they do not fit.
   */
  private boolean sortPacked(int[] s, int n, int size) {
    long[] key = keys[0];
    long least = Long.MAX_VALUE;
    long most = Long.MIN_VALUE;
    for (int k = 0; k < n; k++) {
      least = Math.min(least, key[s[k]]);
      most = Math.max(most, key[s[k]]);
    }
    if (size > SLOT_MASK || n == 0 || most - least < 0 || most - least > Long.MAX_VALUE >>> SLOT_BITS) {
      return false;
    }
    radixLast = n >= RADIX_LEAST && most - least < 1 << 2 * RADIX_BITS;
    if (radixLast) {
      radixSort(s, n, least);
      return true;
    }
    if (packed.length < n) {
      packed = new long[Math.max(n, 2 * packed.length)];
    }
    for (int k = 0; k < n; k++) {
      packed[k] = (key[s[k]] - least) << SLOT_BITS | s[k];
    }
    Arrays.sort(packed, 0, n);
    for (int k = 0; k < n; k++) {
      s[k] = (int) (packed[k] & SLOT_MASK);
    }
    return true;
  }

  /**
   * {@link #sortPacked}'s order when the keys span fewer than {@code 2^(2 RADIX_BITS)} (Default's always do: 1 to
   * 3600): two stable passes by {@link #RADIX_BITS} bits of the key above the least, the low bits first, from the slots
   * in ascending order, so the slots stay in ascending order among equal keys. A large fleet's scale-in sorts some 75
   * candidates (issue 15 item 4): two counting passes instead of a comparison sort's hundreds of unpredictable branches.
   */
  private void radixSort(int[] s, int n, long least) {
    long[] key = keys[0];
    int[] digits = radixDigits;
    int mask = (1 << RADIX_BITS) - 1;
    for (int pass = 0; pass < 2; pass++) {
      int[] from = pass == 0 ? s : buffer;
      int[] to = pass == 0 ? buffer : s;
      int shift = pass * RADIX_BITS;
      Arrays.fill(digits, 0);
      for (int k = 0; k < n; k++) {
        digits[((int) (key[from[k]] - least) >>> shift & mask) + 1]++;
      }
      for (int d = 1; d <= mask; d++) {
        digits[d] += digits[d - 1]; // digits[d]: where digit d's slots start
      }
      for (int k = 0; k < n; k++) {
        to[digits[(int) (key[from[k]] - least) >>> shift & mask]++] = from[k];
      }
    }
  }

  /** A slot was inserted at {@code slot} (a victim split off): the ranks of later slots move up with them. */
  void inserted(int slot, int size) {
    if (rank.length < size) {
      rank = Arrays.copyOf(rank, Math.max(size, 2 * rank.length));
    }
    System.arraycopy(rank, slot, rank, slot + 1, size - 1 - slot);
  }

  private int compareKeys(int a, int b) {
    for (long[] key : keys) {
      int cmp = Long.compare(key[a], key[b]);
      if (cmp != 0) {
        return cmp;
      }
    }
    return 0;
  }

  /** Sorts {@code s[from, to)} by the keys, stable: equal keys stay in their order (slot order). */
  private void mergeSort(int[] s, int from, int to) {
    if (to - from < 2) {
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(s, from, mid);
    mergeSort(s, mid, to);
    if (compareKeys(s[mid - 1], s[mid]) <= 0) {
      return; // already in order (launch order is key order for OldestInstance)
    }
    System.arraycopy(s, from, buffer, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && compareKeys(buffer[i], buffer[j]) <= 0)) {
        s[k] = buffer[i++];
      } else {
        s[k] = buffer[j++];
      }
    }
  }
}
