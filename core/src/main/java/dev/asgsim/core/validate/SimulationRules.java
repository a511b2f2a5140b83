// Over 300 lines because every sanity check of the Simulation section (one per setting, each a few lines) is one rule
// set whose findings share the section's paths; AWS's own rules live in the other *Rules classes.
package dev.asgsim.core.validate;

import dev.asgsim.core.config.EngineParameters;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.core.config.SimulationSettings.InstanceTypeOverride;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import dev.asgsim.core.forecast.Forecasters;
import dev.asgsim.core.instance.InstanceTypes;
import dev.asgsim.core.policy.ConfigSpelled;
import dev.asgsim.core.policy.InstanceCountSource;
import dev.asgsim.core.policy.MetricValueSource;
import java.util.List;
import java.util.Map;

/** The Simulation section: what AWS does not know, checked for sanity (not AWS rules). */
final class SimulationRules {
  static final String S = "Simulation";

  private SimulationRules() {}

  static void check(SimulationSettings s, Findings f) {
    if (s == null) {
      return;
    }
    nonNegative(s.launchDelaySeconds(), "LaunchDelaySeconds", f);
    nonNegative(s.appStartSeconds(), "AppStartSeconds", f);
    nonNegative(s.metricPublishDelaySeconds(), "MetricPublishDelaySeconds", f);
    nonNegative(s.alarmActionDelaySeconds(), "AlarmActionDelaySeconds", f);
    nonNegative(s.launchDelayJitterSeconds(), "LaunchDelayJitterSeconds", f);
    nonNegative(s.deregistrationDelaySeconds(), "DeregistrationDelaySeconds", f);
    atLeastOne(s.healthCheckIntervalSeconds(), "HealthCheckIntervalSeconds", f);
    atLeastOne(s.groupHealthCheckIntervalSeconds(), "GroupHealthCheckIntervalSeconds", f);
    atLeastOne(s.healthyThresholdCount(), "HealthyThresholdCount", f);
    atLeastOne(s.unhealthyThresholdCount(), "UnhealthyThresholdCount", f);
    if (s.evaluationOffsetSeconds() != null && (s.evaluationOffsetSeconds() < 0 || s.evaluationOffsetSeconds() > 59)) {
      f.error("simulation-range", S + ".EvaluationOffsetSeconds", "EvaluationOffsetSeconds must be from 0 to 59: "
          + "the second within each minute at which alarms are evaluated (aws-behaviour §11.3)", "use 30, the default");
    }
    if (s.cpuThresholdPercent() != null && !(s.cpuThresholdPercent() > 0 && s.cpuThresholdPercent() <= 100)) {
      f.error("simulation-range", S + ".CpuThresholdPercent", "CpuThresholdPercent must be above 0 and at most 100: "
          + "minutes with CPU above it count against the SLO", "use 80, the default");
    }
    if (s.initialCredits() != null && !(s.initialCredits() >= 0 && Double.isFinite(s.initialCredits()))) {
      f.error("simulation-range", S + ".InitialCredits", "InitialCredits must be 0 or more (aws-behaviour §8.1)",
          "leave it out to start with the type's launch credits");
    }
    if (s.pricePerHour() != null && (!Double.isFinite(s.pricePerHour()) || s.pricePerHour() < 0)) {
      f.error("simulation-price", S + ".PricePerHour", "PricePerHour must be 0 or more (aws-behaviour §12)", "write a price in USD per "
          + "hour, e.g. 0.0058");
    }
    requestCost(s.requestsPerMinuteAtFullCpu(), S + ".RequestsPerMinuteAtFullCpu", f);
    if (s.start() != null && SimulationSettings.Start.parse(s.start()) == null) {
      f.error("simulation-start", S + ".Start", "'" + s.start() + "' is not Steady or Cold (aws-behaviour §12.1)",
          "write Steady (a group that has been running, the default) or Cold (a group created at the start)");
    }
    spotMaps(s, f);
    Double discount = s.spot() == null ? null : s.spot().discountPercent();
    if (discount != null && !(discount >= 0 && discount < 100)) {
      f.error("simulation-range", S + ".Spot.DiscountPercent", "Spot.DiscountPercent must be 0 or more and under 100: "
          + "the Spot price as a discount off the On-Demand price (aws-behaviour §7.11: \"up to 90%\")",
          "write the pool's discount, e.g. 70 for a Spot price of 30 % of On-Demand");
    }
    spotInterruptions(s.spot(), f);
    Integer protection = s.spotPriceProtectionPercent();
    if (protection != null && protection < 0) {
      f.error("simulation-range", S + ".SpotPriceProtectionPercent", "SpotPriceProtectionPercent " + protection
          + " is below 0 (aws-behaviour §7.11)", "write how many percent above the lowest priced C, M or R type a Spot "
          + "type may cost, e.g. 100 (the default)");
    }
    if (s.burnInMinutes() != null && s.burnInMinutes() < 0) {
      f.error("simulation-burn-in", S + ".BurnInMinutes", "BurnInMinutes cannot be negative (aws-behaviour §12.1)",
          "use 0 (the default) or the minutes to leave out of the scores");
    }
    nonNegative(s.pendingSeconds(), "PendingSeconds", f);
    if (s.pendingSeconds() != null && s.pendingSeconds() > s.effectiveLaunchDelaySeconds()) {
      f.warning("simulation-pending", S + ".PendingSeconds", "PendingSeconds " + s.pendingSeconds() + " is longer than "
          + "LaunchDelaySeconds " + s.effectiveLaunchDelaySeconds() + ": an instance is running before it is InService "
          + "(aws-behaviour §6.4), so billing starts at InService here", "make PendingSeconds at most LaunchDelaySeconds");
    }
    if (s.cloudWatchPricePerMetricMonth() != null && !(Double.isFinite(s.cloudWatchPricePerMetricMonth())
        && s.cloudWatchPricePerMetricMonth() >= 0)) {
      f.error("simulation-price", S + ".CloudWatchPricePerMetricMonth", "CloudWatchPricePerMetricMonth must be 0 or more"
          + " (aws-behaviour §8.1)", "write USD per metric-month, e.g. 0.30 (us-east-1, first 10,000 metrics)");
    }
    if (s.detailedMonitoringMetrics() != null && s.detailedMonitoringMetrics() < 0) {
      f.error("simulation-range", S + ".DetailedMonitoringMetrics", "DetailedMonitoringMetrics cannot be negative "
          + "(aws-behaviour §8.1)", "leave it out for AWS's 7 metrics per instance");
    }
    Map<String, InstanceTypeOverride> overrides = s.instanceTypes() == null ? Map.of() : s.instanceTypes();
    if (s.instanceType() != null && InstanceTypes.find(s.instanceType()).isEmpty()
        && !overrides.containsKey(s.instanceType())) {
      f.error("simulation-instance-type", S + ".InstanceType", "instance type " + s.instanceType()
              + " is not in the built-in table (aws-behaviour §8.1, §12)" + Checks.didYouMean(s.instanceType(), InstanceTypes.all().keySet()),
          "fix the name, or describe it under Simulation.InstanceTypes." + s.instanceType()
              + " (VCpus, BaselinePercent, PricePerHour)");
    }
    String credits = s.creditSpecification();
    if (credits != null && !credits.trim().equalsIgnoreCase("standard") && !credits.trim().equalsIgnoreCase("unlimited")) {
      f.error("simulation-credit-specification", S + ".CreditSpecification", "CreditSpecification '" + credits
          + "' must be standard or unlimited (aws-behaviour §8.1)", "write standard or unlimited, or leave it out for the "
          + "instance family's default");
    }
    for (Map.Entry<String, InstanceTypeOverride> e : overrides.entrySet()) {
      override(e.getKey(), e.getValue(), f);
    }
    if (s.engine() != null) {
      engine(s.engine(), f);
    }
    TargetTrackingAlarmProfile p = s.targetTrackingAlarms();
    if (p != null) {
      String path = S + ".TargetTrackingAlarms";
      if (p.highDatapoints() != null && p.highDatapoints() < 1) {
        f.error("simulation-alarm-profile", path + ".HighDatapoints", "HighDatapoints must be at least 1 (aws-behaviour §1.4)",
            "use 3, AWS's observed value (aws-behaviour §1.4)");
      }
      if (p.lowDatapoints() != null && p.lowDatapoints() < 1) {
        f.error("simulation-alarm-profile", path + ".LowDatapoints", "LowDatapoints must be at least 1 (aws-behaviour §1.4)",
            "use 15, AWS's observed value (aws-behaviour §1.4)");
      }
      if (p.lowThresholdFactor() != null && !(p.lowThresholdFactor() > 0 && p.lowThresholdFactor() <= 1)) {
        f.error("simulation-alarm-profile", path + ".LowThresholdFactor", "LowThresholdFactor must be above 0 and "
            + "at most 1 (aws-behaviour §1.4)", "use 0.7, AWS's observed value for EC2 groups (aws-behaviour §1.4)");
      }
      if (p.periodSeconds() != null && p.periodSeconds() <= 0) {
        f.error("simulation-alarm-profile", path + ".PeriodSeconds", "PeriodSeconds must be above 0 (aws-behaviour §1.4)",
            "use 60 (aws-behaviour §1.4)");
      }
    }
  }

