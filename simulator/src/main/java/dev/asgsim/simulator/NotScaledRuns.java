package dev.asgsim.simulator;

import dev.asgsim.core.policy.Hold;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A run's kept {@link NotScaled} records as columns, each record made when it is read ({@link #get}): a recorded
 * diurnal year closes ~128 500 runs, kept as records ~5 MB allocated and retained, while most results are read once,
 * by a writer that streams them, or never (issue 15 item 2). The list is immutable once
 * {@link NotScaledRecorder#finish} hands it out (the recorder appends no more), and equal, element by element, to the
 * records the recorder hands a {@link RecordSink}; {@code equals}, {@code hashCode} and {@code toString} are
 * {@link java.util.List}'s, so it equals a list of the same records.
 */
final class NotScaledRuns extends AbstractList<NotScaled> implements RandomAccess {
  private static final Hold[] HOLDS = Hold.values();
  /**
   * Runs per chunk: the columns grow a chunk at a time, so a year allocates what it keeps (~3 MB) and copies nothing,
   * where doubling arrays would allocate twice that, as much as the records did.
   */
  private static final int SHIFT = 12;
  private static final int CHUNK = 1 << SHIFT;
  private long[][] start = new long[8][];
  private long[][] end = new long[8][];
  private byte[][] reason = new byte[8][];
  /** The engine's index of the policy the reason concerns, or -1 (the record's null name). */
  private int[][] policy = new int[8][];
  private int[][] desired = new int[8][];
  private int size;
  /** The engine's policy names by index, given at {@link #named}; until then no record can be made. */
  private String[] policyNames;

  /** A run of {@code reason} about {@code policyIndex} (or -1) from {@code from} to {@code to}, in time order. */
  void add(long from, long to, Hold why, int policyIndex, int desiredCapacity) {
    int c = size >>> SHIFT;
    int k = size & (CHUNK - 1);
    if (k == 0) {
      newChunk(c);
    }
    start[c][k] = from;
    end[c][k] = to;
    reason[c][k] = (byte) why.ordinal();
    policy[c][k] = policyIndex;
    desired[c][k] = desiredCapacity;
    size++;
  }

  private void newChunk(int c) {
    if (c == start.length) {
      int n = 2 * c;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      reason = Arrays.copyOf(reason, n);
      policy = Arrays.copyOf(policy, n);
      desired = Arrays.copyOf(desired, n);
    }
    start[c] = new long[CHUNK];
    end[c] = new long[CHUNK];
    reason[c] = new byte[CHUNK];
    policy[c] = new int[CHUNK];
    desired[c] = new int[CHUNK];
  }

  /** The run is over: {@code names} are the engine's policy names by index; the list is read from here on. */
  NotScaledRuns named(String[] names) {
    policyNames = names;
    return this;
  }

  @Override
  public NotScaled get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("Index " + i + " out of bounds for length " + size);
    }
    int c = i >>> SHIFT;
    int k = i & (CHUNK - 1);
    int p = policy[c][k];
    return new NotScaled(start[c][k], end[c][k], HOLDS[reason[c][k]], p < 0 ? null : policyNames[p], desired[c][k]);
  }

  @Override
  public int size() {
    return size;
  }
}
