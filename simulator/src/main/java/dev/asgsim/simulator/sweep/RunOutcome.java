package dev.asgsim.simulator.sweep;

import java.io.Serializable;

/**
 * What one run came back with: its scores, or why it has none. Plain, serialisable data, so that a cluster can ship
 * it back to the driver, where {@link Sweep} assembles a row's seeds in seed order whatever order they arrive in.
 */
public record RunOutcome(int row, int seedIndex, Scores scores, String failure) implements Serializable {
  static final String CANCELLED = "cancelled";

  /**
   * Runs {@code request}. Whatever happens it has an outcome, so a point is a row or a finding, never lost: a
   * simulation that throws, or a worker that runs out of memory (static:1000000000), is a failure with its reason.
   */
  public static RunOutcome run(PointRunner runner, RunRequest request) {
    try {
      return new RunOutcome(request.row(), request.seedIndex(), runner.run(request), null);
    } catch (Throwable e) {
      return new RunOutcome(request.row(), request.seedIndex(), null, describe(e));
    }
  }

  private static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "simulation failed: out of memory; give Java more (ASGSIM_JAVA_OPTS=-Xmx4g), run fewer --threads, "
          + "or shorten the load";
    }
    if (e instanceof StackOverflowError) {
      return "simulation failed: stack overflow (a policy plug-in recursing without end?)";
    }
    String message = e.getMessage();
    return "simulation failed: " + (message == null ? e.getClass().getSimpleName() : message);
  }

  /** A request that was not run because the sweep was cancelled first. */
  public static RunOutcome cancelled(RunRequest request) {
    return new RunOutcome(request.row(), request.seedIndex(), null, CANCELLED);
  }
}