  /** {@code Simulation.Engine}: the control plane's readings of what AWS leaves open (aws-behaviour §13). */
  private static void engine(EngineParameters e, Findings f) {
    String path = S + ".Engine";
    oneOf(path + ".MetricValue", e.metricValue(), MetricValueSource.class, "§13 Q1", f);
    oneOf(path + ".InstanceCount", e.instanceCount(), InstanceCountSource.class, "§1.5", f);
    if (e.maxScaleInStep() != null && e.maxScaleInStep() < 1) {
      f.error("simulation-engine", path + ".MaxScaleInStep", "MaxScaleInStep must be at least 1 (aws-behaviour §13 Q5)",
          "leave it out for no cap, or write how many instances one target tracking scale-in may remove");
    }
    Integer delay = e.scheduledActionDelaySeconds();
    if (delay != null && (delay < 0 || delay > EngineParameters.MAX_SCHEDULED_ACTION_DELAY_SECONDS)) {
      f.error("simulation-engine", path + ".ScheduledActionDelaySeconds", "ScheduledActionDelaySeconds must be "
          + "between 0 and " + EngineParameters.MAX_SCHEDULED_ACTION_DELAY_SECONDS + " (aws-behaviour §5.1: actions \"may be "
          + "delayed up to 2 minutes\")", "use 0 (the default) to 120");
    }
    if (e.extraEvaluationRange() != null && e.extraEvaluationRange() < 0) {
      f.error("simulation-engine", path + ".ExtraEvaluationRange", "ExtraEvaluationRange cannot be negative "
          + "(aws-behaviour §8.4)", "use 2 (the default: an evaluation range of 5 for 3 datapoints)");
    }
    if (e.forecaster() != null && !Forecasters.names().contains(e.forecaster())) {
      List<String> known = Forecasters.names().stream().sorted().toList();
      f.error("simulation-engine", path + ".Forecaster", "no forecaster named '" + e.forecaster() + "' (aws-behaviour §5.2)"
          + Checks.didYouMean(e.forecaster(), known), "write one of " + String.join(", ", known));
    }
    Double eps = e.capacityEpsilon();
    if (eps != null && !(eps >= 0 && eps < 0.5)) {
      f.error("simulation-engine", path + ".CapacityEpsilon", "CapacityEpsilon must be at least 0 and below 0.5 "
          + "(aws-behaviour §1.5)", "use 1e-6 (the default)");
    }
  }

