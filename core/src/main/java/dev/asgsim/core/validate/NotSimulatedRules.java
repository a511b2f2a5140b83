package dev.asgsim.core.validate;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScalingProcess;
import dev.asgsim.core.policy.MetricKind;
import dev.asgsim.core.policy.MetricSpec;
import dev.asgsim.core.policy.PredictiveEvaluator;
import java.util.Arrays;
import java.util.List;

/**
 * What AWS accepts and would act on but the simulator does not simulate (yet): never "0 findings" and a silent wrong
 * answer (issue 11 item 13). {@code simulate} repeats each in its notes. Also the names of suspended processes.
 */
final class NotSimulatedRules {
  private NotSimulatedRules() {}

  static void check(ScalingConfig config, Findings f) {
    AutoScalingGroup g = config.autoScalingGroup();
    if (g != null) {
      group(g, f);
    }
    List<ScalingPolicy> policies = config.policies();
    for (int i = 0; i < policies.size(); i++) {
      ScalingPolicy p = policies.get(i);
      if (p == null || p.type() == null || !p.effectiveEnabled()) {
        continue;
      }
      String path = "ScalingPolicies[" + i + "]";
      if (p.type() == PolicyType.PredictiveScaling && p.predictiveScalingConfiguration() != null
          && "ForecastAndScale".equals(p.predictiveScalingConfiguration().mode())
          && !p.predictiveScalingConfiguration().metricSpecifications().isEmpty()
          && PredictiveEvaluator.LoadMetric.of(p.predictiveScalingConfiguration().metricSpecifications().get(0))
              == null) {
        f.warning("not-simulated-predictive", path, "predictive scaling in ForecastAndScale mode would set a capacity "
                + "floor ahead of forecast load (aws-behaviour §5.2); the simulator forecasts CPU and ALB request "
                + "loads only, not network or customized metrics, so the run leaves this policy out",
            "read the simulation as the group without predictive scaling, or use the ASGCPUUtilization or "
                + "ALBRequestCount metric pair");
      }
      MetricSpec metric = metricOf(p);
      if (metric != null && !simulated(metric.kind())) {
        f.warning("not-simulated-metric", path, "the simulator has no data for metric " + metric.name()
                + " (it simulates CPUUtilization and RequestCountPerTarget), so this policy's alarms stay "
                + "INSUFFICIENT_DATA and it never scales in a run (aws-behaviour §1.2, §1.3, §8.5)",
            "read the simulation as the group without this policy");
      }
    }
  }

  private static void group(AutoScalingGroup g, Findings f) {
    List<String> suspended = g.suspendedProcesses() == null ? List.of() : g.suspendedProcesses();
    for (int i = 0; i < suspended.size(); i++) {
      String name = suspended.get(i);
      String path = "AutoScalingGroup.SuspendedProcesses[" + i + "]";
      ScalingProcess p = ScalingProcess.parse(name);
      if (p == null) {
        List<String> names = Arrays.stream(ScalingProcess.values()).map(Enum::name).toList();
        f.error("suspended-process", path, "'" + name + "' is not a process SuspendProcesses knows (aws-behaviour §7.8)"
            + Checks.didYouMean(name, names), "write one of " + String.join(", ", names));
      } else if (p == ScalingProcess.AZRebalance || p == ScalingProcess.InstanceRefresh) {
        f.warning("not-simulated-process", path, "suspending " + p + " changes nothing in a run: the simulator "
            + "does not model " + (p == ScalingProcess.AZRebalance ? "AZ rebalancing" : "instance refreshes")
            + " (aws-behaviour §7.3, §7.8)", "none needed; the run behaves as with " + p + " suspended");
      }
    }
  }

  /** The metric a dynamic policy scales on, or null when it cannot be read (other rules report why). */
  private static MetricSpec metricOf(ScalingPolicy p) {
    try {
      if (p.type() == PolicyType.TargetTrackingScaling && p.targetTrackingConfiguration() != null) {
        return MetricSpec.of(p.targetTrackingConfiguration(), 60, p.policyName());
      }
      if ((p.type() == PolicyType.StepScaling || p.type() == PolicyType.SimpleScaling) && p.alarm() != null) {
        return MetricSpec.of(p.alarm());
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  /** The metrics the simulator produces datapoints for. */
  static boolean simulated(MetricKind k) {
    return k == MetricKind.CPU || k == MetricKind.ALB_REQUEST_COUNT_PER_TARGET;
  }
}
