package dev.asgsim.simulator.load;

import dev.asgsim.core.text.Numbers;

/** {@code ramp(FROM, TO, START, END)}: FROM until START, linear to TO at END, then TO. */
record Ramp(double from, double to, long startSeconds, long endSeconds) implements LoadModel {
  static final LoadShape SHAPE = new LoadShape("ramp", "ramp(FROM, TO, START, END)",
      "linear from FROM at START to TO at END", Ramp::read);

  private static Ramp read(SpecCursor in) {
    double from = in.level("FROM");
    in.comma();
    double to = in.level("TO");
    in.comma();
    long start = in.duration("START");
    in.comma();
    int at = in.here();
    long end = in.duration("END");
    if (end <= start) {
      throw in.error(at, "the ramp must end after it starts");
    }
    return new Ramp(from, to, start, end);
  }

  @Override
  public void addTo(double[] demand, long seed, int stream) {
    for (int i = 0; i < demand.length; i++) {
      double t = Models.minuteStart(i);
      double v;
      if (t <= startSeconds) {
        v = from;
      } else if (t >= endSeconds) {
        v = to;
      } else {
        v = from + (to - from) * (t - startSeconds) / (endSeconds - startSeconds);
      }
      demand[i] += v;
    }
  }

  @Override
  public String describe() {
    return "ramp(" + Numbers.shortest(from) + ", " + Numbers.shortest(to) + ", " + Durations.text(startSeconds)
        + ", " + Durations.text(endSeconds) + ")";
  }
}
