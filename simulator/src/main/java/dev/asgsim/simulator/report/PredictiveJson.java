package dev.asgsim.simulator.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.predictive.Accuracy;
import dev.asgsim.simulator.predictive.ForecastHour;
import dev.asgsim.simulator.predictive.PolicyForecast;
import dev.asgsim.simulator.score.Scores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * summary.json's {@code predictive} block (aws-behaviour §5.2): per predictive policy the forecast source, MAPE/WAPE of the
 * load and capacity forecasts and the hourly rows; and, when a policy only forecasts, what ForecastAndScale would
 * have changed (the same load and seed run with it scaling).
 */
final class PredictiveJson {
  private PredictiveJson() {}

  static Map<String, Object> tree(SimulationResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Object> policies = new ArrayList<>();
    for (PolicyForecast p : r.forecasts()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("policy", p.policy());
      pm.put("mode", p.mode());
      pm.put("forecastSource", p.forecaster());
      pm.put("loadAccuracy", accuracy(p.load()));
      pm.put("capacityAccuracy", accuracy(p.capacity()));
      List<Object> hours = new ArrayList<>();
      for (ForecastHour h : p.hours()) {
        Map<String, Object> hm = new LinkedHashMap<>();
        hm.put("hour", Instant.ofEpochSecond(h.hourStart()).toString());
        hm.put("loadForecast", Numbers.json(h.loadForecast()));
        hm.put("load", Numbers.json(h.load()));
        hm.put("capacityForecast", h.capacityForecast() < 0 ? null : h.capacityForecast());
        hm.put("capacity", Numbers.json(h.capacity()));
        hours.add(hm);
      }
      pm.put("hours", hours);
      policies.add(pm);
    }
    m.put("policies", policies);
    r.forecastAndScale().ifPresent(v -> m.put("ifForecastAndScale", whatIf(r.scores(), v)));
    return m;
  }

  private static Map<String, Object> accuracy(Accuracy a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("hoursCompared", a.hours());
    m.put("mapePercent", Numbers.json(a.mapePercent()));
    m.put("wapePercent", Numbers.json(a.wapePercent()));
    return m;
  }

  /** This run against the ForecastAndScale variant: cost, unserved demand, scale-outs, mean capacity. */
  static Map<String, Object> whatIf(Scores actual, Scores variant) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cost", pair(actual.cost(), variant.cost()));
    m.put("unservedPercent", pair(actual.unservedPercent(), variant.unservedPercent()));
    m.put("minutesWithUnserved", pair(actual.minutesWithUnserved(), variant.minutesWithUnserved()));
    m.put("meanServing", pair(actual.meanServing(), variant.meanServing()));
    m.put("scaleOutActivities", pair(actual.scaleOutActivities(), variant.scaleOutActivities()));
    return m;
  }

  private static Map<String, Object> pair(double actual, double variant) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("forecastOnly", Numbers.json(actual));
    m.put("forecastAndScale", Numbers.json(variant));
    return m;
  }
}
