package dev.asgsim.simulator.sweep;

/**
 * Runs one simulation and returns its scores. Called from many threads at once: an implementation must not share
 * mutable state between calls, and must not record a timeline (a sweep only needs scores). To run on a cluster
 * (the {@code spark} module) it must also be {@link java.io.Serializable}, and read no file where it runs.
 */
@FunctionalInterface
public interface PointRunner {
  Scores run(RunRequest request) throws Exception;
}
