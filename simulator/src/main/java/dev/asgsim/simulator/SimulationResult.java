package dev.asgsim.simulator;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.simulator.score.Scores;
import java.util.List;
import java.util.Optional;

/**
 * What one run produced: scores always; the timeline and activities when recorded.
 *
 * @param highAlarmName the alarm shown in the timeline's {@code alarm_high} column (first "greater than" alarm), or
 *                      null
 * @param lowAlarmName  the alarm of {@code alarm_low} (first "less than" alarm), or null
 * @param metricName    the metric of the timeline's {@code metric} column (the engine's first metric), or null
 * @param targetValue   the first target tracking policy's target (NaN without one), for charts
 * @param highThreshold the {@code alarm_high} alarm's threshold (NaN without one)
 * @param lowThreshold  the {@code alarm_low} alarm's threshold (NaN without one)
 */
public record SimulationResult(
    ScalingConfig config,
    String loadDescription,
    long seed,
    long startEpochSecond,
    int minutes,
    String instanceType,
    Scores scores,
    Timeline timelineOrNull,
    List<Activity> activities,
    List<ScalingDecision> decisions,
    List<String> notes,
    String highAlarmName,
    String lowAlarmName,
    String metricName,
    double targetValue,
    double highThreshold,
    double lowThreshold) {

  public SimulationResult {
    activities = List.copyOf(activities);
    decisions = List.copyOf(decisions);
    notes = List.copyOf(notes);
  }

  public Optional<Timeline> timeline() {
    return Optional.ofNullable(timelineOrNull);
  }
}
