package dev.asgsim.core.config;

import java.io.Serializable;
import java.util.Map;

/**
 * What AWS does not know but a simulation needs: the instance type behind the launch template, launch and start-up
 * times, monitoring, the target tracking alarm profile, load balancer health checks, CPU credits, price overrides and
 * the control plane's readings of what AWS leaves open ({@link EngineParameters}, member {@code Engine}).
 * Every [O]/[I] number of the spec is a member here with the spec's value as its default (spec §12 parameter table);
 * {@code null} means "the default", given by the {@code effective*()} methods.
 */
public record SimulationSettings(
    String instanceType,
    Integer launchDelaySeconds,
    Integer launchDelayJitterSeconds,
    Integer appStartSeconds,
    Boolean detailedMonitoring,
    Integer metricPublishDelaySeconds,
    Integer evaluationOffsetSeconds,
    Integer alarmActionDelaySeconds,
    TargetTrackingAlarmProfile targetTrackingAlarms,
    Integer healthCheckIntervalSeconds,
    Integer healthyThresholdCount,
    Integer unhealthyThresholdCount,
    Integer groupHealthCheckIntervalSeconds,
    Integer deregistrationDelaySeconds,
    String creditSpecification, // standard | unlimited; null = AWS default per family (T2 standard, T3+ unlimited)
    Double initialCredits,
    Double cpuThresholdPercent,
    Double pricePerHour,
    Map<String, InstanceTypeOverride> instanceTypes,
    EngineParameters engine) implements Serializable {

  /** [I] spec §11.2: Pending to InService 60-90 s without a lifecycle hook. */
  public static final int DEFAULT_LAUNCH_DELAY_SECONDS = 75;
  /** [I] launch delays are drawn uniformly from delay ± jitter (seeded); 0 = always the same delay. */
  public static final int DEFAULT_LAUNCH_DELAY_JITTER_SECONDS = 0;
  /** [I] seconds after InService until the application answers load balancer health checks. */
  public static final int DEFAULT_APP_START_SECONDS = 30;
  /** [D] spec §1.9: EC2 instances (and launch templates) default to basic, 5-minute monitoring. */
  public static final boolean DEFAULT_DETAILED_MONITORING = false;
  /**
   * [I] spec §12: a datapoint becomes visible to alarms 60-120 s after its period starts (for 5-minute data: after
   * the start of the period's last minute).
   */
  public static final int DEFAULT_METRIC_PUBLISH_DELAY_SECONDS = 60;
  /**
   * [I] spec §11.3: alarms are evaluated once a minute; this is the second within the minute at which they are. 30 s
   * puts AlarmHigh's ALARM at ≈3.5 min after a step, in the spec's ≈3.5-4.5 window.
   */
  public static final int DEFAULT_EVALUATION_OFFSET_SECONDS = 30;
  /** [O] spec §6.4, §12: alarm to scaling activity about 10 s (7-13 s observed). */
  public static final int DEFAULT_ALARM_ACTION_DELAY_SECONDS = 10;
  /** [D] spec §6.1: ALB target group health check interval 30 s. */
  public static final int DEFAULT_HEALTH_CHECK_INTERVAL_SECONDS = 30;
  /** [D] spec §6.1: 5 successes make an unhealthy target healthy (a new target needs only one). */
  public static final int DEFAULT_HEALTHY_THRESHOLD_COUNT = 5;
  /** [D] spec §6.1: 2 consecutive failures make a target unhealthy. */
  public static final int DEFAULT_UNHEALTHY_THRESHOLD_COUNT = 2;
  /** [I] spec §13 Q9: how often Auto Scaling reads ELB health; undocumented. */
  public static final int DEFAULT_GROUP_HEALTH_CHECK_INTERVAL_SECONDS = 60;
  /** [D] spec §6.1, §3: ELB deregistration delay 300 s. */
  public static final int DEFAULT_DEREGISTRATION_DELAY_SECONDS = 300;
  /** Minutes with CPU above this count as SLO violations (peers.md §2). */
  public static final double DEFAULT_CPU_THRESHOLD_PERCENT = 80.0;

  public SimulationSettings {
    instanceTypes = Lists.copy(instanceTypes);
  }

  /** The original nine members (kept so that code written against them compiles); the rest default. */
  public SimulationSettings(String instanceType, Integer launchDelaySeconds, Integer appStartSeconds,
      Boolean detailedMonitoring, Integer metricPublishDelaySeconds, Integer alarmActionDelaySeconds,
      TargetTrackingAlarmProfile targetTrackingAlarms, Double pricePerHour,
      Map<String, InstanceTypeOverride> instanceTypes) {
    this(instanceType, launchDelaySeconds, null, appStartSeconds, detailedMonitoring, metricPublishDelaySeconds, null,
        alarmActionDelaySeconds, targetTrackingAlarms, null, null, null, null, null, null, null, null, pricePerHour,
        instanceTypes, null);
  }

  public static final SimulationSettings DEFAULTS = builder().build();

  public int effectiveLaunchDelaySeconds() {
    return launchDelaySeconds == null ? DEFAULT_LAUNCH_DELAY_SECONDS : launchDelaySeconds;
  }

  public int effectiveLaunchDelayJitterSeconds() {
    return launchDelayJitterSeconds == null ? DEFAULT_LAUNCH_DELAY_JITTER_SECONDS : launchDelayJitterSeconds;
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

  public int effectiveEvaluationOffsetSeconds() {
    return evaluationOffsetSeconds == null ? DEFAULT_EVALUATION_OFFSET_SECONDS : evaluationOffsetSeconds;
  }

  public int effectiveAlarmActionDelaySeconds() {
    return alarmActionDelaySeconds == null ? DEFAULT_ALARM_ACTION_DELAY_SECONDS : alarmActionDelaySeconds;
  }

  public TargetTrackingAlarmProfile effectiveTargetTrackingAlarms() {
    return targetTrackingAlarms == null ? TargetTrackingAlarmProfile.DEFAULTS : targetTrackingAlarms;
  }

  public int effectiveHealthCheckIntervalSeconds() {
    return healthCheckIntervalSeconds == null ? DEFAULT_HEALTH_CHECK_INTERVAL_SECONDS : healthCheckIntervalSeconds;
  }

  public int effectiveHealthyThresholdCount() {
    return healthyThresholdCount == null ? DEFAULT_HEALTHY_THRESHOLD_COUNT : healthyThresholdCount;
  }

  public int effectiveUnhealthyThresholdCount() {
    return unhealthyThresholdCount == null ? DEFAULT_UNHEALTHY_THRESHOLD_COUNT : unhealthyThresholdCount;
  }

  public int effectiveGroupHealthCheckIntervalSeconds() {
    return groupHealthCheckIntervalSeconds == null
        ? DEFAULT_GROUP_HEALTH_CHECK_INTERVAL_SECONDS : groupHealthCheckIntervalSeconds;
  }

  public int effectiveDeregistrationDelaySeconds() {
    return deregistrationDelaySeconds == null ? DEFAULT_DEREGISTRATION_DELAY_SECONDS : deregistrationDelaySeconds;
  }

  public double effectiveCpuThresholdPercent() {
    return cpuThresholdPercent == null ? DEFAULT_CPU_THRESHOLD_PERCENT : cpuThresholdPercent;
  }

  /** Overrides of the built-in instance-type table (vCPUs, burstable baseline and credits, price). */
  public record InstanceTypeOverride(
      Integer vCpus,
      Double baselinePercent,
      Double creditsPerHour,
      Double maxCredits,
      Double launchCredits,
      Double pricePerHour) implements Serializable {}

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.instanceType = instanceType;
    b.launchDelaySeconds = launchDelaySeconds;
    b.launchDelayJitterSeconds = launchDelayJitterSeconds;
    b.appStartSeconds = appStartSeconds;
    b.detailedMonitoring = detailedMonitoring;
    b.metricPublishDelaySeconds = metricPublishDelaySeconds;
    b.evaluationOffsetSeconds = evaluationOffsetSeconds;
    b.alarmActionDelaySeconds = alarmActionDelaySeconds;
    b.targetTrackingAlarms = targetTrackingAlarms;
    b.healthCheckIntervalSeconds = healthCheckIntervalSeconds;
    b.healthyThresholdCount = healthyThresholdCount;
    b.unhealthyThresholdCount = unhealthyThresholdCount;
    b.groupHealthCheckIntervalSeconds = groupHealthCheckIntervalSeconds;
    b.deregistrationDelaySeconds = deregistrationDelaySeconds;
    b.creditSpecification = creditSpecification;
    b.initialCredits = initialCredits;
    b.cpuThresholdPercent = cpuThresholdPercent;
    b.pricePerHour = pricePerHour;
    b.instanceTypes = instanceTypes;
    b.engine = engine;
    return b;
  }

  /** Builder for library users; every member optional. */
  public static final class Builder {
    private String instanceType;
    private Integer launchDelaySeconds;
    private Integer launchDelayJitterSeconds;
    private Integer appStartSeconds;
    private Boolean detailedMonitoring;
    private Integer metricPublishDelaySeconds;
    private Integer evaluationOffsetSeconds;
    private Integer alarmActionDelaySeconds;
    private TargetTrackingAlarmProfile targetTrackingAlarms;
    private Integer healthCheckIntervalSeconds;
    private Integer healthyThresholdCount;
    private Integer unhealthyThresholdCount;
    private Integer groupHealthCheckIntervalSeconds;
    private Integer deregistrationDelaySeconds;
    private String creditSpecification;
    private Double initialCredits;
    private Double cpuThresholdPercent;
    private Double pricePerHour;
    private Map<String, InstanceTypeOverride> instanceTypes;
    private EngineParameters engine;

    private Builder() {}

    public Builder instanceType(String v) { instanceType = v; return this; }
    public Builder launchDelaySeconds(Integer v) { launchDelaySeconds = v; return this; }
    public Builder launchDelayJitterSeconds(Integer v) { launchDelayJitterSeconds = v; return this; }
    public Builder appStartSeconds(Integer v) { appStartSeconds = v; return this; }
    public Builder detailedMonitoring(Boolean v) { detailedMonitoring = v; return this; }
    public Builder metricPublishDelaySeconds(Integer v) { metricPublishDelaySeconds = v; return this; }
    public Builder evaluationOffsetSeconds(Integer v) { evaluationOffsetSeconds = v; return this; }
    public Builder alarmActionDelaySeconds(Integer v) { alarmActionDelaySeconds = v; return this; }
    public Builder targetTrackingAlarms(TargetTrackingAlarmProfile v) { targetTrackingAlarms = v; return this; }
    public Builder healthCheckIntervalSeconds(Integer v) { healthCheckIntervalSeconds = v; return this; }
    public Builder healthyThresholdCount(Integer v) { healthyThresholdCount = v; return this; }
    public Builder unhealthyThresholdCount(Integer v) { unhealthyThresholdCount = v; return this; }
    public Builder groupHealthCheckIntervalSeconds(Integer v) { groupHealthCheckIntervalSeconds = v; return this; }
    public Builder deregistrationDelaySeconds(Integer v) { deregistrationDelaySeconds = v; return this; }
    public Builder creditSpecification(String v) { creditSpecification = v; return this; }
    public Builder initialCredits(Double v) { initialCredits = v; return this; }
    public Builder cpuThresholdPercent(Double v) { cpuThresholdPercent = v; return this; }
    public Builder pricePerHour(Double v) { pricePerHour = v; return this; }
    public Builder instanceTypes(Map<String, InstanceTypeOverride> v) { instanceTypes = v; return this; }
    public Builder engine(EngineParameters v) { engine = v; return this; }

    public SimulationSettings build() {
      return new SimulationSettings(instanceType, launchDelaySeconds, launchDelayJitterSeconds, appStartSeconds,
          detailedMonitoring, metricPublishDelaySeconds, evaluationOffsetSeconds, alarmActionDelaySeconds,
          targetTrackingAlarms, healthCheckIntervalSeconds, healthyThresholdCount, unhealthyThresholdCount,
          groupHealthCheckIntervalSeconds, deregistrationDelaySeconds, creditSpecification, initialCredits,
          cpuThresholdPercent, pricePerHour, instanceTypes, engine);
    }
  }
}
