package dev.asgsim.simulator.report.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.simulator.predictive.ForecastHour;
import dev.asgsim.simulator.predictive.PolicyForecast;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * The interactive predictive scaling evaluation of {@code report.html} (aws-behaviour §5.2, what AWS's console graphs
 * for ForecastOnly): per policy, hour by hour, the load forecast over the load observed and the capacity forecast over
 * the capacity the policies produced, drawn by the embedded uPlot with {@code forecast.js}. One value per hour, so a
 * year is 8 760 points per series. Hours without a forecast (the built-in forecaster's first day) are gaps.
 */
public final class ForecastInteractive {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ForecastInteractive() {}

  /**
   * The charts' container, data and script.
   *
   * @param loadUnit the y-axis label of each policy's load panel (the load metric and its hourly statistic)
   */
  public static String html(List<PolicyForecast> forecasts, Function<PolicyForecast, String> loadUnit) {
    return "<div id=\"forecast-charts\"></div>\n"
        + Uplot.page("forecast.js", "asgsim-forecast-data", data(forecasts, loadUnit));
  }

  static String data(List<PolicyForecast> forecasts, Function<PolicyForecast, String> loadUnit) {
    ObjectNode root = F.objectNode();
    ArrayNode policies = root.putArray("policies");
    for (PolicyForecast f : forecasts) {
      ObjectNode p = policies.addObject();
      p.put("policy", f.policy());
      p.put("mode", f.mode());
      p.put("forecaster", f.forecaster());
      p.put("loadUnit", loadUnit.apply(f));
      number(p, "loadWape", f.load().wapePercent());
      number(p, "capacityWape", f.capacity().wapePercent());
      ArrayNode x = p.putArray("x");
      ArrayNode load = p.putArray("load");
      ArrayNode loadForecast = p.putArray("loadForecast");
      ArrayNode capacity = p.putArray("capacity");
      ArrayNode capacityForecast = p.putArray("capacityForecast");
      for (ForecastHour h : f.hours()) {
        x.add(h.hourStart());
        value(load, h.load());
        value(loadForecast, h.hasForecast() ? h.loadForecast() : Double.NaN);
        value(capacity, h.capacity());
        value(capacityForecast, h.hasForecast() ? h.capacityForecast() : Double.NaN);
      }
      if (!f.hours().isEmpty()) {
        // the last hour's end, repeating its values, so that the last step is drawn
        x.add(f.hours().get(f.hours().size() - 1).hourStart() + 3600);
        for (ArrayNode a : List.of(load, loadForecast, capacity, capacityForecast)) {
          a.add(a.get(a.size() - 1));
        }
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void number(ObjectNode o, String key, double v) {
    if (Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, Math.round(v * 100.0) / 100.0);
    }
  }

  /** Three decimals, null for NaN (a gap). */
  private static void value(ArrayNode a, double v) {
    if (Double.isNaN(v)) {
      a.addNull();
    } else {
      a.add(Math.round(v * 1000.0) / 1000.0);
    }
  }
}
