package dev.asgsim.simulator.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ForecastRowsTest {

  @Test
  @DisplayName("§5.2 the evaluation's rows kept as columns read back as the rows added, and their MAPE and WAPE are "
      + "those summed over row objects, bit for bit (random rows with gaps, zero actuals and no forecast)")
  void columnsGiveTheRowsAndTheirAccuracy() {
    SplittableRandom random = new SplittableRandom(20261130L);
    int compared = 0;
    for (int trial = 0; trial < 300; trial++) {
      int n = random.nextInt(trial < 10 ? 3 : 400); // some empty, some past the expected size (the columns grow)
      ForecastRows rows = new ForecastRows(random.nextInt(n + 2));
      List<ForecastHour> plain = new ArrayList<>();
      long hour = 1_700_000_000L / 3600 * 3600;
      for (int i = 0; i < n; i++) {
        ForecastHour h = new ForecastHour(hour + 3600L * i, value(random), value(random),
            random.nextInt(8) == 0 ? -1 : random.nextInt(40), random.nextInt(20) == 0 ? 0 : 1 + random.nextDouble() * 30);
        rows.add(h.hourStart(), h.loadForecast(), h.load(), h.capacityForecast(), h.capacity());
        plain.add(h);
      }
      List<ForecastHour> list = rows.list();
      assertThat(list).isEqualTo(plain).hasSameHashCodeAs(plain);
      for (int i = 0; i < n; i++) {
        assertThat(list.get(i)).isEqualTo(plain.get(i));
      }
      assertSame(rows.loadAccuracy(), fromRows(plain, ForecastHour::loadForecast, ForecastHour::load));
      assertSame(rows.capacityAccuracy(), fromRows(plain, h -> h.capacityForecast(), ForecastHour::capacity));
      compared += rows.loadAccuracy().hours();
    }
    assertThat(compared).as("hours with a forecast and an actual").isGreaterThan(10_000);
  }

  @Test
  @DisplayName("the rows a run gives are immutable and not copied into objects by the evaluation")
  void rowsAreImmutable() {
    ForecastRows rows = new ForecastRows(2);
    rows.add(0, 1, 2, 3, 4);
    List<ForecastHour> list = rows.list();
    rows.add(3600, 5, 6, 7, 8); // later rows are not the list's
    assertThat(list).containsExactly(new ForecastHour(0, 1, 2, 3, 4));
    assertThatThrownBy(() -> list.add(new ForecastHour(0, 0, 0, 0, 0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    PolicyForecast f = PolicyForecast.of("p", "ForecastOnly", "seasonal-mean", rows);
    assertThat(f.hours()).isSameAs(f.hours()).hasSize(2);
    assertThat(new PolicyForecast("p", "ForecastOnly", "x", new ArrayList<>(list), f.load(), f.capacity()).hours())
        .isEqualTo(list);
  }

  /** A load or forecast: of many magnitudes, so the order of the sums shows in the bits; NaN (no value) or 0 at times. */
  private static double value(SplittableRandom random) {
    int r = random.nextInt(12);
    return r == 0 ? Double.NaN : r == 1 ? 0 : random.nextDouble() * Math.pow(10, random.nextInt(6));
  }

  private static void assertSame(Accuracy a, Accuracy b) {
    assertThat(a.hours()).isEqualTo(b.hours());
    assertThat(Double.doubleToLongBits(a.mapePercent())).isEqualTo(Double.doubleToLongBits(b.mapePercent()));
    assertThat(Double.doubleToLongBits(a.wapePercent())).isEqualTo(Double.doubleToLongBits(b.wapePercent()));
  }

  /** The evaluation's accuracy as it was summed over the row objects, written out here as the reference. */
  private static Accuracy fromRows(List<ForecastHour> rows, ToDoubleFunction<ForecastHour> forecast,
      ToDoubleFunction<ForecastHour> actual) {
    int n = 0;
    int mapeN = 0;
    double ape = 0;
    double err = 0;
    double sum = 0;
    for (ForecastHour r : rows) {
      double f = forecast.applyAsDouble(r);
      double a = actual.applyAsDouble(r);
      if (!r.hasForecast() || Double.isNaN(f) || Double.isNaN(a)) {
        continue;
      }
      n++;
      err += Math.abs(f - a);
      sum += Math.abs(a);
      if (a != 0) {
        ape += Math.abs(f - a) / Math.abs(a);
        mapeN++;
      }
    }
    return new Accuracy(n, mapeN == 0 ? Double.NaN : 100 * ape / mapeN, sum == 0 ? Double.NaN : 100 * err / sum);
  }
}
