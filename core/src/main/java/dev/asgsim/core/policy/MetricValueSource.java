package dev.asgsim.core.policy;

/**
 * Which value of the alarm's metric feeds the target tracking formula (spec §13 Q1: undocumented). Default
 * {@link #LATEST} [I]. Config files spell it {@code Simulation.Engine.MetricValue: Latest | WindowMean}.
 */
public enum MetricValueSource {
  /** The newest real datapoint in the alarm's window. */
  LATEST("Latest"),
  /** The mean of the alarm's N most recent real datapoints. */
  WINDOW_MEAN("WindowMean");

  private final String configName;

  MetricValueSource(String configName) {
    this.configName = configName;
  }

  /** The spelling in a config file. */
  public String configName() {
    return configName;
  }

  /** The value spelled {@code name} in a config file, or null. */
  public static MetricValueSource fromConfig(String name) {
    for (MetricValueSource v : values()) {
      if (v.configName.equals(name)) {
        return v;
      }
    }
    return null;
  }
}
