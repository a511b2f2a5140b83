package dev.asgsim.core.forecast;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The forecasters a config or command can name: {@code seasonal-mean} (built in) and whatever a user registers
 * (a Holt-Winters, their own). Forecasts given as a file are not named here: they are read by {@link GivenForecast}.
 */
public final class Forecasters {
  private static final Map<String, Supplier<Forecaster>> REGISTRY = new TreeMap<>();

  static {
    register(SeasonalMeanForecaster.NAME, SeasonalMeanForecaster::new);
  }

  private Forecasters() {}

  /** Adds (or replaces) a forecaster under {@code name}. */
  public static synchronized void register(String name, Supplier<Forecaster> factory) {
    REGISTRY.put(name, factory);
  }

  /**
   * A new forecaster registered as {@code name}.
   *
   * @throws IllegalArgumentException naming the known forecasters
   */
  public static synchronized Forecaster create(String name) {
    Supplier<Forecaster> f = REGISTRY.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown forecaster '" + name + "'; known: " + String.join(", ",
          REGISTRY.keySet()));
    }
    return f.get();
  }

  public static synchronized java.util.Set<String> names() {
    return java.util.Set.copyOf(REGISTRY.keySet());
  }
}
