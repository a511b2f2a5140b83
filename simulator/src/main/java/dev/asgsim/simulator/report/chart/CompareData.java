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
  /** What each run's capacity counts, in the runs' order. */
  public final List<String> units;

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
    this.units = results.stream().map(CapacityUnit::of).toList();
    this.unit = units.stream().allMatch(units.get(0)::equals) ? units.get(0) : null;
  }

  /**
   * A sentence saying that the runs count capacity in different units (e.g. {@code DesiredCapacityType: vcpu} against
   * instances), each run's unit named, and how the comparison draws them; null when they count alike.
   */
  public static String unitNote(List<String> names, List<SimulationResult> results) {
    List<String> units = results.stream().map(CapacityUnit::of).toList();
    if (units.stream().allMatch(units.get(0)::equals)) {
      return null;
    }
    List<String> each = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      each.add(names.get(i) + " in " + units.get(i));
    }
    return "the configs count capacity in different units (" + String.join(", ", each) + "), so their desired "
        + "capacities are not drawn on one axis: each has its own panel against demand in its unit, and unserved "
        + "demand is shown as a percentage of demand";
  }

  /**
   * Run {@code i}'s unserved demand per column: in the runs' common capacity unit, or, when the runs count capacity
   * differently, as a percentage of demand (the one measure that reads the same for every run).
   */
  public double[] unserved(int i) {
    RunSeries s = runs.get(i);
    double[] u = new double[cols().count()];
    for (int c = 0; c < u.length; c++) {
      double lost = s.demand.mean()[c] - s.served.mean()[c];
      u[c] = unit != null ? lost : s.demand.mean()[c] > 0 ? 100.0 * lost / s.demand.mean()[c] : 0.0;
    }
    return u;
  }

  /** The unserved panel's axis: in the common unit, or a percentage of demand when the runs count differently. */
  public String unservedLabel() {
    return unit == null ? "unserved, % of demand"
        : unit.equals("instances") ? "unserved (instances' worth)" : "unserved (in " + unit + ")";
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
    if (unit != null) {
      root.put("capacityUnit", unit);
      root.put("demandLabel", CapacityUnit.demandLabel(unit));
    }
    // the interactive panel's title says "Unserved demand"; its axis only needs the unit
    root.put("unservedUnit", unit == null ? "% of demand" : unit.equals("instances") ? "instances' worth" : unit);
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
      if (unit == null) {
        // each run against demand in its own unit (Timeline#unitsPerInstance)
        o.put("capacityUnit", units.get(i));
        o.put("demandLabel", CapacityUnit.demandLabel(units.get(i)));
        o.set("demand", values(s.demand.mean()));
      }
      o.set("unserved", values(unserved(i)));
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
