package dev.asgsim.core.policy;

/** AWS's capacity arithmetic for step and simple policies (aws-behaviour §4.2 [D]). */
public final class Adjustments {
  /** Guards floor/ceil against binary artefacts such as 0.1 * 30 = 3.0000000000000004. */
  private static final double EPS = 1e-9;

  private Adjustments() {}

  /**
   * The change in capacity of a {@code PercentChangeInCapacity} adjustment of {@code percent} on {@code current}:
   * results above 1 round down (12.7 ⇒ 12), in (0, 1) become 1, in (−1, 0) become −1, below −1 round toward zero
   * (−6.67 ⇒ −6); then {@code MinAdjustmentMagnitude} raises the magnitude (25 % of 4 with min 2 ⇒ +2).
   */
  public static int percentDelta(int current, double percent, int minAdjustmentMagnitude) {
    double raw = current * percent / 100.0;
    int delta;
    if (raw >= 1) {
      delta = (int) Math.floor(raw + EPS);
    } else if (raw > 0) {
      delta = 1;
    } else if (raw == 0) {
      delta = 0;
    } else if (raw > -1) {
      delta = -1;
    } else {
      delta = (int) Math.ceil(raw - EPS);
    }
    if (minAdjustmentMagnitude > 0 && delta != 0 && Math.abs(delta) < minAdjustmentMagnitude) {
      delta = delta > 0 ? minAdjustmentMagnitude : -minAdjustmentMagnitude;
    }
    return delta;
  }

  /** The capacity an adjustment asks for, before clamping. */
  public static int apply(AdjustmentType type, int current, int adjustment, int minAdjustmentMagnitude) {
    switch (type) {
      case ExactCapacity:
        return adjustment;
      case PercentChangeInCapacity:
        return current + percentDelta(current, adjustment, minAdjustmentMagnitude);
      default:
        return current + adjustment;
    }
  }

  /**
   * The capacity a negative {@code ChangeInCapacity} or {@code PercentChangeInCapacity} adjustment asks for. It
   * counts from current capacity including the instances still terminating (aws-behaviour §2.2-6a [D]: "While scaling in, we
   * consider instances that are terminating as part of the current capacity of the group. Therefore, we don't remove
   * more instances from the Auto Scaling group than necessary"), so a policy invoked every minute removes again only
   * once the previous victims are gone; never above desired. {@code terminating} also holds a weighted group's
   * overage ({@link GroupView#overage()}): "If the decrement is smaller than (current − desired) no action is taken
   * (desired 30, current 32, −1 ⇒ nothing)" (aws-behaviour §4.2 [D]).
   */
  public static int removal(AdjustmentType type, int desired, int terminating, int adjustment,
      int minAdjustmentMagnitude) {
    return Math.min(desired, apply(type, desired + terminating, adjustment, minAdjustmentMagnitude));
  }

  /**
   * {@code ceil(x)} that ignores floating-point noise below {@code epsilon} (2 × 50 / 50 is 2, not 3). Math.ceil is a
   * C2 intrinsic on x86-64 (one {@code roundsd}), shorter than a truncating cast, a conversion back and a comparison.
   */
  public static int ceil(double x, double epsilon) {
    return (int) Math.ceil(x - epsilon);
  }

  public static int clamp(int value, int min, int max) {
    return value < min ? min : Math.min(value, max);
  }
}
