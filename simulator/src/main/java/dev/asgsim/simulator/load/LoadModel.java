package dev.asgsim.simulator.load;

/**
 * A demand curve in percent of one instance's CPU, sampled once per simulated minute. Models are immutable and
 * composable (their demands add up); random models draw from a generator the caller seeds, so the same seed always
 * renders the same curve.
 */
public interface LoadModel {

  /**
   * Adds this model's demand for minutes {@code [0, demand.length)} to {@code demand}.
   *
   * @param seed the run's seed; random models derive their own stream from it and {@code stream}
   * @param stream the model's position in its composite, so two noise terms of one spec are independent
   */
  void addTo(double[] demand, long seed, int stream);

  /** The model in the load spec grammar, e.g. {@code step(20, 90@10m)}. */
  String describe();

  /** The natural length in minutes (a trace's), or -1 when the model has none. */
  default int naturalMinutes() {
    return -1;
  }

  /** Renders {@code minutes} minutes of demand, clamped at 0 (noise may go below). */
  default LoadSeries render(int minutes, long seed) {
    double[] demand = new double[minutes];
    addTo(demand, seed, 0);
    for (int i = 0; i < minutes; i++) {
      if (demand[i] < 0 || Double.isNaN(demand[i])) {
        demand[i] = 0;
      }
    }
    return new LoadSeries(demand, describe(), notes());
  }

  /** The epoch second of a trace's first timestamp, or null when the model has no clock time. */
  default Long startEpochSecond() {
    return null;
  }

  /**
   * The group's desired capacity at the first minute when the load came from CloudWatch history with it (a trace's
   * GroupDesiredCapacity column), else NaN; a steady start uses it (aws-behaviour §12.1).
   */
  default double initialCapacity() {
    return Double.NaN;
  }

  /** Remarks about the input, e.g. what a trace reader did with gaps and repeated timestamps. */
  default java.util.List<String> notes() {
    return java.util.List.of();
  }
}
