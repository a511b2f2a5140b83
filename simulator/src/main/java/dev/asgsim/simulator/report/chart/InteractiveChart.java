package dev.asgsim.simulator.report.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.core.policy.Hold;
import dev.asgsim.simulator.SimulationResult;
import java.io.UncheckedIOException;

/**
 * The interactive timeline of {@code report.html}: the {@link RunSeries} of a run (at most {@value #COLUMNS} columns,
 * so a year-long report stays small) as JSON, drawn in the browser by the embedded uPlot library (vendored under
 * {@code resources/dev/asgsim/simulator/report/uplot}, see VERSION.txt there) with {@code timeline.js}: zoom by
 * dragging, hover for values, double-click to zoom out. Nothing is fetched at view time.
 */
public final class InteractiveChart {
  /** Columns of the embedded data: a screen's width of detail at any run length. */
  public static final int COLUMNS = 2000;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private InteractiveChart() {}

  /** The chart's container, its data and the script that draws it. */
  public static String html(SimulationResult r, RunSeries s) {
    String json = data(r, s);
    // axes.js first: the formats and time ticks timeline.js, lifecycle.js and forecast.js share. The warm pool and
    // hooks panel has its own script, included only for groups with either.
    return "<div id=\"charts\"></div>\n" + Uplot.script("axes.js") + Uplot.page("timeline.js", "asgsim-data", json)
        + (s.warmPool != null || s.hookWait != null ? Uplot.script("lifecycle.js") : "");
  }

  static String data(SimulationResult r, RunSeries s) {
    Columns cols = s.cols;
    ObjectNode root = F.objectNode();
    ArrayNode x = root.putArray("x");
    for (int c = 0; c <= cols.count(); c++) {
      x.add(cols.startMillis(c) / 1000L);
    }
    root.put("aggregated", cols.aggregated());
    root.put("minutesPerColumn", round(cols.minutesPerColumn()));
    root.put("capacityUnit", CapacityUnit.of(r));
    root.put("demandLabel", CapacityUnit.demandLabel(CapacityUnit.of(r)));
    root.put("unserved", s.unserved);
    root.put("throttled", s.throttled);
    ObjectNode cap = root.putObject("capacity");
    band(cap, "demand", s.demand);
    cap.set("served", values(s.served.mean()));
    band(cap, "desired", s.desired);
    cap.set("inService", values(s.inService.mean()));
    cap.set("serving", values(s.serving.mean()));
    cap.set("effective", values(s.effective.mean()));
    cap.set("minSize", values(s.minSize));
    cap.set("maxSize", values(s.maxSize));
    MetricLabel label = MetricLabel.of(r.metricName());
    ObjectNode metric = root.putObject("metric");
    metric.put("name", label.name());
    metric.put("unit", label.unit());
    metric.put("cpu", label.cpu());
    band(metric, "values", s.metric);
    line(metric, "target", "target", r.targetValue());
    line(metric, "high", TimelineChart.alarm(r.highAlarmName()), r.highThreshold());
    line(metric, "low", TimelineChart.alarm(r.lowAlarmName()), r.lowThreshold());
    root.set("cpu", values(s.cpu.mean()));
    if (s.burstable) {
      root.set("credits", values(s.credits.mean()));
    }
    if (s.warmPool != null || s.hookWait != null) {
      // Lifecycle states beside the group (aws-behaviour §6.5, §7.6), drawn by lifecycle.js: only when the group has
      // a pool or hooks, so other reports stay as they were.
      ObjectNode life = root.putObject("lifecycle");
      if (s.warmPool != null) {
        band(life, "warmPool", s.warmPool);
      }
      if (s.hookWait != null) {
        band(life, "hookWait", s.hookWait);
      }
    }
    ObjectNode dec = root.putObject("decisions");
    dec.set("out", counts(s.scaleOuts, 1));
    dec.set("in", counts(s.scaleIns, -1));
    dec.set("scheduled", counts(s.scheduled, 1));
    if (s.spotInterrupted != null) {
      // Spot interruptions and Capacity Rebalancing launches per column (aws-behaviour §7.7).
      ObjectNode spot = root.putObject("spot");
      spot.set("interrupted", values(perColumn(s.spotInterrupted, cols)));
      spot.set("rebalanced", values(perColumn(s.rebalanceLaunches, cols)));
    }
    ArrayNode why = root.putArray("why");
    for (Hold h : s.holdsPresent()) {
      ObjectNode lane = why.addObject();
      lane.put("reason", h.name());
      lane.put("text", h.text());
      lane.put("color", WhyStrip.hex(h));
      lane.set("minutes", counts(s.why[h.ordinal()], 1));
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A per-minute count summed over each column: its mean times the column's minutes. */
  private static double[] perColumn(Columns.Band b, Columns cols) {
    double[] mean = b.mean();
    double[] sum = new double[mean.length];
    for (int c = 0; c < mean.length; c++) {
      sum[c] = Math.round(mean[c] * cols.minutesPerColumn());
    }
    return sum;
  }

  private static void band(ObjectNode parent, String name, Columns.Band b) {
    parent.set(name, values(b.mean()));
    parent.set(name + "Lo", values(b.lo()));
    parent.set(name + "Hi", values(b.hi()));
  }

  private static void line(ObjectNode parent, String key, String name, double value) {
    if (!Double.isNaN(value)) {
      ObjectNode o = parent.putObject(key);
      o.put("name", name);
      o.put("value", value);
    }
  }

  /** One value per column, and the last repeated at the run's end so the last step is drawn. */
  private static ArrayNode values(double[] v) {
    ArrayNode a = F.arrayNode(v.length + 1);
    for (double d : v) {
      if (Double.isNaN(d)) {
        a.addNull();
      } else {
        a.add(round(d));
      }
    }
    if (v.length > 0) {
      a.add(a.get(v.length - 1));
    }
    return a;
  }

  private static ArrayNode values(int[] v) {
    ArrayNode a = F.arrayNode(v.length + 1);
    for (int d : v) {
      a.add(d);
    }
    if (v.length > 0) {
      a.add(v[v.length - 1]);
    }
    return a;
  }

  /** Counts per column times {@code sign}, and 0 at the run's end. */
  private static ArrayNode counts(int[] v, int sign) {
    ArrayNode a = F.arrayNode(v.length + 1);
    for (int d : v) {
      a.add(sign * d);
    }
    a.add(0);
    return a;
  }

  /** Three decimals: more than a chart shows, and it keeps a year-long report small. */
  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
