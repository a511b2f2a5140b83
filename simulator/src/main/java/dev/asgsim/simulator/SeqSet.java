package dev.asgsim.simulator;

import java.util.Arrays;

/**
 * A set of instance sequence numbers (non-negative): a bit per sequence number up to the highest added, so that a
 * member test costs an array read as the per-instance slots it replaces did, at 1/32 of their memory (issue 15 item
 * 4: a 1 000-instance year launches hundreds of thousands of instances, whose int slots grew by copies to megabytes);
 * and the numbers added since the last {@link #clear} in a list, so that clearing touches their bits alone. Not
 * thread-safe.
 */
final class SeqSet {
  private long[] bits = new long[4];
  /**
   * Added since the last clear (some may have been removed since; a run lists one number per word it set): the bits
   * {@link #clear} resets.
   */
  private int[] added = new int[16];
  private int addedCount;
  private int size;

  /**
   * Adds {@code first … first + count − 1} (first ≥ 0), a launch's run of consecutive numbers, a word of bits at a
   * time: the members {@link #add} one by one would leave (issue 15 item 4: a 1 000-instance year launches 348 000).
   */
  void addRange(int first, int count) {
    if (count <= 0) {
      return;
    }
    int last = first + count - 1;
    int lastWord = last >>> 6;
    holdWord(lastWord);
    for (int w = first >>> 6; w <= lastWord; w++) {
      long fresh = rangeMask(w, first, last) & ~bits[w];
      if (fresh != 0) {
        bits[w] |= fresh;
        size += Long.bitCount(fresh);
        listAdded(w << 6); // a number in word w: all clear reads
      }
    }
  }

  /**
   * Removes {@code first … first + count − 1}, an instance event's run of consecutive numbers; how many were members
   * (what {@link #remove} one by one would have answered true).
   */
  int removeRange(int first, int count) {
    if (count <= 0) {
      return 0;
    }
    int last = first + count - 1;
    int lastWord = Math.min(last >>> 6, bits.length - 1);
    int removed = 0;
    for (int w = first >>> 6; w <= lastWord; w++) {
      long gone = bits[w] & rangeMask(w, first, last);
      if (gone != 0) {
        bits[w] &= ~gone;
        removed += Long.bitCount(gone);
      }
    }
    size -= removed;
    return removed;
  }

  /** The bits of word {@code w} for the numbers {@code first … last}. */
  private static long rangeMask(int w, int first, int last) {
    long mask = -1L;
    if (first >>> 6 == w) {
      mask &= -1L << first; // the shift takes first's low 6 bits
    }
    if (last >>> 6 == w) {
      mask &= -1L >>> (63 - (last & 63));
    }
    return mask;
  }

  /** Adds {@code seq} (≥ 0); false, and nothing changes, when it is a member already. */
  boolean add(int seq) {
    int w = seq >>> 6;
    holdWord(w);
    long bit = 1L << seq; // the shift takes seq's low 6 bits
    if ((bits[w] & bit) != 0) {
      return false;
    }
    bits[w] |= bit;
    listAdded(seq);
    size++;
    return true;
  }

  /** Grows the bits, doubling, so that word {@code w} exists. */
  private void holdWord(int w) {
    if (w >= bits.length) {
      bits = Arrays.copyOf(bits, Math.max(w + 1, bits.length * 2));
    }
  }

  /** Lists {@code seq} among the numbers added since the last clear, so that {@link #clear} resets its word. */
  private void listAdded(int seq) {
    if (addedCount == added.length) {
      added = Arrays.copyOf(added, addedCount * 2);
    }
    added[addedCount++] = seq;
  }

  /** Removes {@code seq}; true when it was a member. */
  boolean remove(int seq) {
    int w = seq >>> 6;
    long bit = 1L << seq;
    if (w >= bits.length || (bits[w] & bit) == 0) {
      return false;
    }
    bits[w] &= ~bit;
    size--;
    return true;
  }

  /**
   * Empties the set, keeping its arrays. Every member was added since the last clear, so the words of those added
   * hold no other member and are zeroed whole.
   */
  void clear() {
    for (int i = 0; i < addedCount; i++) {
      bits[added[i] >>> 6] = 0;
    }
    addedCount = 0;
    size = 0;
  }

  int size() {
    return size;
  }
}
