package dev.asgsim.core.forecast;

/**
 * AWS's "inferred required capacity" (aws-behaviour §5.2 [D]): capacity is inversely proportional to the scaling metric,
 * {@code Σ(capacity units × scaling metric) / target} (AWS's example: 10 units × 30 / 60 = 5). The load-per-unit
 * ratio {@code L̂ = Σ load / Σ (capacity × scaling metric)} is calibrated on the history [O] (AWS's documented
 * forecast does not follow {@code ceil(load / target)}), then {@code capacity = ceil(load / (target × L̂))}.
 */
public final class InferredCapacity {
  private InferredCapacity() {}

  /** AWS's documented rule: the capacity that brings the scaling metric to the target. */
  public static double required(double capacityUnits, double scalingMetric, double target) {
    return capacityUnits * scalingMetric / target;
  }

  /** L̂ from sums over the history; 1 when the history has no capacity (nothing to calibrate on). */
  public static double loadPerUnit(double loadSum, double capacityTimesMetricSum) {
    return capacityTimesMetricSum > 0 && loadSum > 0 ? loadSum / capacityTimesMetricSum : 1.0;
  }

  /** {@code ceil(load / (target × L̂))}, 0 for no load; a tiny epsilon keeps 5.0000000001 at 5. */
  public static int capacity(double load, double target, double loadPerUnit) {
    if (!(load > 0)) {
      return 0;
    }
    return (int) Math.min(Integer.MAX_VALUE, Math.ceil(load / (target * loadPerUnit) - 1e-9));
  }
}
