package dev.asgsim.simulator.load;

import dev.asgsim.core.text.Numbers;
import org.apache.commons.math3.random.RandomGenerator;

/** {@code noise(SD)}: independent Gaussian noise with standard deviation SD each minute, seeded. */
record Noise(double sd) implements LoadModel {
  static final LoadShape SHAPE = new LoadShape("noise", "noise(SD)", "Gaussian noise, seeded",
      in -> new Noise(in.level("SD")));

  @Override
  public void addTo(double[] demand, long seed, int stream) {
    RandomGenerator rng = Models.random(seed, stream);
    for (int i = 0; i < demand.length; i++) {
      demand[i] += sd * rng.nextGaussian();
    }
  }

  @Override
  public String describe() {
    return "noise(" + Numbers.shortest(sd) + ")";
  }
}
