package dev.asgsim.simulator.load;

/** A load spec or trace file that cannot be read; the message names the place (column or file and line). */
public final class LoadSpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LoadSpecException(String message) {
    super(message);
  }
}