  /** An error unless {@code value} is absent or one of {@code type}'s config spellings. */
  private static <E extends Enum<E> & ConfigSpelled> void oneOf(String path, String value, Class<E> type,
      String section, Findings f) {
    if (value == null || ConfigSpelled.parse(type, value) != null) {
      return;
    }
    List<String> accepted = ConfigSpelled.spellings(type);
    f.error("simulation-engine", path, "'" + value + "' is not one of " + String.join(", ", accepted) + " (aws-behaviour "
        + section + ")" + Checks.didYouMean(value, accepted), "write one of " + String.join(", ", accepted));
  }

  /**
   * Targets outside the group (aws-behaviour §12.1a): a count of 0 or more, a known type, and a load balancer to
   * register them with.
   */
  static void outsideTargets(ScalingConfig config, Findings f) {
    SimulationSettings s = config.simulation();
    if (s == null || s.outsideTargets() == null) {
      return;
    }
    SimulationSettings.OutsideTargets o = s.outsideTargets();
    String path = S + ".OutsideTargets";
    if (o.count() != null && o.count() < 0) {
      f.error("simulation-outside-targets", path + ".Count", "Count cannot be negative (aws-behaviour §12.1a)",
          "write how many targets outside the group the target group holds, e.g. 1");
    }
    String type = o.instanceType();
    Map<String, InstanceTypeOverride> overrides = s.instanceTypes() == null ? Map.of() : s.instanceTypes();
    if (type != null && InstanceTypes.find(type).isEmpty() && !overrides.containsKey(type)) {
      f.error("simulation-outside-targets", path + ".InstanceType", "instance type " + type + " is not in the built-in "
              + "table (aws-behaviour §12.1a)" + Checks.didYouMean(type, InstanceTypes.all().keySet()),
          "fix the name, or leave it out for the group's InstanceType");
    }
    if (o.effectiveCount() > 0 && !config.autoScalingGroup().hasLoadBalancer()) {
      f.error("simulation-outside-targets", path, "outside targets share a load balancer's target group with the group "
              + "(aws-behaviour §12.1a), but the group has no TargetGroupARNs or LoadBalancerNames",
          "attach the target group (TargetGroupARNs) or remove OutsideTargets");
    }
  }

