package dev.asgsim.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalibrationWindowsTest {
  @Test
  @DisplayName("§5.2 the calibration's sums kept as hours close are the forecast's sums of the last n hours, bit for "
      + "bit, whenever they are kept; the built-in forecaster's windows (every 6 h, 14 d at most) always are")
  void keptSumsAreTheForecastsSums() {
    SplittableRandom random = new SplittableRandom(20261130L);
    CalibrationWindows windows = new CalibrationWindows();
    List<double[]> hours = new ArrayList<>();
    int forecastsAnswered = 0;
    int otherAnswered = 0;
    int otherRefused = 0;
    for (int c = 1; c <= 2_000; c++) {
      // loads and capacities of many magnitudes, so that the order of the additions shows in the bits; NaN gaps
      double load = random.nextInt(10) == 0 ? Double.NaN : random.nextDouble() * Math.pow(10, random.nextInt(7));
      double capacity = random.nextInt(12) == 0 ? Double.NaN : random.nextDouble() * Math.pow(10, random.nextInt(5));
      windows.close(load, capacity);
      hours.add(new double[] {load, capacity});
      int held = Math.min(c, PredictiveEvaluator.HISTORY_HOURS);
      if (c % PredictiveEvaluator.REFORECAST_HOURS == 0) { // a forecast of the built-in forecaster's rhythm
        assertThat(windows.window(held)).as("hour %d", c).isTrue();
        assertSums(windows, hours, held, c);
        forecastsAnswered++;
      }
      if (windows.window(0)) { // no hour: a window that starts now has not started yet
        assertSums(windows, hours, 0, c);
      }
      int n = random.nextInt(held + 1); // any other window: answered right or not at all
      if (windows.window(n)) {
        assertSums(windows, hours, n, c);
        otherAnswered++;
      } else {
        otherRefused++;
      }
    }
    assertThat(forecastsAnswered).isEqualTo(2_000 / 6);
    assertThat(otherAnswered).isGreaterThan(100);
    assertThat(otherRefused).isGreaterThan(1_000);
  }

  @Test
  @DisplayName("§5.2 the kept sums stay the forecast's sums when they are asked for rarely: hours closed in between, "
      + "six or fewer, gaps or none, are added in order to every window, not to one that starts after them")
  void keptSumsAskedForRarely() {
    SplittableRandom random = new SplittableRandom(20261201L);
    CalibrationWindows windows = new CalibrationWindows();
    List<double[]> hours = new ArrayList<>();
    int answered = 0;
    for (int c = 1; c <= 4_000; c++) {
      boolean gaps = c % 1_000 < 500; // half the time no gap, so six whole hours wait together
      double load = gaps && random.nextInt(10) == 0 ? Double.NaN
          : random.nextDouble() * Math.pow(10, random.nextInt(7));
      double capacity = gaps && random.nextInt(12) == 0 ? Double.NaN
          : random.nextDouble() * Math.pow(10, random.nextInt(5));
      windows.close(load, capacity);
      hours.add(new double[] {load, capacity});
      int held = Math.min(c, PredictiveEvaluator.HISTORY_HOURS);
      // a forecast every 6 h one time in eight (a forecaster that has none, then forecasts again), else nothing asked
      if (c % PredictiveEvaluator.REFORECAST_HOURS == 0 && random.nextInt(8) == 0) {
        assertThat(windows.window(held)).as("hour %d", c).isTrue();
        assertSums(windows, hours, held, c);
        answered++;
      }
    }
    assertThat(answered).isGreaterThan(50);
  }

  /** The forecast's loop: the last n hours oldest first, skipping an hour whose load or capacity is NaN. */
  private static void assertSums(CalibrationWindows windows, List<double[]> hours, int n, int c) {
    double load = 0;
    double capacity = 0;
    for (int i = hours.size() - n; i < hours.size(); i++) {
      double[] h = hours.get(i);
      if (!Double.isNaN(h[0]) && !Double.isNaN(h[1])) {
        load += h[0];
        capacity += h[1];
      }
    }
    assertThat(Double.doubleToLongBits(windows.load())).as("load, last %d of %d hours", n, c)
        .isEqualTo(Double.doubleToLongBits(load));
    assertThat(Double.doubleToLongBits(windows.capacity())).as("capacity, last %d of %d hours", n, c)
        .isEqualTo(Double.doubleToLongBits(capacity));
  }
}
