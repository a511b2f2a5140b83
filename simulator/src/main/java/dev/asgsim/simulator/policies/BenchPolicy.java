package dev.asgsim.simulator.policies;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.policy.PluginPolicy;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A policy of the bench, resolved from its name: how it changes the point's config (the built-in AWS policies keep
 * the config as is; every other policy replaces the config's scaling policies) and how to make a fresh plug-in for
 * one run (plug-ins keep state, so never share one between runs). Immutable and thread-safe; serialisable, so that
 * a sweep's runner can be shipped to a cluster's executors (its functions are serialisable lambdas of plain values).
 */
public final class BenchPolicy implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How a policy changes the point's config; serialisable. */
  public interface Adapt extends UnaryOperator<ScalingConfig>, Serializable {}

  /** Makes a fresh plug-in for one run; serialisable. */
  public interface PluginFactory extends Function<ScalingConfig, PluginPolicy>, Serializable {}

  private final String name;
  private final Adapt adapt;
  private final PluginFactory plugin;

  BenchPolicy(String name, Adapt adapt, PluginFactory plugin) {
    this.name = Objects.requireNonNull(name);
    this.adapt = Objects.requireNonNull(adapt);
    this.plugin = plugin;
  }

  public String name() {
    return name;
  }

  /** The config to simulate for a point whose config is {@code config}. */
  public ScalingConfig configFor(ScalingConfig config) {
    return adapt.apply(config);
  }

  /** A new plug-in for one run with {@code adaptedConfig}, or null for the config's own AWS policies. */
  public PluginPolicy newPlugin(ScalingConfig adaptedConfig) {
    return plugin == null ? null : plugin.apply(adaptedConfig);
  }

  @Override
  public String toString() {
    return name;
  }
}