  /** {@code Simulation.Spot.PricePerHour} (≥ 0) and {@code PoolCapacity} (> 0) per instance type (aws-behaviour §7.11). */
  private static void spotMaps(SimulationSettings s, Findings f) {
    if (s.spot() == null) {
      return;
    }
    if (s.spot().pricePerHour() != null) {
      s.spot().pricePerHour().forEach((type, v) -> {
        if (v == null || !(Double.isFinite(v) && v >= 0)) {
          f.error("simulation-price", S + ".Spot.PricePerHour." + type, "a Spot price must be 0 or more USD per "
              + "instance-hour (aws-behaviour §7.11)", "write the pool's price, e.g. 0.031");
        }
      });
    }
    String align = s.spot().historyAlignment();
    if (align != null && !align.trim().equalsIgnoreCase(SpotSettings.TIMESTAMPS)
        && !align.trim().equalsIgnoreCase(SpotSettings.RUN_START)) {
      f.error("simulation-range", S + ".Spot.HistoryAlignment", "HistoryAlignment is Timestamps (the histories' "
          + "times as written) or RunStart (each history moved to begin at the run's start), not '" + align + "'",
          "write Timestamps or RunStart");
    }
    if (s.spot().poolCapacity() != null) {
      s.spot().poolCapacity().forEach((type, v) -> {
        if (v == null || !(Double.isFinite(v) && v > 0)) {
          f.error("simulation-range", S + ".Spot.PoolCapacity." + type, "a pool's relative spare capacity must be "
              + "above 0 (aws-behaviour §7.11: AWS does not publish it, the file says it)",
              "write a positive number; higher means more spare capacity, 1 is the default");
        }
      });
    }
  }

  private static void requestCost(Double v, String path, Findings f) {
    if (v != null && !(Double.isFinite(v) && v > 0)) {
      f.error("simulation-request-cost", path, "RequestsPerMinuteAtFullCpu must be above 0 (aws-behaviour §12.2)",
          "write the requests per minute one instance serves at 100 % CPU, e.g. 2000");
    }
  }

