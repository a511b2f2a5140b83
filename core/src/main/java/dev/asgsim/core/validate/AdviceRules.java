package dev.asgsim.core.validate;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.MetricAlarm;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.StepAdjustment;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.instance.InstanceType;
import dev.asgsim.core.instance.InstanceTypes;
import dev.asgsim.core.text.Numbers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Warnings and advice: configurations AWS accepts that are known traps (aws-behaviour §1.9, §2, §8, §9.11 item 14, §14). */
final class AdviceRules {
  /** aws-behaviour §1.1 [D]: metrics that do not fall when capacity rises (plain counts, latency, queue depth). */
  static final Set<String> NOT_PROPORTIONAL = Set.of("RequestCount", "Latency", "TargetResponseTime",
      "ApproximateNumberOfMessagesVisible", "ApproximateNumberOfMessagesNotVisible", "ApproximateAgeOfOldestMessage",
      "ApproximateNumberOfMessagesDelayed");
  private static final String CPU = "ASGAverageCPUUtilization";

  private AdviceRules() {}

  static void check(ScalingConfig config, Advising f) {
    AutoScalingGroup g = config.autoScalingGroup();
    List<ScalingPolicy> policies = config.policies();
    SimulationSettings sim = config.effectiveSimulation();
    for (int i = 0; i < policies.size(); i++) {
      ScalingPolicy p = policies.get(i);
      if (p == null || p.type() == null || !p.effectiveEnabled()) {
        continue;
      }
      String path = "ScalingPolicies[" + i + "]";
      TargetTrackingConfiguration tt = p.targetTrackingConfiguration();
      if (p.type() == PolicyType.TargetTrackingScaling && tt != null) {
        basicMonitoring(tt, sim, path, f);
        requestCost(tt, sim, path, f);
        burstable(tt, sim, path, f);
        notProportional(tt, path, f);
        disableScaleIn(config, i, tt, path, f);
      }
      if (p.type() == PolicyType.StepScaling && p.alarm() != null) {
        sameMetric(policies, p.alarm(), path, f);
      }
      if (g != null && (p.type() == PolicyType.TargetTrackingScaling || p.type() == PolicyType.StepScaling)
          && p.estimatedInstanceWarmup() == null
          && (g.defaultInstanceWarmup() == null || g.defaultInstanceWarmup() == -1)) {
        f.warning("no-warmup", path, "neither EstimatedInstanceWarmup nor the group's DefaultInstanceWarmup is set, "
                + "so AWS silently uses DefaultCooldown (" + g.effectiveDefaultCooldown() + " s) as the warm-up "
                + "(aws-behaviour §2.1, §14.5)",
            "set AutoScalingGroup.DefaultInstanceWarmup to the seconds an instance needs before its metrics "
                + "are representative");
      }
      if (g != null && sim.appStartSeconds() != null
          && (p.type() == PolicyType.TargetTrackingScaling || p.type() == PolicyType.StepScaling)) {
        int warmup = p.estimatedInstanceWarmup() != null ? p.estimatedInstanceWarmup()
            : g.defaultInstanceWarmup() != null && g.defaultInstanceWarmup() >= 0 ? g.defaultInstanceWarmup()
            : g.effectiveDefaultCooldown();
        if (warmup < sim.appStartSeconds()) {
          f.warning("warmup-shorter-than-startup", path, "the warm-up (" + warmup + " s) ends before the "
                  + "application serves (Simulation.AppStartSeconds " + sim.appStartSeconds() + " s): idle new "
                  + "instances enter the metric while the old ones still carry the load, and the policy adds "
                  + "more (aws-behaviour §2.2, §14.5)",
              "set the warm-up (EstimatedInstanceWarmup or DefaultInstanceWarmup) to at least the start-up time");
        }
      }
      if (p.type() == PolicyType.SimpleScaling) {
        f.advice("simple-scaling", path + ".PolicyType", "simple scaling ignores alarms during its activity and "
                + "cooldown (aws-behaviour §3, §4.1, §9.11 item 14)",
            "use StepScaling (it keeps responding while instances warm up) or TargetTrackingScaling");
      }
    }
    if (g != null) {
      group(g, sim, f);
    }
    long scaleInTt = policies.stream().filter(p -> p != null && p.type() == PolicyType.TargetTrackingScaling
        && p.effectiveEnabled() && p.targetTrackingConfiguration() != null
        && !p.targetTrackingConfiguration().scaleInDisabled()).count();
    if (scaleInTt > 1) {
      f.advice("multiple-tt-scale-in", "ScalingPolicies", scaleInTt + " target tracking policies can scale in; the "
              + "group scales in only when all of them agree, so one idle metric blocks scale-in (aws-behaviour §1.7, §14.3)",
          "set DisableScaleIn: true on the policies that should only scale out");
    }
  }

