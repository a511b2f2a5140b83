package dev.asgsim.simulator.sweep.file;

/** A sweep file that cannot be run; the message names the file and line and says what to change. */
public final class SweepFileException extends Exception {
  private static final long serialVersionUID = 1L;

  public SweepFileException(String message) {
    super(message);
  }

  public SweepFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
