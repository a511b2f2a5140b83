package dev.asgsim.core.config;

/**
 * The load a config is simulated under when none is given on the command line: a load spec (synthetic models or a
 * trace file), a scale factor, the gap policy for traces and the default duration. The simulator owns the grammar
 * of {@code Spec}; core only carries it.
 *
 * @param spec        load spec, e.g. {@code step(20, 90@10m, 20@40m)} or {@code trace(week.csv)}
 * @param scale       multiplies every demand value (default 1)
 * @param gaps        how trace gaps are filled: {@code hold} (default, last value) or {@code interpolate}
 * @param duration    simulated time, e.g. {@code 90m}, {@code 7d}; default: the trace's length, else 1 day
 * @param description free text shown in reports
 * @param traceEnd    what a run longer than its trace does after the trace's end: {@code stop} (default: the run
 *                    ends with the trace, and a note says so), {@code hold} (the last value holds) or {@code repeat}
 */
public record LoadSettings(String spec, Double scale, String gaps, String duration, String description,
    String traceEnd) {
  public static final double DEFAULT_SCALE = 1.0;
  public static final String DEFAULT_GAPS = "hold";
  public static final String DEFAULT_TRACE_END = "stop";

  public double effectiveScale() {
    return scale == null ? DEFAULT_SCALE : scale;
  }

  public String effectiveGaps() {
    return gaps == null ? DEFAULT_GAPS : gaps;
  }
}
