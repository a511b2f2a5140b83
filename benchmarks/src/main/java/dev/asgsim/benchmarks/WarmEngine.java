package dev.asgsim.benchmarks;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.policy.Decision;
import dev.asgsim.core.policy.GroupView;
import dev.asgsim.core.policy.MetricSpec;
import dev.asgsim.core.policy.ScalingEngine;
import java.util.function.ToDoubleFunction;

/**
 * A policy engine driven into a steady state before measurement: the group already sits at the capacity the policies
 * ask for (or at a bound that clamps them), so every further minute evaluates alarms and policies in full and yet
 * leaves desired alone. That is the simulator's common case, and it is the only one that must not allocate.
 */
final class WarmEngine {
  /** Minute 0 of the benchmarks' virtual clock: 2024-01-01T00:00:00Z. */
  static final long T0 = 1_704_067_200L;
  /** Enough minutes for the longest alarm of the repository's examples (AlarmLow, 15 of 15) plus its extra range. */
  static final int WARM_MINUTES = 60;

  final ScalingEngine engine;
  final GroupView group;
  final double[] values;
  private final int instances;
  private long minute;

  /**
   * @param config the group and its policies; its DesiredCapacity is the steady state's
   * @param valueOf what each metric of the engine reads every minute
   */
  WarmEngine(ScalingConfig config, int instances, ToDoubleFunction<MetricSpec> valueOf) {
    this.engine = ScalingEngine.builder(config).startTime(T0).build();
    this.group = new FixedGroup(instances);
    this.instances = instances;
    MetricSpec[] metrics = engine.metrics();
    this.values = new double[metrics.length];
    for (int i = 0; i < metrics.length; i++) {
      values[i] = valueOf.applyAsDouble(metrics[i]);
    }
    for (int i = 0; i < WARM_MINUTES; i++) {
      Decision d = nextMinute();
      if (d.changed()) {
        throw new IllegalStateException("not a steady state: " + d.cause());
      }
    }
  }

  /** An engine whose every metric reads {@code value}. */
  WarmEngine(ScalingConfig config, int instances, double value) {
    this(config, instances, m -> value);
  }

  /** Publishes the last minute's datapoints and evaluates at the start of the next one. */
  Decision nextMinute() {
    for (int i = 0; i < values.length; i++) {
      engine.publish(i, T0 + minute * 60, values[i], instances); // N_dp, as the simulator publishes
    }
    minute++;
    return engine.evaluate(now(), group);
  }

  /** The time of the last evaluation. */
  long now() {
    return T0 + minute * 60;
  }
}
