package dev.asgsim.simulator.report;

import dev.asgsim.core.policy.PredictiveEvaluator;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.predictive.Accuracy;
import dev.asgsim.simulator.predictive.PolicyForecast;
import dev.asgsim.simulator.report.chart.ForecastChart;
import dev.asgsim.simulator.report.chart.ForecastInteractive;
import java.util.Base64;
import java.util.Map;

/**
 * report.html's predictive scaling section (aws-behaviour §5.2): per policy the forecast source and MAPE/WAPE, the
 * interactive hour-by-hour charts ({@link ForecastInteractive}) with the PNG ones folded below; and, for ForecastOnly,
 * what ForecastAndScale would have changed on the same load and seed.
 */
final class PredictiveHtml {
  private PredictiveHtml() {}

  static void append(StringBuilder h, SimulationResult r) {
    if (r.forecasts().isEmpty()) {
      return;
    }
    h.append("<h2>Predictive scaling</h2>\n");
    for (PolicyForecast f : r.forecasts()) {
      h.append("<p>Policy <b>").append(HtmlReport.esc(f.policy())).append("</b> (").append(f.mode())
          .append("), forecasts by <code>").append(HtmlReport.esc(f.forecaster())).append("</code>.</p>\n")
          .append("<table>\n<tr><th>forecast</th><th>hours compared</th><th>MAPE %</th><th>WAPE %</th></tr>\n");
      row(h, "load vs observed load", f.load());
      row(h, "capacity vs mean desired capacity", f.capacity());
      h.append("</table>\n");
    }
    h.append("<p class=\"note\">Hour by hour: the forecast in force at each hour's start (orange, dashed) over what the ")
        .append("run observed (load) and produced (capacity: the mean desired capacity over the hour). No forecast line ")
        .append("before the forecaster has its first 24 hours of history. Drag to zoom (the timeline above follows), ")
        .append("double-click to zoom out, hover for the hour's values.</p>\n")
        .append(ForecastInteractive.html(r.forecasts(), f -> loadUnit(r, f)))
        .append("<details><summary>The same as static pictures (PNG)</summary>\n");
    for (PolicyForecast f : r.forecasts()) {
      h.append("<img alt=\"forecast of ").append(HtmlReport.esc(f.policy()))
          .append(" against the run, hourly\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(ForecastChart.png(f))).append("\">\n");
    }
    h.append("</details>\n");
    r.forecastAndScale().ifPresent(v -> {
      h.append("<p>What ForecastAndScale would have changed (the same load and seed, the policy scaling):</p>\n")
          .append("<table>\n<tr><th>score</th><th>ForecastOnly (this run)</th><th>ForecastAndScale</th></tr>\n");
      for (Map.Entry<String, Object> e : PredictiveJson.whatIf(r.scores(), v).entrySet()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> pair = (Map<String, Object>) e.getValue();
        h.append("<tr><td>").append(e.getKey()).append("</td><td class=\"n\">").append(pair.get("forecastOnly"))
            .append("</td><td class=\"n\">").append(pair.get("forecastAndScale")).append("</td></tr>\n");
      }
      h.append("</table>\n");
    });
  }

  /** The y-axis of a policy's load panel: its load metric's hourly statistic (aws-behaviour §5.2). */
  private static String loadUnit(SimulationResult r, PolicyForecast f) {
    PredictiveEvaluator.LoadMetric metric = r.config().policies().stream()
        .filter(p -> f.policy().equals(p.policyName()) && p.predictiveScalingConfiguration() != null
            && !p.predictiveScalingConfiguration().metricSpecifications().isEmpty())
        .map(p -> PredictiveEvaluator.LoadMetric.of(p.predictiveScalingConfiguration().metricSpecifications().get(0)))
        .findFirst().orElse(null);
    if (metric == PredictiveEvaluator.LoadMetric.TOTAL_CPU) {
      return "summed CPU %, hourly mean";
    }
    return metric == PredictiveEvaluator.LoadMetric.REQUEST_COUNT ? "requests per hour" : "load, hourly";
  }

  private static void row(StringBuilder h, String what, Accuracy a) {
    h.append("<tr><td>").append(what).append("</td><td class=\"n\">").append(a.hours()).append("</td><td class=\"n\">")
        .append(Numbers.json(a.mapePercent())).append("</td><td class=\"n\">").append(Numbers.json(a.wapePercent()))
        .append("</td></tr>\n");
  }
}
