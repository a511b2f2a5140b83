package dev.asgsim.core.policy;

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.alarm.AlarmSpec;
import dev.asgsim.core.alarm.ComparisonOperator;
import dev.asgsim.core.alarm.MetricSeries;
import dev.asgsim.core.alarm.TreatMissingData;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.forecast.Forecaster;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the engine's evaluators from a config: one {@link MetricSeries} per distinct metric, the alarms that read
 * them (a target tracking policy's managed AlarmHigh/AlarmLow pair, aws-behaviour §1.4; a step or simple policy's own alarm,
 * §4.1) and one evaluator per enabled policy, in config order, then the plug-ins.
 *
 * <p>The config must have passed {@code dev.asgsim.core.validate.Validator}, the only gate for what is acceptable;
 * a member the build cannot do without fails with one generic precondition message, not a second set of rules.
 */
final class EvaluatorFactory {

  /** What the engine runs: metrics (index order = {@code publish} index), their series, alarms and policies. */
  record Evaluators(MetricSpec[] metrics, MetricSeries[] series, Alarm[] alarms, PolicyEvaluator[] policies,
      PredictiveEvaluator[] predictive, List<String> notes) {

    /** 60, or 10 when any metric has a 10- or 30-second period (aws-behaviour §8.4 [D]: such alarms are evaluated every 10 s). */
    int evaluationIntervalSeconds() {
      for (MetricSpec m : metrics) {
        if (m.periodSeconds() < 60) {
          return ScalingEngine.HIGH_RESOLUTION_EVALUATION_SECONDS;
        }
      }
      return 60;
    }
  }

  private final String groupName;
  private final AutoScalingGroup group;
  private final EngineSettings settings;
  private final TargetTrackingAlarmProfile profile;
  private final boolean basicMonitoring;
  private final List<MetricSpec> metrics = new ArrayList<>();
  private final List<MetricSeries> series = new ArrayList<>();
  private final List<Alarm> alarms = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private EvaluatorFactory(String groupName, AutoScalingGroup group, EngineSettings settings,
      TargetTrackingAlarmProfile profile, boolean basicMonitoring) {
    this.groupName = groupName;
    this.basicMonitoring = basicMonitoring;
    this.group = group;
    this.settings = settings;
    this.profile = profile;
  }

  static Evaluators build(ScalingConfig config, String groupName, EngineSettings settings,
      TargetTrackingAlarmProfile profile, boolean basicMonitoring, List<PluginPolicy> plugins,
      Supplier<Forecaster> forecaster) {
    EvaluatorFactory f =
        new EvaluatorFactory(groupName, config.autoScalingGroup(), settings, profile, basicMonitoring);
    List<PolicyEvaluator> policies = new ArrayList<>();
    List<PredictiveEvaluator> predictive = new ArrayList<>();
    for (ScalingPolicy p : config.policies()) {
      if (!p.effectiveEnabled()) {
        continue;
      }
      switch (required(p.type(), p, "PolicyType this engine knows (got '" + p.policyType() + "')")) {
        case TargetTrackingScaling -> policies.add(f.targetTracking(p));
        case StepScaling -> policies.add(f.step(p));
        case SimpleScaling -> policies.add(f.simple(p));
        case PredictiveScaling -> {
          PredictiveEvaluator pe = f.predictive(p, forecaster.get());
          if (pe != null) {
            policies.add(pe);
            predictive.add(pe);
          }
        }
      }
    }
    for (PluginPolicy plugin : plugins) {
      plugin.metrics().forEach(f::metric); // what a plug-in reads is published like any policy's metric
    }
    policies.addAll(plugins);
    return new Evaluators(f.metrics.toArray(new MetricSpec[0]), f.series.toArray(new MetricSeries[0]),
        f.alarms.toArray(new Alarm[0]), policies.toArray(new PolicyEvaluator[0]),
        predictive.toArray(new PredictiveEvaluator[0]), List.copyOf(f.notes));
  }

  /**
   * The precondition behind every member the build needs: a validated config always has it.
   *
   * @throws IllegalArgumentException naming the owner ("policy cpu50") and the member, pointing at validation
   */
  static <T> T required(T value, String owner, String member) {
    if (value == null) {
      throw new IllegalArgumentException(owner + " has no " + member
          + "; validate the config first (asgsim validate)");
    }
    return value;
  }

  private static <T> T required(T value, ScalingPolicy policy, String member) {
    return required(value, "policy " + policy.policyName(), member);
  }

