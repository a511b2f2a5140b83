package dev.asgsim.core.alarm;

import java.util.Locale;

/** The four threshold operators of {@code PutMetricAlarm} (aws-behaviour §8.4 [D]); anomaly-band operators are not modelled. */
public enum ComparisonOperator {
  GreaterThanOrEqualToThreshold,
  GreaterThanThreshold,
  LessThanThreshold,
  LessThanOrEqualToThreshold;

  /** Whether {@code value} breaches {@code threshold}. NaN never breaches. */
  public boolean breaches(double value, double threshold) {
    switch (this) {
      case GreaterThanOrEqualToThreshold: return value >= threshold;
      case GreaterThanThreshold: return value > threshold;
      case LessThanThreshold: return value < threshold;
      default: return value <= threshold;
    }
  }

  /** {@code >} / {@code >=} alarms: a breach means "metric too high" (the side step bounds are read from, §4.3). */
  public boolean isUpper() {
    return this == GreaterThanOrEqualToThreshold || this == GreaterThanThreshold;
  }

  /** The console's symbol, for alarm descriptions. */
  public String symbol() {
    switch (this) {
      case GreaterThanOrEqualToThreshold: return ">=";
      case GreaterThanThreshold: return ">";
      case LessThanThreshold: return "<";
      default: return "<=";
    }
  }

  /** Parses the API spelling; a clear error names the accepted values. */
  public static ComparisonOperator parse(String value) {
    for (ComparisonOperator op : values()) {
      if (op.name().equals(value)) {
        return op;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "ComparisonOperator '%s' is not supported; use one of GreaterThanOrEqualToThreshold, GreaterThanThreshold, "
            + "LessThanThreshold, LessThanOrEqualToThreshold", value));
  }
}
