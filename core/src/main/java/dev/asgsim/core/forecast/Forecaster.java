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
   * The capacity forecast for the hour starting at {@code hour} when the source gives one (AWS's own forecast),
   * or NaN: the capacity is then inferred from the load ({@link InferredCapacity}).
   */
  default double givenCapacity(long hour) {
    return Double.NaN;
  }
}
