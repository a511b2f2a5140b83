package dev.asgsim.core.forecast;

import java.util.Arrays;
import java.util.Random;

/**
 * A test forecaster that ignores the history and gives a capacity drawn per hour and per forecast below a bound, so
 * floors fall on both sides of desired and every new forecast (each 6 h) may change the floor within the hour. Shared
 * by the tests that hold a shortcut to the general path with predictive policies in play: core's QuietPathPropertyTest
 * and the simulator's QuietStretchTest (through core's test-jar).
 */
public final class RandomForecast {
  private RandomForecast() {}

  /** A new forecaster (it keeps the latest forecast's origin: one per run) drawing from {@code [0, bound)}. */
  public static Forecaster of(long seed, int bound) {
    return new Forecaster() {
      private long origin;

      @Override
      public String name() {
        return "random";
      }

      @Override
      public boolean forecastLoad(double[] history, int n, long originHour, double[] out) {
        Arrays.fill(out, Double.NaN);
        origin = originHour;
        return true;
      }

      @Override
      public double givenCapacity(long hour) {
        return new Random(seed * 31 + hour * 7 + origin).nextInt(bound);
      }
    };
  }
}
