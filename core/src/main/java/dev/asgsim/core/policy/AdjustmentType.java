package dev.asgsim.core.policy;

/** {@code AdjustmentType} of step and simple policies (aws-behaviour §4.2 [D]). */
public enum AdjustmentType {
  ChangeInCapacity,
  ExactCapacity,
  PercentChangeInCapacity;

  /** Parses the API spelling; {@code ChangeInCapacity} when null (the API requires it; validation reports that). */
  public static AdjustmentType parse(String value, String policyName) {
    if (value == null) {
      return ChangeInCapacity;
    }
    for (AdjustmentType t : values()) {
      if (t.name().equals(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException("policy " + policyName + ": AdjustmentType '" + value
        + "' is not one of ChangeInCapacity, ExactCapacity, PercentChangeInCapacity");
  }
}
