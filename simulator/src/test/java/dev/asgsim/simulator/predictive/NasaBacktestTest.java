package dev.asgsim.simulator.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.forecast.SeasonalMeanForecaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The built-in forecaster's accuracy on the NASA-HTTP 1995 trace (aws-behaviour §5.2 backtest; examples/loads/README.md):
 * hourly totals, a forecast every 6 hours, the previous 14 days of history, a 48-hour horizon, WAPE over the target
 * hours of a window. Missing hours (the July log gap, the 1-3 August outage and the hours it cuts) are skipped, in the
 * history's means and in the score. The README quotes the numbers this test computes.
 */
class NasaBacktestTest {
  private static final Path TRACE = Path.of("../examples/loads/nasa-http-1995-hourly.csv");
  private static final long START = OffsetDateTime.parse("1995-07-01T00:00:00-04:00").toEpochSecond();
  private static final int HOURS = 62 * 24;

  /** Hourly request totals from 1 July, NaN where the trace has no row. */
  static double[] hourlyTotals() throws IOException {
    double[] h = new double[HOURS];
    Arrays.fill(h, Double.NaN);
    List<String> lines = Files.readAllLines(TRACE);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      int i = (int) ((OffsetDateTime.parse(f[0]).toEpochSecond() - START) / 3600);
      h[i] = Double.parseDouble(f[1]) * 60; // the file holds requests per minute, the hour's mean
    }
    return h;
  }

  /** WAPE (%) of forecasts made every 6 h from {@code firstDay} (day index from 1 July) over target hours in it. */
  static double wape(double[] series, Forecaster f, int firstDay, int endDay) {
    int from = firstDay * 24;
    int to = endDay * 24;
    double[] history = new double[336];
    double[] out = new double[48];
    double err = 0;
    double actual = 0;
    for (int origin = from; origin < to; origin += 6) {
      int n = Math.min(336, origin);
      System.arraycopy(series, origin - n, history, 0, n);
      if (!f.forecastLoad(history, n, START + 3600L * origin, out)) {
        continue;
      }
      for (int k = 0; k < 48 && origin + k < to; k++) {
        double a = series[origin + k];
        if (!Double.isNaN(a) && !Double.isNaN(out[k])) {
          err += Math.abs(out[k] - a);
          actual += a;
        }
      }
    }
    return 100 * err / actual;
  }

  @Test
  @DisplayName("§5.2 backtest on NASA-HTTP 1995: same hour-of-week mean, WAPE 17.5 % for 3-31 August, 30.1 % for July")
  void nasaWape() throws IOException {
    double[] s = hourlyTotals();
    assertThat(Arrays.stream(s).filter(v -> !Double.isNaN(v)).count()).isEqualTo(1366);
    double august = wape(s, new SeasonalMeanForecaster(), 33, 62); // 3 August 00:00 to 1 September 00:00
    double july = wape(s, new SeasonalMeanForecaster(), 0, 31);
    System.out.printf("NASA-HTTP 1995 seasonal-mean WAPE: August 3-31 %.2f %%, July %.2f %%%n", august, july);
    assertThat(august).isBetween(17.3, 17.7);
    assertThat(july).isBetween(29.9, 30.4);
  }
}
