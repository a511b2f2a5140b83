package dev.asgsim.core.forecast;

/**
 * The built-in forecaster, consistent with what AWS documents (aws-behaviour §5.2 [I]): with at least 7 days of history the
 * forecast for an hour is the mean of the same hour-of-week over the available weeks, with 1 to 7 days the mean of the
 * same hour-of-day over the available days. "Same hour" is counted back from the origin in steps of 168 or 24 hours,
 * so the history needs no calendar. Allocation-free.
 */
public final class SeasonalMeanForecaster implements Forecaster {
  public static final String NAME = "seasonal-mean";
  static final int DAY = 24;
  static final int WEEK = 168;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean forecastLoad(double[] history, int n, long originHour, double[] out) {
    return forecastLoad(history, n, originHour, out, out.length) >= 0;
  }

  /** Writes only the first {@code hours}: each hour is its own mean, so the others are the same bits when asked. */
  @Override
  public int forecastLoad(double[] history, int n, long originHour, double[] out, int hours) {
    if (n < DAY) {
      return -1; // aws-behaviour §5.2 [D]: no forecast under 24 h of history
    }
    int written = Math.min(hours, out.length);
    int season = n >= WEEK ? WEEK : DAY;
    // the hour k after the origin has the same phase as history index n + k - season·j for j ≥ 1; the latest of them,
    // n - season + (k mod season), is stepped along with k (a remainder per hour was a quarter of the forecast's time)
    int first = n - season;
    int last = first;
    for (int k = 0; k < written; k++) {
      double sum = 0;
      int count = 0;
      for (int i = last; i >= 0; i -= season) {
        double v = history[i];
        if (!Double.isNaN(v)) {
          sum += v;
          count++;
        }
      }
      out[k] = count == 0 ? Double.NaN : sum / count;
      last = last + 1 == n ? first : last + 1;
    }
    return written;
  }
}
