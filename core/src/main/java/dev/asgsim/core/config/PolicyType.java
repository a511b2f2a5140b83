package dev.asgsim.core.config;

/** {@code PolicyType} values of PutScalingPolicy; {@code SimpleScaling} when absent (aws-behaviour §9.6 [D]). */
public enum PolicyType {
  SimpleScaling,
  StepScaling,
  TargetTrackingScaling,
  PredictiveScaling;

  /** The type named by {@code value}, or {@code null} if it names none. */
  public static PolicyType parse(String value) {
    if (value == null) {
      return SimpleScaling;
    }
    for (PolicyType t : values()) {
      if (t.name().equals(value)) {
        return t;
      }
    }
    return null;
  }
}
