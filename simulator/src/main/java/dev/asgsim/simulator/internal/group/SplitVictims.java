package dev.asgsim.simulator.internal.group;

import java.util.Arrays;

/**
 * The victims one scale-in takes from cohorts it does not take whole, held per cohort until the scale-in ends and
 * split off then in one pass ({@link Cohorts#splitAfterEach}), instead of a split — a move of every later slot — at
 * each cohort's first victim (issue 15 item 4: a day's scale-in of a large fleet takes victims from dozens of
 * cohorts). What the pass leaves is what the splits one at a time left: each cohort's victims in the slot right after
 * it, the last of its instances first ({@link Cohorts#detachLast}), with the clocks {@link Group#startTermination}
 * gives them; a cohort whose last instance is taken as well terminates in its own slot, before them.
 *
 * <p>Within the scale-in no slot moves, so {@link VictimSelector}'s kept candidates stay where they are; a cohort with
 * victims held here is still one slot, its count the instances left, as after a split.
 */
final class SplitVictims {
  /** Per slot: victims held (0: none), and the first instance's sequence number among them. */
  private int[] held = new int[8];
  private int[] first = new int[8];
  /** The slots holding victims, in the order of their first victim. */
  private int[] slots = new int[8];
  private int n;

  /** Whether cohort {@code v} has victims held in this scale-in. */
  boolean holds(int v) {
    return v < held.length && held[v] > 0;
  }

  /** Instance {@code seq}, the last of cohort {@code v}'s, is a victim (its count is already one less). */
  void take(int v, int seq) {
    take(v, seq, 1);
  }

  /**
   * Instances {@code seq} to {@code seq + victims - 1}, the last {@code victims} of cohort {@code v}'s, are victims (its
   * count is already that much less): as as many calls of {@link #take(int, int)}, from the last instance down.
   */
  void take(int v, int seq, int victims) {
    if (v >= held.length) {
      int size = Math.max(2 * held.length, v + 1);
      held = Arrays.copyOf(held, size);
      first = Arrays.copyOf(first, size);
    }
    if (held[v] == 0) {
      if (n == slots.length) {
        slots = Arrays.copyOf(slots, 2 * n);
      }
      slots[n++] = v;
    }
    held[v] += victims;
    first[v] = seq;
  }

  /**
   * Splits the held victims off their cohorts, each cohort's into a new slot right after it, and forgets them; returns
   * how many slots were split off ({@link #splitSlot} names them).
   */
  int split(Cohorts cohorts) {
    if (n == 0) {
      return 0;
    }
    Arrays.sort(slots, 0, n);
    cohorts.splitAfterEach(slots, n);
    for (int k = 0; k < n; k++) {
      int v = slots[k];
      int slot = splitSlot(k);
      cohorts.count[slot] = held[v];
      cohorts.firstSeq[slot] = first[v];
      held[v] = 0;
    }
    int split = n;
    n = 0;
    return split;
  }

  /** The {@code k}-th slot the last {@link #split} made, in slot order. */
  int splitSlot(int k) {
    return slots[k] + k + 1;
  }
}
