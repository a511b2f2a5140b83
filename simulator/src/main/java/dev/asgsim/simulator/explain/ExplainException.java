package dev.asgsim.simulator.explain;

/** An output directory or a time that {@code explain} cannot use; the message says which file or option, and what to do. */
public final class ExplainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExplainException(String message) {
    super(message);
  }
}
