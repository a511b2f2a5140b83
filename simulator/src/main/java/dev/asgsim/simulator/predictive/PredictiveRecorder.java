package dev.asgsim.simulator.predictive;

import dev.asgsim.core.policy.PredictiveEvaluator;
import dev.asgsim.core.policy.ScalingEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * Records each predictive policy's forecast against the run, hour by hour (aws-behaviour §5.2): the forecast in force when the
 * hour starts, the load the policy then observed for it, and the mean desired capacity over it. The rows are kept as
 * columns ({@link ForecastRows}), sized for the run at the start: an hour allocates nothing.
 */
public final class PredictiveRecorder {
  private static final long HOUR = 3600;
  private final List<PredictiveEvaluator> policies;
  private final ForecastRows[] rows;
  private final int expectedHours;
  private final double[] loadForecast;
  private final int[] capacityForecast;
  private long hour = Long.MIN_VALUE;
  private long hourEnd = Long.MIN_VALUE;
  private double desiredSum;
  private int minutes;

  /** @param minutes the run's minutes, which size the rows (a run that starts mid-hour has one row more) */
  public PredictiveRecorder(ScalingEngine engine, int minutes) {
    this.policies = engine.predictivePolicies();
    this.loadForecast = new double[policies.size()];
    this.capacityForecast = new int[policies.size()];
    this.rows = new ForecastRows[policies.size()];
    this.expectedHours = minutes / 60 + 2;
  }

  /** Policy {@code i}'s rows, made at its first row (and again after {@link #finish} gave them away). */
  private ForecastRows rows(int i) {
    if (rows[i] == null) {
      rows[i] = new ForecastRows(expectedHours);
    }
    return rows[i];
  }

  /** After the engine observed minute {@code t0}'s load: closes the previous hour when a new one starts. */
  public void minute(long t0, int desired) {
    if (policies.isEmpty()) {
      return;
    }
    if (t0 >= hourEnd || t0 < hour) {
      long h = Math.floorDiv(t0, HOUR) * HOUR;
      closeHour(true);
      hour = h;
      hourEnd = h + HOUR;
      desiredSum = 0;
      minutes = 0;
      for (int i = 0; i < policies.size(); i++) {
        loadForecast[i] = policies.get(i).loadForecast(h);
        capacityForecast[i] = policies.get(i).capacityForecast(h);
      }
    }
    desiredSum += desired;
    minutes++;
  }

  /**
   * {@link #minute} for {@code count} consecutive minutes from {@code firstMinuteStart} (one every 60 s), all inside
   * the hour being recorded, at the same desired capacity: they add {@code count × desired} at once. The sum holds whole
   * numbers far below 2^53, where double addition is exact, so this is the double the minutes' additions one by one
   * give.
   *
   * @throws IllegalArgumentException when a minute is outside that hour
   */
  public void minutes(long firstMinuteStart, int count, int desired) {
    if (count == 0 || policies.isEmpty()) {
      return;
    }
    long last = firstMinuteStart + 60L * (count - 1);
    if (firstMinuteStart < hour || last >= hourEnd) {
      throw new IllegalArgumentException("minutes " + firstMinuteStart + " to " + last
          + " are not all inside the hour being recorded; record them with minute");
    }
    desiredSum += (double) count * desired;
    minutes += count;
  }

  /** @param observed whether the engine has closed the hour (the run's last hour is never closed by a next minute) */
  private void closeHour(boolean observed) {
    if (hour == Long.MIN_VALUE || minutes == 0) {
      return;
    }
    for (int i = 0; i < policies.size(); i++) {
      double load = observed ? policies.get(i).lastHourLoad() : Double.NaN;
      rows(i).add(hour, loadForecast[i], load, capacityForecast[i], desiredSum / minutes);
    }
  }

  /** The evaluations, one per predictive policy the engine runs; the rows they hold are theirs alone. */
  public List<PolicyForecast> finish() {
    closeHour(false);
    hour = Long.MIN_VALUE;
    hourEnd = Long.MIN_VALUE;
    List<PolicyForecast> out = new ArrayList<>();
    for (int i = 0; i < policies.size(); i++) {
      PredictiveEvaluator p = policies.get(i);
      out.add(PolicyForecast.of(p.name(), p.scales() ? "ForecastAndScale" : "ForecastOnly", p.forecasterName(),
          rows(i)));
      rows[i] = null;
    }
    return out;
  }
}
