package dev.asgsim.simulator.predictive;

import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.forecast.Forecasters;
import dev.asgsim.core.forecast.SeasonalMeanForecaster;
import java.util.function.Supplier;

/** The forecaster a config asks for: {@code Simulation.Engine.Forecaster}, else the built-in seasonal mean (§5.2). */
public final class ConfiguredForecaster {
  private ConfiguredForecaster() {}

  /** A supplier of fresh forecasters (one per predictive policy and run). */
  public static Supplier<Forecaster> of(SimulationSettings settings) {
    String name = settings == null || settings.engine() == null ? null : settings.engine().forecaster();
    if (name == null) {
      return SeasonalMeanForecaster::new;
    }
    try {
      Forecasters.create(name);
    } catch (IllegalArgumentException e) {
      throw new ForecastException("Simulation.Engine.Forecaster: " + e.getMessage());
    }
    return () -> Forecasters.create(name);
  }
}
