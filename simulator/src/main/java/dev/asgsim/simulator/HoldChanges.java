package dev.asgsim.simulator;

/**
 * The minutes of a {@link QuietKernel} chunk at which the reason the engine answered with may change: the chunk's first
 * minute, then every minute whose reason differs from the minute's before. Both readers of the reasons — the
 * not-scaled records ({@link NotScaledRecorder#answered}) and a kept timeline's {@code why} column
 * ({@link TimelineRecorder#answeredMinutes}) — start a run only where the reason changes, and between these minutes it
 * does not, so they look only at these. Found once per chunk without a branch per minute: a diurnal year's reasons
 * change every four minutes or so (they follow the datapoint around the target), and a loop that tested each minute
 * mispredicted at each change, once for each reader.
 */
final class HoldChanges {
  private int[] at;
  private int count;

  /** @param minutes the longest chunk */
  HoldChanges(int minutes) {
    this.at = new int[Math.max(1, minutes)];
  }

  /** Finds the changes of {@code holds[from..to-1]} ({@code from < to}): {@code from} and each k whose hold is not k − 1's. */
  void find(int[] holds, int from, int to) {
    if (at.length < to - from) {
      at = new int[to - from];
    }
    int[] a = at;
    int c = 0;
    a[c++] = from;
    for (int k = from + 1; k < to; k++) {
      a[c] = k; // written at every minute, kept only where the hold changed
      c += holds[k] != holds[k - 1] ? 1 : 0;
    }
    count = c;
  }

  /** How many minutes {@link #find} found. */
  int count() {
    return count;
  }

  /** The {@code i}-th minute found, in minute order. */
  int at(int i) {
    return at[i];
  }
}
