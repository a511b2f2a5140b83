package dev.asgsim.core.config;

/**
 * The shape of the alarm pair AWS creates for a target tracking policy. No AWS page publishes these numbers; the
 * defaults are the observed ones (spec §1.4 [O]) and AWS may tune them per group since Nov 2024, so they are
 * parameters, readable back from the account with DescribeAlarms.
 */
public record TargetTrackingAlarmProfile(
    Integer highDatapoints, Integer lowDatapoints, Double lowThresholdFactor, Integer periodSeconds) {

  /** [O] spec §1.4: AlarmHigh 3 of 3. */
  public static final int DEFAULT_HIGH_DATAPOINTS = 3;
  /** [O] spec §1.4: AlarmLow 15 of 15. */
  public static final int DEFAULT_LOW_DATAPOINTS = 15;
  /** [O] spec §1.4: AlarmLow threshold 0.7 x target for EC2 groups (0.9 is Application Auto Scaling's). */
  public static final double DEFAULT_LOW_THRESHOLD_FACTOR = 0.7;
  /** [O] spec §1.4: 60 s periods. */
  public static final int DEFAULT_PERIOD_SECONDS = 60;

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
}
