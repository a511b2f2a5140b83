package dev.asgsim.simulator;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.predictive.PolicyForecast;
import dev.asgsim.simulator.score.Scores;
import java.util.List;
import java.util.Optional;

/**
 * What one run produced: scores always; the timeline and activities when recorded.
 *
 * @param scenario what was simulated
 * @param labels   what the timeline's alarm and metric columns show
 * @param forecasts each predictive policy's forecast against the run, hour by hour (aws-behaviour §5.2)
 * @param forecastAndScaleOrNull the scores of the ForecastAndScale variant, or null ({@link #forecastAndScale()})
 * @param notScaled the runs of minutes in which desired did not change and the engine named why ({@link NotScaled}),
 *                  oldest first; empty when activities were not recorded. Immutable; a kept run's list makes
 *                  each record when it is read (equal each time, not the same object)
 */
public record SimulationResult(
    Scenario scenario,
    Scores scores,
    Timeline timelineOrNull,
    List<Activity> activities,
    List<ScalingDecision> decisions,
    List<String> notes,
    Labels labels,
    List<PolicyForecast> forecasts,
    Scores forecastAndScaleOrNull,
    List<NotScaled> notScaled) {

  public SimulationResult {
    notScaled = notScaled instanceof NotScaledRuns ? notScaled : List.copyOf(notScaled); // copying would make them all
    activities = List.copyOf(activities);
    decisions = List.copyOf(decisions);
    notes = List.copyOf(notes);
    forecasts = List.copyOf(forecasts);
  }

  /**
   * The same run with the first ForecastOnly predictive policy in ForecastAndScale (same load and seed): what
   * scaling on the forecast would have changed (aws-behaviour §5.2); empty when no policy only forecasts.
   */
  public Optional<Scores> forecastAndScale() {
    return Optional.ofNullable(forecastAndScaleOrNull);
  }

  /** This result with the ForecastAndScale variant's scores. */
  SimulationResult withForecastAndScale(Scores s) {
    return new SimulationResult(scenario, scores, timelineOrNull, activities, decisions, notes, labels, forecasts, s,
        notScaled);
  }

  /**
   * What was simulated.
   *
   * @param loadDescription the load as the user gave it (spec or trace file)
   * @param instanceType    the simulated instance type's name
   * @param traceEnd        how a trace in the load ended (stop, hold, repeat), null without a trace
   */
  public record Scenario(ScalingConfig config, String loadDescription, long seed, long startEpochSecond, int minutes,
      String instanceType, LoadSeries.TraceEnd traceEnd, StartState startState) {}

  /**
   * What the timeline's columns and the chart's lines stand for.
   *
   * @param highAlarmName the alarm shown in the timeline's {@code alarm_high} column (first "greater than" alarm), or
   *                      null
   * @param highThreshold the {@code alarm_high} alarm's threshold (NaN without one)
   * @param lowAlarmName  the alarm of {@code alarm_low} (first "less than" alarm), or null
   * @param lowThreshold  the {@code alarm_low} alarm's threshold (NaN without one)
   * @param metricName    the metric of the timeline's {@code metric} column (the engine's first metric), or null
   * @param targetValue   the first target tracking policy's target (NaN without one), for charts
   * @param policyNames   the engine's policies in order: the timeline's {@code proposed_1 …} columns
   * @param alarmPairs    every alarm pair, the first being the one above: pair k's states are the timeline's
   *                      {@code alarm_high_k}, {@code alarm_low_k} columns ({@code alarm_high}, {@code alarm_low} for k = 1)
   */
  public record Labels(String highAlarmName, double highThreshold, String lowAlarmName, double lowThreshold,
      String metricName, double targetValue, List<String> policyNames, List<AlarmPair> alarmPairs) {
    public Labels {
      policyNames = List.copyOf(policyNames);
      alarmPairs = List.copyOf(alarmPairs);
    }
  }

  /**
   * The k-th "greater than" alarm of the engine with its k-th "less than" alarm (a target tracking policy's AlarmHigh
   * and AlarmLow; a step policy's alarm and the next one the other way); a name is null and its threshold NaN where
   * one side has fewer alarms.
   */
  public record AlarmPair(String highName, double highThreshold, String lowName, double lowThreshold) {}

  public Optional<Timeline> timeline() {
    return Optional.ofNullable(timelineOrNull);
  }

  public ScalingConfig config() { return scenario.config(); }
  public String loadDescription() { return scenario.loadDescription(); }
  public long seed() { return scenario.seed(); }
  public long startEpochSecond() { return scenario.startEpochSecond(); }
  public int minutes() { return scenario.minutes(); }
  /** How the run started: Steady or Cold, and the state at t0 (aws-behaviour §12.1). */
  public StartState startState() { return scenario.startState(); }
  public String instanceType() { return scenario.instanceType(); }
  public LoadSeries.TraceEnd traceEnd() { return scenario.traceEnd(); }
  public String highAlarmName() { return labels.highAlarmName(); }
  public double highThreshold() { return labels.highThreshold(); }
  public String lowAlarmName() { return labels.lowAlarmName(); }
  public double lowThreshold() { return labels.lowThreshold(); }
  public String metricName() { return labels.metricName(); }
  public double targetValue() { return labels.targetValue(); }
}
