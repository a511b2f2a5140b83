package dev.asgsim.core.config;

import java.io.Serializable;

/**
 * The shape of the alarm pair AWS creates for a target tracking policy. No AWS page publishes these numbers; the
 * defaults are the observed ones (aws-behaviour §1.4 [O]) and AWS may tune them per group since Nov 2024, so they are
 * parameters, readable back from the account with DescribeAlarms.
 */
public record TargetTrackingAlarmProfile(
    Integer highDatapoints, Integer lowDatapoints, Double lowThresholdFactor, Integer periodSeconds)
        implements Serializable {

  /** [O] aws-behaviour §1.4: AlarmHigh 3 of 3. */
  public static final int DEFAULT_HIGH_DATAPOINTS = 3;
  /** [O] aws-behaviour §1.4: AlarmLow 15 of 15. */
  public static final int DEFAULT_LOW_DATAPOINTS = 15;
  /** [O] aws-behaviour §1.4: AlarmLow threshold 0.7 x target for EC2 groups (0.9 is Application Auto Scaling's). */
  public static final double DEFAULT_LOW_THRESHOLD_FACTOR = 0.7;
  /** [O] aws-behaviour §1.4: 60 s periods. */
  public static final int DEFAULT_PERIOD_SECONDS = 60;
  /**
   * [O] aws-behaviour §1.9, §13 Q3: on basic (5-minute) monitoring, scale-out is reported to take about 15 minutes and
   * scale-in about 75 (3 x 5 and 15 x 5), i.e. alarms on 300 s periods. An explicit {@code PeriodSeconds: 60} simulates
   * the other reading (60 s alarms that see at most one datapoint in five periods).
   */
  public static final int DEFAULT_BASIC_MONITORING_PERIOD_SECONDS = 300;

  public static final TargetTrackingAlarmProfile DEFAULTS = new TargetTrackingAlarmProfile(null, null, null, null);

  public int effectiveHighDatapoints() {
    return highDatapoints == null ? DEFAULT_HIGH_DATAPOINTS : highDatapoints;
  }

  public int effectiveLowDatapoints() {
    return lowDatapoints == null ? DEFAULT_LOW_DATAPOINTS : lowDatapoints;
  }

  public double effectiveLowThresholdFactor() {
    return lowThresholdFactor == null ? DEFAULT_LOW_THRESHOLD_FACTOR : lowThresholdFactor;
  }

  public int effectivePeriodSeconds() {
    return periodSeconds == null ? DEFAULT_PERIOD_SECONDS : periodSeconds;
  }

  /** This profile as it applies to instances on basic monitoring: an unset period becomes 300 s. */
  public TargetTrackingAlarmProfile forBasicMonitoring() {
    return periodSeconds != null ? this
        : new TargetTrackingAlarmProfile(highDatapoints, lowDatapoints, lowThresholdFactor,
            DEFAULT_BASIC_MONITORING_PERIOD_SECONDS);
  }
}
