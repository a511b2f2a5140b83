package dev.asgsim.simulator.load;

import dev.asgsim.core.text.Numbers;

/** {@code spikes(HEIGHT, WIDTH, EVERY[, FIRST_AT])}: adds HEIGHT during {@code [FIRST_AT + k·EVERY, + WIDTH)}. */
record Spikes(double height, long widthSeconds, long everySeconds, long firstAtSeconds) implements LoadModel {
  static final LoadShape SHAPE = new LoadShape("spikes", "spikes(HEIGHT, WIDTH, EVERY[, FIRST_AT])",
      "adds HEIGHT for WIDTH every EVERY (first at EVERY)", Spikes::read);

  private static Spikes read(SpecCursor in) {
    double height = in.level("HEIGHT");
    in.comma();
    long width = in.duration("WIDTH");
    in.comma();
    int at = in.here();
    long every = in.duration("EVERY");
    if (every <= 0) {
      throw in.error(at, "EVERY must be positive");
    }
    long first = every;
    if (in.optionalComma()) {
      first = in.duration("FIRST_AT");
    }
    return new Spikes(height, width, every, first);
  }

  @Override
  public void addTo(double[] demand, long seed, int stream) {
    for (int i = 0; i < demand.length; i++) {
      double t = Models.minuteStart(i) - firstAtSeconds;
      if (t >= 0 && (t % everySeconds) < widthSeconds) {
        demand[i] += height;
      }
    }
  }

  @Override
  public String describe() {
    return "spikes(" + Numbers.shortest(height) + ", " + Durations.text(widthSeconds) + ", "
        + Durations.text(everySeconds) + ", " + Durations.text(firstAtSeconds) + ")";
  }
}
