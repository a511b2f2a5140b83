package dev.asgsim.core.policy;

/** {@code MetricAggregationType} of step policies (aws-behaviour §4.3 [D]): applied to the alarm's most recent datapoints. */
public enum MetricAggregation {
  Minimum,
  Maximum,
  Average;

  public static MetricAggregation parse(String value, String policyName) {
    for (MetricAggregation a : values()) {
      if (a.name().equals(value)) {
        return a;
      }
    }
    throw new IllegalArgumentException("policy " + policyName + ": MetricAggregationType '" + value
        + "' is not one of Minimum, Maximum, Average");
  }
}
