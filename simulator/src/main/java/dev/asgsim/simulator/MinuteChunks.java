package dev.asgsim.simulator;

import java.util.Arrays;

/**
 * A per-minute double column of a kept {@link Timeline} for values that change every minute (CPU, the datapoint,
 * credit balances), in chunks of {@value #ROWS} minutes allocated when the run first writes into them: no array of
 * the whole run zeroed up front (a year's column is 4 MB, outside the thread's allocation buffer) and no copy as it
 * grows; a chunk is zeroed or filled while it is in the cache, just before its minutes are written, and not at all
 * while only the fill value is written.
 */
final class MinuteChunks {
  private static final int SHIFT = 12;
  static final int ROWS = 1 << SHIFT;
  private static final int MASK = ROWS - 1;
  private final double[][] chunks;
  /** What a minute never written holds (NaN for the datapoint column, 0 otherwise: a fresh array's value). */
  private final double fill;
  private final long fillBits;

  MinuteChunks(int minutes, double fill) {
    this.chunks = new double[(minutes + MASK) >>> SHIFT][];
    this.fill = fill;
    this.fillBits = Double.doubleToRawLongBits(fill);
  }

  void set(int m, double v) {
    double[] c = chunks[m >>> SHIFT];
    if (c == null) {
      if (Double.doubleToRawLongBits(v) == fillBits) {
        return; // what the minute holds already: a chunk is allocated for its first other value
      }
      c = allocate(m >>> SHIFT);
    }
    c[m & MASK] = v;
  }

  /**
   * {@link #set} of minutes {@code m} to {@code m + n - 1} to the fill value: chunks not yet allocated stay so (a
   * column that is mostly the fill value, as unserved demand in most runs, allocates nothing for those minutes).
   */
  void setFill(int m, int n) {
    while (n > 0) {
      double[] c = chunks[m >>> SHIFT];
      int at = m & MASK;
      int part = Math.min(n, ROWS - at);
      if (c != null) {
        Arrays.fill(c, at, at + part, fill);
      }
      m += part;
      n -= part;
    }
  }

  /**
   * {@link #set} of minutes {@code m} to {@code m + n - 1} to {@code src[from]} to {@code src[from + n - 1]}. A run
   * inside one chunk (a quiet kernel's ~14 minutes) is stored by a loop, not handed to the copy routine, whose call
   * is most of so short a copy (perf, a recorded diurnal year: the copy stubs 1.7 → 1.0 ms).
   */
  void set(int m, double[] src, int from, int n) {
    double[] w = n > 0 ? window(m, n) : null;
    if (w != null) {
      int at = slot(m) - from;
      for (int k = from; k < from + n; k++) {
        w[at + k] = src[k];
      }
      return;
    }
    while (n > 0) {
      double[] c = chunks[m >>> SHIFT];
      if (c == null) {
        c = allocate(m >>> SHIFT);
      }
      int at = m & MASK;
      int part = Math.min(n, ROWS - at);
      System.arraycopy(src, from, c, at, part);
      m += part;
      from += part;
      n -= part;
    }
  }

  /**
   * The array that holds minutes {@code m} to {@code m + n - 1} ({@code n > 0}), allocated if need be, when they lie in
   * one chunk, else null: a writer of a run of minutes ({@link TimelineRecorder}'s answered minutes) stores into it at
   * {@link #slot}{@code (m)} onwards directly, what {@link #set} of each minute would store. A quiet kernel's chunk is
   * ~14 minutes against {@value #ROWS}, so it straddles two chunks rarely.
   */
  double[] window(int m, int n) {
    int k = m >>> SHIFT;
    if (k != (m + n - 1) >>> SHIFT) {
      return null;
    }
    double[] c = chunks[k];
    return c != null ? c : allocate(k);
  }

  /**
   * {@link #window} when that chunk is allocated already, else null (nothing allocated): a writer that would write
   * only the fill value into a chunk not yet allocated takes the other way ({@link #setFill}).
   */
  double[] allocatedWindow(int m, int n) {
    int k = m >>> SHIFT;
    return k == (m + n - 1) >>> SHIFT ? chunks[k] : null;
  }

  /** Where minute {@code m} lies in its chunk's array ({@link #window}). */
  static int slot(int m) {
    return m & MASK;
  }

  private double[] allocate(int k) {
    double[] c = new double[ROWS];
    if (fillBits != 0) {
      Arrays.fill(c, fill);
    }
    chunks[k] = c;
    return c;
  }

  double at(int m) {
    double[] c = chunks[m >>> SHIFT];
    return c == null ? fill : c[m & MASK];
  }

  /** Chunks allocated so far (for tests). */
  int allocated() {
    int n = 0;
    for (double[] c : chunks) {
      n += c == null ? 0 : 1;
    }
    return n;
  }

  /** Minutes 0 … {@code minutes − 1} as a plain array. */
  double[] toArray(int minutes) {
    double[] a = new double[minutes];
    for (int m = 0; m < minutes; m += ROWS) {
      double[] c = chunks[m >>> SHIFT];
      int n = Math.min(ROWS, minutes - m);
      if (c == null) {
        Arrays.fill(a, m, m + n, fill);
      } else {
        System.arraycopy(c, 0, a, m, n);
      }
    }
    return a;
  }
}
