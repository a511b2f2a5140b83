package dev.asgsim.core.forecast;

/**
 * Turns hourly load history into an hourly load forecast (aws-behaviour §5.2). AWS does not disclose its model [O]; the
 * simulator ships a documented-consistent one ({@link SeasonalMeanForecaster}), reads forecasts the user got from AWS
 * ({@link GivenForecast}), and takes any other registered in {@link Forecasters} by name.
 *
 * <p>Called every 6 h of simulated time: implementations should not allocate per call.
 */
public interface Forecaster {

  /** The name it is registered and reported under (e.g. {@code seasonal-mean}). */
  String name();

  /**
   * Writes the load forecast for the hours starting at {@code originHour}, {@code originHour + 3600}, … into
   * {@code out} (one value per hour, {@code out.length} hours).
   *
   * @param history hourly loads, oldest first; {@code history[n - 1]} is the hour just before {@code originHour}
   * @param n how many hours of history there are (at least 24: AWS needs 24 h of data, aws-behaviour §5.2 [D])
   * @return false when this forecaster has no forecast for the origin (then nothing is written)
   */
  boolean forecastLoad(double[] history, int n, long originHour, double[] out);

  /**
   * {@link #forecastLoad} when only the first {@code hours} of {@code out}'s hours are sure to be read: the policy reads
   * the hours up to its next forecast, 6 hours on (aws-behaviour §5.2), and asks for the rest only when something reads
   * them ({@code asgsim forecast}, or a forecast kept because the next origin has none), by calling again with the same
   * arguments and {@code out.length}. A forecaster whose hours cost something apart may write just those (the built-in
   * one does: 7 of 48 hours every 6 hours); the hours written must be those {@link #forecastLoad} writes, bit for bit,
   * and whether there is a forecast is judged over all {@code out.length} hours, as there.
   *
   * @return how many of {@code out}'s hours it wrote, from the first: at least {@code min(hours, out.length)}; or -1
   *     when it has no forecast for the origin. The last forecast is then kept and read from {@code out} as this call
   *     leaves it, every hour: a forecaster that wrote only part of a forecast writes all of {@code out} here (NaN
   *     where it has none, as {@link GivenForecast} does), one that always wrote every hour may write nothing.
   */
  default int forecastLoad(double[] history, int n, long originHour, double[] out, int hours) {
    return forecastLoad(history, n, originHour, out) ? out.length : -1;
  }

  /**
   * The capacity forecast for the hour starting at {@code hour} when the source gives one (AWS's own forecast),
   * or NaN: the capacity is then inferred from the load ({@link InferredCapacity}).
   */
  default double givenCapacity(long hour) {
    return Double.NaN;
  }
}
