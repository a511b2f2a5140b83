package dev.asgsim.simulator.sweep;

import dev.asgsim.core.config.LoadSettings;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.policy.PluginPolicy;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.load.LoadResolver;
import dev.asgsim.simulator.load.LoadSpecException;
import dev.asgsim.simulator.policies.BenchPolicy;
import dev.asgsim.simulator.policies.PolicyRegistry;
import dev.asgsim.simulator.spot.SpotHistories;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a sweep's simulations with the real {@link Simulation} for their scores alone ({@link Simulation#runScores}: no
 * timeline, activities, notes or labels).
 *
 * <p>Loads are rendered once per load and seed index, before the sweep starts, and shared read-only by every point:
 * the load's random parts (noise, random walks) use a seed from the sweep seed and the seed index only, so every
 * point faces the same demand curves (common random numbers: differences between points come from the config, not
 * from the dice). The simulation's own random draws (launch delays, tie-breaks) use the run's seed, which also
 * depends on the point ({@link Seeds#derive}).
 *
 * <p>Serialisable: everything read or parsed (loads, traces, inline policy sets) was read and parsed on the driver
 * when it was made, so a cluster's executors only simulate.
 */
public final class SimulationPointRunner implements PointRunner, Serializable {
  private static final long serialVersionUID = 1L;
  private final LoadResolver.Resolved[][] loads; // [load][seed index]
  /** The Spot history files of the base and of every point, read here (on the Spark driver) once. */
  private final SpotHistories spotHistories;
  private final LinkedHashMap<String, BenchPolicy> policies = new LinkedHashMap<>();

  /** Renders the loads and resolves the policies; a bad load spec or policy is an {@link IllegalArgumentException}. */
  public SimulationPointRunner(SweepDefinition definition, PolicyRegistry registry) {
    this.spotHistories = SweepSpotHistories.read(definition);
    List<LoadCase> cases = definition.loads();
    loads = new LoadResolver.Resolved[cases.size()][definition.seeds()];
    for (int l = 0; l < cases.size(); l++) {
      LoadCase c = cases.get(l);
      for (int s = 0; s < definition.seeds(); s++) {
        try {
          var settings = new LoadSettings(c.spec(), c.scale(), null, c.duration(), null, null);
          loads[l][s] = LoadResolver.resolve(null, settings, definition.directory(), null, null, null,
              Seeds.derive(definition.seed(), -1, s));
        } catch (LoadSpecException | IllegalArgumentException e) {
          throw new IllegalArgumentException("load " + c.name() + ": " + e.getMessage(), e);
        }
      }
    }
    policies.put(SweepDefinition.AWS_POLICIES, registry.resolve(SweepDefinition.AWS_POLICIES));
    for (Axis axis : definition.axes()) {
      if (axis.isPolicies()) {
        for (var v : axis.values()) {
          String name = Point.text(v);
          policies.computeIfAbsent(name, n -> v.isObject()
              ? PolicyRegistry.awsPolicies(n, InlinePolicySet.parse(v)) : registry.resolve(n));
        }
      }
    }
  }

  /** The simulated minutes of load {@code index} (for progress and reports). */
  public int minutes(int loadIndex) {
    return loads[loadIndex][0].series().minutes();
  }

  @Override
  public Scores run(RunRequest request) {
    BenchPolicy policy = policies.get(request.policy());
    if (policy == null) {
      throw new IllegalArgumentException("policy '" + request.policy() + "' was not resolved");
    }
    ScalingConfig config = policy.configFor(request.config());
    LoadResolver.Resolved load = loads[request.loadIndex()][request.seedIndex()];
    Simulation.Builder builder = Simulation.builder(config)
        .load(load.series())
        .seed(request.seed())
        .recordTimeline(false)
        .recordActivities(false)
        .spotHistories(spotHistories);
    if (load.start() != null) {
      builder.startTime(load.start());
    }
    PluginPolicy plugin = policy.newPlugin(request.config());
    if (plugin != null) {
      builder.addPlugin(plugin);
    }
    return Scores.of(builder.build().runScores());
  }
}
