package dev.asgsim.core.config;

import java.util.Map;

/**
 * What AWS does not know but a simulation needs: the instance type behind the launch template, launch and start-up
 * times, monitoring, the target tracking alarm profile and price overrides. Every [O]/[I] number of the spec is a
 * member here with the spec's value as its default (spec §12 parameter table).
 */
public record SimulationSettings(
    String instanceType,
    Integer launchDelaySeconds,
    Integer appStartSeconds,
    Boolean detailedMonitoring,
    Integer metricPublishDelaySeconds,
    Integer alarmActionDelaySeconds,
    TargetTrackingAlarmProfile targetTrackingAlarms,
    Double pricePerHour,
    Map<String, InstanceTypeOverride> instanceTypes) {

  /** [I] spec §11.2: Pending to InService 60-90 s without a lifecycle hook. */
  public static final int DEFAULT_LAUNCH_DELAY_SECONDS = 75;
  /** [I] seconds after InService until the application answers load balancer health checks. */
  public static final int DEFAULT_APP_START_SECONDS = 30;
  /** [D] spec §1.9: EC2 instances (and launch templates) default to basic, 5-minute monitoring. */
  public static final boolean DEFAULT_DETAILED_MONITORING = false;
  /** [I] spec §12: a datapoint becomes visible to alarms 60-120 s after its period starts. */
  public static final int DEFAULT_METRIC_PUBLISH_DELAY_SECONDS = 60;
  /** [O] spec §6.4, §12: alarm to scaling activity about 10 s (7-13 s observed). */
  public static final int DEFAULT_ALARM_ACTION_DELAY_SECONDS = 10;

  public SimulationSettings {
    instanceTypes = Lists.copy(instanceTypes);
  }

  public static final SimulationSettings DEFAULTS =
      new SimulationSettings(null, null, null, null, null, null, null, null, null);

  public int effectiveLaunchDelaySeconds() {
    return launchDelaySeconds == null ? DEFAULT_LAUNCH_DELAY_SECONDS : launchDelaySeconds;
  }

  public int effectiveAppStartSeconds() {
    return appStartSeconds == null ? DEFAULT_APP_START_SECONDS : appStartSeconds;
  }

  public boolean effectiveDetailedMonitoring() {
    return detailedMonitoring == null ? DEFAULT_DETAILED_MONITORING : detailedMonitoring;
  }

  public int effectiveMetricPublishDelaySeconds() {
    return metricPublishDelaySeconds == null ? DEFAULT_METRIC_PUBLISH_DELAY_SECONDS : metricPublishDelaySeconds;
  }

  public int effectiveAlarmActionDelaySeconds() {
    return alarmActionDelaySeconds == null ? DEFAULT_ALARM_ACTION_DELAY_SECONDS : alarmActionDelaySeconds;
  }

  public TargetTrackingAlarmProfile effectiveTargetTrackingAlarms() {
    return targetTrackingAlarms == null ? TargetTrackingAlarmProfile.DEFAULTS : targetTrackingAlarms;
  }

  /** Overrides of the built-in instance-type table (vCPUs, burstable baseline and credits, price). */
  public record InstanceTypeOverride(
      Integer vCpus,
      Double baselinePercent,
      Double creditsPerHour,
      Double maxCredits,
      Double launchCredits,
      Double pricePerHour) {}
}
