package dev.asgsim.core.forecast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.io.ConfigMapper;
import java.time.Instant;
import java.util.List;

/**
 * Writes a forecast in the shape {@code aws autoscaling get-predictive-scaling-forecast} prints (aws-behaviour §5.2):
 * {@code LoadForecast[].Timestamps/Values/MetricSpecification}, {@code CapacityForecast.Timestamps/Values},
 * {@code UpdateTime}. {@link GivenForecast} reads it back; {@code asgsim forecast} prints the simulator's forecast and
 * {@code asgsim history --predictive-forecast} saves AWS's in it, so the two can be held side by side.
 */
public final class ForecastJson {
  private ForecastJson() {}

  /** One hourly series: the hours and their values, the same length. */
  public record Series(List<Instant> timestamps, List<Double> values) {
    public Series {
      timestamps = List.copyOf(timestamps);
      values = List.copyOf(values);
      if (timestamps.size() != values.size()) {
        throw new IllegalArgumentException(timestamps.size() + " timestamps for " + values.size() + " values");
      }
    }
  }

  /** A load forecast and the metric specification it is for (null when unknown). */
  public record Load(Series series, PredictiveScalingConfiguration.MetricSpecification metricSpecification) {}

  /** The JSON text, pretty-printed as the AWS CLI prints it. */
  public static String render(List<Load> loads, Series capacity, Instant updateTime) {
    ObjectMapper m = ConfigMapper.json();
    ObjectNode root = m.createObjectNode();
    ArrayNode lfs = root.putArray("LoadForecast");
    for (Load l : loads) {
      ObjectNode lf = lfs.addObject();
      put(lf, l.series());
      if (l.metricSpecification() != null) {
        lf.set("MetricSpecification", m.valueToTree(l.metricSpecification()));
      }
    }
    put(root.putObject("CapacityForecast"), capacity);
    if (updateTime != null) {
      root.put("UpdateTime", updateTime.toString());
    }
    try {
      return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void put(ObjectNode parent, Series s) {
    ArrayNode t = parent.putArray("Timestamps");
    ArrayNode v = parent.putArray("Values");
    for (int i = 0; i < s.timestamps().size(); i++) {
      t.add(s.timestamps().get(i).toString());
      v.add(s.values().get(i));
    }
  }
}