  private static void nonNegative(Integer v, String member, Findings f) {
    if (v != null && v < 0) {
      f.error("simulation-delay", S + "." + member, member + " cannot be negative (aws-behaviour §12)", "use 0 or more seconds");
    }
  }

  private static void atLeastOne(Integer v, String member, Findings f) {
    if (v != null && v < 1) {
      f.error("simulation-range", S + "." + member, member + " must be at least 1", "leave it out for the default");
    }
  }

  private static void override(String name, InstanceTypeOverride o, Findings f) {
    String path = S + ".InstanceTypes." + name;
    if (o == null) {
      f.error("simulation-instance-type", path, "an empty instance type override (aws-behaviour §8.1)", "describe the type or remove it");
      return;
    }
    if (o.vCpus() != null && o.vCpus() < 1) {
      f.error("simulation-instance-type", path + ".VCpus", "VCpus must be at least 1 (aws-behaviour §8.1)", "write the vCPU count");
    }
    if (o.memoryMiB() != null && o.memoryMiB() < 1) {
      f.error("simulation-instance-type", path + ".MemoryMiB", "MemoryMiB must be at least 1 (aws-behaviour §7.11)",
          "write the type's memory in MiB, e.g. 8192 for 8 GiB");
    }
    requestCost(o.requestsPerMinuteAtFullCpu(), path + ".RequestsPerMinuteAtFullCpu", f);
    if (o.cpuCapacity() != null && !(Double.isFinite(o.cpuCapacity()) && o.cpuCapacity() > 0)) {
      f.error("simulation-instance-type", path + ".CpuCapacity", "CpuCapacity must be above 0: what one instance "
          + "serves at 100 % CPU in instances of Simulation.InstanceType (aws-behaviour §7.11)",
          "write e.g. 2 for a type twice as fast, or leave it out for the type's WeightedCapacity");
    }
    if (o.baselinePercent() != null && !(o.baselinePercent() > 0 && o.baselinePercent() <= 100)) {
      f.error("simulation-instance-type", path + ".BaselinePercent", "BaselinePercent must be above 0 and at most "
          + "100 (aws-behaviour §8.1)", "write the baseline per vCPU, e.g. 5 for t2.nano");
    }
    for (Double d : new Double[] {o.creditsPerHour(), o.maxCredits(), o.launchCredits(), o.pricePerHour()}) {
      if (d != null && (!Double.isFinite(d) || d < 0)) {
        f.error("simulation-instance-type", path, "credit and price figures must be 0 or more (aws-behaviour §8.1)",
            "fix the negative figure");
        return;
      }
    }
  }

  /** {@code Simulation.Spot}'s hazard and lead (aws-behaviour §7.7). */
  private static void spotInterruptions(SpotSettings spot, Findings f) {
    if (spot == null) {
      return;
    }
    Double rate = spot.interruptionsPerInstanceHour();
    if (rate != null && !(Double.isFinite(rate) && rate >= 0 && rate <= 60)) {
      f.error("simulation-range", S + ".Spot.InterruptionsPerInstanceHour", "Spot.InterruptionsPerInstanceHour must "
          + "be 0 or more (at most 60, one a minute): rebalance recommendations, each followed by an interruption, "
          + "per Spot instance-hour (aws-behaviour §7.7)", "write e.g. 0.000274 for 20 % of instances a month "
          + "(the Spot Instance Advisor's \">20%\" bucket: 0.20 / 730 h)");
    }
    Integer lead = spot.rebalanceLeadSeconds();
    if (lead != null && lead < 0) {
      f.error("simulation-range", S + ".Spot.RebalanceLeadSeconds", "Spot.RebalanceLeadSeconds cannot be negative: "
          + "the rebalance recommendation comes before or \"along with the two-minute interruption notice\" "
          + "(aws-behaviour §7.7)", "use 0 (the default, the documented worst case) or the lead you observe");
    }
  }
}