  private static void group(AutoScalingGroup g, SimulationSettings sim, Advising f) {
    Set<String> types = g.healthCheckTypes();
    boolean lbChecks = types.contains("ELB") || types.contains("VPC_LATTICE");
    if (lbChecks && !g.hasLoadBalancer()) {
      f.warning("health-check-without-load-balancer", GroupRules.G + ".HealthCheckType", "HealthCheckType "
              + g.healthCheckType() + " needs a load balancer, target group or traffic source, and the group has "
              + "none: those checks never run (aws-behaviour §6.1, §9.11 item 4)",
          "attach the target group (TargetGroupARNs/TrafficSources) or use HealthCheckType: EC2");
    }
    boolean launchHook = Checks.orEmpty(g.lifecycleHookSpecificationList()).stream()
        .anyMatch(h -> h != null && LifecycleHookSpecification.LAUNCHING.equals(h.lifecycleTransition()));
    boolean graceMatters = lbChecks || types.contains("EBS");
    int grace = g.effectiveHealthCheckGracePeriod();
    int startup = sim.effectiveAppStartSeconds();
    if (graceMatters && !launchHook && grace < startup) {
      f.warning("grace-shorter-than-startup", GroupRules.G + ".HealthCheckGracePeriod", "HealthCheckGracePeriod "
              + grace + " s is shorter than the " + startup + " s the application needs after InService "
              + "(Simulation.AppStartSeconds): new instances fail " + String.join("/", types)
              + " checks and are replaced in a loop (aws-behaviour §6.2, §11.4)",
          "raise HealthCheckGracePeriod above the start-up time, or gate InService with a launch lifecycle hook"
              + (g.healthCheckGracePeriod() == null ? " (the API's default is 0 s, not the console's 300 s)" : ""));
    }
    if (g.defaultInstanceWarmup() == null) {
      f.advice("default-instance-warmup-unset", GroupRules.G, "DefaultInstanceWarmup is not set; AWS recommends "
              + "enabling it, even at 0, so every launch (not only policy launches) is warmed up (aws-behaviour §2.1)",
          "set AutoScalingGroup.DefaultInstanceWarmup (seconds until an instance's metrics are representative)");
    }
  }

  private static void basicMonitoring(TargetTrackingConfiguration tt, SimulationSettings sim, String path,
      Advising f) {
    var pre = tt.predefinedMetricSpecification();
    boolean ec2Metric = pre != null && pre.predefinedMetricType() != null
        && pre.predefinedMetricType().startsWith("ASGAverage");
    if (ec2Metric && !sim.effectiveDetailedMonitoring()) {
      f.warning("tt-basic-monitoring", path + ".TargetTrackingConfiguration", "target tracking on "
              + pre.predefinedMetricType() + " with basic (5-minute) monitoring reacts in about 15 minutes instead "
              + "of 3 (aws-behaviour §1.9, §14.2)",
          "enable detailed monitoring in the launch template (Monitoring.Enabled=true) and set "
              + "Simulation.DetailedMonitoring: true");
    }
  }

  /** aws-behaviour §12.2 [I]: "one number cannot be both 1 500 requests/min and 1 500 % CPU". */
  private static void requestCost(TargetTrackingConfiguration tt, SimulationSettings sim, String path, Advising f) {
    var pre = tt.predefinedMetricSpecification();
    if (pre != null && "ALBRequestCountPerTarget".equals(pre.predefinedMetricType())
        && sim.effectiveRequestsPerMinuteAtFullCpu() == null) {
      f.warning("request-cpu-cost", path + ".TargetTrackingConfiguration", "a policy on ALBRequestCountPerTarget "
              + "is simulated without the CPU a request costs, so the load is read both as requests per minute and "
              + "as percent of one instance's CPU (aws-behaviour §12.2)",
          "set Simulation.RequestsPerMinuteAtFullCpu (or Simulation.InstanceTypes.<type>.RequestsPerMinuteAtFullCpu): "
              + "the requests per minute one instance serves at 100 % CPU");
    }
  }

  private static void burstable(TargetTrackingConfiguration tt, SimulationSettings sim, String path, Advising f) {
    var pre = tt.predefinedMetricSpecification();
    if (pre == null || !CPU.equals(pre.predefinedMetricType()) || tt.targetValue() == null
        || sim.instanceType() == null) {
      return;
    }
    Optional<InstanceType> type = InstanceTypes.find(sim.instanceType());
    var override = sim.instanceTypes() == null ? null : sim.instanceTypes().get(sim.instanceType());
    double baseline;
    boolean burstable;
    boolean unlimited;
    if (override != null && override.baselinePercent() != null) {
      baseline = override.baselinePercent();
      burstable = baseline < 100;
      unlimited = type.map(InstanceType::unlimitedByDefault).orElse(false);
    } else if (type.isPresent()) {
      baseline = type.get().baselinePercent();
      burstable = type.get().burstable();
      unlimited = type.get().unlimitedByDefault();
    } else {
      return;
    }
    double target = tt.targetValue();
    if (burstable && target > baseline) {
      String name = sim.instanceType().toLowerCase(Locale.ROOT);
      f.warning("burstable-cpu-target", path + ".TargetTrackingConfiguration.TargetValue", name + " earns CPU "
              + "credits for " + Numbers.oneDecimal(baseline) + " % CPU (its baseline); a target of " + Numbers.oneDecimal(target) + " % keeps "
              + "every instance above it, spending credits until "
              + (unlimited ? "surplus credits are billed (unlimited mode)" : "it is throttled to " + Numbers.oneDecimal(baseline)
                  + " % and the reported CPU falls, which can even trigger scale-in")
              + " (aws-behaviour §8.1, §11.2)",
          "target at most " + Numbers.oneDecimal(baseline) + " %, or use a non-burstable type (e.g. c6i.large), or scale on "
              + "ALBRequestCountPerTarget");
    }
  }

