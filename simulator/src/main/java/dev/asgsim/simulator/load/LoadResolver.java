package dev.asgsim.simulator.load;

import dev.asgsim.core.config.LoadSettings;
import dev.asgsim.core.text.Numbers;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Turns a load spec plus options (or a config's {@code Load} section) into a rendered {@link LoadSeries} and the
 * clock time it starts at. Without any load the default is the worked example of aws-behaviour §11, a 30-minute spike:
 * {@value #DEFAULT_SPEC} for {@value #DEFAULT_SPIKE_DURATION}.
 */
public final class LoadResolver {
  /** The default load: 20 %, a 30-minute burst to 90 % from minute 10, then 20 % (aws-behaviour §11). */
  public static final String DEFAULT_SPEC = "step(20, 90@10m, 20@40m)";
  public static final String DEFAULT_SPIKE_DURATION = "90m";
  /** Duration of a synthetic load when none is given (a trace's own length is used for traces). */
  public static final String DEFAULT_DURATION = "1d";
  /** The largest load scale: with demand levels up to {@link SpecCursor#MAX_LEVEL} every product stays finite. */
  public static final double MAX_SCALE = 1_000_000;

  private LoadResolver() {}

  /** A rendered load and where its time starts (a trace's first timestamp, or null). */
  public record Resolved(LoadSeries series, Instant start, String spec) implements Serializable {}

  /** As the full {@code resolve} with the config's TraceEnd (else stop). */
  public static Resolved resolve(String spec, LoadSettings config, Path configDir, Double scale, String duration,
      String gaps, long seed) {
    return resolve(spec, config, configDir, scale, duration, gaps, null, seed);
  }

  /**
   * @param spec      load spec or {@code FILE.csv}; null = the config's load, else the default spike
   * @param config    the config's Load section, or null
   * @param configDir where the config's trace paths are relative to
   * @param scale     --load-scale, or null (then the config's Scale, else 1)
   * @param duration  --duration, or null (then the config's Duration, the trace's length, or 1 day)
   * @param traceEnd  --trace-end, or null (then the config's TraceEnd, else stop)
   */
  public static Resolved resolve(String spec, LoadSettings config, Path configDir, Double scale, String duration,
      String gaps, String traceEnd, long seed) {
    return resolve(spec, config, configDir, scale, duration, gaps, traceEnd, seed, TracePrefetch.NONE);
  }

  /** As the full {@code resolve} above, taking the traces {@code spec} names from those read ahead in {@code traces}. */
  public static Resolved resolve(String spec, LoadSettings config, Path configDir, Double scale, String duration,
      String gaps, String traceEnd, long seed, TracePrefetch traces) {
    Plan plan = plan(spec, config, configDir, scale, duration, gaps, traceEnd, traces);
    // Past a trace's end the run stops unless hold or repeat was asked for (issue 11 item 14: never padded silently).
    int minutes = plan.end == TraceLoad.End.STOP && plan.traceMinutes > 0
        ? Math.min(plan.requested, plan.traceMinutes) : plan.requested;
    LoadSeries series = plan.model.render(minutes, seed).withInitialCapacity(plan.model.initialCapacity());
    if (plan.traceMinutes > 0) {
      series = series.withTraceEnd(new LoadSeries.TraceEnd(plan.end.name().toLowerCase(java.util.Locale.ROOT),
          plan.traceMinutes, plan.requested), traceEndNote(plan.end, plan.traceMinutes, plan.requested, plan.duration));
    }
    return new Resolved(series.scaled(plan.factor), plan.start(), plan.spec);
  }

  /**
   * Checks a config's {@code Load} section as {@code simulate} would read it, without rendering it (for
   * {@code validate}); returns where its clock starts, or null when it does not fix a start (a synthetic load).
   *
   * @throws LoadSpecException what is wrong with the spec, its trace, duration, gaps, trace end or scale
   */
  public static Instant check(LoadSettings config, Path configDir) {
    return plan(null, config, configDir, null, null, null, null, TracePrefetch.NONE).start();
  }

  /** What a load resolves to before rendering: the parsed model, the minutes asked for and the trace's own, … */
  private record Plan(LoadModel model, int requested, int traceMinutes, TraceLoad.End end, String duration,
      double factor, String spec) {
    Instant start() {
      Long start = model.startEpochSecond();
      return start == null ? null : Instant.ofEpochSecond(Math.floorDiv(start, 60) * 60);
    }
  }

  private static Plan plan(String spec, LoadSettings config, Path configDir, Double scale, String duration,
      String gaps, String traceEnd, TracePrefetch traces) {
    boolean useConfig = spec == null && config != null && config.spec() != null;
    String s = useConfig ? config.spec() : spec != null ? spec : DEFAULT_SPEC;
    String d = duration != null ? duration : useConfig ? config.duration() : spec == null ? DEFAULT_SPIKE_DURATION : null;
    String g = gaps != null ? gaps : useConfig && config.gaps() != null ? config.gaps() : LoadSettings.DEFAULT_GAPS;
    Double k = scale != null ? scale : useConfig ? config.scale() : null;
    Path base = useConfig ? configDir : Path.of(".");
    TraceLoad.Gaps gapPolicy = checked(LoadSpecException.Input.GAPS, useConfig && gaps == null,
        () -> TraceLoad.Gaps.parse(g));
    String e = traceEnd != null ? traceEnd : config != null && config.traceEnd() != null ? config.traceEnd()
        : LoadSettings.DEFAULT_TRACE_END;
    TraceLoad.End end = checked(LoadSpecException.Input.TRACE_END, traceEnd == null, () -> TraceLoad.End.parse(e));
    LoadModel model = checked(LoadSpecException.Input.SPEC, useConfig, () -> LoadSpec.parse(s, base, gapPolicy, end,
        useConfig ? TracePrefetch.NONE : traces));
    int traceMinutes = model.naturalMinutes();
    int requested = d != null
        ? checked(LoadSpecException.Input.DURATION, useConfig && duration == null, () -> minutes(d))
        : traceMinutes > 0 ? traceMinutes
        : (int) (LoadSpec.parseDurationSeconds(DEFAULT_DURATION) / 60);
    double factor = checked(LoadSpecException.Input.SCALE, useConfig && scale == null,
        () -> checkScale(k == null ? LoadSettings.DEFAULT_SCALE : k));
    return new Plan(model, requested, traceMinutes, end, d, factor, s);
  }

  /** What the run did past the trace's end, or null when the trace covers the run. */
  private static String traceEndNote(TraceLoad.End end, int traceMinutes, int requested, String duration) {
    if (requested <= traceMinutes) {
      return null;
    }
    String head = "the trace covers " + traceMinutes + " minutes, less than the duration " + duration + " ("
        + requested + " minutes): ";
    return head + switch (end) {
      case STOP -> "the run stops at the trace's end (TraceEnd: hold or repeat, or --trace-end, to go on)";
      case HOLD -> "its last value is held for the last " + (requested - traceMinutes) + " minutes (TraceEnd: hold)";
      case REPEAT -> "it is replayed from its start for the last " + (requested - traceMinutes)
          + " minutes (TraceEnd: repeat)";
    };
  }

  /** Whole minutes of a duration setting, from one minute to {@value SpecCursor#MAX_DURATION_TEXT}. */
  private static int minutes(String d) {
    long seconds = LoadSpec.parseDurationSeconds(d);
    if (seconds < 60) {
      throw new LoadSpecException("duration '" + d + "' is shorter than one minute");
    }
    return (int) (seconds / 60);
  }

  private static double checkScale(double factor) {
    if (!(factor >= 0 && factor <= MAX_SCALE)) {
      throw new LoadSpecException("the load scale must be between 0 and " + Numbers.shortest(MAX_SCALE) + ", got "
          + factor);
    }
    return factor;
  }

  private static <T> T checked(LoadSpecException.Input input, boolean fromConfig, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (LoadSpecException e) {
      throw e.about(input, fromConfig);
    }
  }
}
