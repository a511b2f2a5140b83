package dev.asgsim.simulator;

/**
 * Takes a run's records as each becomes final, so that a long run can write them to disk instead of keeping them
 * ({@link Simulation.Builder#sink}): memory then stays flat in simulated time. Called on the run's thread.
 */
public interface RecordSink {
  RecordSink NONE = new RecordSink() { };

  /**
   * Minute {@code m}'s row is final (the metric datapoint of the period starting that minute has been published, or
   * never will be). Rows arrive in order, each once; {@code t} holds row {@code m} until the next call.
   */
  default void timelineRow(Timeline t, int m) { }

  /** A scaling activity in its final form (ended, or in progress when the run ended), in the order they started. */
  default void activity(Activity a) { }

  /** A run of minutes without a change has ended ({@link NotScaled}), in time order; the last when the run ends. */
  default void notScaled(NotScaled n) { }
}
