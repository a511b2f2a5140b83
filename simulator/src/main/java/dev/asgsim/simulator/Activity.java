package dev.asgsim.simulator;

import java.time.Instant;

/**
 * One scaling activity in the shape of DescribeScalingActivities (aws-behaviour §10.3): one per instance launched or
 * terminated.
 *
 * @param details   AWS's Details JSON string (Subnet ID, Availability Zone)
 * @param decision  the desired change behind it, or null (health and lifetime replacements)
 */
public record Activity(
    String activityId,
    String autoScalingGroupName,
    String description,
    String cause,
    Instant startTime,
    Instant endTime,
    String statusCode,
    int progress,
    String details,
    String instanceId,
    Kind kind,
    ScalingDecision decision) {

  /** Launch or terminate. */
  public enum Kind {
    LAUNCH,
    TERMINATE
  }
}
