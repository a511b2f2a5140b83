package dev.asgsim.core.config;

// Over 400 lines because one record of every setting AWS does not know, each [O]/[I] number beside its documented
// default (aws-behaviour §12), so a reader finds a setting, its default and its section in one place.

import java.io.Serializable;
import java.util.Map;

/**
 * What AWS does not know but a simulation needs: the instance type behind the launch template, launch and start-up
 * times, monitoring, the target tracking alarm profile, load balancer health checks, CPU credits, price overrides and
 * the control plane's readings of what AWS leaves open ({@link EngineParameters}, member {@code Engine}).
 * Every [O]/[I] number of aws-behaviour is a member here with the documented default (aws-behaviour §12) (aws-behaviour §12 parameter table);
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
    EngineParameters engine,
    Double requestsPerMinuteAtFullCpu,
    String start,
    Integer burnInMinutes,
    Boolean policyWarmupHidesMetrics,
    Map<String, HookTiming> lifecycleHooks,
    WarmPoolSettings warmPool,
    Integer pendingSeconds,
    Double cloudWatchPricePerMetricMonth,
    Integer detailedMonitoringMetrics,
    OutsideTargets outsideTargets,
    SpotSettings spot,
    Integer spotPriceProtectionPercent) implements Serializable {

  /**
   * [O] aws-behaviour §7.11: the Spot price protection of attribute-based selection when InstanceRequirements sets
   * neither SpotMaxPricePercentageOverLowestPrice nor MaxSpotPriceAsPercentageOfOptimalOnDemandPrice. AWS now applies
   * an undocumented "optimal price protection"; its documented default before 2024 was 100 (% over the lowest priced
   * C, M or R type).
   */
  public static final int DEFAULT_SPOT_PRICE_PROTECTION_PERCENT = 100;

  /** {@link #DEFAULT_SPOT_PRICE_PROTECTION_PERCENT} unless set. */
  public int effectiveSpotPriceProtectionPercent() {
    return spotPriceProtectionPercent == null ? DEFAULT_SPOT_PRICE_PROTECTION_PERCENT : spotPriceProtectionPercent;
  }

  /** [I] aws-behaviour §11.2: Pending to InService 60-90 s without a lifecycle hook. */
  public static final int DEFAULT_LAUNCH_DELAY_SECONDS = 75;
  /** [I] launch delays are drawn uniformly from delay ± jitter (seeded); 0 = always the same delay. */
  public static final int DEFAULT_LAUNCH_DELAY_JITTER_SECONDS = 0;
  /** [I] seconds after InService until the application answers load balancer health checks. */
  public static final int DEFAULT_APP_START_SECONDS = 30;
  /** [D] aws-behaviour §1.9: EC2 instances (and launch templates) default to basic, 5-minute monitoring. */
  public static final boolean DEFAULT_DETAILED_MONITORING = false;
  /**
   * [I] aws-behaviour §12: a datapoint becomes visible to alarms 60-120 s after its period starts (for 5-minute data: after
   * the start of the period's last minute).
   */
  public static final int DEFAULT_METRIC_PUBLISH_DELAY_SECONDS = 60;
  /**
   * [I] aws-behaviour §11.3: alarms are evaluated once a minute; this is the second within the minute at which they are. 30 s
   * puts AlarmHigh's ALARM at ≈3.5 min after a step, in aws-behaviour §11.3's ≈3.5-4.5 window.
   */
  public static final int DEFAULT_EVALUATION_OFFSET_SECONDS = 30;
  /** [O] aws-behaviour §6.4, §12: alarm to scaling activity about 10 s (7-13 s observed). */
  public static final int DEFAULT_ALARM_ACTION_DELAY_SECONDS = 10;
  /** [D] aws-behaviour §6.1: ALB target group health check interval 30 s. */
  public static final int DEFAULT_HEALTH_CHECK_INTERVAL_SECONDS = 30;
  /** [D] aws-behaviour §6.1: 5 successes make an unhealthy target healthy (a new target needs only one). */
  public static final int DEFAULT_HEALTHY_THRESHOLD_COUNT = 5;
  /** [D] aws-behaviour §6.1: 2 consecutive failures make a target unhealthy. */
  public static final int DEFAULT_UNHEALTHY_THRESHOLD_COUNT = 2;
  /** [I] aws-behaviour §13 Q9: how often Auto Scaling reads ELB health; undocumented. */
  public static final int DEFAULT_GROUP_HEALTH_CHECK_INTERVAL_SECONDS = 60;
  /** [D] aws-behaviour §6.1, §3: ELB deregistration delay 300 s. */
  public static final int DEFAULT_DEREGISTRATION_DELAY_SECONDS = 300;
  /**
   * [I] aws-behaviour §6.4: seconds an instance spends in EC2's {@code pending} state ("Not billed") before
   * {@code running} ("Billed"); AWS documents no duration. Part of LaunchDelaySeconds (running comes before InService).
   */
  public static final int DEFAULT_PENDING_SECONDS = 30;
  /**
   * [D] aws-behaviour §8.1: CloudWatch's us-east-1 price per metric-month for the first 10,000 metrics (detailed
   * monitoring metrics are billed like custom metrics, prorated by the hour).
   */
  public static final double DEFAULT_CLOUDWATCH_PRICE_PER_METRIC_MONTH = 0.30;
  /** [D] aws-behaviour §8.1: detailed monitoring sends 7 EC2 metrics per instance at 1-minute frequency. */
  public static final int DEFAULT_DETAILED_MONITORING_METRICS = 7;
  /** AWS's pricing convention for a month: 730 hours (prorating a per-month price by the hour). */
  public static final double HOURS_PER_MONTH = 730.0;
  /** Minutes with CPU above this count as SLO violations (aws-behaviour §18). */
  public static final double DEFAULT_CPU_THRESHOLD_PERCENT = 80.0;

  public SimulationSettings {
    instanceTypes = Lists.copy(instanceTypes);
    lifecycleHooks = Lists.copy(lifecycleHooks);
  }

  /** The original nine members (kept so that code written against them compiles); the rest default. */
  public SimulationSettings(String instanceType, Integer launchDelaySeconds, Integer appStartSeconds,
      Boolean detailedMonitoring, Integer metricPublishDelaySeconds, Integer alarmActionDelaySeconds,
      TargetTrackingAlarmProfile targetTrackingAlarms, Double pricePerHour,
      Map<String, InstanceTypeOverride> instanceTypes) {
    this(instanceType, launchDelaySeconds, null, appStartSeconds, detailedMonitoring, metricPublishDelaySeconds, null,
        alarmActionDelaySeconds, targetTrackingAlarms, null, null, null, null, null, null, null, null, pricePerHour,
        instanceTypes, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static final SimulationSettings DEFAULTS = builder().build();

  /** How a run starts (aws-behaviour §12.1 [I]). */
  public enum Start {
    /** A group that has been running: schedule in force, capacity settled, alarms filled, steady credits. */
    Steady,
    /** A group created at t0: alarms empty, desired from the file, launch credits. */
    Cold;

    /** The mode spelled {@code v} (case-insensitive), or null. */
    public static Start parse(String v) {
      for (Start s : values()) {
        if (v != null && s.name().equalsIgnoreCase(v.trim())) {
          return s;
        }
      }
      return null;
    }
  }

  /** [I] aws-behaviour §12.1: a replay or sweep asks about a group that has been running. */
  public static final Start DEFAULT_START = Start.Steady;

  /** The start mode; an unknown spelling (a validation error) reads as the default. */
  public Start effectiveStart() {
    Start s = Start.parse(start);
    return s == null ? DEFAULT_START : s;
  }

  /**
   * [I] aws-behaviour §2.2 item 1: without DefaultInstanceWarmup, current AWS docs say instances "contribute as soon as they
   * are InService" (default false); an older page says a policy's EstimatedInstanceWarmup keeps a new instance out
   * of the aggregated metric until it ends (true).
   */
  public boolean effectivePolicyWarmupHidesMetrics() {
    return Boolean.TRUE.equals(policyWarmupHidesMetrics);
  }

  /** How long the lifecycle hook named {@code name} holds an instance (aws-behaviour §6.5 [I]); null = nothing completes it. */
  public HookTiming hookTiming(String name) {
    return lifecycleHooks == null || name == null ? null : lifecycleHooks.get(name);
  }

  /** The warm pool's unpublished numbers (aws-behaviour §7.6 [O]/[I]), defaults when unset. */
  public WarmPoolSettings effectiveWarmPool() {
    return warmPool == null ? WarmPoolSettings.DEFAULTS : warmPool;
  }

  /** [I] aws-behaviour §12.1: minutes at the start left out of the scores; default 0. */
  public int effectiveBurnInMinutes() {
    return burnInMinutes == null ? 0 : burnInMinutes;
  }

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

  /**
   * [I] aws-behaviour §12.2: the CPU a request costs, as the requests per minute one instance of the simulated type serves at
   * 100 % CPU: {@code InstanceTypes.<type>.RequestsPerMinuteAtFullCpu} when the type has one, else
   * {@code RequestsPerMinuteAtFullCpu}; null when neither is set (then the load is CPU percent, aws-behaviour §12.2: "Demand is
   * CPU (percent of one instance) unless a policy scales on requests").
   */
  public Double effectiveRequestsPerMinuteAtFullCpu() {
    if (instanceType != null && instanceTypes != null) {
      for (Map.Entry<String, InstanceTypeOverride> e : instanceTypes.entrySet()) {
        if (e.getKey().equalsIgnoreCase(instanceType.trim()) && e.getValue() != null
            && e.getValue().requestsPerMinuteAtFullCpu() != null) {
          return e.getValue().requestsPerMinuteAtFullCpu();
        }
      }
    }
    return requestsPerMinuteAtFullCpu;
  }

  /** [I] aws-behaviour §6.4: seconds in EC2's pending state, at most LaunchDelaySeconds; default 30. */
  public int effectivePendingSeconds() {
    return Math.min(pendingSeconds == null ? DEFAULT_PENDING_SECONDS : pendingSeconds, effectiveLaunchDelaySeconds());
  }

  /** [D] aws-behaviour §8.1: USD per metric-month; default the us-east-1 0.30. */
  public double effectiveCloudWatchPricePerMetricMonth() {
    return cloudWatchPricePerMetricMonth == null ? DEFAULT_CLOUDWATCH_PRICE_PER_METRIC_MONTH
        : cloudWatchPricePerMetricMonth;
  }

  /** [D] aws-behaviour §8.1: metrics per instance that detailed monitoring bills; default 7. */
  public int effectiveDetailedMonitoringMetrics() {
    return detailedMonitoringMetrics == null ? DEFAULT_DETAILED_MONITORING_METRICS : detailedMonitoringMetrics;
  }

  /**
   * What detailed monitoring costs per instance-hour (aws-behaviour §8.1): metrics × price per metric-month / 730 h;
   * 0 on basic monitoring ("free").
   */
  public double monitoringPricePerInstanceHour() {
    return effectiveDetailedMonitoring()
        ? effectiveDetailedMonitoringMetrics() * effectiveCloudWatchPricePerMetricMonth() / HOURS_PER_MONTH : 0;
  }

  /** The outside targets, {@link OutsideTargets#NONE} when unset (aws-behaviour §12.1a). */
  public OutsideTargets effectiveOutsideTargets() {
    return outsideTargets == null ? OutsideTargets.NONE : outsideTargets;
  }

  /**
   * Targets registered in the group's target group that the group does not manage (aws-behaviour §12.1a [D]/[I]): the
   * load balancer sends them their share of the requests, the group's CPU metric leaves them out, and
   * RequestCountPerTarget divides by them too.
   *
   * @param count        how many (default 0)
   * @param instanceType their type, for their capacity (default the group's {@code InstanceType})
   * @param healthy      whether they pass the target group's health checks (default true); unhealthy targets get no
   *                     requests
   */
  public record OutsideTargets(Integer count, String instanceType, Boolean healthy) implements Serializable {
    public static final OutsideTargets NONE = new OutsideTargets(0, null, true);

    public int effectiveCount() {
      return count == null ? 0 : count;
    }

    public boolean effectiveHealthy() {
      return healthy == null || healthy;
    }

    /** The healthy outside targets: those the load balancer routes to. */
    public int serving() {
      return effectiveHealthy() ? effectiveCount() : 0;
    }
  }

  /**
   * Overrides of the built-in instance-type table (vCPUs, burstable baseline and credits, price, request cost).
   *
   * @param cpuCapacity what one instance of this type serves at 100 % CPU, relative to one instance of
   *     {@code Simulation.InstanceType} (the load's unit); default: the type's {@code WeightedCapacity} in a weighted
   *     mixed instances policy, else 1 (aws-behaviour §7.11 [I]: AWS counts weights toward capacity, it does not say what
   *     a type serves)
   * @param memoryMiB   the type's memory, so that {@code InstanceRequirements} can select a type the built-in table lacks
   *     (aws-behaviour §7.11); default: the table's figure, none for a type outside it
   */
  public record InstanceTypeOverride(
      Integer vCpus,
      Double baselinePercent,
      Double creditsPerHour,
      Double maxCredits,
      Double launchCredits,
      Double pricePerHour,
      Double requestsPerMinuteAtFullCpu,
      Double cpuCapacity,
      Integer memoryMiB) implements Serializable {

    /** Without a memory size (the built-in table's, if it has the type). */
    public InstanceTypeOverride(Integer vCpus, Double baselinePercent, Double creditsPerHour, Double maxCredits,
        Double launchCredits, Double pricePerHour, Double requestsPerMinuteAtFullCpu, Double cpuCapacity) {
      this(vCpus, baselinePercent, creditsPerHour, maxCredits, launchCredits, pricePerHour, requestsPerMinuteAtFullCpu,
          cpuCapacity, null);
    }

    /** The six original members (kept so that code written against them compiles); no request cost. */
    public InstanceTypeOverride(Integer vCpus, Double baselinePercent, Double creditsPerHour, Double maxCredits,
        Double launchCredits, Double pricePerHour) {
      this(vCpus, baselinePercent, creditsPerHour, maxCredits, launchCredits, pricePerHour, null, null);
    }

    /** Without a CPU capacity (a weighted type's CPU capacity is then its weight, aws-behaviour §7.11 [I]). */
    public InstanceTypeOverride(Integer vCpus, Double baselinePercent, Double creditsPerHour, Double maxCredits,
        Double launchCredits, Double pricePerHour, Double requestsPerMinuteAtFullCpu) {
      this(vCpus, baselinePercent, creditsPerHour, maxCredits, launchCredits, pricePerHour, requestsPerMinuteAtFullCpu,
          null);
    }
  }

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
    b.requestsPerMinuteAtFullCpu = requestsPerMinuteAtFullCpu;
    b.start = start;
    b.burnInMinutes = burnInMinutes;
    b.policyWarmupHidesMetrics = policyWarmupHidesMetrics;
    b.pendingSeconds = pendingSeconds;
    b.cloudWatchPricePerMetricMonth = cloudWatchPricePerMetricMonth;
    b.detailedMonitoringMetrics = detailedMonitoringMetrics;
    b.outsideTargets = outsideTargets;
    b.lifecycleHooks = lifecycleHooks;
    b.warmPool = warmPool;
    b.spot = spot;
    b.spotPriceProtectionPercent = spotPriceProtectionPercent;
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
    private Double requestsPerMinuteAtFullCpu;
    private String start;
    private Integer burnInMinutes;
    private Boolean policyWarmupHidesMetrics;
    private Integer pendingSeconds;
    private Double cloudWatchPricePerMetricMonth;
    private Integer detailedMonitoringMetrics;
    private OutsideTargets outsideTargets;
    private Map<String, HookTiming> lifecycleHooks;
    private WarmPoolSettings warmPool;
    private SpotSettings spot;
    private Integer spotPriceProtectionPercent;

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
    public Builder requestsPerMinuteAtFullCpu(Double v) { requestsPerMinuteAtFullCpu = v; return this; }
    public Builder start(String v) { start = v; return this; }
    public Builder burnInMinutes(Integer v) { burnInMinutes = v; return this; }
    public Builder policyWarmupHidesMetrics(Boolean v) { policyWarmupHidesMetrics = v; return this; }
    public Builder pendingSeconds(Integer v) { pendingSeconds = v; return this; }
    public Builder cloudWatchPricePerMetricMonth(Double v) { cloudWatchPricePerMetricMonth = v; return this; }
    public Builder detailedMonitoringMetrics(Integer v) { detailedMonitoringMetrics = v; return this; }
    public Builder outsideTargets(OutsideTargets v) { outsideTargets = v; return this; }
    public Builder lifecycleHooks(Map<String, HookTiming> v) { lifecycleHooks = v; return this; }
    public Builder warmPool(WarmPoolSettings v) { warmPool = v; return this; }
    public Builder spot(SpotSettings v) { spot = v; return this; }
    public Builder spotPriceProtectionPercent(Integer v) { spotPriceProtectionPercent = v; return this; }

    public SimulationSettings build() {
      return new SimulationSettings(instanceType, launchDelaySeconds, launchDelayJitterSeconds, appStartSeconds,
          detailedMonitoring, metricPublishDelaySeconds, evaluationOffsetSeconds, alarmActionDelaySeconds,
          targetTrackingAlarms, healthCheckIntervalSeconds, healthyThresholdCount, unhealthyThresholdCount,
          groupHealthCheckIntervalSeconds, deregistrationDelaySeconds, creditSpecification, initialCredits,
          cpuThresholdPercent, pricePerHour, instanceTypes, engine, requestsPerMinuteAtFullCpu, start, burnInMinutes,
          policyWarmupHidesMetrics, lifecycleHooks, warmPool, pendingSeconds, cloudWatchPricePerMetricMonth,
          detailedMonitoringMetrics, outsideTargets, spot, spotPriceProtectionPercent);
    }
  }
}
