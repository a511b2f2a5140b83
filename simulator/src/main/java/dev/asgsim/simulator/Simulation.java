package dev.asgsim.simulator;

import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.simulator.predictive.ConfiguredForecaster;
import dev.asgsim.simulator.predictive.ForecastAndScaleVariant;
import dev.asgsim.simulator.predictive.ForecastException;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.core.instance.InstanceType;
import dev.asgsim.core.policy.EngineSettings;
import dev.asgsim.core.policy.PluginPolicy;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.score.Scores;
import dev.asgsim.simulator.spot.PoolHistory;
import dev.asgsim.simulator.spot.SpotHistories;
import dev.asgsim.simulator.spot.SpotHistoryException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A simulation of one Auto Scaling group under one load: immutable, reusable, thread-confined per {@link #run()}
 * (each run builds its own state, so one {@code Simulation} may be run from many threads at once).
 *
 * <pre>{@code
 * SimulationResult r = Simulation.builder(config)
 *     .load(LoadSpec.parse("step(20, 90@10m, 20@40m)").render(90, seed))
 *     .seed(seed)
 *     .build()
 *     .run();
 * r.scores().cost();
 * }</pre>
 *
 * Virtual time only: the run never reads the clock; same config, load and seed give the same result.
 */
public final class Simulation {
  /** Where simulated time starts when the caller does not say (a trace's first timestamp is the usual choice). */
  public static final Instant DEFAULT_START = Instant.parse("2024-01-01T00:00:00Z");

  final ScalingConfig config;
  final SimulationSettings settings;
  final LoadSeries load;
  final long seed;
  final long startEpochSecond;
  final boolean recordTimeline;
  final boolean recordActivities;
  final RecordSink sink;
  final boolean checkInvariants;
  /** Every per-minute step takes its general path, no shortcut chosen at set-up (tests compare the two). */
  final boolean generalPathOnly;
  /** Every minute takes the plain minute loop, never the quiet stretch kernel (tests compare the two). */
  final boolean plainMinutes;
  /** Quiet stretches run minute by minute, never in {@link QuietKernel}'s chunks (tests compare the two). */
  final boolean perMinuteStretches;
  /** Every quiet stretch ends at the group's next clock and after a minute that acts (tests compare the two). */
  final boolean stretchesEndAtClocks;
  final SimulationListener listener;
  final EngineSettings engineSettings;
  final List<PluginPolicy> plugins;
  final InstanceType instanceType;
  /** CPU percent of one instance per unit of load: 1, or 100 / RequestsPerMinuteAtFullCpu (aws-behaviour §12.2). */
  final double cpuPerLoadUnit;
  final Supplier<Forecaster> forecaster;
  /** The config's Spot history files, read once (relative to the config's directory). */
  final SpotHistories spotHistories;
  /** {@code Simulation.Spot.PriceHistory} and {@code InterruptionHistory} as read, or null (aws-behaviour §7.11). */
  final PoolHistory spotPriceHistory;
  final PoolHistory spotHazardHistory;

  private Simulation(Builder b) {
    this.config = b.config;
    if (config.autoScalingGroup() == null) {
      throw new SimulationException("the config has no AutoScalingGroup section");
    }
    this.settings = config.effectiveSimulation();
    this.load = Objects.requireNonNull(b.load, "load: call load(LoadSeries)");
    if (load.minutes() < 1) {
      throw new SimulationException("the load is empty: simulate at least one minute");
    }
    this.seed = b.seed;
    this.startEpochSecond = b.startEpochSecond;
    this.recordTimeline = b.recordTimeline;
    this.recordActivities = b.recordActivities;
    this.sink = b.sink;
    this.checkInvariants = b.checkInvariants;
    this.generalPathOnly = b.generalPathOnly;
    this.plainMinutes = b.plainMinutes;
    this.perMinuteStretches = b.perMinuteStretches;
    this.stretchesEndAtClocks = b.stretchesEndAtClocks;
    this.listener = b.listener;
    this.engineSettings = b.engineSettings != null ? b.engineSettings : EngineSettings.of(settings);
    this.plugins = List.copyOf(b.plugins);
    try {
      this.forecaster = b.forecaster != null ? b.forecaster : ConfiguredForecaster.of(settings);
    } catch (ForecastException e) {
      throw new SimulationException(e.getMessage());
    }
    this.instanceType = Setup.instanceType(settings);
    Setup.credits(instanceType, settings); // fail early on a bad CreditSpecification
    this.cpuPerLoadUnit = Setup.cpuPerLoadUnit(settings);
    this.spotHistories = b.spotHistories;
    SpotSettings spot = settings.spot();
    try {
      this.spotPriceHistory = spot == null ? null : spotHistories.get(spot.priceHistory(), PoolHistory.Kind.PRICE);
      this.spotHazardHistory = spot == null ? null
          : spotHistories.get(spot.interruptionHistory(), PoolHistory.Kind.HAZARD);
    } catch (SpotHistoryException e) {
      throw new SimulationException(e.getMessage());
    }
  }

  /**
   * Minute {@code m}'s demand in percent of one instance's CPU: the load times the CPU per load unit (aws-behaviour
   * §12.2 [I]), the product the minute loops compute from the load they also read. Where the demand is not kept it is
   * read back from here: a kept timeline's demand column, a large group's sums of the next minutes.
   */
  double demand(int m) {
    return load.at(m) * cpuPerLoadUnit;
  }

  public static Builder builder(ScalingConfig config) {
    return new Builder(config);
  }

  /**
   * Runs the simulation on the calling thread. When a predictive policy is only forecasting (ForecastOnly), the same
   * load and seed also run with it in ForecastAndScale, so the result says what scaling on the forecast would have
   * changed (aws-behaviour §5.2, issue 12 item 3).
   */
  public SimulationResult run() {
    SimulationResult r = new Run(this).run();
    ScalingConfig variant = r.forecasts().isEmpty() ? null : ForecastAndScaleVariant.of(config);
    if (variant == null) {
      return r;
    }
    Builder b = new Builder(variant).load(load).seed(seed).startTime(java.time.Instant.ofEpochSecond(startEpochSecond))
        .recordTimeline(false).recordActivities(false).engineSettings(engineSettings).forecaster(forecaster)
        .spotHistories(spotHistories);
    plugins.forEach(b::addPlugin);
    return r.withForecastAndScale(new Run(b.build()).run().scores());
  }

  /**
   * Runs the simulation on the calling thread for its scores alone: {@code run().scores()}, the same numbers, without
   * the notes, labels and records that say what the run did, and without the ForecastAndScale variant's run, whose
   * scores are another result's ({@link SimulationResult#forecastAndScale}). For callers that read only the scores
   * (sweeps: {@code SimulationScoresTest} holds the two equal).
   */
  public Scores runScores() {
    return new Run(this, false).runScores();
  }

  public ScalingConfig config() {
    return config;
  }

  public LoadSeries load() {
    return load;
  }

  public long seed() {
    return seed;
  }

  /** Builder; only {@link #load} is required. */
  public static final class Builder {
    private final ScalingConfig config;
    private LoadSeries load;
    private long seed = 1;
    private long startEpochSecond = DEFAULT_START.getEpochSecond();
    private boolean recordTimeline = true;
    private boolean recordActivities = true;
    private RecordSink sink = RecordSink.NONE;
    private boolean checkInvariants;
    private boolean generalPathOnly;
    private boolean plainMinutes;
    private boolean perMinuteStretches;
    private boolean stretchesEndAtClocks;
    private SimulationListener listener = SimulationListener.NONE;
    private EngineSettings engineSettings;
    private final List<PluginPolicy> plugins = new ArrayList<>();
    private Supplier<Forecaster> forecaster;
    private SpotHistories spotHistories = new SpotHistories(Path.of("."));

    private Builder(ScalingConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /** Demand per minute; its length is the simulated duration. */
    public Builder load(LoadSeries v) { load = v; return this; }
    /** Seeds every random draw of the run (launch delays, victim tie-breaks, ids). Default 1. */
    public Builder seed(long v) { seed = v; return this; }
    /** When simulated time starts (minute 0); default {@link #DEFAULT_START}. Whole minutes are best. */
    public Builder startTime(Instant v) { startEpochSecond = v.getEpochSecond(); return this; }
    /**
     * Keep the per-minute timeline in the result (default true): about 90 bytes per simulated minute. Turn off for
     * sweeps and benchmarks, and for long runs that stream to a {@link #sink} instead.
     */
    public Builder recordTimeline(boolean v) { recordTimeline = v; return this; }
    /** Keep the scaling activities in the result (default true). */
    public Builder recordActivities(boolean v) { recordActivities = v; return this; }
    /**
     * Hand each timeline row and activity to {@code v} as it becomes final (whether or not the result keeps them):
     * with {@code recordTimeline(false).recordActivities(false)} a run's memory does not grow with its length.
     */
    public Builder sink(RecordSink v) { sink = Objects.requireNonNull(v); return this; }
    /** Check the group's invariants every step and throw on a violation (tests). */
    public Builder checkInvariants(boolean v) { checkInvariants = v; return this; }
    /**
     * Run every per-minute step in its general form, none of the shortcuts a run chooses at set-up for the features
     * it does not use (tests: a shortcut must give the general path's result minute by minute).
     */
    Builder generalPathOnly(boolean v) { generalPathOnly = v; return this; }
    /**
     * Run every minute through the plain minute loop, never the kernel for quiet stretches (tests: the kernel must
     * give the plain loop's result minute by minute); the other shortcuts stay as chosen.
     */
    Builder plainMinutes(boolean v) { plainMinutes = v; return this; }
    /** Run quiet stretches minute by minute, never in {@link QuietKernel}'s chunks (tests compare the two). */
    Builder perMinuteStretches(boolean v) { perMinuteStretches = v; return this; }
    /** End every quiet stretch at the group's next clock and after a minute that acts (tests compare the two). */
    Builder stretchesEndAtClocks(boolean v) { stretchesEndAtClocks = v; return this; }
    public Builder listener(SimulationListener v) { listener = Objects.requireNonNull(v); return this; }
    /** The policy engine's [I] parameters (aws-behaviour §13); default: the config's {@code Simulation.Engine} block. */
    public Builder engineSettings(EngineSettings v) { engineSettings = Objects.requireNonNull(v); return this; }
    /** A plug-in policy (HPA-style, user's own) evaluated beside the config's policies. */
    public Builder addPlugin(PluginPolicy v) { plugins.add(Objects.requireNonNull(v)); return this; }

    /**
     * The forecaster of the predictive policies (aws-behaviour §5.2): one registered in {@link dev.asgsim.core.forecast.Forecasters}, or forecasts given
     * from AWS ({@link dev.asgsim.core.forecast.GivenForecast}); default the config's {@code Simulation.Engine.
     * Forecaster}, else the built-in seasonal mean.
     */
    public Builder forecaster(Supplier<Forecaster> v) { forecaster = Objects.requireNonNull(v); return this; }

    /**
     * The directory of the config file, against which its relative paths are resolved ({@code Simulation.Spot.
     * PriceHistory}, {@code InterruptionHistory}); default the working directory.
     */
    public Builder configDirectory(Path v) { spotHistories = new SpotHistories(v); return this; }

    /** The Spot history files, read already or relative to their config's directory (a sweep shares one). */
    public Builder spotHistories(SpotHistories v) { spotHistories = Objects.requireNonNull(v); return this; }

    /** Checks the config and settings; a {@link SimulationException} says what is wrong. */
    public Simulation build() {
      return new Simulation(this);
    }
  }
}
