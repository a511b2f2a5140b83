package dev.asgsim.simulator.policies;

import dev.asgsim.core.policy.ControlPlaneView;
import dev.asgsim.core.policy.GroupView;
import dev.asgsim.core.policy.MetricKind;
import dev.asgsim.core.policy.MetricSpec;
import dev.asgsim.core.policy.PluginPolicy;
import java.util.List;

/**
 * A plug-in written the way a user would write one — copy it — and named in a sweep by its class name
 * ({@code dev.asgsim.simulator.policies.ThresholdPolicy}): add one instance when the group's average CPU is above
 * {@value #DEFAULT_HIGH_PERCENT} %, remove one below {@value #DEFAULT_LOW_PERCENT} %, then hold for
 * {@value #DEFAULT_HOLD_SECONDS} s.
 *
 * <p>It reads only what a real controller can: the group's {@code AWS/EC2 CPUUtilization} as CloudWatch publishes it
 * (averaged over the instances past warm-up, at the group's monitoring period, visible after the publication delay),
 * which it asks for in {@link #metrics()}. Not the simulator's true demand ({@link GroupView#demand()}), which only the
 * clairvoyant oracle may read. A user's class needs only a public no-argument constructor and {@link PluginPolicy};
 * one instance is made per simulation, so fields may hold state.
 */
public final class ThresholdPolicy implements PluginPolicy {
  public static final double DEFAULT_HIGH_PERCENT = 70;
  public static final double DEFAULT_LOW_PERCENT = 30;
  public static final int DEFAULT_HOLD_SECONDS = 300;
  /** A 60 s statistic of the metric; with basic monitoring the simulator has a datapoint only every 5 minutes. */
  private static final MetricSpec CPU = new MetricSpec(MetricKind.CPU, "CPUUtilization", "Average", 60);

  private int cpuMetric = -1;
  private long holdUntil = Long.MIN_VALUE;

  @Override
  public String name() {
    return "threshold";
  }

  @Override
  public List<MetricSpec> metrics() {
    return List.of(CPU);
  }

  @Override
  public void attach(ControlPlaneView plane) {
    for (int i = 0; i < plane.metricCount(); i++) {
      if (plane.metric(i).equals(CPU)) {
        cpuMetric = i;
      }
    }
  }

  @Override
  public int propose(long now, GroupView group, ControlPlaneView plane) {
    double cpu = cpuMetric < 0 ? Double.NaN : plane.latest(cpuMetric);
    if (now < holdUntil || Double.isNaN(cpu)) {
      return NO_PROPOSAL; // no datapoint yet (a new group, or no instance past warm-up): wait, as an alarm would
    }
    int current = plane.desired();
    int want = cpu > DEFAULT_HIGH_PERCENT ? current + 1 : cpu < DEFAULT_LOW_PERCENT ? current - 1 : current;
    if (want == current) {
      return NO_PROPOSAL;
    }
    holdUntil = now + DEFAULT_HOLD_SECONDS;
    return want;
  }
}
