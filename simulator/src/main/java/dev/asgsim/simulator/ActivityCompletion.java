package dev.asgsim.simulator;

/**
 * When a scaling activity is complete: which instances the latest desired change is still waiting for. A simple
 * policy's cooldown starts when the latest activity completes (aws-behaviour §3 [D]: "the cooldown period starts when
 * the scaling activity completes"), so the engine is told then. An older activity's instances finishing later complete
 * nothing, so they are forgotten when the next change begins: the sets hold the latest change's instances alone, with
 * one count (issue 15 items 2 and 4: an int slot per instance ever launched and a count per change grew by copies
 * through the run). Nothing allocates per minute nor per change; the sets' bits grow with the highest sequence number,
 * at 1/32 of the slots' memory.
 */
final class ActivityCompletion {
  /** Launched by the latest desired change and not yet InService. */
  private final SeqSet launching = new SeqSet();
  /** Selected for termination by the latest desired change and not yet terminated. */
  private final SeqSet terminating = new SeqSet();
  /** Instances the latest desired change still waits for. */
  private int remaining;
  private boolean inProgress;

  /** A desired change is being carried out: the instances launched or selected until {@link #end()} belong to it. */
  void begin() {
    launching.clear();
    terminating.clear();
    remaining = 0;
    inProgress = true;
  }

  /** Whether a desired change is being carried out. */
  boolean inProgress() {
    return inProgress;
  }

  /** Instance {@code seq} was launched for the current desired change. */
  void launching(int seq) {
    launching.add(seq);
    remaining++;
  }

  /**
   * Instances {@code first … first + count − 1} were launched for the current desired change: {@link #launching(int)}
   * of each.
   */
  void launching(int first, int count) {
    launching.addRange(first, count);
    remaining += Math.max(count, 0);
  }

  /** Instance {@code seq} was selected for termination by the current desired change. */
  void terminating(int seq) {
    terminating.add(seq);
    remaining++;
  }

  /** The desired change is carried out; true when it had nothing to wait for (it is complete already). */
  boolean end() {
    inProgress = false;
    return remaining == 0;
  }

  /** Instance {@code seq} is InService; true when that completes the latest activity. */
  boolean inService(int seq) {
    return launching.remove(seq) && --remaining == 0;
  }

  /**
   * Instances {@code first … first + count − 1} are InService; true when one of them completes the latest activity, as
   * {@link #inService(int)} of each in turn would answer once. The remaining count only falls, and never below the
   * members of the two sets, so it reaches zero in the run exactly when the members removed are all it had left.
   */
  boolean inService(int first, int count) {
    int removed = launching.removeRange(first, count);
    remaining -= removed;
    return removed > 0 && remaining == 0;
  }

  /** Instances {@code first … first + count − 1} are terminated: {@link #inService(int, int)}'s answer for them. */
  boolean terminated(int first, int count) {
    int removed = terminating.removeRange(first, count);
    remaining -= removed;
    return removed > 0 && remaining == 0;
  }

  /** Instance {@code seq} is terminated; true when that completes the latest activity. */
  boolean terminated(int seq) {
    return terminating.remove(seq) && --remaining == 0;
  }
}
