package dev.asgsim.simulator.load;

import dev.asgsim.core.text.Numbers;

/**
 * {@code sine(MEAN, AMPLITUDE, PERIOD[, PEAK_AT])}: {@code mean + amplitude * cos(2π (t - peakAt) / period)}, which
 * peaks at {@code peakAt} (mod period; default PERIOD/4). Where AMPLITUDE exceeds MEAN the troughs clamp at 0.
 */
record Sine(double mean, double amplitude, long periodSeconds, long peakAtSeconds) implements LoadModel {
  static final LoadShape SHAPE = new LoadShape("sine", "sine(MEAN, AMPLITUDE, PERIOD[, PEAK_AT])",
      "e.g. diurnal sine(50, 30, 24h, 14h)", Sine::read);

  private static Sine read(SpecCursor in) {
    double mean = in.level("MEAN");
    in.comma();
    double amplitude = in.level("AMPLITUDE");
    in.comma();
    int at = in.here();
    long period = in.duration("PERIOD");
    if (period <= 0) {
      throw in.error(at, "the period must be positive");
    }
    long peak = period / 4;
    if (in.optionalComma()) {
      peak = in.duration("PEAK_AT");
    }
    return new Sine(mean, amplitude, period, peak);
  }

  @Override
  public void addTo(double[] demand, long seed, int stream) {
    double w = 2 * Math.PI / periodSeconds;
    for (int i = 0; i < demand.length; i++) {
      demand[i] += mean + amplitude * Math.cos(w * (Models.minuteStart(i) - peakAtSeconds));
    }
  }

  @Override
  public String describe() {
    return "sine(" + Numbers.shortest(mean) + ", " + Numbers.shortest(amplitude) + ", "
        + Durations.text(periodSeconds) + ", " + Durations.text(peakAtSeconds) + ")";
  }
}
