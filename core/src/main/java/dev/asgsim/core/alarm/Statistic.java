package dev.asgsim.core.alarm;

import java.util.Locale;

/**
 * CloudWatch's five statistics (aws-behaviour §8.2 [D]: "SampleCount, Average, Sum, Minimum, Maximum"): how an alarm's
 * period aggregates the samples of every instance that publishes the metric on the alarm's dimension. A percentile
 * ({@code ExtendedStatistic}, e.g. {@code p90}) is not one of them; {@link #of} reads it as {@link #Average} and the
 * caller says so.
 */
public enum Statistic {
  /** How many samples the period holds: one per instance per sample interval. */
  SampleCount,
  /** Sum of the samples divided by their count. */
  Average,
  /** All the samples added up: e.g. Sum of CPUUtilization over N instances is N × their average. */
  Sum,
  /** The lowest sample. */
  Minimum,
  /** The highest sample. */
  Maximum;

  /** The statistic spelled {@code name} (exactly, as PutMetricAlarm spells it), or null for anything else. */
  public static Statistic parse(String name) {
    for (Statistic s : values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }

  /** The statistic spelled {@code name}; a percentile or an expression reads as {@link #Average}. */
  public static Statistic of(String name) {
    Statistic s = parse(name);
    return s == null ? Average : s;
  }

  /** Whether {@code name} is a percentile ({@code ExtendedStatistic}) such as p90. */
  public static boolean percentile(String name) {
    return name != null && name.toLowerCase(Locale.ROOT).startsWith("p");
  }
}
