package dev.asgsim.simulator.predictive;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.policy.PredictiveEvaluator;
import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.simulator.load.LoadSeries;
import java.util.List;
import java.util.function.Supplier;

/**
 * The 48-hour forecast a predictive policy would have at a given time, made from a load's history alone (what
 * {@code asgsim forecast} prints in the shape of GetPredictiveScalingForecast, aws-behaviour §5.2). The load is read as the
 * load metric of a group that keeps up with it (summed CPU = demand, or requests); with no capacity history the
 * load-per-unit ratio L̂ is 1, so capacity = ceil(load / target), clamped to [MinSize, MaxSize] (MaxSize only with
 * HonorMaxCapacity).
 *
 * @param policy     the predictive policy's name
 * @param source     the forecast source (forecaster name, or the given file)
 * @param metric     the policy's metric specification, for LoadForecast[].MetricSpecification
 * @param updateTime when the forecast was made: the latest 6-hourly origin at or before the requested time
 * @param hours      the hours forecast (epoch seconds), 48 from {@code updateTime}
 * @param load       the load forecast per hour (NaN where the source has none)
 * @param capacity   the capacity forecast per hour (-1 where there is none)
 */
public record LoadForecast(String policy, String source, PredictiveScalingConfiguration.MetricSpecification metric,
    long updateTime, long[] hours, double[] load, int[] capacity) {

  /**
   * @param policyName the predictive policy, or null for the first enabled one
   * @param at         the time to forecast at (epoch second); only load before it is history
   * @param forecaster the forecast source, or null for the config's ({@link ConfiguredForecaster})
   * @throws ForecastException when there is no such policy, its metric has no load in the model, or no forecast
   *     exists at {@code at} (under 24 h of history for the built-in forecaster)
   */
  public static LoadForecast at(ScalingConfig config, String policyName, LoadSeries series, long start, long at,
      Supplier<Forecaster> forecaster) {
    ScalingPolicy policy = find(config.policies(), policyName);
    PredictiveScalingConfiguration c = policy.predictiveScalingConfiguration();
    ScalingPolicy onlyForecast = policy.toBuilder().predictiveScalingConfiguration(new PredictiveScalingConfiguration(
        c.metricSpecifications(), "ForecastOnly", c.schedulingBufferTime(), c.maxCapacityBreachBehavior(),
        c.maxCapacityBuffer())).build();
    ScalingEngine engine = ScalingEngine.builder(config.toBuilder().scalingPolicies(List.of(onlyForecast))
        .scheduledActions(List.of()).build())
        .forecaster(forecaster != null ? forecaster : ConfiguredForecaster.of(config.effectiveSimulation()))
        .startTime(start).build();
    if (engine.predictivePolicies().isEmpty()) {
      throw new ForecastException(String.join("; ", engine.notes()));
    }
    long end = Math.min(at, start + 60L * series.minutes());
    for (int m = 0; start + 60L * m < end; m++) {
      double demand = series.at(m);
      // one unit of capacity carrying the whole load: the load metric is the demand itself, L̂ = 1
      engine.observeLoad(start + 60L * m, demand, 1, 1, demand, 1);
    }
    engine.observeLoad(Math.floorDiv(end, 3600) * 3600, Double.NaN, 0, 0, Double.NaN, 0); // closes the last hour
    PredictiveEvaluator p = engine.predictivePolicies().get(0);
    if (p.updateTime() == Long.MIN_VALUE) {
      throw new ForecastException("no forecast at that time: the " + p.forecasterName() + " forecaster needs "
          + PredictiveEvaluator.MIN_HISTORY_HOURS + " hours of load history before it (aws-behaviour §5.2), the load has "
          + p.historyHours() + "; forecast later (--at) or give a longer load");
    }
    int n = PredictiveEvaluator.HORIZON_HOURS;
    long[] hours = new long[n];
    double[] load = new double[n];
    int[] capacity = new int[n];
    AutoScalingGroup g = config.autoScalingGroup();
    int min = g.minSize() == null ? 0 : g.minSize();
    boolean honorMax = !"IncreaseMaxCapacity".equals(c.maxCapacityBreachBehavior());
    for (int k = 0; k < n; k++) {
      hours[k] = p.updateTime() + 3600L * k;
      load[k] = p.loadForecast(hours[k]);
      int cap = p.capacityForecast(hours[k]);
      if (cap >= 0) {
        cap = Math.max(cap, min);
        if (honorMax && g.maxSize() != null) {
          cap = Math.min(cap, g.maxSize());
        }
      }
      capacity[k] = cap;
    }
    return new LoadForecast(policy.policyName(), p.forecasterName(), c.metricSpecifications().get(0), p.updateTime(),
        hours, load, capacity);
  }

  private static ScalingPolicy find(List<ScalingPolicy> policies, String name) {
    for (ScalingPolicy p : policies) {
      if (p.type() == PolicyType.PredictiveScaling && p.predictiveScalingConfiguration() != null
          && (name == null ? p.effectiveEnabled() : name.equals(p.policyName()))) {
        return p;
      }
    }
    throw new ForecastException(name == null ? "the config has no enabled PredictiveScaling policy; add one "
        + "(see examples/predictive-daily.yaml)" : "the config has no PredictiveScaling policy named " + name);
  }
}
