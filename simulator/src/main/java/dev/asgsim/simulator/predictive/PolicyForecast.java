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
    hours = List.copyOf(hours);
  }

  static PolicyForecast of(String policy, String mode, String forecaster, List<ForecastHour> hours) {
    return new PolicyForecast(policy, mode, forecaster, hours,
        Accuracy.of(hours, ForecastHour::loadForecast, ForecastHour::load),
        Accuracy.of(hours, h -> h.capacityForecast(), ForecastHour::capacity));
  }
}
