package dev.asgsim.simulator.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.predictive.Accuracy;
import dev.asgsim.simulator.predictive.PolicyForecast;
import dev.asgsim.simulator.report.chart.ForecastChart;
import java.util.Base64;
import java.util.Map;

/**
 * report.html's predictive scaling section (aws-behaviour §5.2): per policy the forecast source, MAPE/WAPE and the forecast
 * chart; and, for ForecastOnly, what ForecastAndScale would have changed on the same load and seed.
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
      h.append("</table>\n<img alt=\"forecast against the run, hourly\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(ForecastChart.png(f))).append("\">\n");
    }
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

  private static void row(StringBuilder h, String what, Accuracy a) {
    h.append("<tr><td>").append(what).append("</td><td class=\"n\">").append(a.hours()).append("</td><td class=\"n\">")
        .append(Numbers.json(a.mapePercent())).append("</td><td class=\"n\">").append(Numbers.json(a.wapePercent()))
        .append("</td></tr>\n");
  }
}
