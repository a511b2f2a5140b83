package dev.asgsim.simulator.predictive;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Forecast accuracy over the hours that have a forecast and an actual value: MAPE (mean of |error| / actual over
 * hours with a non-zero actual) and WAPE (Σ |error| / Σ actual), in percent; NaN when nothing can be compared.
 */
public record Accuracy(int hours, double mapePercent, double wapePercent) {

  public static Accuracy of(List<ForecastHour> rows, ToDoubleFunction<ForecastHour> forecast,
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
