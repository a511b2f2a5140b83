package dev.asgsim.simulator.spot;

/** A Spot history file that cannot be read: the message names file:line and what to do. */
public final class SpotHistoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SpotHistoryException(String message) {
    super(message);
  }
}
