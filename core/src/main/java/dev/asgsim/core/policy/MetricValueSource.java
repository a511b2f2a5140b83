package dev.asgsim.core.policy;

/**
 * Which value of the alarm's metric feeds the target tracking formula (spec §13 Q1: undocumented). Default
 * {@link #LATEST} [I]. Config files spell it {@code Simulation.Engine.MetricValue: Latest | WindowMean}.
 */
public enum MetricValueSource implements ConfigSpelled {
  /** The newest real datapoint in the alarm's window. */
  LATEST("Latest"),
  /** The mean of the alarm's N most recent real datapoints. */
  WINDOW_MEAN("WindowMean");

  private final String configName;

  MetricValueSource(String configName) {
    this.configName = configName;
  }

  @Override
  public String configName() {
    return configName;
  }
}
