package dev.asgsim.simulator.load;

import dev.asgsim.core.text.Numbers;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * {@code walk(SD[, MIN, MAX])}: a random walk from 0 (or MIN if above 0) with Gaussian steps, clamped to
 * {@code [MIN, MAX]}. MIN and MAX are offsets added to the other components, so they may be negative.
 */
record Walk(double sd, double min, double max) implements LoadModel {
  static final LoadShape SHAPE = new LoadShape("walk", "walk(SD[, MIN, MAX])", "random walk, clamped to [MIN, MAX]",
      Walk::read);

  private static Walk read(SpecCursor in) {
    double sd = in.level("SD");
    double min = Double.NEGATIVE_INFINITY;
    double max = Double.POSITIVE_INFINITY;
    if (in.optionalComma()) {
      min = in.number("MIN");
      in.comma();
      int at = in.here();
      max = in.number("MAX");
      if (max < min) {
        throw in.error(at, "MAX must not be below MIN");
      }
    }
    return new Walk(sd, min, max);
  }

  @Override
  public void addTo(double[] demand, long seed, int stream) {
    RandomGenerator rng = Models.random(seed, stream);
    double x = Math.min(max, Math.max(min, 0));
    for (int i = 0; i < demand.length; i++) {
      demand[i] += x;
      x = Math.min(max, Math.max(min, x + sd * rng.nextGaussian()));
    }
  }

  @Override
  public String describe() {
    if (min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY) {
      return "walk(" + Numbers.shortest(sd) + ")";
    }
    return "walk(" + Numbers.shortest(sd) + ", " + Numbers.shortest(min) + ", " + Numbers.shortest(max) + ")";
  }
}
