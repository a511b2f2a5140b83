package dev.asgsim.simulator.predictive;

/**
 * One hour of a predictive policy's evaluation (aws-behaviour §5.2, AWS's ForecastOnly graphs): the forecast in force at the
 * hour's start and what the run produced.
 *
 * @param hourStart      epoch second of the hour
 * @param loadForecast   the forecast load (the load metric's hourly value), NaN without a forecast
 * @param load           the load observed (same statistic), NaN without data
 * @param capacityForecast the forecast capacity, -1 without a forecast
 * @param capacity       the mean desired capacity over the hour: what the policies produced
 */
public record ForecastHour(long hourStart, double loadForecast, double load, int capacityForecast, double capacity) {

  public boolean hasForecast() {
    return hasForecast(loadForecast, capacityForecast);
  }

  /** Whether an hour with these forecasts has one (the evaluation compares only those). */
  static boolean hasForecast(double loadForecast, int capacityForecast) {
    return capacityForecast >= 0 && !Double.isNaN(loadForecast);
  }
}
