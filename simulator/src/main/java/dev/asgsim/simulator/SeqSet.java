package dev.asgsim.simulator;

import java.util.Arrays;

/**
 * A set of instance sequence numbers (non-negative), open addressing with linear probing: its table grows with the most
 * members it held at once, not with the run's instances (issue 15 item 4: a 1 000-instance year launches hundreds of
 * thousands). Removal shifts the probe chain back, so no tombstones pile up. Not thread-safe.
 */
final class SeqSet {
  private static final int EMPTY = -1;
  private int[] table = empty(16);
  private int size;

  /** Adds {@code seq} (≥ 0); false, and nothing changes, when it is a member already. */
  boolean add(int seq) {
    if (2 * (size + 1) > table.length) {
      int[] old = table;
      table = empty(old.length * 2);
      size = 0;
      for (int s : old) {
        if (s != EMPTY) {
          add(s);
        }
      }
    }
    int i = slot(seq);
    if (table[i] == seq) {
      return false;
    }
    table[i] = seq;
    size++;
    return true;
  }

  /** Removes {@code seq}; true when it was a member. */
  boolean remove(int seq) {
    int i = slot(seq);
    if (table[i] == EMPTY) {
      return false;
    }
    int mask = table.length - 1;
    // Backward shift: a later member of the chain moves into the hole when the hole lies between its home and it.
    for (int j = (i + 1) & mask; table[j] != EMPTY; j = (j + 1) & mask) {
      if (((j - home(table[j], mask)) & mask) >= ((j - i) & mask)) {
        table[i] = table[j];
        i = j;
      }
    }
    table[i] = EMPTY;
    size--;
    return true;
  }

  /** Empties the set, keeping its table. */
  void clear() {
    if (size > 0) {
      Arrays.fill(table, EMPTY);
      size = 0;
    }
  }

  int size() {
    return size;
  }

  /** The slot holding {@code seq}, or the empty slot that ends its probe chain (where it would go). */
  private int slot(int seq) {
    int mask = table.length - 1;
    int i = home(seq, mask);
    while (table[i] != EMPTY && table[i] != seq) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** Fibonacci hashing: consecutive sequence numbers (a launch's) spread over the table. */
  private static int home(int seq, int mask) {
    int h = seq * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  private static int[] empty(int n) {
    int[] t = new int[n];
    Arrays.fill(t, EMPTY);
    return t;
  }
}
