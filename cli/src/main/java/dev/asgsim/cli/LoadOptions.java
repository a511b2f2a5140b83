package dev.asgsim.cli;

import dev.asgsim.core.config.LoadSettings;
import dev.asgsim.simulator.load.LoadResolver;
import dev.asgsim.simulator.load.TracePrefetch;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The load options every command that simulates shares (simulate, compare): one definition, one help text. */
final class LoadOptions {
  @Option(names = "--load", paramLabel = "SPEC|FILE.csv", description = "A load spec (see below) or a trace CSV.")
  String load;

  @Option(names = "--load-scale", paramLabel = "X", description = "Multiply every demand value by X (default 1).")
  Double loadScale;

  @Option(names = "--duration", paramLabel = "DURATION", converter = DurationText.class,
      description = "Simulated time, e.g. 90m, 7d (default: the Load's Duration, a trace's length, or 1d).")
  String duration;

  @Option(names = "--gaps", paramLabel = "hold|interpolate", description = "How trace gaps are filled (default hold).")
  String gaps;

  @Option(names = "--trace-end", paramLabel = "stop|hold|repeat",
      description = "A trace shorter than --duration: stop the run at its end (default), hold its last value, or "
          + "repeat it.")
  String traceEnd;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of every random draw (default ${DEFAULT-VALUE}).",
      defaultValue = "1")
  long seed;

  /** The load these options select, falling back to {@code settings} (a config's Load section) where they are unset. */
  LoadResolver.Resolved resolve(LoadSettings settings, Path configDir) {
    return resolve(settings, configDir, TracePrefetch.NONE);
  }

  /** As {@link #resolve(LoadSettings, Path)}, taking --load's traces from those {@link #readAhead} read. */
  LoadResolver.Resolved resolve(LoadSettings settings, Path configDir, TracePrefetch traces) {
    return LoadResolver.resolve(load, settings, configDir, loadScale, duration, gaps, traceEnd, seed, traces);
  }

  /**
   * Starts reading the traces --load names, to be used by {@link #resolve(LoadSettings, Path, TracePrefetch)}; or takes
   * those {@code main} started from the raw arguments ({@link WarmUp}).
   */
  TracePrefetch readAhead() {
    TracePrefetch early = WarmUp.traces(load);
    return early != null ? early : TracePrefetch.start(load);
  }

  /** What decided the run's length, for messages. */
  String lengthSource() {
    return duration != null ? "--duration " + duration : "the load's length";
  }
}
