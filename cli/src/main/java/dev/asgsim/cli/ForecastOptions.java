package dev.asgsim.cli;

import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.forecast.Forecasters;
import dev.asgsim.core.forecast.GivenForecast;
import dev.asgsim.core.forecast.SeasonalMeanForecaster;
import dev.asgsim.core.io.ConfigException;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** Where predictive policies' forecasts come from (aws-behaviour §5.2): a forecaster by name, or forecasts given from AWS. */
final class ForecastOptions {
  @Option(names = "--forecaster", paramLabel = "NAME",
      description = "Forecaster of predictive policies (default: the config's Simulation.Engine.Forecaster, else "
          + SeasonalMeanForecaster.NAME + ": the mean of the same hour of week, or of day under 7 days of history).")
  String forecaster;

  @Option(names = "--forecast", paramLabel = "FILE",
      description = "Use forecasts given by AWS instead: the JSON of aws autoscaling get-predictive-scaling-forecast, "
          + "or a CSV timestamp,load[,capacity] with one row per hour.")
  Path given;

  /** The source the options name, or null for the config's (Simulation.Engine.Forecaster, else the built-in). */
  Supplier<Forecaster> supplierOrNull() {
    if (given != null && forecaster != null) {
      throw new UserError("--forecast and --forecaster both name a forecast source; keep one");
    }
    if (given != null) {
      try {
        GivenForecast g = GivenForecast.read(given);
        return () -> g;
      } catch (ConfigException e) {
        throw new UserError(e.problems().get(0).format());
      }
    }
    if (forecaster == null) {
      return null;
    }
    String name = forecaster;
    try {
      Forecasters.create(name);
    } catch (IllegalArgumentException e) {
      throw new UserError("--forecaster: " + e.getMessage());
    }
    return () -> Forecasters.create(name);
  }
}
