package dev.asgsim.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Forecaster#forecastLoad(double[], int, long, double[], int)}, a forecast's first hours only (what a policy reads
 * before its next forecast, aws-behaviour §5.2): the built-in and the given forecasters write those hours with the bits
 * the whole forecast has, and say there is a forecast exactly when the whole forecast does.
 */
class FirstHoursTest {
  private static final int HORIZON = 48;
  private static final double UNWRITTEN = -12345.5;

  @Test
  @DisplayName("§5.2 the built-in forecaster's first hours are the whole forecast's, bit for bit; no forecast under 24 h")
  void seasonalMean() {
    Forecaster f = new SeasonalMeanForecaster();
    SplittableRandom random = new SplittableRandom(7);
    int partial = 0;
    for (int trial = 0; trial < 3_000; trial++) {
      int n = random.nextInt(400);
      double[] history = history(random, n);
      int hours = random.nextInt(HORIZON + 10);
      long origin = 3600L * random.nextInt(100_000);
      assertFirstHours(f, history, n, origin, hours);
      partial += n >= 24 && hours < HORIZON ? 1 : 0;
    }
    assertThat(partial).isGreaterThan(2_000);
  }

  @Test
  @DisplayName("§5.2 a given forecast's first hours are the whole one's; there is one when the file has any of the 48 "
      + "hours, even none of the first (UpdateTime), off-the-hour CSV times never count")
  void given() {
    SplittableRandom random = new SplittableRandom(11);
    int onlyLater = 0;
    int none = 0;
    for (int trial = 0; trial < 3_000; trial++) {
      // a file of a few runs of hours, some rows off the hour (a CSV's times are not checked for it)
      long base = 3600L * 1_000;
      int rows = random.nextInt(30);
      long[] times = new long[rows];
      long t = base + 3600L * random.nextInt(200) + (random.nextInt(4) == 0 ? 1800 : 0);
      for (int i = 0; i < rows; i++) {
        times[i] = t;
        t += random.nextInt(3) == 0 ? 3600L * (1 + random.nextInt(60)) + (random.nextInt(5) == 0 ? 900 : 0) : 3600;
      }
      double[] load = new double[rows];
      double[] capacity = new double[rows];
      for (int i = 0; i < rows; i++) {
        load[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextDouble() * 500;
        capacity[i] = Double.NaN;
      }
      GivenForecast g = new GivenForecast("test", times, load, capacity);
      long origin = base + 3600L * random.nextInt(400);
      int hours = 1 + random.nextInt(HORIZON);
      boolean whole = assertFirstHours(g, new double[0], 0, origin, hours);
      // the file read hour by hour: a forecast when it has one of the 48 hours, NaN where it has none
      double[] expected = new double[HORIZON];
      boolean any = false;
      for (int k = 0; k < HORIZON; k++) {
        int i = Arrays.binarySearch(times, origin + 3600L * k);
        expected[k] = i >= 0 ? load[i] : Double.NaN;
        any |= i >= 0;
      }
      double[] out = new double[HORIZON];
      assertThat(g.forecastLoad(new double[0], 0, origin, out)).as("origin %d", origin).isEqualTo(any);
      assertThat(bits(out)).as("origin %d", origin).isEqualTo(bits(expected));
      boolean inFirst = false;
      for (long time : times) {
        inFirst |= time >= origin && time < origin + 3600L * hours && (time - origin) % 3600 == 0;
      }
      onlyLater += whole && !inFirst ? 1 : 0;
      none += whole ? 0 : 1;
    }
    assertThat(onlyLater).as("forecasts whose file has none of the hours written").isGreaterThan(100);
    assertThat(none).as("origins without a forecast").isGreaterThan(300);
  }

  /**
   * The first {@code hours} of {@code f}'s forecast against the whole one: the same answer, the same bits in the hours
   * written, nothing past them; no forecast: all of out NaN or untouched, as the whole forecast leaves it. Returns whether
   * there is a forecast.
   */
  private static boolean assertFirstHours(Forecaster f, double[] history, int n, long origin, int hours) {
    double[] whole = new double[HORIZON];
    double[] first = new double[HORIZON];
    Arrays.fill(whole, UNWRITTEN);
    Arrays.fill(first, UNWRITTEN);
    boolean made = f.forecastLoad(history, n, origin, whole);
    int written = f.forecastLoad(history, n, origin, first, hours);
    String at = "n " + n + ", origin " + origin + ", hours " + hours;
    assertThat(written >= 0).as(at).isEqualTo(made);
    if (!made) {
      assertThat(written).as(at).isEqualTo(-1);
      assertThat(bits(first)).as(at).isEqualTo(bits(whole));
      return false;
    }
    assertThat(written).as(at).isBetween(Math.min(hours, HORIZON), HORIZON);
    for (int k = 0; k < HORIZON; k++) {
      if (k < written) {
        assertThat(Double.doubleToRawLongBits(first[k])).as("%s, hour %d", at, k)
            .isEqualTo(Double.doubleToRawLongBits(whole[k]));
      } else {
        assertThat(first[k]).as("%s, hour %d not asked for", at, k).isEqualTo(UNWRITTEN);
      }
    }
    return true;
  }

  private static long[] bits(double[] values) {
    return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
  }

  private static double[] history(SplittableRandom random, int n) {
    double[] h = new double[n];
    for (int i = 0; i < n; i++) {
      h[i] = random.nextInt(15) == 0 ? Double.NaN : random.nextDouble() * Math.pow(10, random.nextInt(4));
    }
    return h;
  }
}
