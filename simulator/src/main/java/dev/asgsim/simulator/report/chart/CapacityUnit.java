package dev.asgsim.simulator.report.chart;

import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.simulator.SimulationResult;

/**
 * The unit of a run's capacity panels and desired-capacity heat map (chart.png, report.html, compare): desired, MinSize and MaxSize count instances,
 * capacity units (weights) or vCPUs / MiB ({@code DesiredCapacityType}), and demand is drawn in the same unit
 * ({@link dev.asgsim.simulator.Timeline#unitsPerInstance}) so that the two lines can be read against each other.
 */
public final class CapacityUnit {
  private CapacityUnit() {}

  /**
   * What the capacity panels (here and in report.html's {@link InteractiveChart}) count: vCPUs or memory MiB when
   * {@code DesiredCapacityType} says so, capacity units when a mixed instances policy weighs its types (desired, min and
   * max are then units, aws-behaviour §7.11), instances otherwise.
   */
  public static String of(SimulationResult r) {
    String type = r.config().autoScalingGroup().desiredCapacityType();
    if ("vcpu".equals(type)) {
      return "vCPUs";
    }
    if ("memory-mib".equals(type)) {
      return "memory MiB";
    }
    MixedInstancesPolicy m = r.config().autoScalingGroup().mixedInstancesPolicy();
    return m != null && m.largestWeight() > 1 ? "capacity units" : "instances";
  }

  /** The demand line's name: demand at 100 % CPU counted in the capacity panel's {@code unit} (aws-behaviour §12.2). */
  static String demandLabel(String unit) {
    return unit.equals("instances") ? "demand (instances' worth)" : "demand (in " + unit + ")";
  }
}
