package dev.asgsim.core.alarm;

/** The three CloudWatch alarm states (aws-behaviour §8.4 [D]); a new alarm starts in {@link #INSUFFICIENT_DATA}. */
public enum AlarmState {
  OK,
  ALARM,
  INSUFFICIENT_DATA
}
