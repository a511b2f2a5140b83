package dev.asgsim.aws.history;

import java.time.Instant;

/**
 * One datapoint of a trace.
 *
 * @param desiredCapacity the group's GroupDesiredCapacity at the same timestamp (aws-behaviour §8.3), NaN when unknown; a
 *                        steady start begins at it (aws-behaviour §12.1)
 */
public record Sample(Instant timestamp, double value, double desiredCapacity) {

  /** A datapoint without the group's capacity. */
  public Sample(Instant timestamp, double value) {
    this(timestamp, value, Double.NaN);
  }
}