  private static void notProportional(TargetTrackingConfiguration tt, String path, Advising f) {
    var c = tt.customizedMetricSpecification();
    if (c != null && c.metricName() != null && NOT_PROPORTIONAL.contains(c.metricName())) {
      f.warning("tt-metric-not-proportional", path + ".TargetTrackingConfiguration.CustomizedMetricSpecification"
              + ".MetricName", c.metricName() + " does not fall when capacity rises, so target tracking keeps "
              + "adding instances (aws-behaviour §1.1)",
          "track a per-instance metric: ALBRequestCountPerTarget, or metric math such as backlog per instance "
              + "(m1 / GroupInServiceInstances)");
    }
  }

  private static void disableScaleIn(ScalingConfig config, int index, TargetTrackingConfiguration tt, String path,
      Advising f) {
    if (!tt.scaleInDisabled()) {
      return;
    }
    List<ScalingPolicy> policies = config.policies();
    for (int i = 0; i < policies.size(); i++) {
      ScalingPolicy p = policies.get(i);
      if (i == index || p == null || p.type() == null || !p.effectiveEnabled()) {
        continue;
      }
      if (canScaleIn(p)) {
        return;
      }
    }
    for (ScheduledAction a : config.actions()) {
      if (a != null && (a.desiredCapacity() != null || a.maxSize() != null)) {
        return;
      }
    }
    f.warning("disable-scale-in-only", path + ".TargetTrackingConfiguration.DisableScaleIn", "DisableScaleIn is "
            + "true and nothing else scales in: the group only ever grows, back down to MinSize never (aws-behaviour §1.7)",
        "add a scale-in policy or scheduled action, or set DisableScaleIn: false");
  }

  private static boolean canScaleIn(ScalingPolicy p) {
    switch (p.type()) {
      case TargetTrackingScaling:
        return p.targetTrackingConfiguration() != null && !p.targetTrackingConfiguration().scaleInDisabled();
      case SimpleScaling:
        return p.scalingAdjustment() != null
            && (p.scalingAdjustment() < 0 || "ExactCapacity".equals(p.adjustmentType()));
      case StepScaling:
        for (StepAdjustment s : Checks.orEmpty(p.stepAdjustments())) {
          if (s != null && s.scalingAdjustment() != null
              && (s.scalingAdjustment() < 0 || "ExactCapacity".equals(p.adjustmentType()))) {
            return true;
          }
        }
        return false;
      default:
        return false;
    }
  }

  /** Step and target tracking on one metric fight (aws-behaviour §1.7, §14.6). */
  private static void sameMetric(List<ScalingPolicy> policies, MetricAlarm alarm, String path, Advising f) {
    for (ScalingPolicy p : policies) {
      if (p == null || p.type() != PolicyType.TargetTrackingScaling || p.targetTrackingConfiguration() == null
          || !p.effectiveEnabled()) {
        continue;
      }
      String[] metric = metricOf(p.targetTrackingConfiguration());
      if (metric != null && metric[0].equals(alarm.namespace()) && metric[1].equals(alarm.metricName())) {
        f.warning("tt-step-same-metric", path + ".Alarm.MetricName", "this step policy and target tracking policy "
                + p.policyName() + " both scale on " + metric[0] + " " + metric[1] + ": the step policy can scale in "
                + "before target tracking is ready and target tracking then scales out again (aws-behaviour §1.7, §14.6)",
            "use one policy type per metric");
        return;
      }
    }
  }

  private static String[] metricOf(TargetTrackingConfiguration tt) {
    var pre = tt.predefinedMetricSpecification();
    if (pre != null && pre.predefinedMetricType() != null) {
      return switch (pre.predefinedMetricType()) {
        case CPU -> new String[] {"AWS/EC2", "CPUUtilization"};
        case "ASGAverageNetworkIn" -> new String[] {"AWS/EC2", "NetworkIn"};
        case "ASGAverageNetworkOut" -> new String[] {"AWS/EC2", "NetworkOut"};
        case TargetTrackingRules.ALB_METRIC -> new String[] {"AWS/ApplicationELB", "RequestCountPerTarget"};
        default -> null;
      };
    }
    var c = tt.customizedMetricSpecification();
    if (c != null && c.namespace() != null && c.metricName() != null) {
      return new String[] {c.namespace(), c.metricName()};
    }
    return null;
  }
}
