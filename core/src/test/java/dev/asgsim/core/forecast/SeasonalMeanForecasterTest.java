package dev.asgsim.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SeasonalMeanForecasterTest {
  private final Forecaster f = new SeasonalMeanForecaster();

  @Test
  @DisplayName("§5.2 [D] no forecast under 24 h of history")
  void needsADay() {
    double[] out = new double[48];
    assertThat(f.forecastLoad(new double[23], 23, 0, out)).isFalse();
    assertThat(f.forecastLoad(new double[24], 24, 0, out)).isTrue();
  }

  @Test
  @DisplayName("§5.2 [I] with 1-7 days of history: the mean of the same hour-of-day over the available days")
  void hourOfDay() {
    double[] h = new double[50]; // 2 days and 2 hours: hour-of-day phases counted back from the origin
    for (int i = 0; i < h.length; i++) {
      h[i] = i; // the hour before the origin is 49
    }
    double[] out = new double[48];
    assertThat(f.forecastLoad(h, h.length, 0, out)).isTrue();
    // origin hour has the phase of 26 and 2 (and 50 - 72 < 0): mean 14
    assertThat(out[0]).isEqualTo((26 + 2) / 2.0);
    // hour 23 after the origin: phase of 49, 25, 1
    assertThat(out[23]).isEqualTo((49 + 25 + 1) / 3.0);
    assertThat(out[24]).isEqualTo(out[0]);
    assertThat(out[47]).isEqualTo(out[23]);
  }

  @Test
  @DisplayName("§5.2 [I] with ≥ 7 days: the mean of the same hour-of-week, so a weekend differs from a weekday")
  void hourOfWeek() {
    int n = 14 * 24;
    double[] h = new double[n];
    for (int i = 0; i < n; i++) {
      int dayOfWeek = (i / 24) % 7;
      h[i] = dayOfWeek >= 5 ? 10 : 100 + (i >= 168 ? 20 : 0); // weekdays 100 then 120, weekend 10
    }
    double[] out = new double[48];
    f.forecastLoad(h, n, 0, out);
    // the origin is the start of day 14 ≡ day 0 (a weekday): mean of 100 and 120
    assertThat(out[0]).isEqualTo(110);
    assertThat(out[30]).isEqualTo(110);
    double[] weekend = new double[48];
    f.forecastLoad(h, n - 48, 0, weekend); // origin at day 12 ≡ day 5, a weekend day
    assertThat(weekend[0]).isEqualTo(10);
  }

  @Test
  @DisplayName("§5.2 [I] the forecast is the mean of the same hour-of-week (hour-of-day under 7 days) counted back from "
      + "the origin, bit for bit, for any history length, gaps and horizon")
  void sameHourMeansBitForBit() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261130L);
    int compared = 0;
    for (int trial = 0; trial < 3_000; trial++) {
      int n = random.nextInt(400);
      double[] h = new double[n];
      for (int i = 0; i < n; i++) {
        h[i] = random.nextInt(9) == 0 ? Double.NaN : random.nextDouble() * Math.pow(10, random.nextInt(6));
      }
      double[] out = new double[1 + random.nextInt(trial % 2 == 0 ? 48 : 400)];
      boolean made = f.forecastLoad(h, n, 0, out);
      assertThat(made).isEqualTo(n >= 24);
      if (!made) {
        continue;
      }
      int season = n >= 168 ? 168 : 24;
      for (int k = 0; k < out.length; k++) { // the definition: every same-phase hour, newest first, gaps skipped
        double sum = 0;
        int count = 0;
        for (int i = n - season + Math.floorMod(k, season); i >= 0; i -= season) {
          if (!Double.isNaN(h[i])) {
            sum += h[i];
            count++;
          }
        }
        double expected = count == 0 ? Double.NaN : sum / count;
        assertThat(Double.doubleToLongBits(out[k])).as("n %d, hour %d", n, k)
            .isEqualTo(Double.doubleToLongBits(expected));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100_000);
  }

  @Test
  @DisplayName("§5.2 [D] inferred required capacity: 10 units × 30 / 60 = 5; L̂ = 1 gives ceil(load / target)")
  void inferredCapacity() {
    assertThat(InferredCapacity.required(10, 30, 60)).isEqualTo(5);
    assertThat(InferredCapacity.capacity(300, 60, 1)).isEqualTo(5);
    assertThat(InferredCapacity.capacity(301, 60, 1)).isEqualTo(6);
    // L̂ = Σ load / Σ (capacity × metric) = 150 / 300: one unit of scaling metric carries half a unit of load
    assertThat(InferredCapacity.capacity(300, 60, InferredCapacity.loadPerUnit(150, 300))).isEqualTo(10);
  }

  @Test
  @DisplayName("forecasters are registered by name; an unknown name lists the known ones")
  void registry() {
    Forecasters.register("flat", () -> new Forecaster() {
      @Override
      public String name() {
        return "flat";
      }

      @Override
      public boolean forecastLoad(double[] history, int n, long originHour, double[] out) {
        java.util.Arrays.fill(out, history[n - 1]);
        return true;
      }
    });
    assertThat(Forecasters.create("flat").name()).isEqualTo("flat");
    assertThat(Forecasters.create(SeasonalMeanForecaster.NAME)).isInstanceOf(SeasonalMeanForecaster.class);
    assertThatThrownBy(() -> Forecasters.create("holt")).hasMessageContaining("known: flat, seasonal-mean");
  }
}
