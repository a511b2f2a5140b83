package dev.asgsim.core.policy;

/** The engine's state as policies see it while proposing (read-only). */
public interface ControlPlaneView {
  int desired();

  int minSize();

  int maxSize();

  /** The metrics the engine consumes, in index order. */
  MetricSpec metric(int index);

  int metricCount();

  /** The newest datapoint published for metric {@code index}, NaN if none. */
  double latest(int index);

  /** True while a simple-scaling activity or its cooldown runs (aws-behaviour §3 [D]). */
  boolean simpleScalingBlocked(long nowEpochSecond);

  /** The group's warm-up for instances launched without a policy warm-up: DefaultInstanceWarmup, else 0. */
  int defaultInstanceWarmup();
}
