package dev.asgsim.simulator.report.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.simulator.SimulationResult;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The series a comparison overlays: the runs of several configs under the same load and seed, aggregated to the same
 * columns ({@link RunSeries} each), so the PNG and the interactive page draw the same numbers.
 */
public final class CompareData {
  public final List<String> names;
  public final List<RunSeries> runs;
  public final MetricLabel metric;
  /** What the capacity panel counts ({@link CapacityUnit}); null when the runs count differently. */
  public final String unit;

  public CompareData(List<String> names, List<SimulationResult> results, int maxColumns) {
    if (names.size() != results.size() || results.isEmpty()) {
      throw new IllegalArgumentException("one name per run, and at least one run");
    }
    int minutes = results.get(0).minutes();
    long start = results.get(0).startEpochSecond();
    for (SimulationResult r : results) {
      if (r.minutes() != minutes || r.startEpochSecond() != start) {
        throw new IllegalArgumentException("compared runs must cover the same minutes (same load)");
      }
    }
    this.names = List.copyOf(names);
    List<RunSeries> rs = new ArrayList<>();
    for (SimulationResult r : results) {
      rs.add(new RunSeries(r, maxColumns));
    }
    this.runs = List.copyOf(rs);
    // The metric panel overlays the runs' metrics only when they measure the same thing.
    MetricLabel first = MetricLabel.of(results.get(0).metricName());
    boolean same = results.stream().allMatch(r -> MetricLabel.of(r.metricName()).equals(first));
    this.metric = same ? first : null;
    String unit0 = CapacityUnit.of(results.get(0));
    this.unit = results.stream().allMatch(r -> CapacityUnit.of(r).equals(unit0)) ? unit0 : null;
  }

  public Columns cols() {
    return runs.get(0).cols;
  }

  /** JSON for compare.js: the time axis, demand, and per run desired, serving, unserved, CPU and metric. */
  public String json() {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    Columns cols = cols();
    ArrayNode x = root.putArray("x");
    for (int c = 0; c <= cols.count(); c++) {
      x.add(cols.startMillis(c) / 1000L);
    }
    root.put("minutesPerColumn", cols.minutesPerColumn());
    root.set("demand", values(runs.get(0).demand.mean()));
    if (metric != null) {
      root.put("metricName", metric.name());
      root.put("metricUnit", metric.unit());
      root.put("metricIsCpu", metric.cpu());
    }
    ArrayNode rs = root.putArray("runs");
    for (int i = 0; i < runs.size(); i++) {
      RunSeries s = runs.get(i);
      ObjectNode o = rs.addObject();
      o.put("name", names.get(i));
      o.set("desired", values(s.desired.mean()));
      o.set("serving", values(s.serving.mean()));
      double[] unserved = new double[cols.count()];
      for (int c = 0; c < unserved.length; c++) {
        unserved[c] = s.demand.mean()[c] - s.served.mean()[c];
      }
      o.set("unserved", values(unserved));
      o.set("cpu", values(s.cpu.mean()));
      if (metric != null) {
        o.set("metric", values(s.metric.mean()));
      }
    }
    try {
      return m.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ArrayNode values(double[] v) {
    ArrayNode a = new ObjectMapper().createArrayNode();
    for (double d : v) {
      if (Double.isNaN(d)) {
        a.addNull();
      } else {
        a.add(Math.round(d * 1000.0) / 1000.0);
      }
    }
    if (v.length > 0) {
      a.add(a.get(v.length - 1));
    }
    return a;
  }
}
