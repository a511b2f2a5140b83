package dev.asgsim.simulator.sweep;

import java.util.Iterator;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Where a sweep's simulations run: this JVM's threads ({@link ThreadPoolExecution}) or a cluster (the {@code spark}
 * module). An execution only runs requests; {@link Sweep} makes them, on the driver, and assembles the outcomes
 * into rows in seed order, so every execution gives the same rows.
 */
public interface SweepExecution {
  /**
   * Runs every request {@code requests} yields with {@code runner} and hands each outcome to {@code done}, once per
   * request, in any order and from any thread, returning when all are done. {@code requests} stops yielding once
   * the sweep is cancelled; requests already taken but not started may then be reported
   * {@link RunOutcome#cancelled} or dropped.
   */
  void run(Iterator<RunRequest> requests, PointRunner runner, Consumer<RunOutcome> done, BooleanSupplier cancelled)
      throws InterruptedException;
}
