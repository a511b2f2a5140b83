package dev.asgsim.simulator.sweep;

/** A point whose values do not make a valid config; the sweep reports it as a finding and skips it. */
public final class InvalidVariationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean pathProblem;

  public InvalidVariationException(String message) {
    this(message, false);
  }

  /** {@code pathProblem}: the path names no member of the base config, so no value of its axis can work. */
  public InvalidVariationException(String message, boolean pathProblem) {
    super(message);
    this.pathProblem = pathProblem;
  }

  public boolean isPathProblem() {
    return pathProblem;
  }
}