  private PolicyEvaluator targetTracking(ScalingPolicy p) {
    TargetTrackingConfiguration tt = required(p.targetTrackingConfiguration(), p, "TargetTrackingConfiguration");
    double target = required(tt.targetValue(), p, "TargetValue");
    MetricSpec metric = MetricSpec.of(tt, profile.effectivePeriodSeconds(), p.policyName());
    if (basicMonitoring && metric.kind().publishedByEc2()) {
      // Basic monitoring slows EC2's metrics only; ELB publishes RequestCountPerTarget every 60 s (aws-behaviour §1.9 [D]).
      metric = MetricSpec.of(tt, profile.forBasicMonitoring().effectivePeriodSeconds(), p.policyName());
    }
    int mi = metric(metric);
    int hi = profile.effectiveHighDatapoints();
    int lo = profile.effectiveLowDatapoints();
    Alarm high = alarm(mi, new AlarmSpec(AlarmNames.high(groupName, p.policyName()), metric.periodSeconds(), hi, hi,
        target, ComparisonOperator.GreaterThanThreshold, TreatMissingData.MISSING));
    Alarm low = null;
    boolean scaleIn = !tt.scaleInDisabled();
    if (scaleIn || settings.lowAlarmWhenScaleInDisabled()) {
      low = alarm(mi, new AlarmSpec(AlarmNames.low(groupName, p.policyName()), metric.periodSeconds(), lo, lo,
          profile.effectiveLowThresholdFactor() * target, ComparisonOperator.LessThanThreshold,
          TreatMissingData.MISSING));
    }
    return new TargetTrackingEvaluator(p.policyName(), target, scaleIn, high, low, WarmupChain.forPolicy(p, group),
        mi, settings);
  }

  /**
   * A predictive policy whose load the simulator can express (aws-behaviour §5.2: pair ASGCPUUtilization or ALBRequestCount,
   * or the matching load and scaling metrics), else null with a note: network and customized metrics have no load in
   * the simulator's model (aws-behaviour §12.2), and are never dropped silently.
   */
  private PredictiveEvaluator predictive(ScalingPolicy p, Forecaster forecaster) {
    PredictiveScalingConfiguration c = required(p.predictiveScalingConfiguration(), p,
        "PredictiveScalingConfiguration");
    PredictiveScalingConfiguration.MetricSpecification spec = required(
        c.metricSpecifications().isEmpty() ? null : c.metricSpecifications().get(0), p, "MetricSpecifications");
    PredictiveEvaluator.LoadMetric load = PredictiveEvaluator.LoadMetric.of(spec);
    if (load == null) {
      notes.add("predictive policy " + p.policyName() + ": its metric specification (network or customized metrics) "
          + "has no load in the simulator's model (aws-behaviour §12.2); it neither forecasts nor scales here");
      return null;
    }
    boolean increase = "IncreaseMaxCapacity".equals(c.maxCapacityBreachBehavior());
    return new PredictiveEvaluator(p.policyName(), required(spec.targetValue(), p, "TargetValue"),
        "ForecastAndScale".equals(c.mode()), c.schedulingBufferTime() == null
            ? PredictiveEvaluator.DEFAULT_SCHEDULING_BUFFER_SECONDS : c.schedulingBufferTime(),
        increase ? (c.maxCapacityBuffer() == null ? 0 : c.maxCapacityBuffer()) : -1, load, forecaster,
        WarmupChain.forOther(group));
  }


  private PolicyEvaluator step(ScalingPolicy p) {
    return new StepEvaluator(p.policyName(), userAlarm(p), AdjustmentType.parse(p.adjustmentType(), p.policyName()),
        minAdjustmentMagnitude(p), MetricAggregation.parse(p.effectiveMetricAggregationType(), p.policyName()),
        required(p.stepAdjustments(), p, "StepAdjustments"), WarmupChain.forPolicy(p, group));
  }

  private PolicyEvaluator simple(ScalingPolicy p) {
    int cooldown = p.cooldown() != null ? p.cooldown() : group.effectiveDefaultCooldown();
    return new SimpleEvaluator(p.policyName(), userAlarm(p), AdjustmentType.parse(p.adjustmentType(), p.policyName()),
        required(p.scalingAdjustment(), p, "ScalingAdjustment"), minAdjustmentMagnitude(p), cooldown,
        WarmupChain.forOther(group));
  }

  private static int minAdjustmentMagnitude(ScalingPolicy p) {
    return p.effectiveMinAdjustmentMagnitude() == null ? 0 : p.effectiveMinAdjustmentMagnitude();
  }

  private Alarm userAlarm(ScalingPolicy p) {
    required(p.alarm(), p, "Alarm (the CloudWatch alarm that triggers it)");
    int mi = metric(MetricSpec.of(p.alarm()));
    return alarm(mi, AlarmSpec.of(p.alarm(), p.policyName() + "-alarm"));
  }

  /** The index of {@code m}'s series, added on first use: policies on the same metric share one series. */
  private int metric(MetricSpec m) {
    int i = metrics.indexOf(m);
    if (i >= 0) {
      return i;
    }
    metrics.add(m);
    series.add(new MetricSeries(m.periodSeconds(), 2));
    return metrics.size() - 1;
  }

  private Alarm alarm(int metric, AlarmSpec spec) {
    int extra = settings.extraEvaluationRange();
    MetricSeries s = series.get(metric);
    s.ensureCapacity(spec.evaluationPeriods() + extra);
    Alarm a = new Alarm(spec, s, extra);
    alarms.add(a);
    return a;
  }
}
