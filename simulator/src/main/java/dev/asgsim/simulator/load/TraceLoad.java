package dev.asgsim.simulator.load;

import java.util.List;
import java.util.Locale;

/**
 * Replays a trace minute by minute from its first sample. Between samples the value is held (CloudWatch-style: a
 * datapoint stands for its whole period) or linearly interpolated. Past the trace's end ({@link #naturalMinutes()})
 * the last value holds, or with {@link End#REPEAT} the trace starts again; {@link LoadResolver} stops the run at the
 * end by default ({@link End#STOP}).
 */
public final class TraceLoad implements LoadModel {

  /** How the minutes between two samples get their value. */
  public enum Gaps {
    HOLD,
    INTERPOLATE;

    public static Gaps parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new LoadSpecException("unknown gap policy '" + s + "'; use hold or interpolate");
      }
    }
  }

  /** What a run longer than the trace does after its end (issue 11 item 14: never padded without a word). */
  public enum End {
    /** The run stops at the trace's end (default): what was not recorded is not simulated. */
    STOP,
    /** The last value holds for the rest of the run. */
    HOLD,
    /** The trace is replayed from its start, as often as needed. */
    REPEAT;

    public static final String NAMES = "stop, hold or repeat";

    public static End parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new LoadSpecException("unknown trace end '" + s + "'; use " + NAMES);
      }
    }
  }

  private final Trace trace;
  private final Gaps gaps;
  private final End end;
  private final String spelled;

  /** A trace whose last value holds past its end. */
  public TraceLoad(Trace trace, Gaps gaps, String spelled) {
    this(trace, gaps, End.HOLD, spelled);
  }

  public TraceLoad(Trace trace, Gaps gaps, End end, String spelled) {
    this.trace = trace;
    this.gaps = gaps;
    this.end = end;
    this.spelled = spelled;
  }

  public Trace trace() {
    return trace;
  }

  @Override
  public void addTo(double[] demand, long seed, int stream) {
    long[] o = trace.offsets();
    double[] v = trace.values();
    int k = 0;
    long cycle = naturalMinutes() * 60L;
    for (int i = 0; i < demand.length; i++) {
      long t = i * 60L;
      if (end == End.REPEAT && t >= cycle) {
        t %= cycle;
        if (t < o[k]) {
          k = 0; // a new pass over the trace
        }
      }
      while (k + 1 < o.length && o[k + 1] <= t) {
        k++;
      }
      double value = v[k];
      if (gaps == Gaps.INTERPOLATE && k + 1 < o.length && t > o[k]) {
        value = v[k] + (v[k + 1] - v[k]) * (t - o[k]) / (double) (o[k + 1] - o[k]);
      }
      demand[i] += value;
    }
  }

  @Override
  public String describe() {
    // A name the grammar could not read back unquoted is quoted, so that the description is itself a valid spec.
    boolean quote = spelled.indexOf(')') >= 0 || !spelled.equals(spelled.trim()) || spelled.startsWith("\"")
        || spelled.startsWith("'");
    String name = quote ? (spelled.indexOf('"') < 0 ? '"' + spelled + '"' : "'" + spelled + "'") : spelled;
    return "trace(" + name + (gaps == Gaps.HOLD ? "" : ", interpolate") + ")";
  }

  @Override
  public int naturalMinutes() {
    long[] o = trace.offsets();
    long last = o[o.length - 1] + trace.typicalStepSeconds();
    return (int) Math.max(1, (last + 59) / 60);
  }

  @Override
  public Long startEpochSecond() {
    return trace.startEpochSecond();
  }

  @Override
  public double initialCapacity() {
    return trace.initialCapacity();
  }

  @Override
  public List<String> notes() {
    return trace.notes();
  }
}
