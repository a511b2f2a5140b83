package dev.asgsim.simulator;

import java.util.Arrays;

/**
 * A per-minute int column held as runs: the minute each run of equal values starts and its value, for the columns
 * of a kept {@link Timeline} that change a few times a day (counts, sizes, alarm states, proposals, reasons). A
 * seed-group year has 1 000–135 000 runs per such column against 525 600 minutes, so the column is a few hundred KB
 * instead of 2 MB, and a write is a comparison with the last value (a new run only when it differs).
 *
 * <p>Written in minute order: a minute may be written again (its run is replaced) but not one before the last run's
 * start; a minute not written holds the value before it. Read in any order: a read of the run after the last one
 * read (the writers read minute by minute) takes no search. Reads may come from several threads once the run has
 * ended: the remembered run is one int, checked before use, so a stale one only costs a search.
 */
final class MinuteRuns {
  /** The value before the first run (what a fresh array would hold). */
  private final int before;
  private int[] starts = new int[64];
  private int[] values = new int[64];
  private int runs;
  /** The value of the last run, or {@link #before}. */
  private int last;
  /** The run the last read found. */
  private int cursor;

  MinuteRuns(int before) {
    this.before = before;
    this.last = before;
  }

  /** Minute {@code m} (at or after the last run's start) holds {@code v}, and so do the minutes after it until set. */
  void set(int m, int v) {
    if (v != last) {
      start(m, v);
    }
  }

  private void start(int m, int v) {
    if (runs > 0 && starts[runs - 1] >= m) {
      if (starts[runs - 1] > m) {
        throw new IllegalStateException("minute " + m + " written after minute " + starts[runs - 1]);
      }
      runs--; // minute m written again: its run is replaced
      last = runs == 0 ? before : values[runs - 1];
      if (v == last) {
        return;
      }
    }
    if (runs == starts.length) {
      starts = Arrays.copyOf(starts, runs * 2);
      values = Arrays.copyOf(values, runs * 2);
    }
    starts[runs] = m;
    values[runs] = v;
    runs++;
    last = v;
  }

  int at(int m) {
    int k = cursor;
    if (k < runs && starts[k] <= m) {
      if (k + 1 == runs || m < starts[k + 1]) {
        return values[k];
      }
      if (k + 2 == runs || m < starts[k + 2]) {
        cursor = k + 1;
        return values[k + 1];
      }
    }
    int i = Arrays.binarySearch(starts, 0, runs, m);
    k = i >= 0 ? i : -i - 2; // the last run starting at or before m
    if (k < 0) {
      return before;
    }
    cursor = k;
    return values[k];
  }

  /** Minutes 0 … {@code minutes − 1} as a plain array. */
  int[] toArray(int minutes) {
    int[] a = new int[minutes];
    Arrays.fill(a, 0, Math.min(minutes, runs == 0 ? minutes : starts[0]), before);
    for (int k = 0; k < runs && starts[k] < minutes; k++) {
      Arrays.fill(a, starts[k], k + 1 < runs ? Math.min(minutes, starts[k + 1]) : minutes, values[k]);
    }
    return a;
  }

  /** Runs held (for tests and the accounting of a column's bytes). */
  int runs() {
    return runs;
  }
}
