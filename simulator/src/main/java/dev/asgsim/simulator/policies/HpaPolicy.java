package dev.asgsim.simulator.policies;

import dev.asgsim.core.policy.ControlPlaneView;
import dev.asgsim.core.policy.GroupView;
import dev.asgsim.core.policy.MetricKind;
import dev.asgsim.core.policy.PluginPolicy;

/**
 * A Kubernetes-HPA-style policy for the group: {@link HpaController}'s rules run at the engine's evaluation cadence
 * (the HPA's own sync period is 15 s; the engine evaluates every 60 s, or 10 s with high-resolution metrics).
 *
 * <p>The metric is what metrics-server would report: the CPU the instances really use, from the group's current
 * demand spread over the InService instances (capped at 100 %), when the simulator provides demand; otherwise the
 * newest CloudWatch CPU datapoint the engine holds. Warm instances are ready; pending and warming ones are unready.
 */
public final class HpaPolicy implements PluginPolicy {
  private final HpaController controller;
  private int cpuMetric = -1;
  private int lastDesired = Integer.MIN_VALUE;
  private long lastTime;

  public HpaPolicy(HpaSettings settings) {
    this.controller = new HpaController(settings);
  }

  @Override
  public String name() {
    return "hpa";
  }

  @Override
  public void attach(ControlPlaneView plane) {
    for (int i = 0; i < plane.metricCount(); i++) {
      if (plane.metric(i).kind() == MetricKind.CPU) {
        cpuMetric = i;
        break;
      }
    }
  }

  @Override
  public int propose(long nowEpochSecond, GroupView group, ControlPlaneView plane) {
    int current = plane.desired();
    if (lastDesired != Integer.MIN_VALUE && current != lastDesired) {
      controller.recordScale(lastTime, lastDesired, current);
    }
    lastDesired = current;
    lastTime = nowEpochSecond;
    double utilization = utilization(group, plane);
    int ready = group.warm();
    int unready = Math.max(0, group.inService() - group.warm()) + group.pending();
    int desired = controller.reconcile(nowEpochSecond, current, ready, unready, utilization, plane.minSize(),
        plane.maxSize());
    return desired == current ? NO_PROPOSAL : desired;
  }

  private double utilization(GroupView group, ControlPlaneView plane) {
    double demand = group.demand();
    if (!Double.isNaN(demand)) {
      int serving = group.inService();
      return serving == 0 ? Double.NaN : Math.min(100.0, demand / serving);
    }
    return cpuMetric < 0 ? Double.NaN : plane.latest(cpuMetric);
  }

  /** Instances launched by the HPA are unready for the initial readiness delay. */
  @Override
  public int warmupSeconds() {
    return controller.settings().initialReadinessSeconds();
  }
}
