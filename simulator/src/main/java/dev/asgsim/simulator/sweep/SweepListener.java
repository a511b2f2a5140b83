package dev.asgsim.simulator.sweep;

/**
 * Hears a sweep as it runs. Rows arrive in point order (then load order) whatever the thread count, one at a time,
 * so a listener can append them to a file as they come.
 */
public interface SweepListener {
  default void onRow(PointResult row) {}

  default void onFinding(Finding finding) {}

  /** {@code done} of {@code total} simulations finished (skipped points count as done). */
  default void onProgress(long done, long total) {}

  SweepListener NONE = new SweepListener() {};
}
