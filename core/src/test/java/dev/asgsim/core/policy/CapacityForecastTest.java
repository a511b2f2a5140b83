package dev.asgsim.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.forecast.InferredCapacity;
import dev.asgsim.core.forecast.SeasonalMeanForecaster;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CapacityForecastTest {
  private static final long DAY1 = Instant.parse("2026-03-02T00:00:00Z").getEpochSecond();
  private static final int HOURS = PredictiveEvaluator.HORIZON_HOURS;

  @Test
  @DisplayName("§5.2 [D] a capacity forecast inferred when its hour is asked for is the one inferred from the forecast's "
      + "load and L̂ at the forecast, bit for bit, asked early, late, twice or never, given hours included")
  void inferredWhenAskedIsInferredAtTheForecast() {
    int compared = 0;
    for (int trial = 1; trial <= 12; trial++) {
      long seed = trial;
      SplittableRandom random = new SplittableRandom(seed);
      double target = 5 + random.nextDouble() * 80;
      Supplier<Forecaster> forecaster = seed % 3 == 0 ? SeasonalMeanForecaster::new : () -> mixed(seed);
      ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 40, 3),
          Configs.predictive("p", "ASGCPUUtilization", target, seed % 2 == 0 ? "ForecastOnly" : "ForecastAndScale",
              null, null, null))).startTime(DAY1).forecaster(forecaster).build();
      PredictiveEvaluator p = e.predictivePolicies().get(0);
      int[] atForecast = new int[HOURS];
      long origin = Long.MIN_VALUE;
      RandomHourlyLoad minutes = new RandomHourlyLoad(random);
      for (long t = DAY1; t < DAY1 + 20 * 86_400; t += 60) {
        minutes.observe(t, e);
        if (p.updateTime() != origin) { // a new forecast: the reference, from its load forecast and L̂, made now
          origin = p.updateTime();
          for (int k = 0; k < HOURS; k++) {
            long hour = origin + 3600L * k;
            double given = forecaster.get().givenCapacity(hour);
            double load = p.loadForecast(hour);
            atForecast[k] = !Double.isNaN(given) ? (int) Math.ceil(given)
                : Double.isNaN(load) ? -1 : InferredCapacity.capacity(load, target, p.loadPerUnit());
          }
        }
        if (origin != Long.MIN_VALUE && random.nextInt(40) == 0) { // an hour of the forecast in force, at any time
          int k = random.nextInt(HOURS);
          assertThat(p.capacityForecast(origin + 3600L * k)).as("seed %d, %d, hour %d", seed, t, k)
              .isEqualTo(atForecast[k]);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(3_000);
  }

  /**
   * A forecaster that gives the capacity of some hours and leaves the rest to be inferred, and makes no forecast at one
   * origin in five (the last forecast then stays in force, its hours still asked for).
   */
  private static Forecaster mixed(long seed) {
    return new Forecaster() {
      @Override
      public String name() {
        return "mixed";
      }

      @Override
      public boolean forecastLoad(double[] history, int n, long originHour, double[] out) {
        SplittableRandom r = new SplittableRandom(seed * 31 + originHour);
        if (n < 24 || r.nextInt(5) == 0) {
          return false;
        }
        for (int k = 0; k < out.length; k++) {
          out[k] = r.nextInt(10) == 0 ? Double.NaN : history[n - 1 - k % n] * (0.5 + r.nextDouble());
        }
        return true;
      }

      @Override
      public double givenCapacity(long hour) {
        long h = hour / 3600 * 2654435761L;
        return Math.floorMod(h ^ seed, 4) == 0 ? Math.floorMod(h, 17) : Double.NaN;
      }
    };
  }
}
