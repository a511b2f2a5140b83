package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.policy.Hold;
import java.util.List;

/**
 * The minutes the engine answered while an alarm was in ALARM ({@link dev.asgsim.core.policy.ScalingEngine
 * #quietMinutesInAlarm}), summed over a property test's runs by reason: the proposal equal to desired (aws-behaviour
 * §1.5), clamped back by MaxSize (§7.1), none with DisableScaleIn (§1.7). The floors keep a test from passing without
 * such minutes.
 */
final class AnsweredInAlarm {
  private static final List<Hold> REASONS = List.of(Hold.EQUALS_CURRENT, Hold.AT_MAX_SIZE, Hold.SCALE_IN_DISABLED);
  private final long[] counts = new long[REASONS.size()];

  /** Adds the last run of {@code run}'s minutes. */
  void add(Run run) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += run.answeredInAlarm(REASONS.get(i));
    }
  }

  /** At least these many minutes of each reason. */
  void assertAtLeast(long equalsCurrent, long atMaxSize, long scaleInDisabled) {
    long[] floors = {equalsCurrent, atMaxSize, scaleInDisabled};
    for (int i = 0; i < counts.length; i++) {
      assertThat(counts[i]).as("minutes answered in ALARM, " + REASONS.get(i)).isGreaterThanOrEqualTo(floors[i]);
    }
  }

  @Override
  public String toString() {
    return java.util.Arrays.toString(counts);
  }
}
