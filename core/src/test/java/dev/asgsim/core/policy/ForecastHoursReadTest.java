package dev.asgsim.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.forecast.GivenForecast;
import dev.asgsim.core.forecast.SeasonalMeanForecaster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy asks its forecaster for the hours it reads before the next forecast ({@link PredictiveEvaluator#READ_HOURS})
 * and for the rest when they are read, and keeps the floor of the hours after the applying one whose capacity is the
 * same (aws-behaviour §5.2): both against a policy whose forecaster always writes every hour, and against the floor
 * worked out from scratch at each instant.
 */
class ForecastHoursReadTest {
  private static final long DAY1 = Instant.parse("2026-03-02T00:00:00Z").getEpochSecond();
  private static final int HOURS = PredictiveEvaluator.HORIZON_HOURS;

  @TempDir
  Path dir;

  @Test
  @DisplayName("§5.2 a forecast's hours read after its first 7 are the whole forecast's, bit for bit, and so is "
      + "every capacity; a given forecast without the next origin's hours keeps its NaN")
  void hoursReadLateAreTheWholeForecasts() throws Exception {
    int compared = 0;
    int[] asked = new int[2]; // the forecaster asked for the first hours, for all of them
    for (int trial = 1; trial <= 10; trial++) {
      SplittableRandom random = new SplittableRandom(trial);
      Forecaster lazy = trial % 2 == 0 ? new SeasonalMeanForecaster() : given(random);
      Forecaster counted = counting(lazy, asked);
      double target = 5 + random.nextDouble() * 80;
      ScalingEngine a = engine(counted, target, trial);
      ScalingEngine b = engine(whole(lazy), target, trial);
      PredictiveEvaluator p = a.predictivePolicies().get(0);
      PredictiveEvaluator q = b.predictivePolicies().get(0);
      RandomHourlyLoad minutes = new RandomHourlyLoad(random);
      for (long t = DAY1; t < DAY1 + 20 * 86_400; t += 60) {
        minutes.observe(t, a, b);
        assertThat(p.updateTime()).isEqualTo(q.updateTime());
        long origin = p.updateTime();
        // most hours read only the first 7 hours of their forecast; some read a later one (asgsim forecast does)
        if (origin != Long.MIN_VALUE && random.nextInt(t % 3600 == 0 ? 2 : 300) == 0) {
          // a later hour, then one of the first (a forecast kept past an origin without one is read as it is left)
          int[] ks = {random.nextInt(random.nextInt(4) == 0 ? HOURS : PredictiveEvaluator.READ_HOURS),
              random.nextInt(PredictiveEvaluator.READ_HOURS)};
          for (int k : ks) {
            long hour = origin + 3600L * k;
            String at = "trial " + trial + ", " + t + ", hour " + k;
            assertThat(Double.doubleToRawLongBits(p.loadForecast(hour))).as(at)
                .isEqualTo(Double.doubleToRawLongBits(q.loadForecast(hour)));
            assertThat(p.capacityForecast(hour)).as(at).isEqualTo(q.capacityForecast(hour));
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(3_000);
    assertThat(asked[0]).as("forecasts of their first hours").isGreaterThan(400);
    assertThat(asked[1]).as("forecasts asked for all their hours afterwards").isGreaterThan(100);
  }

  @Test
  @DisplayName("§5.2 [D] the floor and raised max at any instant are the forecast capacity of the hour applying then "
      + "(SchedulingBufferTime before it starts), and stay so over the window the policy keeps them for")
  void floorsKeptOverHoursOfOneCapacity() {
    int compared = 0;
    int longWindows = 0;
    int endsAtAChange = 0;
    for (int trial = 1; trial <= 12; trial++) {
      SplittableRandom random = new SplittableRandom(100 + trial);
      int buffer = 60 * random.nextInt(20);
      boolean raise = trial % 2 == 0;
      int maxSize = 3 + random.nextInt(4);
      double target = 20 + random.nextDouble() * 60;
      ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 40, 3),
          Configs.predictive("p", "ASGCPUUtilization", target, "ForecastAndScale", buffer,
              raise ? "IncreaseMaxCapacity" : null, raise ? 10 : null))).startTime(DAY1)
          .forecaster(SeasonalMeanForecaster::new).build();
      PredictiveEvaluator p = e.predictivePolicies().get(0);
      double level = 50;
      for (long t = DAY1; t < DAY1 + 20 * 86_400; t += 60) {
        if (t % 3600 == 0) {
          level = random.nextInt(3) == 0 ? random.nextDouble() * 300 : level; // runs of hours at one load
        }
        e.observeLoad(t, level / 3, 3, 3, Double.NaN, 0);
        if (p.updateTime() == Long.MIN_VALUE || random.nextInt(7) != 0) {
          continue;
        }
        long now = t + random.nextInt(60);
        int proposal = p.proposeAt(now);
        int raised = p.raisedMax(now, maxSize);
        int c = p.capacityForecast(p.hourApplyingAt(now));
        String at = "trial " + trial + ", " + now;
        assertThat(proposal).as(at).isEqualTo(c <= 0 ? PolicyEvaluator.NO_PROPOSAL : c);
        assertThat(raised).as(at).isEqualTo(raisedMax(c, maxSize, raise));
        long from = p.floorFrom();
        long until = p.floorUntil();
        assertThat(now).as(at).isBetween(from, until - 1);
        for (long s = from; s < until; s += 3600) {
          assertThat(p.capacityForecast(p.hourApplyingAt(s))).as("%s, window instant %d", at, s).isEqualTo(c);
        }
        longWindows += until - from > 3600 ? 1 : 0;
        long next = p.hourApplyingAt(until);
        endsAtAChange += next < p.updateTime() + 3600L * PredictiveEvaluator.READ_HOURS
            && p.capacityForecast(next) != c ? 1 : 0;
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(3_000);
    assertThat(longWindows).as("windows over more than one hour").isGreaterThan(500);
    assertThat(endsAtAChange).as("windows that end where the capacity changes").isGreaterThan(500);
  }

  /** IncreaseMaxCapacity with MaxCapacityBuffer 10 (aws-behaviour §5.2 [D]): the forecast plus 10 % when above max. */
  private static int raisedMax(int capacity, int max, boolean raise) {
    if (!raise || capacity <= max) {
      return max;
    }
    return (int) Math.ceil(capacity * 110.0 / 100.0 - 1e-9);
  }

  private static ScalingEngine engine(Forecaster forecaster, double target, int trial) {
    return ScalingEngine.builder(Configs.config(Configs.group("g", 1, 40, 3),
        Configs.predictive("p", "ASGCPUUtilization", target, trial % 3 == 0 ? "ForecastOnly" : "ForecastAndScale",
            null, null, null))).startTime(DAY1).forecaster(() -> forecaster).build();
  }

  /**
   * A forecast file of runs of hours with gaps longer than the 48-hour horizon (origins without a forecast after one
   * with), some hours with a capacity.
   */
  private Forecaster given(SplittableRandom random) throws Exception {
    StringBuilder csv = new StringBuilder("timestamp,load,capacity\n");
    long t = DAY1 + 3600L * 30;
    while (t < DAY1 + 20 * 86_400) {
      int run = 1 + random.nextInt(72);
      for (int i = 0; i < run; i++, t += 3600) {
        csv.append(Instant.ofEpochSecond(t)).append(',').append(random.nextInt(500)).append(',')
            .append(random.nextInt(4) == 0 ? String.valueOf(random.nextInt(9)) : "").append('\n');
      }
      t += 3600L * random.nextInt(100);
    }
    Path file = Files.writeString(dir.resolve("f" + random.nextInt() + ".csv"), csv);
    return GivenForecast.read(file);
  }

  /** {@code f} with only its whole-forecast method: every forecast writes every hour. */
  private static Forecaster whole(Forecaster f) {
    return new Wrapped(f) {
      @Override
      public boolean forecastLoad(double[] history, int n, long originHour, double[] out) {
        return f.forecastLoad(history, n, originHour, out);
      }
    };
  }

  /** {@code f}, counting the forecasts asked for their first hours ({@code asked[0]}) and for all ({@code asked[1]}). */
  private static Forecaster counting(Forecaster f, int[] asked) {
    return new Wrapped(f) {
      @Override
      public boolean forecastLoad(double[] history, int n, long originHour, double[] out) {
        throw new AssertionError("the policy asks for hours");
      }

      @Override
      public int forecastLoad(double[] history, int n, long originHour, double[] out, int hours) {
        int written = f.forecastLoad(history, n, originHour, out, hours);
        asked[hours < out.length ? 0 : 1] += written >= 0 ? 1 : 0;
        return written;
      }
    };
  }

  /** A forecaster answering as {@code f}: its name and given capacities. */
  private abstract static class Wrapped implements Forecaster {
    final Forecaster f;

    Wrapped(Forecaster f) {
      this.f = f;
    }

    @Override
    public String name() {
      return f.name();
    }

    @Override
    public double givenCapacity(long hour) {
      return f.givenCapacity(hour);
    }
  }
}
