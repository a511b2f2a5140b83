package dev.asgsim.simulator.sweep;

import java.io.Serializable;

/**
 * What one run came back with: its scores, or why it has none. Plain, serialisable data, so that a cluster can ship
 * it back to the driver, where {@link Sweep} assembles a row's seeds in seed order whatever order they arrive in.
 */
public record RunOutcome(int row, int seedIndex, Scores scores, String failure) implements Serializable {
  static final String CANCELLED = "cancelled";

  /** Runs {@code request}; a simulation that throws is a failure to report, not a crash of the sweep. */
  public static RunOutcome run(PointRunner runner, RunRequest request) {
    try {
      return new RunOutcome(request.row(), request.seedIndex(), runner.run(request), null);
    } catch (Exception | LinkageError | AssertionError e) {
      String message = e.getMessage();
      return new RunOutcome(request.row(), request.seedIndex(), null,
          "simulation failed: " + (message == null ? e.getClass().getSimpleName() : message));
    }
  }

  /** A request that was not run because the sweep was cancelled first. */
  public static RunOutcome cancelled(RunRequest request) {
    return new RunOutcome(request.row(), request.seedIndex(), null, CANCELLED);
  }
}
