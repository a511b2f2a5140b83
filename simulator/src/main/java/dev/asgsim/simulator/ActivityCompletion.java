package dev.asgsim.simulator;

import java.util.Arrays;

/**
 * When a scaling activity is complete: the desired change behind each launching or terminating instance, and how
 * many of its instances are still on their way. A simple policy's cooldown starts when the latest activity completes
 * (spec §3 [D]: "the cooldown period starts when the scaling activity completes"), so the engine is told then.
 * Per-instance slots are primitive arrays indexed by the instance's sequence number: nothing allocates per minute.
 */
final class ActivityCompletion {
  private static final int NONE = -1;
  private int[] launchDecision = new int[16];
  private int[] terminateDecision = new int[16];
  private int[] remaining = new int[8];
  private int decisions;
  private int current = NONE;

  ActivityCompletion() {
    Arrays.fill(launchDecision, NONE);
    Arrays.fill(terminateDecision, NONE);
  }

  /** A desired change is being carried out: the instances launched or selected until {@link #end()} belong to it. */
  void begin() {
    if (decisions == remaining.length) {
      remaining = Arrays.copyOf(remaining, decisions * 2);
    }
    remaining[decisions] = 0;
    current = decisions++;
  }

  /** Whether a desired change is being carried out. */
  boolean inProgress() {
    return current != NONE;
  }

  /** Instance {@code seq} was launched for the current desired change. */
  void launching(int seq) {
    ensure(seq + 1);
    launchDecision[seq] = current;
    remaining[current]++;
  }

  /** Instance {@code seq} was selected for termination by the current desired change. */
  void terminating(int seq) {
    ensure(seq + 1);
    terminateDecision[seq] = current;
    remaining[current]++;
  }

  /** The desired change is carried out; true when it had nothing to wait for (it is complete already). */
  boolean end() {
    current = NONE;
    return remaining[decisions - 1] == 0;
  }

  /** Instance {@code seq} is InService; true when that completes the latest activity. */
  boolean inService(int seq) {
    return finish(launchDecision, seq);
  }

  /** Instance {@code seq} is terminated; true when that completes the latest activity. */
  boolean terminated(int seq) {
    return finish(terminateDecision, seq);
  }

  private boolean finish(int[] byDecision, int seq) {
    if (seq >= byDecision.length || byDecision[seq] == NONE) {
      return false;
    }
    int d = byDecision[seq];
    byDecision[seq] = NONE;
    return --remaining[d] == 0 && d == decisions - 1;
  }

  private void ensure(int n) {
    if (n > launchDecision.length) {
      int size = Math.max(n, launchDecision.length * 2);
      launchDecision = Sequences.grow(launchDecision, size);
      terminateDecision = Sequences.grow(terminateDecision, size);
    }
  }
}
