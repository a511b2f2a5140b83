package dev.asgsim.simulator.load;

import dev.asgsim.core.config.LoadSettings;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Turns a load spec plus options (or a config's {@code Load} section) into a rendered {@link LoadSeries} and the
 * clock time it starts at. Without any load the default is the spec's worked example, a 30-minute spike:
 * {@value #DEFAULT_SPEC} for {@value #DEFAULT_SPIKE_DURATION}.
 */
public final class LoadResolver {
  /** The default load: 20 %, a 30-minute burst to 90 % from minute 10, then 20 % (spec §11). */
  public static final String DEFAULT_SPEC = "step(20, 90@10m, 20@40m)";
  public static final String DEFAULT_SPIKE_DURATION = "90m";
  /** Duration of a synthetic load when none is given (a trace's own length is used for traces). */
  public static final String DEFAULT_DURATION = "1d";

  private LoadResolver() {}

  /** A rendered load and where its time starts (a trace's first timestamp, or null). */
  public record Resolved(LoadSeries series, Instant start, String spec) implements Serializable {}

  /**
   * @param spec      load spec or {@code FILE.csv}; null = the config's load, else the default spike
   * @param config    the config's Load section, or null
   * @param configDir where the config's trace paths are relative to
   * @param scale     --load-scale, or null (then the config's Scale, else 1)
   * @param duration  --duration, or null (then the config's Duration, the trace's length, or 1 day)
   */
  public static Resolved resolve(String spec, LoadSettings config, Path configDir, Double scale, String duration,
      String gaps, long seed) {
    Path base = Path.of(".");
    String s = spec;
    String d = duration;
    String g = gaps;
    Double k = scale;
    if (s == null && config != null && config.spec() != null) {
      s = config.spec();
      base = configDir;
      d = d != null ? d : config.duration();
      g = g != null ? g : config.gaps();
      k = k != null ? k : config.scale();
    } else if (s == null) {
      s = DEFAULT_SPEC;
      d = d != null ? d : DEFAULT_SPIKE_DURATION;
    }
    if (g == null) {
      g = LoadSettings.DEFAULT_GAPS;
    }
    LoadModel model = LoadSpec.parse(s, base, TraceLoad.Gaps.parse(g));
    int minutes;
    if (d != null) {
      long seconds = LoadSpec.parseDurationSeconds(d);
      if (seconds < 60) {
        throw new LoadSpecException("duration '" + d + "' is shorter than one minute");
      }
      if (seconds / 60 > 50_000_000L) {
        throw new LoadSpecException("duration '" + d + "' is too long (at most about 95 years)");
      }
      minutes = (int) (seconds / 60);
    } else if (model.naturalMinutes() > 0) {
      minutes = model.naturalMinutes();
    } else {
      minutes = (int) (LoadSpec.parseDurationSeconds(DEFAULT_DURATION) / 60);
    }
    LoadSeries series = model.render(minutes, seed);
    double factor = k == null ? LoadSettings.DEFAULT_SCALE : k;
    if (!(factor >= 0) || Double.isInfinite(factor)) {
      throw new LoadSpecException("load scale must be a non-negative number, got " + factor);
    }
    series = series.scaled(factor);
    Long start = model.startEpochSecond();
    return new Resolved(series, start == null ? null : Instant.ofEpochSecond(Math.floorDiv(start, 60) * 60), s);
  }
}
