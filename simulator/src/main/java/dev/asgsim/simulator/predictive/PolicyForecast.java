package dev.asgsim.simulator.predictive;

import java.util.List;

/**
 * One predictive policy's evaluation in a run.
 *
 * @param policy     the policy's name
 * @param mode       ForecastOnly or ForecastAndScale
 * @param forecaster which source made the forecasts (built-in name, or "given: FILE (…)")
 * @param hours      every simulated hour, in order
 * @param load       accuracy of the load forecast against the observed load
 * @param capacity   accuracy of the capacity forecast against the capacity the policies produced
 */
public record PolicyForecast(String policy, String mode, String forecaster, List<ForecastHour> hours, Accuracy load,
    Accuracy capacity) {

  public PolicyForecast {
    // the recorder's rows are immutable already, and made as they are read (ForecastRows): copying would make them all
    hours = hours instanceof ForecastRows.Rows ? hours : List.copyOf(hours);
  }

  static PolicyForecast of(String policy, String mode, String forecaster, ForecastRows rows) {
    return new PolicyForecast(policy, mode, forecaster, rows.list(), rows.loadAccuracy(), rows.capacityAccuracy());
  }
}
