package dev.asgsim.simulator.sweep;

/** Something the sweep skipped and why: an invalid variation, or a simulation that failed. */
public record Finding(int pointIndex, String point, String message) {
  @Override
  public String toString() {
    return "point " + pointIndex + " (" + point + "): " + message;
  }
}
