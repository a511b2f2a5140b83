package dev.asgsim.core.policy;

import java.util.SplittableRandom;

/**
 * The random load the predictive tests feed an engine minute by minute: an in-service count drawn at every hour's
 * start (1–8) and a CPU value over three orders of magnitude, missing one minute in fifty (aws-behaviour §5.2: the
 * forecaster's history is hourly load with gaps).
 */
final class RandomHourlyLoad {
  private final SplittableRandom random;
  private int inService = 3;

  RandomHourlyLoad(SplittableRandom random) {
    this.random = random;
  }

  /** Observes minute {@code t}'s load on each engine, the same values for all. */
  void observe(long t, ScalingEngine... engines) {
    if (t % 3600 == 0) {
      inService = 1 + random.nextInt(8);
    }
    double cpu = random.nextInt(50) == 0 ? Double.NaN : random.nextDouble() * Math.pow(10, random.nextInt(3));
    for (ScalingEngine e : engines) {
      e.observeLoad(t, cpu, inService, inService, Double.NaN, 0);
    }
  }
}
