package dev.asgsim.core.policy;

/**
 * Which value of the alarm's metric feeds the target tracking formula (aws-behaviour §13 Q1: undocumented). Default
 * {@link #LATEST} [I].
 */
public enum MetricValueSource {
  /** The newest real datapoint in the alarm's window. */
  LATEST,
  /** The mean of the alarm's N most recent real datapoints. */
  WINDOW_MEAN
}
